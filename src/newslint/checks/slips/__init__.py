"""GR: missing function words, the slips a spell checker passes ("one the most", "according a
report", "going do"). Most shapes are pack entries in ``rules/slips`` (kind ``insertion``); the
catenative-verb shape is Python, as it must read the word before the verb."""

from .catenative import MissingToBeforeVerb

RULES = (MissingToBeforeVerb,)
