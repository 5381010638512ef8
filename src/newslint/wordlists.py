"""``newslint words add WORD...``: append words to the accepted-words file.

The file is the first one named by ``accepted-words`` in the nearest config; when config names
none, ``newslint-words.txt`` beside the config (or in the current folder) is used and the user is
told the one line to add, since newslint never edits a config file behind the user's back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
    """The entries of a word list: one a line, ``#`` starts a comment, blank lines skipped. The
    one reader of every list, the user's (config) and the shipped ones (rules/); raises
    ``OSError`` or ``UnicodeDecodeError`` for the caller to word."""
    out = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return out

DEFAULT_WORDS_FILE = "newslint-words.txt"
# The config key and default file of each kind of list a user can add to.
WORD_LISTS = {
    "accepted_words": ("accepted-words", DEFAULT_WORDS_FILE),
    "names": ("names", "newslint-names.txt"),
    "acronyms": ("acronyms", "newslint-acronyms.txt"),
}


@dataclass(frozen=True)
class WordsAdded:
    path: Path
    added: tuple[str, ...]
    already: tuple[str, ...]
    notice: str = ""


def add_accepted_words(words: list[str], config, kind: str = "accepted_words") -> WordsAdded:
    """Append the words not yet listed to the ``kind`` list (accepted_words, names, acronyms);
    ``config`` is the Config in force (may be the default)."""
    notice = ""
    config_key, default_file = WORD_LISTS[kind]
    if getattr(config, kind):
        path = Path(getattr(config, kind)[0])
    else:
        path = config.base_dir / default_file
        where = str(config.path) if config.path else "your newslint.toml or pyproject.toml"
        key = config_key if config.path is None or config.path.name != "pyproject.toml" else (
            f"[tool.newslint] {config_key}")
        notice = f"to use it, add {key} = [\"{default_file}\"] to {where}"
    present = set(read_word_list(path)) if path.exists() else set()
    added, already = [], []
    for word in words:
        word = word.strip()
        if not word:
            continue
        (already if word in present else added).append(word)
        present.add(word)
    if added:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        path.write_text(text + "".join(w + "\n" for w in added), encoding="utf-8")
    return WordsAdded(path, tuple(added), tuple(already), notice)
