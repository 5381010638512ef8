"""Initials of the runs of capitalised words in a story ("Energy Information Administration" ->
"EIA"), the evidence that an acronym is spelled out somewhere in the story.

A run is capitalised words, each after a space or a hyphen, with lower-case (or all-capitals)
function words allowed inside. Visiting every word in Python cost ~0.5 ms a story, so a story
whose letters are all ASCII is read with one regular expression per run; any other story visits
only the words that do not start with a-z. Both give the word-by-word answer exactly.
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PARTS_RE = re.compile(r"[-']")
# Words an expansion may skip: "Organisation of the Petroleum Exporting Countries".
FUNCTION_WORDS = frozenset(
    "of the and for in on at to a an by with de du des la le el von van der et".split()
)
_BY_LENGTH = sorted(FUNCTION_WORDS, key=len, reverse=True)
# Letters are spelled [oO] rather than with (?i), which would also take 'ſ' for 's'.
_ANY_CASE = "|".join("".join(f"[{c}{c.upper()}]" for c in w) for w in _BY_LENGTH)

# -- stories whose letters are all ASCII ----------------------------------------------------------
_ASCII_RE = re.compile(r"[\x00-\x7f]+")
_NON_ASCII_LETTER_RE = re.compile(r"[^\W\x00-\x7f]")
# Put after the first letter of a word, so that the regex engine can jump to that letter (speed).
_STARTED = r"(?<![A-Za-z].)(?<![A-Za-z]['’\-].)"
_END = r"(?![A-Za-z]|['’\-][A-Za-z])"
# A capitalised word: a capital first, a lower-case letter somewhere (else it is all capitals).
_CAP_REST = r"(?:[A-Z]|['’\-](?=[A-Za-z]))*[a-z][A-Za-z]*(?:['’\-][A-Za-z]+)*" + _END
# A function word that is not capitalised: lower-case first ("of", "oF") or all capitals ("OF").
_SKIPPED = "|".join(
    [w[0] + "".join(f"[{c}{c.upper()}]" for c in w[1:]) for w in _BY_LENGTH] + [w.upper() for w in _BY_LENGTH]
)
_ASCII_RUN_RE = re.compile(
    "[A-Z]"
    + _STARTED
    + _CAP_REST
    + rf"(?:(?:[^A-Za-z]*[ \-](?:{_SKIPPED}){_END})*[^A-Za-z]*[ \-][A-Z]{_CAP_REST})*"
)
# Inside a run: the first letter of each capitalised word and each letter after - or '.
_ASCII_INITIAL_RE = re.compile(r"[A-Za-z](?<=[A-Za-z][-'].)|[A-Z]" + _STARTED + "(?=" + _CAP_REST + ")")

# -- any other story --------------------------------------------------------------------------------
# A word (as _WORD_RE finds it) that starts with anything but a-z: it may open or end a run.
_CANDIDATE_RE = re.compile(r"(?<![^\W\d_])(?<![^\W\d_]['’\-])(?=[^\W\d_a-z])" + _WORD_RE.pattern)
# The text between two such words: lower-case function words only, each after a space or hyphen.
_GAP_RE = re.compile(rf"(?:[\W\d_]*[ \-](?:{_ANY_CASE})(?![^\W\d_]|['’\-][^\W\d_]))*[\W\d_]*")


# An article opening a run is grammar, not part of the name: "The Crown Prosecution Service" is CPS.
_ARTICLES = ("The ", "A ", "An ")


def capitalised_initials(text: str) -> list[str]:
    """The initials of each run of two letters or more (an opening article left out)."""
    if _NON_ASCII_LETTER_RE.search(_ASCII_RE.sub("", text)) is None:
        runs = []
        for m in _ASCII_RUN_RE.finditer(text):
            run = m.group()
            if " " in run or "-" in run or "'" in run:  # else one word: one initial, no run
                initials = "".join(_ASCII_INITIAL_RE.findall(run)).upper()
                runs.append(initials[1:] if run.startswith(_ARTICLES) else initials)
        return [r for r in runs if len(r) >= 2]
    return _word_by_word(text)


def _word_by_word(text: str) -> list[str]:
    runs: list[str] = []
    current: list[str] = []
    article = False  # the current run opens with "The", "A" or "An"
    end = 0

    def close() -> None:
        initials = "".join(current)
        runs.append(initials[1:] if article and len(current) > 1 else initials)

    for m in _CANDIDATE_RE.finditer(text):
        word = m.group()
        start = m.start()
        if current and (text[start - 1] not in " -" or _GAP_RE.fullmatch(text, end, start) is None):
            close()
            current = []
        end = m.end()
        if word[0].isupper() and not word.isupper():
            if not current:
                article = word + text[end : end + 1] in _ARTICLES
            parts = _PARTS_RE.split(word) if ("-" in word or "'" in word) else (word,)
            current.append("".join(p[0] for p in parts if p).upper())
        elif word.lower() in FUNCTION_WORDS and current:
            continue
        elif current:
            close()
            current = []
    if current:
        close()
    return [r for r in runs if len(r) >= 2]
