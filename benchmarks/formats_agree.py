"""Do the Markdown, HTML and Word readers give the findings plain text gives, on real stories?

    python benchmarks/formats_agree.py [FOLDER] [--limit 400] [--select CODES]

Each ``.txt`` story in FOLDER (default: the dev evaluation set) is written again as Markdown
(headline as ``# ``, markup characters escaped), HTML (``<h1>`` and ``<p>``, entities escaped)
and Word (Title style, one paragraph per line), into a temporary folder. All four are linted
with the same rules; a finding counts as reproduced when the other format has the same code
and message on the same text (read back from that format's own source at the reported
position, with escapes undone). Prints, per format, the share of plain-text findings it
reproduces and the findings it adds. Nothing is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import docx

from newslint.config import Config
from newslint.runner import lint_paths

DEFAULT_FOLDER = Path("/tmp/nl-dev/articles")
_MD_INLINE_RE = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_RE = re.compile(r"\bline \d+")
_MD_LINE_START_RE = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def story_lines(text: str) -> tuple[str, list[str]]:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return (lines[0], lines[1:]) if lines else ("", [])


def as_markdown(headline: str, body: list[str]) -> str:
    def escape(line: str) -> str:
        line = _MD_INLINE_RE.sub(r"\\\1", line)
        return _MD_LINE_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), line)

    return f"# {escape(headline)}\n\n" + "".join(f"{escape(p)}\n\n" for p in body)


def as_html(headline: str, body: list[str]) -> str:
    paragraphs = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in body)
    return f"<!DOCTYPE html>\n<html><body><article>\n<h1>{html.escape(headline, quote=False)}</h1>\n{paragraphs}</article></body></html>\n"


def as_docx(path: Path, headline: str, body: list[str]) -> None:
    document = docx.Document()
    document.add_paragraph(headline, style="Title")
    for para in body:
        document.add_paragraph(para)
    document.save(path)


def flagged_text(path: Path, d) -> str:
    """The text a diagnostic points at, read from its own file, escapes undone."""
    if path.suffix == ".docx":
        lines = [p.text for p in docx.Document(path).paragraphs]
    else:
        lines = path.read_text(encoding="utf-8").split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    source = "\n".join(lines)
    try:
        chunk = source[
            starts[d.start.line - 1] + d.start.column - 1 : starts[d.end.line - 1] + d.end.column - 1
        ]
    except IndexError:
        return "<out of range>"
    if path.suffix == ".md":
        chunk = re.sub(r"\\(.)", r"\1", chunk)
    elif path.suffix == ".html":
        chunk = html.unescape(re.sub(r"<[^>]*>", " ", chunk))
    return " ".join(chunk.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument(
        "--select", default="", help="comma-separated codes or prefixes (default: the default set)"
    )
    args = parser.parse_args(argv)
    stories = sorted(args.folder.glob("*.txt"))[: args.limit]
    if not stories:
        print(f"no .txt stories in {args.folder}", file=sys.stderr)
        return 2
    config = Config(select=tuple(c for c in args.select.split(",") if c)) if args.select else Config()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for story in stories:
            text = story.read_text(encoding="utf-8", errors="replace")
            headline, body = story_lines(text)
            (out / f"{story.stem}.txt").write_text(
                f"{headline}\n\n" + "".join(f"{p}\n\n" for p in body), "utf-8"
            )
            (out / f"{story.stem}.md").write_text(as_markdown(headline, body), "utf-8")
            (out / f"{story.stem}.html").write_text(as_html(headline, body), "utf-8")
            as_docx(out / f"{story.stem}.docx", headline, body)
        run = lint_paths([tmp], config)
        found: dict[str, Counter] = {suffix: Counter() for suffix in (".txt", ".md", ".html", ".docx")}
        for result in run.files:
            path = Path(result.path)
            for d in result.diagnostics:
                message = _LINE_RE.sub("line #", d.message)  # messages cite lines: each file's own
                found[path.suffix][(path.stem, d.code, message, flagged_text(path, d))] += 1
    base = found[".txt"]
    total = sum(base.values())
    print(f"{len(stories)} stories, {total} plain-text findings")
    for suffix in (".md", ".html", ".docx"):
        other = found[suffix]
        same = sum((base & other).values())
        extra = other - base
        missing = base - other
        print(
            f"{suffix:6} reproduces {same}/{total} ({same / max(total, 1):.1%}), adds {sum(extra.values())}"
        )
        for key, n in list(missing.items())[:5]:
            print(f"    missing {n}x {key}")
        for key, n in list(extra.items())[:5]:
            print(f"    extra   {n}x {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
