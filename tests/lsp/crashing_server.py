"""``newslint lsp`` with a fault planted, to show the server survives it.

NEWSLINT_TEST_CRASH=rule: rule ST001 raises on a story containing CRASH-ME (the engine's
NL001 path); =lint: the whole lint raises on such a story (the server's own NL001 path).
"""

import os
import sys

import newslint
from newslint.cli import cli


def _raise_on_marker(original):
    def check(*args, **kwargs):
        if any("CRASH-ME" in str(getattr(a, "text", a)) for a in args):
            raise RuntimeError("planted fault")
        return original(*args, **kwargs)

    return check


if os.environ.get("NEWSLINT_TEST_CRASH") == "rule":
    rule = newslint.find_rule("ST001")
    rule.check = _raise_on_marker(rule.check)
else:
    newslint.lint_source = _raise_on_marker(newslint.lint_source)

sys.argv = ["newslint", "lsp"]
cli()
