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
from .slips import rival_of


class AcronymVariant(Rule):
    """What it does: flags an acronym that is one slip away (letters swapped, one letter wrong)
    from an acronym the story defines or uses more often: "CTSO" in a story about the CSTO.

    Why it matters in news copy: a transposed acronym reads as a different organisation, and a
    spell checker cannot see it, because neither form is an English word.

    Example: ``the Collective Security Treaty Organisation (CSTO) ... the CTSO has very different
    concerns``

    Use instead: ``the CSTO has very different concerns``

    Fix safety: safe when the story defines the acronym it suggests and writes it more often
    (the definition and the majority settle which form is right); unsafe otherwise, and always
    for a form on the well-known list or a word in capitals. A form that is itself defined in
    the story or spelled out by its capitalised words is a body of its own. A form on the
    reviewed list of well-known acronyms (``rules/acronyms/``, extendable with the ``acronyms``
    config key) or a word in capitals is reported when it is the swapped letters of an acronym
    the story spells out and uses more ("UTC" in a story about the Trades Union Congress (TUC)),
    or, for a word in capitals, of a well-known acronym ("TEA" in a story about ETA), or when it
    is a lone slip: used once, never defined, one slip from an acronym the story defines or uses
    three times or more ("CBC" in a story about the BBC; an unknown form needs two). Two bodies
    leave evidence the story is asked for: named in one sentence (ABC and NBC), a name of its own
    ("SBC Communications"), a noun introducing it ("US telco SBC"), or a pair on the reviewed list
    ``rules/acronyms/look-alikes.txt`` (GPS and GPRS, DVD and DVI, the CEO at CES). A lone slip is
    a warning, an error when the rival is defined. When two forms tie, the one also written in
    title case wins, else the later form is reported as a warning. Headings run into the text
    ("HOW IT ALL STARTED"), datelines ("LAS VEGAS--"), tickers ("NASDAQ:LOGI") and sign-offs
    ("REUTER") are not acronyms.

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
        for form in [f for f in counts if len(f) >= self.MIN_LENGTH]:
            rival = rival_of(form, index, known)
            if rival is None:
                continue
            target, severity, may_be_safe = rival
            note = f"defined on line {index.definition_line(target)}" if index.defined(target) else ""
            # Safe only when the story defines the form it suggests and writes it more often.
            safe = may_be_safe and index.defined(target) and counts[target] > counts[form]
            applicability = Applicability.SAFE if safe else Applicability.UNSAFE
            message = cons.rivals_message(form, counts[form], target, counts[target], note)
            for span in index.occurrences[form]:
                yield Finding(
                    span,
                    message,
                    suggestions=(target,),
                    fix=Fix.replace(span, target, applicability, f"write '{target}'"),
                    severity=severity,
                )


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
    capitals and writes capitals more often; unsafe otherwise, since a majority alone may be one pasted paragraph outvoting the
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
            clear = key in pinned or (right == key and index.defined(key) and n_right > n_wrong)
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
