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
from collections.abc import Iterator

import regex

from ...document import Document
from ...types import Finding, Span
from ..spec import PackError
from ._base import MATCH_TIMEOUT, PackRule, compile_terms, finditer, scope_units, terms_source

_WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
# What may stand around a whole-line term: white space, punctuation, arrows, bullets, emoji.
_EDGE = r"[\s\W_]*"


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
            cls.pattern = compile_terms(cls.spec, "tokens", terms, whole_word=whole_word)
            return
        # The alternation appears once: "(EDGE term)+ EDGE" is "EDGE term (EDGE term)* EDGE".
        body, flags = terms_source(cls.spec, terms, whole_word=False)
        term = rf"(?:{body})(?!\w)"
        whole = cls.match_mode == "whole"
        try:
            cls.pattern = regex.compile(rf"(?:{_EDGE}{term})+{_EDGE}" if whole else _EDGE + term, flags)
        except regex.error:
            compile_terms(cls.spec, "tokens", terms, whole_word=False)  # names the bad term
            raise

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            if self.match_mode == "anywhere":
                for m in finditer(self.pattern, doc.text, unit.start, unit.end):
                    span = Span(m.start(), m.end())
                    yield Finding(span, self.message(match=m.group()), fix=self.delete_line_fix(doc, span))
                continue
            text = doc.text[unit.start : unit.end]
            if self.max_words is not None and self._too_many_words(text):
                continue
            if self._unit_matches(text):
                yield Finding(unit, self.message(match=text.strip()), fix=self.delete_line_fix(doc, unit))

    def _too_many_words(self, text: str) -> bool:
        # Words are separated by at least one character, so a short unit needs no count.
        return (len(text) + 1) // 2 > self.max_words and len(_WORD_RE.findall(text)) > self.max_words

    def _unit_matches(self, text: str) -> bool:
        method = self.pattern.fullmatch if self.match_mode == "whole" else self.pattern.match
        try:
            return method(text, timeout=MATCH_TIMEOUT) is not None
        except TimeoutError:
            return False


KIND = ExistenceRule
