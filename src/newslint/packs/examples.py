"""A pack rule's ``examples`` (validated at load) and the text `newslint explain` shows for it.

``examples: {fail: [text, ...], pass: [text, ...], fixed: [text, ...]}``: each ``fail`` text must
give the rule at least one finding, each ``pass`` text none, and ``fixed[i]`` (optional) is
``fail[i]`` after the rule's fixes. ``newslint.testing`` runs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .spec import PackError, RuleSpec

if TYPE_CHECKING:
    from .kinds._base import PackRule

EXAMPLE_KEYS = ("fail", "pass", "fixed")


@dataclass(frozen=True)
class Examples:
    fail: tuple[str, ...] = ()
    passing: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.fail) + len(self.passing) + len(self.fixed)


def parse_examples(spec: RuleSpec) -> Examples:
    raw = spec.get("examples", dict, {})
    for key, value in raw.items():
        if key not in EXAMPLE_KEYS:
            raise PackError(spec.at("examples", f"unknown key {key!r} (use fail, pass, fixed)"))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PackError(spec.at("examples", f"{key}: expected a list of texts"))
    examples = Examples(tuple(raw.get("fail", ())), tuple(raw.get("pass", ())), tuple(raw.get("fixed", ())))
    if len(examples.fixed) > len(examples.fail):
        raise PackError(spec.at("examples", "fixed: more texts than fail (fixed[i] is fail[i] after fixing)"))
    return examples


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines() or [""])


def describe_rule(rule: type[PackRule]) -> str:
    """Description, message template, kind settings and examples of a pack rule."""
    spec = rule.spec
    parts = [(spec.get("description", str, "") or "").strip()]
    parts.append(f"Message: {spec.data['message']}")
    fix = "no fix" if rule.fix_action == "none" else f"{rule.fix_action} ({rule.fix_applicability.value})"
    parts.append(f"Kind: {spec.data['extends']}; scope: {rule.scope}; fix: {fix}")
    ex = rule.examples
    for title, texts in (("Flagged", ex.fail), ("Not flagged", ex.passing), ("After the fix", ex.fixed)):
        if texts:
            parts.append(f"{title}:\n" + "\n".join(_indent(t) for t in texts))
    return "\n\n".join(p for p in parts if p)
