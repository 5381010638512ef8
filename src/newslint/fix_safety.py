"""Quoted speech is the one place a fix must be surest of itself.

A quote records what someone said or wrote, so a fix that reaches into one is only as safe as
the rule's reason to look there. The engine passes every finding through ``guard_quotes`` so
that the applicability shown in the output is the one ``--fix`` obeys:

- a rule that skips quotes (``check_quotes = False``, style rules) never edits inside one: its
  fix becomes display-only when an edit touches quoted speech;
- a rule that checks quotes keeps a safe fix there only when it says so
  (``Rule.safe_fix_in_quotes``: acronym and case variants, repeated words, boilerplate, which
  repeat the story's own form or remove pasted residue); any other safe fix inside a quote (a
  spelling, a name) needs ``--unsafe-fixes``, since the quote may keep the speaker's spelling.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .types import Applicability, Finding, Span

if TYPE_CHECKING:
    from .document import Document
    from .rule import Rule

def touches_quote(doc: Document, span: Span) -> bool:
    """True when ``span`` lies in or overlaps quoted speech (an insertion counts if inside)."""
    for quote in doc.quotes:
        if quote.start >= span.end:
            break
        if span.overlaps(quote) or (span.start == span.end and quote.start < span.start < quote.end):
            return True
    return False


def guard_quotes(doc: Document, rule: Rule, finding: Finding) -> Finding:
    """The finding with its fix's applicability lowered if the fix edits quoted speech."""
    fix = finding.fix
    if fix is None or fix.applicability is Applicability.DISPLAY_ONLY or not doc.quotes:
        return finding
    if not any(touches_quote(doc, edit.span) for edit in fix.edits):
        return finding
    if not rule.check_quotes:
        lowered = Applicability.DISPLAY_ONLY
    elif fix.applicability is Applicability.SAFE and not rule.safe_fix_in_quotes:
        lowered = Applicability.UNSAFE
    else:
        return finding
    return dataclasses.replace(finding, fix=dataclasses.replace(fix, applicability=lowered))
