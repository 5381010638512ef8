"""Engine codes (NL): problems with newslint's own machinery, not with the story.

These rules find nothing themselves: the engine and ``newslint.suppress`` yield their
diagnostics. They are rules so that ``newslint rules`` and ``newslint explain`` list them and
``--ignore NL003`` or ``per-file-ignores`` switch them off like any other code.
"""

from __future__ import annotations

from collections.abc import Iterator

from .document import Document
from .rule import Rule
from .types import Finding, Severity


class _EngineCode(Rule):
    def check(self, doc: Document) -> Iterator[Finding]:
        return iter(())


class InternalError(_EngineCode):
    """What it does: reports a rule that crashed on this story, so its silence is not mistaken
    for a clean bill of health (the other rules' findings are still reported).

    Why it matters in news copy: a desk relying on newslint must know when a check did not run.

    Example: ``internal error in rule SP001 (misspelled-word): ValueError: ...``

    Use instead: report the message and the story to the newslint maintainers.

    Fix safety: no fix.
    """

    code = "NL001"
    name = "internal-error"
    summary = "A rule crashed on this story"
    default_severity = Severity.ERROR


class MalformedSuppression(_EngineCode):
    """What it does: flags a ``<!-- newslint: ... -->`` comment newslint cannot read: an unknown
    action, no codes in brackets, a code no rule has, or an ``enable`` with no ``disable`` open.

    Why it matters in news copy: a directive with a typo suppresses nothing, so the desk believes
    a finding is waived when it is not (or the reverse).

    Example: ``<!-- newslint: ignore -->`` (codes are required), ``<!-- newslint: ingore[SP001] -->``

    Use instead: ``<!-- newslint: ignore[SP001] -->``; actions are ``ignore`` (next line),
    ``disable`` / ``enable`` (a range) and ``file-ignore`` (the whole file).

    Fix safety: no fix.
    """

    code = "NL002"
    name = "malformed-suppression"
    summary = "A newslint suppression comment cannot be read"
    default_severity = Severity.WARNING


class UnusedSuppression(_EngineCode):
    """What it does: flags a suppression directive (or one code in it) that suppressed nothing,
    because the finding it was written for has been fixed or has moved.

    Why it matters in news copy: a stale directive would silently hide a new slip of the same
    kind on that line later.

    Example: ``<!-- newslint: ignore[SP001] -->`` above a line with no spelling finding.

    Use instead: delete the directive (or the unused code).

    Fix safety: no fix.
    """

    code = "NL003"
    name = "unused-suppression"
    summary = "A suppression directive suppressed nothing"
    default_severity = Severity.INFO


RULES = (InternalError, MalformedSuppression, UnusedSuppression)
