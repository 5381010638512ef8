"""proselint 0.16 inside newslint (PL): one rule per proselint family, all ``info`` by default.

proselint is imported on first ``check`` only, so listing rules, importing newslint or a run
with ``PL`` deselected never pays for it. Three quirks of its library API are handled here:

* its check registry is a process-wide singleton that appends on every ``register_many``, so
  registering twice doubles every finding: ``ensure_registered`` adds only what is missing;
* ``LintFile`` pads the text with a newline at each end, so ``CheckResult.span`` is one past
  the offset in our text (its ``pos`` line/column is right): ``to_finding`` shifts it back;
* its ``ReverseExistence`` checks (the ``restricted`` family) add one more to the start, so
  their spans need a second shift (``EXTRA_START_SHIFT``);
* it skips quoted speech itself only when a result *starts* in a quote; the engine also drops
  findings inside ``doc.quotes`` because these rules set ``check_quotes = False``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from ...document import Document
from ...rule import OptionsError, Rule
from ...types import Finding, Severity, Span
from .families import FAMILIES, Family
from .gate import StoryText, cannot_match, save_memo
from .messages import newsroom_message
from .windows import StoryLines, story_lines, windowed_results

MAX_RESULTS = 1_000_000  # proselint's default caps a file at 1,000 results across all checks
EXTRA_START_SHIFT = {"restricted": 1}
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_state: dict[str, Any] = {"registered": False}


def ensure_registered() -> Any:
    """proselint's global registry with every proselint check in it exactly once."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry

    registry = CheckRegistry()
    if not _state["registered"]:
        present = {id(check) for check in registry.checks}
        missing = tuple(check for check in __register__ if id(check) not in present)
        if missing:
            registry.register_many(missing)
        _state["registered"] = True
    return registry


@lru_cache(maxsize=64)
def family_config(family: str, skip: tuple[str, ...]) -> dict[str, Any]:
    """A proselint config that enables one family minus ``skip``; deeper keys first, as
    proselint's ``get_all_enabled`` takes the first prefix that matches."""
    checks = {path: False for path in skip}
    checks[family] = True
    ordered = dict(sorted(checks.items(), key=lambda kv: kv[0].count("."), reverse=True))
    return {"max_errors": MAX_RESULTS, "checks": ordered}


def lint_file_for(text: str) -> Any:
    """proselint's ``LintFile`` for a story (its quote bounds cost a scan, so the family rules
    share one through ``Document.shared``)."""
    from proselint.tools import LintFile

    # proselint's RE2 engine cannot take lone surrogates; one-for-one replacement keeps offsets
    return LintFile("<newslint>", _SURROGATE_RE.sub("\ufffd", text))


@dataclasses.dataclass
class _ProselintView:
    """What the PL rules share about one story: proselint's view of it and the gate's."""

    text: str

    @functools.cached_property
    def lint_file(self) -> Any:
        return lint_file_for(self.text)

    @functools.cached_property
    def story(self) -> StoryText:
        return StoryText(self.text)

    @functools.cached_property
    def lines(self) -> StoryLines | None:
        return story_lines(self.lint_file.content, self.story)


def enabled_checks(family: str, skip: tuple[str, ...]) -> tuple[Any, ...]:
    """The family's checks, filtered once per registry state: proselint's ``LintFile.lint``
    re-filters its whole registry on every call, which cost ~4 ms a story when called per family."""
    registry = ensure_registered()
    return _filtered_checks(family, skip, len(registry.checks))


@lru_cache(maxsize=128)
def _filtered_checks(family: str, skip: tuple[str, ...], registry_size: int) -> tuple[Any, ...]:
    from proselint.registry import CheckRegistry

    return tuple(CheckRegistry().get_all_enabled(family_config(family, skip)["checks"]))


