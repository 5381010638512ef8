"""The Rule base class: identity and defaults as class attributes, ``check`` yields findings.

A rule never computes lines, columns or final severities: it yields ``Finding`` objects and the
engine stamps them. Per-document state stays local to ``check``; anything expensive and shared
(dictionaries, compiled patterns) is loaded lazily and cached at module level.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .types import Finding, Severity

if TYPE_CHECKING:
    from .config import Config
    from .document import Document


@dataclasses.dataclass(frozen=True)
class NoOptions:
    """Options of a rule that takes none."""


class OptionsError(ValueError):
    """A rule option in config is unknown or has the wrong type."""


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    default_severity: ClassVar[Severity] = Severity.WARNING
    default_enabled: ClassVar[bool] = True
    # "never", "sometimes" or "always": whether findings carry a Fix.
    fix_availability: ClassVar[str] = "never"
    # Style rules skip quoted speech; spelling, names and acronyms must look inside quotes too.
    check_quotes: ClassVar[bool] = True
    # A safe fix may edit quoted speech only when it cannot misquote: it repeats the story's own
    # form (an acronym or case variant) or removes what nobody said (a repeated word, residue).
    # A spelling or name fix inside a quote needs --unsafe-fixes: the quote may keep the
    # speaker's own spelling. See ``fix_safety``.
    safe_fix_in_quotes: ClassVar[bool] = False
    Options: ClassVar[type] = NoOptions
    # Where the rule comes from (a pack file for YAML rules), shown by `newslint explain`.
    origin: ClassVar[str] = "built-in"

    def __init__(self, options: Any = None, config: Config | None = None) -> None:
        self.options = options if options is not None else self.Options()
        self.config = config

    def check(self, doc: Document) -> Iterator[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- metadata -------------------------------------------------------------------------------
    @classmethod
    def documentation(cls) -> str:
        """The docstring (What it does / Why it matters / Example / ...) for `newslint explain`."""
        return inspect.cleandoc(cls.__doc__ or cls.summary)

    @classmethod
    def build_options(cls, raw: Mapping[str, Any]) -> Any:
        """Validate ``[tool.newslint.rules.<name>]`` against the rule's frozen Options dataclass."""
        fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(cls.Options)}
        values = {}
        for key, value in raw.items():
            f = fields.get(key) or fields.get(key.replace("_", "-"))
            if f is None:
                known = ", ".join(sorted(fields)) or "none"
                raise OptionsError(f"unknown option {key!r} for rule {cls.name} (known: {known})")
            default = f.default if f.default is not dataclasses.MISSING else None
            if default is not None and not _same_kind(default, value):
                raise OptionsError(
                    f"option {key!r} of rule {cls.name} must be {type(default).__name__}, "
                    f"not {type(value).__name__}"
                )
            values[f.name] = tuple(value) if isinstance(default, tuple) else value
        return cls.Options(**values)


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(default, tuple):
        return isinstance(value, (list, tuple))
    return isinstance(value, type(default))
