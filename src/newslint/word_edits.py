"""The house word lists (accepted words, names, acronyms) that ``newslint words add / list /
remove`` and the editor server change, so a word added is a word the next run accepts.

Where words go: the first file the config names for that kind; when it names none, the default
file beside the config file (``newslint-words.txt``, ``newslint-names.txt``,
``newslint-acronyms.txt``), which config reads by default. With no config file at all, the
default file goes in the given folder together with a new ``newslint.toml`` naming it, so a
run from there finds both. An existing config file is never edited: rewriting a desk's TOML
could lose its comments and layout, and a file newslint reads by default needs no config line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import CONFIG_NAMES, read_word_file
from .wordlists import DEFAULT_WORD_FILES

if TYPE_CHECKING:
    from .config import Config

DEFAULT_WORDS_FILE = DEFAULT_WORD_FILES["accepted_words"][1]
KINDS = tuple(DEFAULT_WORD_FILES)


@dataclass(frozen=True)
class WordsAdded:
    path: Path
    added: tuple[str, ...]
    already: tuple[str, ...]
    notice: str = ""  # what else was done (a config file created), for the user


@dataclass(frozen=True)
class WordsRemoved:
    removed: tuple[tuple[str, Path], ...]  # each word and the file it was taken out of
    missing: tuple[str, ...]


def list_files(config: Config, kind: str) -> tuple[Path, ...]:
    """The files the config reads for ``kind`` (after the default-file rule)."""
    _check_kind(kind)
    return tuple(getattr(config, kind))


def listed_words(config: Config, kind: str = "accepted_words") -> list[tuple[Path, list[str]]]:
    """Each file of the ``kind`` list with its entries, in file order."""
    return [(path, read_word_file(path)) for path in list_files(config, kind)]


def add_accepted_words(words: list[str], config: Config, kind: str = "accepted_words",
                       folder: Path | None = None) -> WordsAdded:
    """Append the words not yet listed to the ``kind`` list (accepted_words, names, acronyms).
    ``config`` is the Config in force (may be the default, with no file: then ``folder``, else
    the current folder, gets the word file and a ``newslint.toml`` naming it)."""
    _check_kind(kind)
    config_key, default_file = DEFAULT_WORD_FILES[kind]
    notice = ""
    if list_files(config, kind):
        path = list_files(config, kind)[0]
    elif config.path is not None:
        path = config.path.parent / default_file
    else:
        where = (folder or Path.cwd()).resolve()
        path = where / default_file
        notice = _create_config(where, config_key, default_file)
    present = set(read_word_file(path)) if path.exists() else set()
    added, already = [], []
    for word in words:
        word = word.strip()
        if not word:
            continue
        (already if word in present else added).append(word)
        present.add(word)
    if added:
        text = path.read_text(encoding="utf-8-sig") if path.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        _write(path, text + "".join(w + "\n" for w in added))
    return WordsAdded(path, tuple(added), tuple(already), notice)


def remove_words(words: list[str], config: Config, kind: str = "accepted_words") -> WordsRemoved:
    """Take the words out of every file of the ``kind`` list that has them (comments and the
    other lines stay as they are)."""
    wanted = {w.strip() for w in words if w.strip()}
    removed: list[tuple[str, Path]] = []
    for path in list_files(config, kind):
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
        kept = []
        for line in lines:
            entry, hash_, comment = line.partition("#")
            if entry.strip() not in wanted:
                kept.append(line)
                continue
            removed.append((entry.strip(), path))
            if hash_:  # a comment that shared the line stays
                kept.append(hash_ + comment if comment.endswith("\n") else hash_ + comment + "\n")
        if kept != lines:
            _write(path, "".join(kept))
    found = {w for w, _ in removed}
    return WordsRemoved(tuple(removed), tuple(w for w in dict.fromkeys(words) if w.strip() not in found))


def _check_kind(kind: str) -> None:
    if kind not in DEFAULT_WORD_FILES:
        raise ValueError(f"unknown word list {kind!r} (one of {', '.join(KINDS)})")


def _create_config(folder: Path, config_key: str, default_file: str) -> str:
    """A minimal ``newslint.toml`` naming the word file, in a folder with no config file."""
    config = folder / CONFIG_NAMES[0]
    if config.exists():  # never overwrite a config file (one newslint could not read, say)
        return f"to use it, add {config_key} = [\"{default_file}\"] to {config}"
    _write(config, f"# created by `newslint words add`\n{config_key} = [\"{default_file}\"]\n")
    return f"created {config} naming {default_file}"


def _write(path: Path, text: str) -> None:
    from .config import ConfigError
    from .writeback import WriteError, write_text_atomically

    try:
        write_text_atomically(path, text)
    except WriteError as exc:
        raise ConfigError(str(exc)) from None
