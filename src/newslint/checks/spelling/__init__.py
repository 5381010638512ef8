"""SP: spelling. Ordinary words against a news dictionary (SP001) and capitalised words against
the story's own majority form and a gazetteer (SP002)."""

from .rules import MisspelledWord, ProperNounTypo

RULES = (MisspelledWord, ProperNounTypo)
