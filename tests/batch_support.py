"""Stories for the batch tests (written here, by hand) and what ``lint_paths`` says about them."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx

from newslint import lint_paths
from newslint.config import load_config_file
from newslint.formatters.json import file_records

TEXT_STORIES = {
    "council.txt": "Council backs budget\n\nThe the council voted on Tuesday to aprove a budget of £4m for the "
                   "libary.\nA spokesman said the vote was \"a relief\" .\n",
    "storm.md": "# Storm closes bridge\n\nHigh winds closed the bridge on monday, police said.\n\n"
                "Drivers were told to use the the coast road instead.\n",
    "ferry.html": "<html><body><h1>Ferry returns</h1><p>The ferry will sail again from Friday, the "
                  "the operator said.</p></body></html>\n",
    "clean.txt": "Library opens\n\nThe new library opened on Saturday with a reading by local children.\n",
    "sport/derby.txt": "Derby ends level\n\nThe derby ended 1-1 after a a late penalty, and the the "
                       "manager was pleased.\n",
}
BYTE_STORIES = {
    "windows.txt": "Minister’s plan\n\nThe minister’s plan was the the best on offer.\n".encode("cp1252"),
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",  # binary: a notice, skipped
    "broken.txt": b"\xff\xfe\x00\xd8Harbour",  # invalid UTF-16 after its byte-order mark: an error
}
ALL_NAMES = sorted([*TEXT_STORIES, *BYTE_STORIES, "memo.docx"])


def write_stories(folder: Path) -> Path:
    """Every fixture story under ``folder`` (plus a hidden file and a non-story, both skipped)."""
    for name, text in TEXT_STORIES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in BYTE_STORIES.items():
        (folder / name).write_bytes(data)
    document = docx.Document()
    document.add_paragraph("Harbour plan")
    document.add_paragraph("The harbour board approved the the plan on Monday.")
    document.save(folder / "memo.docx")
    (folder / ".draft.txt").write_text("The the draft.\n", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return folder


PACK_RULE = """\
code: DK001
name: no-flotus
extends: substitution
message: "write '{replacement}', not '{match}'"
swap:
  FLOTUS: the first lady
"""


def desk_config(folder: Path):
    """A desk's config naming a pack and a word list, and the Config loaded from it."""
    (folder / "style").mkdir(parents=True)
    (folder / "style" / "pack.yml").write_text("prefix: DK\ndescription: desk\nenabled: true\n", encoding="utf-8")
    (folder / "style" / "no-flotus.yml").write_text(PACK_RULE, encoding="utf-8")
    (folder / "words.txt").write_text("grimblish\n", encoding="utf-8")
    (folder / "newslint.toml").write_text(
        'packs = ["style"]\naccepted-words = ["words.txt"]\n[severity]\nST001 = "warning"\n', encoding="utf-8")
    return load_config_file(folder / "newslint.toml")


STORY = "Harbour visit\n\nThen FLOTUS said the plan was grimblish and snorfly, and the the mayor agreed.\n"


def copy_to_memory(folder: Path, prefix: str) -> str:
    """The stories of ``folder`` under ``memory://prefix``; returns that URL."""
    import fsspec

    fs = fsspec.filesystem("memory")
    for path in folder.rglob("*"):
        if path.is_file():
            fs.pipe(f"/{prefix}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    return f"memory:///{prefix}"


def expected(folder: Path, config=None) -> tuple[list[dict], list[dict]]:
    """(diagnostic records, files rows) as ``lint_paths`` finds them, paths relative to ``folder``."""
    run = lint_paths([str(folder)], config)
    records = [_relative(r, f"{folder}/") for f in run.files for r in file_records(f)]
    files = [{"path": f.path[len(f"{folder}/"):], "error": _strip(f.error, f"{folder}/"),
              "notices": [_strip(n, f"{folder}/") for n in f.notices], "diagnostics": len(f.diagnostics)}
             for f in run.files]
    return records, files


def relative(records: list[dict], prefix: str) -> list[dict]:
    return [_relative(r, prefix) for r in records]


def relative_files(rows: list[dict], prefix: str) -> list[dict]:
    return [{"path": r["path"][len(prefix):], "error": _strip(r["error"], prefix),
             "notices": [_strip(n, prefix) for n in r["notices"]], "diagnostics": r["diagnostics"]} for r in rows]


def _relative(record: dict, prefix: str) -> dict:
    assert record["path"].startswith(prefix), record["path"]
    return {**record, "path": record["path"][len(prefix):]}


def _strip(message: str | None, prefix: str) -> str | None:
    return message.replace(prefix, "") if message else message


@contextmanager
def threads_without_ctrl_c() -> Iterator[None]:
    """Hold SIGINT and SIGTERM in this thread while Dask and Arrow start theirs, so the threads
    they leave behind inherit the mask and never take a signal meant for the main thread (the
    interrupt tests send one to the whole process and expect the main thread to get it)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
