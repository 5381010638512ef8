"""FC: conflicting facts, one story giving two values for a fact that has one (the year an
organisation was founded, a person's age), linked through the story's acronym definitions,
person mentions and "its"/"the bloc"."""

from .rules import ConflictingAge, ConflictingEventYear

RULES = (ConflictingEventYear, ConflictingAge)
