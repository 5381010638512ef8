"""Acronym consistency (AC001, AC002): a form that is out of step with the story's own acronym.

The rival is discovered from the story itself: "CTSO" is wrong because the story defines and
mostly writes "CSTO", not because anyone listed the pair in advance.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Finding, Fix, Severity, Span
from .. import common as cons
from .index import TITLE_RE, AcronymIndex, build_index, known_acronyms


class AcronymVariant(Rule):
    """What it does: flags an acronym that is one slip away (letters swapped, one letter wrong)
    from an acronym the story defines or uses more often: "CTSO" in a story about the CSTO.

    Why it matters in news copy: a transposed acronym reads as a different organisation, and a
    spell checker cannot see it, because neither form is an English word.

    Example: ``the Collective Security Treaty Organisation (CSTO) ... the CTSO has very different
    concerns``

    Use instead: ``the CSTO has very different concerns``

    Fix safety: safe when the story defines the acronym it suggests (the definition settles which
    form is right); unsafe otherwise. A form that is itself defined in the story, spelled out by
    its capitalised words, or on the reviewed list of well-known acronyms (``rules/acronyms/``,
    extendable with the ``acronyms`` config key) is taken as a different organisation and left
    alone (ABC beside NBC); a well-known form or a word in capitals is only reported, as a
    warning, when it is the swapped letters of an acronym the story spells out and uses more
    ("UTC" in a story about the Trades Union Congress (TUC)), or, for a word in capitals, of a
    well-known acronym ("TEA" in a story about ETA). When two forms tie and nothing in the story
    settles it, the later form is reported as a warning.

    Options: none.
    """

    code = "AC001"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "acronym-variant"
    summary = "An acronym differs by one slip from an acronym the story defines or uses more"
    default_severity = Severity.ERROR
    fix_availability = "always"
    check_quotes = True
    MIN_LENGTH = 3

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        known = known_acronyms(self.config)
        counts = index.counts
        forms = [f for f in counts if len(f) >= self.MIN_LENGTH]
        for form in forms:
            if index.spelled_out(form):
                continue  # the story says what it stands for: a body of its own
            if form in known or cons.common_word(form):
                # A real body elsewhere (UTC) or a word in capitals ("USB BUS Power"): only a
                # swap of an acronym the story spells out and uses more (UTC in a story about
                # the Trades Union Congress (TUC)) is taken as a slip.
                rival = self._swap_of_backed(form, forms, index, known if form not in known else frozenset())
            else:
                rival = self._rival(form, forms, index, known)
            if rival is None:
                continue
            target, severity = rival
            note = f"defined on line {index.definition_line(target)}" if index.defined(target) else ""
            applicability = Applicability.SAFE if index.defined(target) else Applicability.UNSAFE
            message = cons.rivals_message(form, counts[form], target, counts[target], note)
            for span in index.occurrences[form]:
                yield Finding(
                    span,
                    message,
                    suggestions=(target,),
                    fix=Fix.replace(span, target, applicability, f"write '{target}'"),
                    severity=severity,
                )

    @staticmethod
    def _swap_of_backed(form: str, forms: list[str], index: AcronymIndex, vouched: frozenset[str]):
        """A well-known acronym ("UTC") is a slip only for an acronym the story spells out and uses
        more; a word in capitals ("TEA" in a story about ETA) also for a well-known one, passed
        in ``vouched``."""
        counts = index.counts
        for other in forms:
            if (
                other != form
                and sorted(other) == sorted(form)
                and (index.spelled_out(other) and counts[other] > counts[form] or other in vouched)
                and counts[other] >= counts[form]
                and not index.same_sentence(form, other)
            ):
                return other, Severity.WARNING
        return None

    @staticmethod
    def _rival(form: str, forms: list[str], index: AcronymIndex, known: frozenset[str]):
        """The acronym ``form`` is a slip of, and how sure we are; None when it stands on its own."""
        counts = index.counts
        best = None
        for other in forms:
            if other == form:
                continue
            same_length = len(other) == len(form)
            if not (cons.one_edit_or_anagram(form, other) and (same_length or index.defined(other))):
                continue
            backed = index.defined(other) or other in known or index.spelled_out(other)
            if sorted(other) != sorted(form) and (
                not (backed and counts[other] >= counts[form]) or index.same_sentence(form, other)
            ):
                continue  # one letter off is often another body (AWD/RWD, CES and its organiser CEA)
            if index.defined(other) or (backed and counts[other] >= counts[form]):
                strength = (3, counts[other])
            elif counts[other] > counts[form] and counts[form] <= 2:
                strength = (2, counts[other])
            elif counts[other] == counts[form] == 1 and index.first(other) < index.first(form):
                strength = (1, counts[other])  # a tie nothing settles: the later form is suspect
            else:
                continue
            if best is None or strength > best[1]:
                best = (other, strength)
        if best is None:
            return None
        other, strength = best
        return other, (Severity.ERROR if strength[0] >= 2 else Severity.WARNING)


@dataclasses.dataclass(frozen=True)
class AcronymCaseOptions:
    # Pin the house form of acronyms said as words, e.g. ["Nato", "Unesco"] or ["NATO"]; a pinned
    # form wins over the story's majority.
    house_forms: tuple[str, ...] = ()


class AcronymCase(Rule):
    """What it does: flags an acronym written in a different case from the rest of the story:
    "Nato" (or "mini-Nato") in a story that writes "NATO", or the reverse.

    Why it matters in news copy: a house writes "NATO" or "Nato", never both; the mix shows copy
    pasted from two sources. A word in title case inside an all-capitals heading is the same slip.

    Example: ``Russia's 'mini-Nato' ... a "mini-NATO" ... different concerns to NATO``

    Use instead: ``Russia's 'mini-NATO'``

    Fix safety: safe when the form is pinned (option below) or the story defines the acronym in
    capitals; unsafe otherwise, since a majority alone may be one pasted paragraph outvoting the
    house style. The story's majority decides, so a house that writes Nato and
    Unesco on purpose is respected; a tie goes to capitals, except for acronyms said as words on
    the reviewed house-title-case list. A capitalised common word at the start of a sentence
    ("Who knows?") is not taken as a form of WHO.

    Options: ``house-forms = ["Nato", "Unesco"]`` pins the form to use whatever the majority.
    """

    code = "AC002"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "acronym-case"
    summary = "An acronym is written in a different case from the rest of the story (Nato/NATO)"
    default_severity = Severity.ERROR
    fix_availability = "always"
    check_quotes = True
    Options = AcronymCaseOptions

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        known = known_acronyms(self.config)
        upper_counts = index.counts
        titled: dict[str, list[Span]] = {}
        for m in TITLE_RE.finditer(doc.text):
            key = m.group(1).upper()
            if key not in upper_counts or m.group(1).lower() in ("the",):
                continue
            if cons.sentence_initial(doc.text, m.start()) and cons.common_word(m.group(1)):
                continue
            if doc.snippet(doc.trim(doc.line_of(m.start()).span)) == m.group():
                continue  # a sign-off or credit alone on its line
            everyday = cons.common_word(m.group(1), 50000) or (cons.common_word(key) and key not in known)
            if everyday and not index.spelled_out(key):
                continue  # "Head", "Will"; and "SCARY" beside "Scary" is emphasis, not an acronym
            titled.setdefault(key, []).append(Span(m.start(), m.end()))
        pinned = {f.upper(): f for f in self.options.house_forms}
        house_title = cons.data_words("acronyms", "house-title-case.txt")
        for key, title_spans in titled.items():
            title = key.capitalize()
            n_title, n_upper = len(title_spans), upper_counts[key]
            decided = _right_form(key, title_spans, index, known, pinned, house_title)
            if decided is None:
                continue
            right, severity = decided
            wrong_spans = title_spans if right == key else index.occurrences[key]
            wrong = title if right == key else key
            n_wrong, n_right = (n_title, n_upper) if right == key else (n_upper, n_title)
            # Only a pinned house form or the story's own definition settles the case for --fix;
            # a majority alone may be one pasted paragraph outvoting the house style.
            clear = key in pinned or (right == key and index.defined(key))
            for span in wrong_spans:
                yield Finding(
                    span,
                    cons.rivals_message(wrong, n_wrong, right, n_right),
                    suggestions=(right,),
                    fix=Fix.replace(
                        span, right, Applicability.SAFE if clear else Applicability.UNSAFE, f"write '{right}'"
                    ),
                    severity=severity,
                )
        yield from _title_word_in_caps_heading(doc)


def _right_form(key, title_spans, index: AcronymIndex, known, pinned, house_title):
    """Which of NATO/Nato the story means, and how sure we are; None when nothing settles it.

    Capitals win when the story uses them more. Title case wins only for acronyms said as words
    (the reviewed house-title-case list): a name the story writes in capitals once ("ANTE COVIC
    was...", "TELSTRA'S plans") is lead-in styling, not an acronym. A tie goes to capitals for a
    known, spelled-out or unpronounceable acronym ("Bbc", "Dvb") and is left alone otherwise."""
    title = key.capitalize()
    n_title, n_upper = len(title_spans), index.counts[key]
    if key in pinned:
        return pinned[key], None
    if n_upper > n_title:
        return key, None
    if n_title > n_upper:
        return (title, None) if title in house_title else None
    if title in house_title:
        return (title if title_spans[0].start < index.first(key) else key), Severity.WARNING
    if key in known or index.spelled_out(key):
        return key, None
    if not cons.common_word(title, 1):
        return key, Severity.WARNING
    return None


def _title_word_in_caps_heading(doc: Document) -> Iterator[Finding]:
    """ "MAKING SPICED Honey PEAR JAM": one word of an all-capitals heading left in title case."""
    for span in cons.caps_line_spans(doc):
        words = list(TITLE_RE.finditer(doc.text, span.start, span.end))
        caps = cons.upper_words(doc.text[span.start : span.end])
        if len(words) != 1 or caps < 3:
            continue
        m = words[0]
        before, after = doc.text[span.start : m.start()], doc.text[m.end() : span.end]
        if cons.upper_words(before) < 2 or cons.upper_words(after) < 1:
            continue  # "Welcome to USA TODAY", "AP Photo XAN101": a credit or a sentence, not a heading
        yield Finding(
            Span(m.start(), m.end()),
            f"'{m.group()}' is not in capitals like the rest of this heading",
            suggestions=(m.group().upper(),),
            fix=Fix.replace(
                Span(m.start(), m.end()), m.group().upper(), Applicability.UNSAFE, "write in capitals"
            ),
            severity=Severity.WARNING,
        )
