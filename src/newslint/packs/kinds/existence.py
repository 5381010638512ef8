"""``existence``: flag any of these words or phrases.

``match`` says how much of a scope unit (a line, say) the terms must cover:

- ``anywhere`` (default): each occurrence is a finding.
- ``whole``: the unit is nothing but the terms (one or more, separated by punctuation, bars,
  arrows or symbols), which is how pasted web residue looks: a line that says only "Share this
  article", or a menu such as "Email | Print | Text size".
- ``start``: the unit begins with one of the terms ("Follow us on ..." then anything); the whole
  unit is the finding.

``whole-word`` (default true) makes ``anywhere`` terms match only as whole words; turn it off for
terms such as markup that sit inside words ("council&#8217;s").

``max-words`` (optional) limits ``whole``/``start`` findings to units of at most that many words,
so a label such as "Photo:" is trusted on a caption line but not at the head of a long paragraph.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from ...document import Document
from ...types import Finding, Span
from ..gate import EDGE, GateSet, LazyPattern, story_memo
from ..spec import PackError
from ._base import MATCH_TIMEOUT, PackRule, finditer, scope_units
from ._terms import lazy_each, lazy_terms

_WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")


def _whole(body: str) -> str:
    """The unit is terms and what may stand around them: "(EDGE term)+ EDGE", the alternation
    written once ("EDGE term (EDGE term)* EDGE" is the same language)."""
    return rf"(?:{EDGE}(?:{body})(?!\w))+{EDGE}"


def _start(body: str) -> str:
    return rf"{EDGE}(?:{body})(?!\w)"


def _too_many_words(doc: Document, unit: Span, text: str, limit: int) -> bool:
    """More than ``limit`` words in the unit? Counted once a story for all the rules with
    ``max-words``; a unit too short to hold more (words stand a character apart) is not counted."""
    if (len(text) + 1) // 2 <= limit:
        return False
    memo = story_memo(doc)
    key = ("words", unit)
    count = memo.get(key)
    if count is None:
        count = memo[key] = len(_WORD_RE.findall(text))
    return count > limit


class ExistenceRule(PackRule):
    SPEC_KEYS = ("tokens", "match", "max-words", "whole-word")

    @classmethod
    def default_scope(cls) -> str:
        return "story"

    @classmethod
    def compile_kind(cls) -> None:
        cls.match_mode = cls.spec.choice("match", ("anywhere", "whole", "start"), "anywhere")
        cls.max_words = cls.spec.get("max-words", int, None)
        if cls.max_words is not None and cls.max_words < 1:
            raise PackError(cls.spec.at("max-words", "must be a positive number"))
        terms = cls.spec.strings("tokens", required=True)
        if cls.match_mode == "anywhere":
            whole_word = bool(cls.spec.get("whole-word", bool, True))
            cls.patterns = [lazy_terms(cls, "tokens", terms, whole_word=whole_word)]
        elif cls.match_mode == "whole":
            cls.patterns = [
                lazy_terms(cls, "tokens", terms, whole_word=False, wrap=_whole, starts=True, ends=True)
            ]
        else:  # a unit starts with any one term: each is tried alone, a quicker search than all at once
            cls.patterns = lazy_each(cls, "tokens", terms, whole_word=False, wrap=_start, starts=True) or [
                lazy_terms(cls, "tokens", terms, whole_word=False, wrap=_start, starts=True)
            ]
        cls.gates = GateSet([p.gate for p in cls.patterns]) if len(cls.patterns) > 1 else None

    def check(self, doc: Document) -> Iterator[Finding]:
        units = scope_units(doc, self.scope)
        gated = self.gates.passing_units(doc, units) if self.gates is not None else None
        for n, unit in enumerate(units):
            if gated is None:
                passed = self.patterns if self.patterns[0].gate.passes(doc, unit.start, unit.end) else []
            else:
                passed = [self.patterns[i] for i in gated[n]]
            if not passed:
                continue
            if self.match_mode == "anywhere":
                for m in finditer(passed[0].compiled(), doc.text, unit.start, unit.end):
                    span = Span(m.start(), m.end())
                    yield Finding(span, self.message(match=m.group()), fix=self.delete_line_fix(doc, span))
                continue
            text = doc.text[unit.start : unit.end]
            if self.max_words is not None and _too_many_words(doc, unit, text, self.max_words):
                continue
            if self._unit_matches(text, passed):
                yield Finding(unit, self.message(match=text.strip()), fix=self.delete_line_fix(doc, unit))

    def _unit_matches(self, text: str, patterns: list[LazyPattern]) -> bool:
        """Whether one of ``patterns`` matches; the time bound covers them all, as it covered the
        one alternation they split."""
        whole = self.match_mode == "whole"
        compiled = [lazy.compiled() for lazy in patterns]
        started = time.monotonic()
        for pattern in compiled:
            left = MATCH_TIMEOUT - (time.monotonic() - started)
            try:
                if left <= 0:
                    return False
                if (pattern.fullmatch if whole else pattern.match)(text, timeout=left) is not None:
                    return True
            except TimeoutError:
                return False
        return False


KIND = ExistenceRule
