"""Counts in messages: "1 file", "3 files", never "file(s)"."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``count`` and ``noun``, the noun in the plural unless the count is one."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"
