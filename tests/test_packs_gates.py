"""Pack patterns behind gates (``packs/needs.py``, ``packs/gate.py``): a gate may let a unit through
for nothing, but it must never hold back a unit where the pattern matches; shipped patterns
compile only when a unit gets past their gate, and each still compiles."""

from __future__ import annotations

import string
import sys

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.packs.gate import LazyPattern
from newslint.packs.loader import (
    _pack_folders,
    builtin_rules_dir,
    load_builtin_packs,
    load_pack,
    load_pack_dirs,
)
from newslint.packs.needs import fold, term_needs
from newslint.types import Span

SHIPPED = load_builtin_packs()


def _patterns(rule) -> list[LazyPattern]:
    rule()  # a shipped rule compiles its kind on first use
    found = []
    for name in ("patterns", "pattern", "exceptions", "first", "second"):
        value = getattr(rule, name, None)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, LazyPattern):
                found.append(item)
    return found


def _units(doc: Document) -> list[tuple[int, int]]:
    spans = [doc.trim(ln.span) for ln in doc.nonblank_lines] + list(doc.paragraphs) + list(doc.sentences)
    return [(s.start, s.end) for s in spans] + [(0, len(doc.text))]


def _assert_sound(text: str) -> None:
    doc = Document(text)
    for rule in SHIPPED:
        for lazy in _patterns(rule):
            pattern = lazy.compiled()
            for start, end in _units(doc):
                if lazy.gate.ends:  # match: whole
                    hit = pattern.fullmatch(text[start:end]) is not None
                elif lazy.gate.starts:
                    hit = pattern.match(text[start:end]) is not None
                else:
                    hit = pattern.search(text, start, end) is not None
                assert not hit or lazy.gate.passes(doc, start, end), (rule.code, text[start:end])
        gates = getattr(rule, "gates", None)
        for start, end in _units(doc) if gates else ():
            passing = {i for i, p in enumerate(rule.patterns) if p.gate.passes(doc, start, end)}
            assert set(gates.passing(doc, start, end)) == passing
        if gates:  # the batched form (one call a story) gives what the single one does, unit by unit
            units = [Span(start, end) for start, end in _units(doc)]
            assert gates.passing_units(doc, units) == [gates.passing(doc, u.start, u.end) for u in units]
            assert gates.passing_units(doc, units) == [gates.passing(doc, u.start, u.end) for u in units]


def test_fold_keeps_offsets_and_meets_every_letter_regex_takes_for_an_ascii_one():
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    assert len(fold(everything)) == len(everything)
    for m in regex.finditer(r"[a-zA-Z]", everything, regex.IGNORECASE | regex.VERSION0):
        if not m.group().isascii():
            twins = {c.lower() for c in string.ascii_letters if regex.fullmatch(c, m.group(), regex.I)}
            assert twins == {fold(m.group())}, repr(m.group())


@pytest.mark.parametrize(
    ("term", "is_regex", "starts", "contains"),
    [
        ("(?:click|tap) here", True, {"click here", "tap here"}, {"click here", "tap here"}),
        (r"\d+ for \d+", True, None, {" for "}),
        (
            r"\(?(?:image|photo) credit\b",
            True,
            {"(image credit", "image credit", "(photo credit", "photo credit"},
            None,
        ),
        (r"[$£€¥]\s?\d+", True, {"$", "£", "€", "¥"}, {"$", "£", "€", "¥"}),
        ("Gov't", False, {"gov't"}, {"gov't"}),
    ],
)
def test_needs_read_from_a_term(term, is_regex, starts, contains):
    needs = term_needs(term, is_regex, ignorecase=True)
    assert needs.starts == (frozenset(starts) if starts else None)
    if contains is not None:
        assert needs.contains == frozenset(contains)


@pytest.mark.parametrize("term", [r"\p{L}+", "(?i)abc", r"a*", r"\w+", "x(?R)?"])
def test_a_term_we_cannot_read_or_that_needs_nothing_has_no_needs(term):
    assert term_needs(term, True, ignorecase=False) is None


def test_shipped_examples_never_meet_a_closed_gate():
    for rule in SHIPPED:
        for text in rule.examples.fail + rule.examples.passing:
            _assert_sound(text)


def _gate_strings(gate) -> set[str]:
    parts = [gate, gate.finish] if gate.finish else [gate]
    return {s for part in parts for s in (*part.loose, *part.contains, *sum(part.tight.values(), ()))}


