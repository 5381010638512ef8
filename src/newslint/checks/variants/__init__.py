"""CN: variants of one word or phrase in a story: hyphenation, UK/US spelling, capitalisation."""

from .rules import CapitalisationVariant, HyphenationVariant, SpellingLocaleMix

RULES = (HyphenationVariant, SpellingLocaleMix, CapitalisationVariant)
