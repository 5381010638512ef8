"""What stands around a word in the text: the hyphenated compound it belongs to, a character
entity it is glued to, and the capitalised words beside it. Each is read off the text at the
token's position (a few characters either way), so asking costs nothing per story.
"""

from __future__ import annotations

import re

from ...types import Span

_COMPOUND_CHARS = re.compile(r"[^\W\d_]|['’-]")
_ENTITY_AFTER = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_ENTITY_BEFORE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});$")
_BROKEN_AFTER = re.compile(r"-[ \t]*\n?[ \t]*([a-z]+)")
_BROKEN_BEFORE = re.compile(r"([A-Za-z]+)-[ \t]*\n?[ \t]*$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
# Words that put a person's name after them: "Mr Preson" is a man, not a misspelt town.
TITLES = frozenset(
    "Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Rev Father Sister Brother Judge Justice "
    "President Senator Sen Rep Governor Gov Mayor Minister Chancellor Secretary General Gen Colonel "
    "Col Captain Capt Lieutenant Lt Sergeant Sgt Officer Detective Inspector Constable Chief "
    "King Queen Prince Princess Pope Cardinal Bishop Archbishop Rabbi Imam Sheikh Coach Manager "
    "Actor Actress Singer Director Chairman Chairwoman Spokesman Spokeswoman Councillor Cllr".split()
)


def compound_span(text: str, span: Span) -> Span:
    """The hyphenated compound around ``span`` ("add-ons" around "ons"): letters, apostrophes and
    single hyphens between letters, as far as they run."""
    start, end = span.start, span.end
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 2
        while start > 0 and _COMPOUND_CHARS.match(text[start - 1]) and text[start - 1] != "-":
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 2
        while end < len(text) and _COMPOUND_CHARS.match(text[end]) and text[end] != "-":
            end += 1
    return Span(start, end)


def touches_entity(text: str, span: Span) -> bool:
    """Glued to a character entity ("caf" in ``caf&#233;``, "e" in ``fianc&#233;e``): a fragment of
    a word whose letter was escaped, not a word (BP012 reports the entity)."""
    if span.end < len(text) and text[span.end] == "&" and _ENTITY_AFTER.match(text, span.end):
        return True
    if span.start > 0 and text[span.start - 1] in "&#" and text[span.end : span.end + 1] == ";":
        return True  # the entity's own name: "eacute" of ``&eacute;``
    return span.start > 0 and text[span.start - 1] == ";" and bool(_ENTITY_BEFORE.search(text, max(0, span.start - 40), span.start))


def line_break_join(text: str, span: Span) -> str | None:
    """The word a line-end hyphenation split ``span`` from: "organise" for either half of
    "orga- nise" or "orga-\\nnise" (wire copy and extracted pages keep their typesetter's
    breaks). None when no hyphen and space or line break stand next to the word."""
    end, start = span.end, span.start
    if end < len(text) and text[end] == "-" and end + 1 < len(text) and text[end + 1] in " \t\n":
        after = _BROKEN_AFTER.match(text, end)
        if after:
            return text[start:end] + after.group(1)
    if start > 1 and text[start - 1] in " \t\n":
        before = _BROKEN_BEFORE.search(text, max(0, start - 42), start)
        if before and "-" in text[before.end(1) : start] and text[start:end].islower():
            return before.group(1) + text[start:end]
    return None


def neighbours(text: str, span: Span) -> tuple[str | None, str | None]:
    """The words just before and after ``span`` on the same line (spaces only between them)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    before = _WORD_BEFORE.search(text, line_start, span.start)
    after = _WORD_AFTER.match(text, span.end)
    return (before.group(1).rstrip(".") if before else None, after.group(1) if after else None)


def capitalised_neighbour(text: str, span: Span) -> bool:
    """Next to another capitalised word ("Annette Bening", "Chia Song"): part of a name."""
    before, after = neighbours(text, span)
    return any(w is not None and w[:1].isupper() for w in (before, after))


def after_title(text: str, span: Span) -> bool:
    """Straight after a title ("Mr Preson", "President Chia")."""
    before, _ = neighbours(text, span)
    return before is not None and before in TITLES