_WORDS = sorted({s for rule in SHIPPED for lazy in _patterns(rule) for s in _gate_strings(lazy.gate)})
_BITS = st.one_of(
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(_WORDS),
    st.sampled_from([" ", "\n", "\n\n", ": ", " | ", "(", ")", " / ", " - ", "©", "3", " 7 ", "2021", ". "]),
    st.sampled_from(["İ", "ı", "ſ", "K", "ß", "’", "“", "”", "…"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BITS, max_size=25).map("".join))
def test_no_gate_holds_back_a_unit_its_pattern_matches(text):
    _assert_sound(text)


def test_a_plain_story_leaves_most_shipped_patterns_uncompiled():
    rules = [rule for folder in _pack_folders(builtin_rules_dir()) for rule in load_pack(folder, lazy=True)]
    doc = Document("Council backs plan\n\nThe council voted on Tuesday to build 40 new homes.\n")
    for rule in rules:
        list(rule().check(doc))
    lazies = [lazy for rule in rules for lazy in _patterns(rule)]
    compiled = [lazy.source[:40] for lazy in lazies if lazy._compiled is not None]
    assert len(compiled) <= 5, compiled


def test_every_shipped_pattern_compiles_when_the_packs_load_eagerly():
    """A user's pack compiles at load; loading the shipped folders that way checks every
    pattern, including those no example gets past its gate."""
    for folder in _pack_folders(builtin_rules_dir()):
        for rule in load_pack_dirs((folder,)):
            assert all(lazy._compiled is not None for lazy in _patterns(rule))


@pytest.mark.parametrize(
    ("settings_", "position"),
    [
        ("match: start\ntokens: ['ok', '(bad']", 15),  # (?:ok)|(?:(bad)
        ("match: whole\ntokens: ['ok', '(bad']", 15),
        ("tokens: ['ok', '(bad']", 38),  # the same inside the whole-word look-arounds
    ],
)
def test_a_bad_term_in_a_desk_pack_is_reported_at_load_as_the_alternation_reports_it(
    tmp_path, settings_, position
):
    """Patterns compile one by one now, but the message still quotes the whole alternation's
    error, as it always did."""
    from newslint.packs.spec import PackError

    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "pack.yml").write_text("prefix: DX\n", encoding="utf-8")
    rule = "code: DX001\nname: dx\nextends: existence\nregex: true\nmessage: m\n" + settings_ + "\n"
    (folder / "rule.yml").write_text(rule, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack_dirs((folder,))
    line = rule.count("\n")  # the tokens are on the last line
    assert str(caught.value).endswith(
        f"rule.yml:{line}: tokens: bad regular expression: missing ) at position {position}"
    )


_LEADS = sorted({s for rule in SHIPPED for lazy in _patterns(rule) for s in (lazy.leads or ())})
_LEAD_BITS = st.one_of(
    _BITS,
    st.sampled_from(_LEADS).map(str.title),
    st.sampled_from(_LEADS),
    st.sampled_from(["the ", "a ", "ing ", "ed ", "s ", "it ", "them ", "of ", "to ", "than "]),
)


def _spans(found) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in found]


def _assert_lead_search_is_the_search(text: str) -> None:
    from newslint.packs import gate as gate_module
    from newslint.packs.kinds._base import finditer, finditer_at

    doc = Document(text)
    with pytest.MonkeyPatch.context() as patch:  # every unit long enough, no cap on starts
        patch.setattr(gate_module, "LONG_UNIT", 0)
        patch.setattr(gate_module, "LEAD_SPACING", 1)
        for rule in SHIPPED:
            for lazy in _patterns(rule):
                if not lazy.leads:
                    continue
                pattern = lazy.compiled()
                for start, end in _units(doc):
                    plain = _spans(finditer(pattern, text, start, end))
                    positions = gate_module.lead_positions(doc, lazy.leads, start, max(end, start + 1))
                    positions = [p for p in positions if p < end]
                    assert {s for s, _, _ in plain} <= set(positions), (rule.code, text[start:end])
                    assert _spans(finditer_at(pattern, text, positions, start, end)) == plain, rule.code


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LEAD_BITS, max_size=40).map("".join))
def test_searching_where_a_match_may_start_finds_what_the_scan_finds(text):
    """``finditer_at`` over ``lead_positions`` (the insertion rules' long bodies) against the
    plain ``finditer``: same matches, and no match starts where the leads say it cannot."""
    _assert_lead_search_is_the_search(text)


def test_shipped_examples_search_alike_where_a_match_may_start():
    assert _LEADS  # the insertion rules (GR) open with their "after" words
    for rule in SHIPPED:
        for text in rule.examples.fail + rule.examples.passing:
            _assert_lead_search_is_the_search(text)
