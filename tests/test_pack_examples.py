"""Every shipped pack rule's ``examples`` (fail / pass / fixed) hold, for every pack in rules/."""

from __future__ import annotations

import pytest

from newslint.packs.loader import load_builtin_packs
from newslint.testing import check_examples

PACK_RULES = load_builtin_packs()


def test_the_shipped_packs_are_found():
    prefixes = {r.code[:2] for r in PACK_RULES}
    assert {"HS", "BP"} <= prefixes


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: r.code)
def test_examples(rule):
    assert [str(f) for f in check_examples(rule)] == []


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: r.code)
def test_every_shipped_rule_shows_what_it_flags_and_what_it_leaves(rule):
    assert rule.examples.fail, f"{rule.origin}: no fail examples"
    assert rule.examples.passing, f"{rule.origin}: no pass examples"