def lint_family(text: str | Document, family: str, skip: tuple[str, ...] = ()) -> list[Any]:
    """proselint's ``CheckResult`` objects for one family over a story (a Document, whose
    proselint view the PL rules share, or a text), filtered as ``LintFile.lint`` filters them
    (quoted positions dropped unless the check allows quotes), without the line and column
    ``LintFile.lint`` computes for each: the engine has its own."""
    view = text.shared(_ProselintView, lambda doc: _ProselintView(doc.text)) if isinstance(text, Document) else (
        _ProselintView(text))
    if not view.text.strip():
        return []
    lint_file = view.lint_file
    content = lint_file.content
    quoted = lint_file.is_quoted_pos
    story, lines = view.story, view.lines
    results = [
        result
        for check in enabled_checks(family, tuple(skip))
        if not cannot_match(check, story)
        for result in windowed_results(check, story, lines) or check.check_with_flags(content)
        if check.flags.allow_quotes or not quoted(result.span[0])
    ]
    save_memo()  # what the gates learnt of new patterns, for the next run's start (once: then a no-op)
    return results


def to_finding(
    check_path: str, message: str, span: tuple[int, int], replacements: str | None, text_length: int,
    text: str = "",
) -> Finding:
    """Map one proselint result onto our text: undo the padding shift, put the message in a
    newsroom's words (``messages``; ``text`` is the story, for the flagged words), name the check path."""
    shift = 1 + EXTRA_START_SHIFT.get(check_path.split(".", 1)[0], 0)
    start = min(max(span[0] - shift, 0), text_length)
    end = min(max(span[1] - 1, start), text_length)
    suggestions = (replacements,) if isinstance(replacements, str) and replacements else ()
    said = newsroom_message(check_path, message, text[start:end], suggestions[0] if suggestions else None)
    return Finding(Span(start, end), f"{said} (proselint: {check_path})", suggestions)


class ProselintRule(Rule):
    """Base of the generated PL rules; ``family`` says which proselint checks it runs."""

    family_info: Family
    default_severity = Severity.INFO
    check_quotes = False
    fix_availability = "never"

    def check(self, doc: Document) -> Iterator[Finding]:
        for r in lint_family(doc, self.family_info.family, self.options.skip):
            yield to_finding(r.check_path, r.message, r.span, r.replacements, len(doc.text), doc.text)

    @classmethod
    def build_options(cls, raw: Mapping[str, Any]) -> Any:
        options = super().build_options(raw)
        family = cls.family_info.family
        for path in options.skip:
            if not isinstance(path, str) or not (path == family or path.startswith(family + ".")):
                raise OptionsError(f"skip: {path!r} is not a check path in proselint family {family!r}")
        return options

    @classmethod
    def documentation(cls) -> str:
        info = cls.family_info
        state = "on" if info.enabled else "off"
        lines = [
            f"What it does: runs proselint's '{info.family}' checks. {info.what}",
            "",
            "Why it matters in news copy: style advice an editor may take or leave, so findings are "
            "info and never fail a run on their own. Quoted speech is skipped.",
            "",
            f"Default: {state}, severity info."
            + (f" Check paths off by default: {', '.join(info.skip)}." if info.skip else ""),
        ]
        if info.why_off:
            lines += ["", f"Why: {info.why_off}"]
        lines += [
            "",
            "Fix safety: no fix; proselint's suggested wording, when it has one, is shown.",
            "",
            f"Options: skip (list of proselint check paths under '{info.family}' to leave out; "
            f"default {list(info.skip)}).",
        ]
        return "\n".join(lines)


@dataclasses.dataclass(frozen=True)
class ProselintOptions:
    """Options of a PL rule whose family skips no check by default (19 of the 24)."""

    skip: tuple = ()


def _options_class(info: Family) -> type:
    """A family with checks off by default gets its own options class, whose default names
    them; the others share ``ProselintOptions`` (each ``make_dataclass`` cost ~0.3 ms of the
    start-up, 24 of them on every run)."""
    if not info.skip:
        return ProselintOptions
    return dataclasses.make_dataclass(
        f"{info.code}Options",
        [("skip", tuple, dataclasses.field(default=info.skip))],
        frozen=True,
    )


def _make_rule(info: Family) -> type[ProselintRule]:
    attrs = {
        "__module__": __name__,
        "__doc__": info.what,
        "code": info.code,
        "name": info.rule_name,
        "summary": info.summary,
        "default_enabled": info.enabled,
        "family_info": info,
        "Options": _options_class(info),
    }
    return type(f"Proselint{info.code}", (ProselintRule,), attrs)


PROSELINT_RULES: tuple[type[ProselintRule], ...] = tuple(_make_rule(info) for info in FAMILIES)
globals().update({rule.__name__: rule for rule in PROSELINT_RULES})
