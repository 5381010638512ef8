"""Acronym definitions (AC003-AC006): undefined on first use, defined twice, used before the
definition, and an expansion whose initials do not spell the acronym."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Finding, Fix, Severity
from .. import common as cons
from .index import build_index, known_acronyms


class UndefinedAcronym(Rule):
    """What it does: notes the first use of an acronym the story never spells out, unless it is on
    the reviewed list of acronyms every reader knows (UN, NATO, BBC, CEO, GDP...; extend it with
    the ``acronyms`` config key).

    Why it matters in news copy: house style spells an acronym out on first use; a reader who
    meets "the ISG" cold has to guess.

    Example: ``The ISG said output rose.``

    Use instead: ``The International Steel Group (ISG) said output rose.``

    Fix safety: no fix; only the writer knows the expansion. Reported as info.

    Options: none (extend the acronyms that need no definition with the ``acronyms`` config key).
    """

    code = "AC003"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "undefined-acronym"
    summary = "An acronym is used without being spelled out"
    default_severity = Severity.INFO
    fix_availability = "never"
    check_quotes = True
    MIN_LENGTH = 3

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        known = known_acronyms(self.config)
        for form, spans in index.occurrences.items():
            if len(form) < self.MIN_LENGTH or form in known or index.spelled_out(form):
                continue
            if cons.common_word(form) or index.look_alikes.of(form):
                continue  # emphasis ("NOT"), or a slip AC001 already reports
            yield Finding(spans[0], f"'{form}' is not spelled out on first use")


class AcronymRedefined(Rule):
    """What it does: notes an acronym spelled out a second time ("Collective Security Treaty
    Organisation (CSTO)" in paragraph 1 and again in paragraph 12).

    Why it matters in news copy: a second definition usually means two stories were merged, and
    the later one should use the short form.

    Example: ``... the Collective Security Treaty Organisation (CSTO) ...`` twice.

    Use instead: ``the CSTO`` the second time.

    Fix safety: no fix. Reported as info.

    Options: none.
    """

    code = "AC004"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "acronym-redefined"
    summary = "An acronym is spelled out more than once"
    default_severity = Severity.INFO
    fix_availability = "never"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        for form, definitions in index.definitions.items():
            first_line = index.definition_line(form)
            for definition in definitions[1:]:
                yield Finding(
                    definition.span, f"'{form}' is spelled out again; first defined on line {first_line}"
                )


class AcronymBeforeDefinition(Rule):
    """What it does: flags an acronym used in the body before the paragraph that spells it out.

    Why it matters in news copy: the definition belongs at the first use; a reader meets the bare
    acronym first and the definition too late. Headlines and all-capitals lines are exempt, since
    headlines never define, and so are acronyms on the well-known list.

    Example: ``The CSTO met.`` ... later ``the Collective Security Treaty Organisation (CSTO)``

    Use instead: move the definition to the first use.

    Fix safety: no fix.

    Options: none.
    """

    code = "AC005"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "acronym-before-definition"
    summary = "An acronym is used before the story spells it out"
    default_severity = Severity.WARNING
    fix_availability = "never"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        known = known_acronyms(self.config)
        headline = doc.headline
        for form, definitions in index.definitions.items():
            if len(form) < 3 or form in known:
                continue  # too short to be sure, or needs no definition anyway  # "IT", "US": too short to be sure the later bracket defines this one
            defined_at = definitions[0].span.start
            defined_paragraph = index.paragraph_of(defined_at)
            for span in index.occurrences[form]:
                if span.start >= defined_at or (headline and headline.contains(span)):
                    continue
                if defined_paragraph and span.start >= defined_paragraph.start:
                    continue  # same paragraph: close enough
                yield Finding(
                    span,
                    f"'{form}' is used before it is spelled out on line {index.definition_line(form)}",
                )
                break


class AcronymExpansionMismatch(Rule):
    """What it does: flags a definition whose words spell a different acronym, letters swapped
    or one off: "Collective Security Treaty Organisation (CTSO)".

    Why it matters in news copy: the bracket is where readers learn the acronym; a slip there
    teaches them the wrong one.

    Example: ``the Collective Security Treaty Organisation (CTSO)``

    Use instead: ``the Collective Security Treaty Organisation (CSTO)``

    Fix safety: unsafe: the words may be what is wrong. Only letters swapped behind a matching
    first letter are reported: an expansion translated from another language (Brazilian Steel
    Institute (IBS), Kurdistan Workers' Party (PKK)) is not a slip.

    Options: none.
    """

    code = "AC006"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "acronym-expansion-mismatch"
    summary = "A definition's words spell the acronym with letters swapped (CTSO for CSTO)"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        counts = index.counts
        for definition, spelled in index.mismatches:
            form = definition.acronym
            if index.defined(form):
                continue
            yield Finding(
                definition.span,
                f"{cons.times(form, counts[form])} does not match '{definition.expansion}', which spells '{spelled}'",
                suggestions=(spelled,),
                fix=Fix.replace(definition.span, spelled, Applicability.UNSAFE, f"write '{spelled}'"),
            )
