"""PL: proselint 0.16's checks, one newslint rule per proselint family."""

from .adapter import PROSELINT_RULES

RULES = PROSELINT_RULES
