"""Structure and typography rules (ST): repeated words and duplicated (or nearly duplicated)
lines or paragraphs. Split paragraphs and unbalanced marks are in ``paragraphs.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...document import Document
from ...line_edits import line_deletion
from ...rule import Rule
from ...types import Applicability, Edit, Finding, Fix, Severity, Span
from .near_copies import NearCopyPool

# Doubles that are grammatical ("he had had enough", "that that is", "what it is is") or
# emphatic and common in quotes ("very very", "no no").
_GRAMMATICAL_DOUBLES = frozenset(
    "had do bye so very really no yes ha far many knock tut chop there well now never "
    "again more go blah boo wait run hush tick tom yum ding pom dum la cha".split()
)
# "said that that was wrong": a complement "that" then a demonstrative subject. Only after a word
# that takes a that-clause, and only before a verb, is the double grammatical.
_THAT_CLAUSE_HEADS = frozenset(
    "said say says saying think thinks thought believe believes believed know knows knew known "
    "hope hoped argue argued argues claim claimed claims suggest suggested suggests mean means "
    "meant insist insisted feel feels felt ensure ensured fact idea realise realised realize "
    "realized accept accepted agree agreed show showed shows shown so given except clear sure "
    "is was are were noted note notes admit admitted admits warned stressed added stress stresses "
    "emphasise emphasised emphasize emphasized explain explained explains state stated states "
    "reveal revealed reveals confirm confirmed confirms deny denied denies recognise "
    "recognised recognize recognized understand understood assume assumed".split()
)
_VERB_AFTER_THAT = frozenset(
    "is was are were be been would will could should might may must can has had have does did "
    "do seems seemed means meant made makes happened happens".split()
)
_PRONOUNS = frozenset("i you he she it we they this those these there who which what".split())
# "what it is is that ...": a pseudo-cleft; the double is only grammatical after one.
_CLEFT_WORDS = frozenset("what whatever all thing problem point question truth issue reality".split())
_FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at by for with from as is was are were be been it its "
    "this these those he she they we you i his her their our my your not".split()
)
# (?=(word))\1 is an atomic group (Python 3.10 has no ++): a word that is not doubled fails at
# once instead of backtracking letter by letter (twice as fast on a story)
# Each copy must be a word of its own: "a break-in in 1999" ends a compound with "in", "at
# AT&T" starts a name with "AT".
_REPEAT_RE = re.compile(
    r"\b(?<![-'’&])(?=([^\W\d_]+))\1([ \t]+|[ \t]*\r?\n[ \t]*)(\1)\b(?![-'’&])", re.IGNORECASE
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Doubles that are never grammatical: deleting one copy cannot be wrong, so the fix is safe. Any
# other double may be read as grammatical by someone ("the house she grew up in in 1999", "things
# like that that matter"), so its fix is unsafe.
_NEVER_GRAMMATICAL = frozenset("the a an and or nor but of their its our my your his".split())
_PREPOSITIONS = frozenset("in on at for to with from by up out off about over into through under".split())
# A stranded preposition ends a relative or wh- clause ("the town she grew up in in 1999"): only
# where a subject or a wh- word stands shortly before can a doubled preposition be grammatical.
_SUBJECT_PRONOUNS = frozenset("i you he she we they it".split())
_SUBJECT_DETERMINERS = frozenset("the a an my his her their our its your this these those".split())
_PAST_FORMS = frozenset(
    "began came went took gave made said got saw knew felt found left kept ran brought bought "
    "thought told became grew held led meant met paid put rose sent set stood won wrote".split()
)
_CLAUSE_BREAK_RE = re.compile(r"[.!?;:,\"“”()]")
_WH_OPENERS = frozenset("which that who whom whose what where whatever wherever".split())
# "said that that no one": a demonstrative "that" stands before a noun, not a determiner.
_DETERMINERS = frozenset("no the a an every any some each either neither".split())
# "things like that that matter": "that" after a preposition is a pronoun, and the next "that"
# opens a relative clause.
_PREPOSITIONS_BEFORE_THAT = frozenset("like of about with than on for at by from after before".split())


class RepeatedWord(Rule):
    """What it does: flags a word written twice in a row ("the the"), across a line break too.

    Why it matters in news copy: a doubled word survives a quick read and is the commonest slip
    left by an edit that moved words around.

    Example: ``Officials said the the talks would resume.``

    Use instead: ``Officials said the talks would resume.``

    Fix safety: the fix deletes the second copy. It is safe for words that are never doubled in
    good English (articles, "and", "of", possessives), for a preposition no clause can end on
    just before ("talks resumed on on Monday") and for "is is" outside a pseudo-cleft; unsafe
    for other words ("that that", "very very"), which someone may read as grammatical.
    Grammatical doubles ("had had", "that that is", "like that that made", "what it is is", "a
    break-in in 1999", "the town she grew up in in 1999") and capitalised doubles that are names
    ("Walla Walla") are not flagged.
    """

    code = "ST001"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "repeated-word"
    summary = "A word is repeated ('the the')"
    default_severity = Severity.ERROR
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in _REPEAT_RE.finditer(doc.text):
            first, second = m.group(1), m.group(3)
            low = first.lower()
            if low in _GRAMMATICAL_DOUBLES or _grammatical_in_context(doc.text, m, low):
                continue
            if second[0].isupper() and low not in _FUNCTION_WORDS:
                continue  # Walla Walla, Duran Duran; a title before a name: "senior law lord Lord Bingham"
            if low in _PREPOSITIONS and _may_strand(doc.text, m):
                continue
            removal = Span(m.end(1), m.end(3))
            safe = low in _NEVER_GRAMMATICAL or (low in _PREPOSITIONS) or low == "is"
            yield Finding(
                Span(m.start(3), m.end(3)),
                f"'{second}' repeats the word before it",
                suggestions=(first,),
                fix=Fix(
                    (Edit(removal, ""),),
                    Applicability.SAFE if safe else Applicability.UNSAFE,
                    "delete the repeated word",
                ),
            )


def _may_strand(text: str, m: re.Match) -> bool:
    """Whether the first copy of a doubled preposition may end a clause ("the town she grew up in
    in 1999", "what they asked for for years"), judged in the clause before it (from the last
    comma or sentence end): a subject pronoun after another word ("town she"), or a wh- word
    followed by the subject of its own clause ("that my parents", "which Smith"). "He said in
    in", "who also struggled with with" leave nothing stranded."""
    clause = _CLAUSE_BREAK_RE.split(text[max(0, m.start() - 60) : m.start()])[-1]
    words = _WORD_RE.findall(clause)[-6:]
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word in _SUBJECT_PRONOUNS and i > 0:
            return True
        if word in _WH_OPENERS and i + 1 < len(words):
            following = lowered[i + 1]
            if following in _SUBJECT_PRONOUNS or following in _SUBJECT_DETERMINERS or words[i + 1][0].isupper():
                return True  # "the house that my parents lived in in 1990"
    return False


def _looks_past(word: str) -> bool:
    """A verb in the past ("a series that that began"): no noun for a demonstrative "that"."""
    low = word.lower()
    return low.endswith("ed") or low in _PAST_FORMS


def _grammatical_in_context(text: str, m: re.Match, low: str) -> bool:
    """``that that`` and ``is is`` are grammatical only in a few shapes; judge from the words around."""
    if low not in ("that", "is"):
        return False
    before = [w.lower() for w in _WORD_RE.findall(text[max(0, m.start() - 60) : m.start()])]
    after = _WORD_RE.findall(text[m.end() : m.end() + 40])
    if low == "that":
        if not (before and after) or after[0][0].isupper():
            return False
        if after[0].lower() in _DETERMINERS:
            return False  # "said that that no one was hurt": no noun for a demonstrative
        if after[0] not in _VERB_AFTER_THAT and after[0] not in _PRONOUNS and not _looks_past(after[0]):
            return True  # "tell you that that penalty": a demonstrative before a noun
        if before[-1] in _PREPOSITIONS_BEFORE_THAT and after[0] not in _PRONOUNS:
            return True  # "things like that that made him": a pronoun, then a relative clause
        return before[-1] in _THAT_CLAUSE_HEADS and after[0] in _VERB_AFTER_THAT
    return any(w in _CLEFT_WORDS for w in before[-4:])


_TAIL_SEPARATOR_RE = re.compile(r"^\s*[|–—:-]+\s*\S")
_SENTENCE_END_RE = re.compile(r"""[.!?…]["'”’)\]]*$""")
PROSE_MIN_WORDS = 20  # a paragraph this long is prose whatever its ending
TEMPLATE_REPEATS = 3  # this many different short lines repeated: the page is made from a template
TEMPLATE_LINE_WORDS = 12  # ... a line of the template is shorter than this (a paragraph is longer)


def _templated(keys: Iterator[str]) -> bool:
    """Whether the story repeats several different short lines: a page made from a template
    (a meal plan's "Portion: 1 Green, 1 Red, 1 tsp." under each dish, a gift guide's "See it
    now: ..."). One paragraph pasted twice repeats one line, or one block of long ones."""
    counts: dict[str, int] = {}
    for key in keys:
        if key and len(key.split()) < TEMPLATE_LINE_WORDS:
            counts[key] = counts.get(key, 0) + 1
    return sum(1 for n in counts.values() if n > 1) >= TEMPLATE_REPEATS


_ITEM_SPLIT_RE = re.compile(r"[,;\[\]()]")
_QUANTITY_STARTS = frozenset("0123456789½¼¾⅓⅔⅛")
LIST_MIN_ITEMS = 3


def _quantity_list(text: str) -> bool:
    """A list of quantities ("1 cup spinach, 8 oz. almond milk, 1 tsp. nut butter"): three or
    more items, at least half of them opening with a figure. A meal plan or a kit list repeats
    such lines by design; a paragraph pasted twice is written in clauses, not quantities."""
    items = [item.strip() for item in _ITEM_SPLIT_RE.split(text)]
    items = [item for item in items if item]
    if len(items) < LIST_MIN_ITEMS:
        return False
    return 2 * sum(1 for item in items if item[0] in _QUANTITY_STARTS) >= len(items)


def _reads_as_prose(text: str, n_words: int) -> bool:
    """A sentence (it ends like one) or a long paragraph. A short line without an ending is a
    label or a list item ("See it now: Amazon", "[ CNET ]"), and rows of a table or a results
    list ("Consumer goods 25 mln vs 20 mln"): a page repeats those by design."""
    return n_words >= PROSE_MIN_WORDS or bool(_SENTENCE_END_RE.search(text))


def _normalise(text: str) -> str:
    return " ".join(text.split()).strip(".!?:;,").strip().casefold()  # split(): same as \s+, faster


class DuplicateParagraph(Rule):
    """What it does: flags a line or paragraph that repeats the headline or an earlier paragraph,
    exactly or nearly (case, white space and punctuation aside; a few words changed; or the
    headline with a site name or a "| Section" tail added).

    Why it matters in news copy: copy pasted from a web page often carries the headline again
    under the headline, and a paste that went in twice publishes a paragraph twice, sometimes
    with one version lightly edited.

    Example: the headline ``Russia's 'mini-Nato' intervenes`` appears again as line 6.

    Use instead: delete the repeated line (for a near copy, keep the version you want).

    Fix safety: safe for an exact copy of the headline; unsafe for a near copy and for other
    repeated paragraphs, since an editor may want to keep the later copy instead. Not flagged:
    short lines that are not sentences (labels and list items such as "See it now: Amazon"
    under each product of a gift guide) repeated exactly, near copies among lines that are not
    sentences (the rows of a table or a results list), and any line under 12 words of a story
    that repeats three or more different such lines (a page made from a template, such as a meal
    plan), and lists of quantities ("1 cup spinach, 8 oz. almond milk, 1 tsp. nut butter"): a
    page repeats those by design.

    Options: ``near-ratio`` (default 92): how similar (0-100) two paragraphs must be to count as
    near copies; ``near-min-words`` (default 8): shorter paragraphs must repeat exactly.
    """

    @dataclass(frozen=True)
    class Options:
        near_ratio: float = 92.0
        near_min_words: int = 8

    code = "ST002"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "duplicate-paragraph"
    summary = "A line repeats the headline or an earlier paragraph"
    default_severity = Severity.ERROR
    fix_availability = "always"
    check_quotes = True
    MIN_WORDS = 4
    MIN_HEADLINE_WORDS = 3  # a "headline" of one or two words is page furniture, not a headline
    MAX_TAIL_WORDS = 6  # "Headline | Site Name" or "Headline - Section - Site"
    MAX_NEAR_POOL = 300  # near copies are looked for among this many earlier long paragraphs

    def check(self, doc: Document) -> Iterator[Finding]:
        headline = doc.headline
        head_key = _normalise(doc.snippet(headline)) if headline else ""
        if len(head_key.split()) < self.MIN_HEADLINE_WORDS:
            head_key = ""
        seen: dict[str, int] = {}
        long_units = NearCopyPool(self.options.near_ratio, self.MAX_NEAR_POOL)  # a bound on work
        units = [(span, _normalise(doc.snippet(span))) for span in self._units(doc)]
        templated = _templated(key for _, key in units)
        for span, key in units:
            if not key:
                continue
            if head_key and span.start > headline.start:  # type: ignore[union-attr]
                exact = key == head_key
                if exact or self._headline_with_tail(key, head_key):
                    yield self._headline_finding(doc, span, exact)
                    continue
            n_words = len(key.split())
            designed = (templated and n_words < TEMPLATE_LINE_WORDS) or _quantity_list(doc.snippet(span))
            prose = _reads_as_prose(doc.snippet(span), n_words) and not designed
            repeat = n_words >= self.MIN_WORDS and (prose or n_words >= self.options.near_min_words)
            if key in seen and repeat and not designed:
                yield self._copy_finding(doc, span, seen[key], "duplicated paragraph")
                continue
            if n_words >= self.options.near_min_words and prose:
                earlier = long_units.find(key)
                if earlier is not None:
                    yield self._copy_finding(doc, span, earlier, "near-duplicate paragraph", Severity.WARNING)
                    continue
                long_units.add(key, span.start)
            seen.setdefault(key, span.start)

    def _headline_with_tail(self, key: str, head_key: str) -> bool:
        """The headline followed by a site or section tail ("... | Daily Ledger")."""
        if not key.startswith(head_key) or key == head_key:
            return False
        tail = key[len(head_key) :]
        return bool(_TAIL_SEPARATOR_RE.match(tail)) and len(tail.split()) <= self.MAX_TAIL_WORDS + 1

    @staticmethod
    def _headline_finding(doc: Document, span: Span, exact: bool) -> Finding:
        what = "repeats the headline" if exact else "repeats the headline with a site or section name added"
        applicability = Applicability.SAFE if exact else Applicability.UNSAFE
        return Finding(
            span,
            f"repeated headline: this line {what}",
            fix=Fix((Edit(line_deletion(doc, span), ""),), applicability, "delete the line"),
        )

    @staticmethod
    def _copy_finding(
        doc: Document, span: Span, earlier: int, what: str, severity: Severity | None = None
    ) -> Finding:
        line = doc.position(earlier).line
        return Finding(
            span,
            f"{what}: repeats line {line}",
            fix=Fix((Edit(line_deletion(doc, span), ""),), Applicability.UNSAFE, "delete the copy"),
            severity=severity,
        )

    @staticmethod
    def _units(doc: Document) -> list[Span]:
        """Paragraphs, but each line of a multi-line block counts on its own (pasted residue is
        often glued to the block above it without a blank line)."""
        units: list[Span] = []
        for para in doc.paragraphs:
            if "\n" not in doc.text[para.start : para.end]:
                units.append(para)
                continue
            # only this paragraph's lines (scanning every line per paragraph was quadratic on a
            # long document), indented first and trailing-space last lines included
            first, last = doc.line_of(para.start).number, doc.line_of(para.end).number
            block = (doc.trim(ln.span) for ln in doc.lines[first - 1 : last])
            units.extend(span for span in block if span.end > span.start)
        return units
