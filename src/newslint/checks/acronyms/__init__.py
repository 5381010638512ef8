"""AC: acronyms. One acronym written two ways, in the wrong case, undefined, redefined, used
before its definition, or expanded two ways."""

from .definitions import AcronymBeforeDefinition, AcronymExpansionMismatch, AcronymRedefined, UndefinedAcronym
from .rules import AcronymCase, AcronymVariant

RULES = (AcronymVariant, AcronymCase, UndefinedAcronym, AcronymRedefined, AcronymBeforeDefinition,
         AcronymExpansionMismatch)
