"""NM: person names. One person given two first names, or one surname spelled two ways."""

from .rules import NameMismatch, SurnameVariant

RULES = (NameMismatch, SurnameVariant)
