"""Reading word lists: the one reader of every list, the user's (config) and the shipped ones
(rules/), and the default file names a config reads beside itself. Editing the lists
(``newslint words add / list / remove``) is ``word_edits``'s job, a layer up (it needs config).
"""

from __future__ import annotations

from pathlib import Path

# Word lists read beside a config file that names none of that kind, so ``newslint words add``
# takes effect at once without newslint editing the user's config (config key, file name).
DEFAULT_WORD_FILES = {
    "accepted_words": ("accepted-words", "newslint-words.txt"),
    "names": ("names", "newslint-names.txt"),
    "acronyms": ("acronyms", "newslint-acronyms.txt"),
}


class WordListError(ValueError):
    """A word list cannot be read; the message names the file."""


def read_word_list(path: Path) -> list[str]:
    """A user's word list, with a one-line error naming the file when it cannot be read."""
    try:
        return read_entries(path)
    except OSError as exc:
        raise WordListError(f"{path}: cannot read word list: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise WordListError(f"{path}: word list is not UTF-8") from None


def read_entries(path: Path) -> list[str]:
    """The entries of a word list: one a line, ``#`` starts a comment, blank lines skipped;
    raises ``OSError`` or ``UnicodeDecodeError`` for the caller to word."""
    out = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return out
