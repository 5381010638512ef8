"""Broken paragraphs (ST): a sentence split over two paragraphs, and quotation marks or brackets
that open in a paragraph and never close (or close without opening)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Edit, Finding, Fix, Severity, Span

_WORD_RE = re.compile(r"[^\W\d_]+")
# The paragraph stops mid-sentence: a comma, or a letter/figure/closing quote with no full stop.
_OPEN_END_RE = re.compile(r"""(?:,|[^\W_]|[,]?["”’])$""")
_LOWER_START_RE = re.compile(r"""^[a-z][a-z'’-]*\b""")
_SENTENCE_END_RE = re.compile(r"""[.!?…:;]["'”’)\]]*$""")
MIN_WORDS_BEFORE = 6  # the paragraph before must read like prose, not a label or a list item


class SplitParagraph(Rule):
    """What it does: flags a paragraph that starts in lower case right after a paragraph that
    stopped mid-sentence (with a comma, or with no closing punctuation).

    Why it matters in news copy: a stray line break, often from pasting, cuts one sentence into two
    paragraphs: ``It's "a relic of the Warsaw Pact",`` / ``said Pascal Ausseur, a former
    soldier.``

    Example: a paragraph ending ``...Warsaw Pact",`` followed by one starting ``said Pascal...``.

    Use instead: join the two paragraphs into one.

    Fix safety: unsafe; the fix joins the paragraphs with a space. Paragraphs opening with a
    brand written in lower case ("iPhone", "eBay") are not flagged. When the first paragraph ends
    with a comma the finding is a warning; when it just stops without punctuation (it may be a
    label or a caption) it is info.
    """

    code = "ST003"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "split-paragraph"
    summary = "A sentence is split across two paragraphs"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        paragraphs = doc.paragraphs
        for before, after in zip(paragraphs, paragraphs[1:], strict=False):
            head = doc.snippet(before)
            tail = doc.snippet(after)
            # A match of _OPEN_END_RE is at most two characters at the end: searching only the
            # tail (and counting only the first words) spares a scan of the whole paragraph.
            if not _OPEN_END_RE.search(head[-3:]) or _count_words(head, MIN_WORDS_BEFORE) < MIN_WORDS_BEFORE:
                continue
            m = _LOWER_START_RE.match(tail)
            if m is None or not head.endswith(",") and _looks_like_heading(head):
                continue
            join = Span(before.end, after.start)
            # After a comma the sentence surely goes on; after a bare word it may be a label or a
            # caption above a lower-case line, so that case is only pointed out.
            severity = None if head.rstrip('"”’').endswith(",") else Severity.INFO
            yield Finding(
                Span(before.end - 1, after.start + m.end()),
                f"split paragraph: '{m.group()}' (line {doc.position(after.start).line}) starts a "
                "paragraph in lower case after one that ends mid-sentence; join them",
                fix=Fix((Edit(join, " "),), Applicability.UNSAFE, "join the two paragraphs"),
                severity=severity,
            )


def _count_words(text: str, limit: int) -> int:
    """How many words ``text`` holds, counting no further than ``limit``."""
    return sum(1 for _ in islice(_WORD_RE.finditer(text), limit))


def _looks_like_heading(text: str) -> bool:
    """A short unpunctuated paragraph is a subhead or a label, which may well be followed by a
    lower-case list; only prose that stops mid-sentence counts as split."""
    return "\n" not in text and len(_WORD_RE.findall(text)) < 10 and not _SENTENCE_END_RE.search(text)


_OPENERS = {"(": ")", "[": "]", "“": "”"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
# "‘‘...’’": two single quotes typed for a double one, as some newsrooms' systems do
_MARK_RE = re.compile("‘‘|’’|[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")
_DOUBLED_SINGLES = {"‘‘": "“", "’’": "”"}
# "1) Sign the form", "a) ... b)", "ii)": a list marker, at the start or inside a paragraph: a
# letter, a figure or a Roman numeral standing alone before ")"
_MARKER_BEFORE_RE = re.compile(r"(?:^|[\s(;,:])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$")
# ":-)", ";)", ":(", "=)", ":-]": the bracket is a face, not a bracket
_EMOTICON_EYES = ":;="
_EMOTICON_NOSES = "-^'o"


class UnbalancedMarks(Rule):
    """What it does: flags a bracket or curly quotation mark that opens in a paragraph and never
    closes, or closes without having opened. Straight double quotes are not counted: they cannot
    tell opening from closing, and copy that lost its paragraph breaks holds many legitimate
    odd counts.

    Why it matters in news copy: a quote that never closes hides where the speaker stops; a lost
    bracket usually means a cut went through the middle of an aside.

    Example: ``The minister (who resigned on Friday said the plan had failed.``

    Use instead: close the bracket or the quote where the aside or quotation ends.

    Fix safety: no fix; only the writer knows where the mark belongs. A quote left open at the
    end of a paragraph is not flagged when the next paragraph opens with a quotation mark, as
    news style does for a quotation that runs over several paragraphs. List markers ("a) ...
    b) ...", "1) ...") and the brackets of faces (":-)", ";(") open and close nothing.
    """

    code = "ST004"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "unbalanced-marks"
    summary = "A bracket or quotation mark is not closed (or not opened)"
    default_severity = Severity.WARNING
    fix_availability = "never"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        paragraphs = doc.paragraphs
        for i, para in enumerate(paragraphs):
            text = doc.snippet(para)
            next_text = doc.snippet(paragraphs[i + 1]) if i + 1 < len(paragraphs) else ""
            continues = next_text[:1] in ("“", '"')
            mixed = '"' in text  # “..." or "...”: a mixed pair, which is balanced
            for offset, mark, problem in _unbalanced(text):
                if mark in "“”" and (mixed or (problem == "open" and continues)):
                    continue  # a mixed pair, or a quotation carried on into the next paragraph
                span = Span(para.start + offset, para.start + offset + 1)
                yield Finding(span, _message(mark, problem))


def _message(mark: str, problem: str) -> str:
    kind = "bracket" if mark in "()[]" else "quotation mark"
    if problem == "open":
        return f"unbalanced {kind}: '{mark}' is never closed in this paragraph"
    if problem == "close":
        return f"unbalanced {kind}: '{mark}' closes something that was never opened in this paragraph"
    return f"unbalanced {kind}: '{mark}'"


def _unbalanced(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, mark, 'open'|'close'|'odd') for each mark without a partner in ``text``."""
    stack: list[tuple[int, str]] = []
    for m in _MARK_RE.finditer(text):  # only the marks, not every character (speed)
        i, ch = m.start(), m.group()
        ch = _DOUBLED_SINGLES.get(ch, ch)
        if ch in "()[]" and _is_emoticon(text, i):
            continue
        if ch == ")" and _is_list_marker(text, i, stack):
            continue  # "a) raise taxes, b) cut spending": list markers close nothing
        if ch in _OPENERS:
            stack.append((i, ch))
        elif ch in _CLOSERS:
            if stack and stack[-1][1] == _CLOSERS[ch]:
                stack.pop()
            elif any(opener == _CLOSERS[ch] for _, opener in stack):
                while stack[-1][1] != _CLOSERS[ch]:
                    j, opener = stack.pop()
                    yield j, opener, "open"
                stack.pop()
            else:
                yield i, ch, "close"
    for i, ch in stack:
        yield i, ch, "open"


def _is_list_marker(text: str, i: int, stack: list[tuple[int, str]]) -> bool:
    """A ")" after a lone letter, figure or Roman numeral, with no "(" open for it to close."""
    return not any(opener == "(" for _, opener in stack) and bool(
        _MARKER_BEFORE_RE.search(text[max(0, i - 6) : i])
    )


def _is_emoticon(text: str, i: int) -> bool:
    """Whether the bracket at ``i`` is the mouth of a face (":-)", ";)", ":(") after eyes and an
    optional nose, at the start of the text or after a space or a bracket."""
    j = i - 1
    if j >= 0 and text[j] in _EMOTICON_NOSES:
        j -= 1
    if j < 0 or text[j] not in _EMOTICON_EYES:
        return False
    return j == 0 or text[j - 1] in " \t\n(\"“'"
