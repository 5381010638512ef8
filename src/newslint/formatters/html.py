"""``--format html``: one self-contained page (no external assets, no script) for people.

Counts by code and severity at the top, then each story with findings: the list of findings,
each linking to its line, and the story with the findings highlighted in place (drawn by
``_html_report``, as the ``newslint serve`` page draws it). Stories without findings are listed
by name only, so a report over an archive stays about what needs a look.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

from ..types import Severity
from . import _html_report as report

if TYPE_CHECKING:
    from ..runner import FileResult, RunResult
    from . import FormatContext

SEVERITIES = [s.value for s in sorted(Severity, key=lambda s: -s.rank)]  # error, warning, info

PAGE_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px 24px;
       color: #1d2128; background: #f6f7f9; }
h1 { margin: 0 0 4px; font-size: 24px; } h2 { font-size: 18px; margin: 28px 0 8px; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d8dbe0; padding: 3px 10px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.findings { padding-left: 1.6em; } .findings li { margin: 3px 0; }
.findings a { font-variant-numeric: tabular-nums; } .fix { color: #4a5160; font-style: italic; }
code { font-size: 13px; } .muted { color: #5c6370; } .problem { color: #c62828; }
"""


def _plural(n: int, word: str, words: str = "") -> str:
    return f"{n} {word if n == 1 else words or word + 's'}"


def _count_line(counts: Counter) -> str:
    parts = [f'<span class="nl-sev nl-{s}">{counts[s]} {s}{"s" if counts[s] != 1 and s != "info" else ""}</span>'
             for s in SEVERITIES if counts[s]]
    return " ".join(parts) or "no findings"


def _counts_table(run: RunResult, context: FormatContext) -> str:
    names = {r.code: r.name for r in context.rules}
    table: dict[str, Counter] = {}
    for d in run.diagnostics:
        names.setdefault(d.code, d.name)
        table.setdefault(d.code, Counter())[d.severity.value] += 1
    if not table:
        return '<p>All clear: no findings.</p>'
    head = "".join(f"<th>{s}</th>" for s in SEVERITIES)
    rows = []
    for code, counts in sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        cells = "".join(f'<td class="n">{counts[s] or ""}</td>' for s in SEVERITIES)
        rows.append(f"<tr><td><code>{escape(code)}</code></td><td>{escape(names[code])}</td>{cells}"
                    f'<td class="n">{sum(counts.values())}</td></tr>')
    totals = Counter(d.severity.value for d in run.diagnostics)
    foot = "".join(f'<td class="n">{totals[s]}</td>' for s in SEVERITIES)
    return (f'<table id="counts"><thead><tr><th>code</th><th>rule</th>{head}<th>total</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody><tfoot><tr><th colspan="2">all</th>{foot}'
            f'<td class="n">{len(run.diagnostics)}</td></tr></tfoot></table>')


def _finding(d, number: int, line: int, prefix: str) -> str:
    suggestion = ""
    if d.suggestions and d.suggestions[0] not in d.message:
        suggestion = f' <span class="muted">[{escape(", ".join(d.suggestions[:3]))}]</span>'
    fix = ""
    if d.fix is not None and d.fix.title:
        fix = f' <span class="fix">fix ({d.fix.applicability.value}): {escape(d.fix.title)}</span>'
    return (f'<li id="{prefix}d{number}"><a href="#{prefix}L{line}">{d.start.line}:{d.start.column}</a> '
            f'<span class="nl-sev nl-{d.severity.value}">{d.severity.value}</span> <code>{escape(d.code)}</code> '
            f'{escape(d.message)}{suggestion}{fix}</li>')


def _story(f: FileResult, k: int) -> str:
    prefix = f"s{k}-"
    doc = f.document
    marks = report.marks_for(doc, f.diagnostics)
    starts = report.line_starts(doc.source)
    items = "".join(_finding(d, m.index, report.line_number(starts, m.start), prefix)
                    for d, m in zip(f.diagnostics, marks, strict=True))
    notices = "".join(f'<p class="muted">{escape(n)}</p>' for n in f.notices)
    return (f'<section class="story" id="s{k}"><h2>{escape(f.path)}</h2>'
            f'<p>{_count_line(Counter(d.severity.value for d in f.diagnostics))}</p>{notices}'
            f'<ol class="findings">{items}</ol>'
            f'<div class="nl-story">{report.story_html(doc.source, marks, prefix)}</div></section>')


def render(run: RunResult, context: FormatContext) -> str:
    stories, clean, problems = [], [], []
    for k, f in enumerate(run.files, 1):
        if f.error:
            problems.append(f'<li class="problem">{escape(f.error)}</li>')
        elif f.diagnostics and f.document is not None:
            stories.append(_story(f, k))
        else:
            note = f' <span class="muted">({escape("; ".join(f.notices))})</span>' if f.notices else ""
            clean.append(f"<li>{escape(f.path)}{note}</li>")
    contents = "".join(f'<li><a href="#s{k}">{escape(f.path)}</a> {_plural(len(f.diagnostics), "finding")}</li>'
                       for k, f in enumerate(run.files, 1) if f.diagnostics and f.document is not None)
    totals = Counter(d.severity.value for d in run.diagnostics)
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>newslint report: {_plural(len(run.diagnostics), 'finding')}</title>",
        f"<style>{report.stylesheet()}{PAGE_CSS}</style></head><body>",
        f"<header><h1>newslint report</h1><p>{_plural(len(run.files), 'story', 'stories')}, "
        f"{_plural(len(run.diagnostics), 'finding')}: {_count_line(totals)} "
        f'<span class="muted">newslint {escape(context.version)}</span></p></header>',
        f"<h2>Findings by code</h2>{_counts_table(run, context)}",
    ]
    if problems:
        parts.append(f'<h2>Not linted</h2><ul>{"".join(problems)}</ul>')
    if contents:
        parts.append(f'<h2>Stories with findings</h2><ul>{contents}</ul>')
    parts.extend(stories)
    if clean:
        parts.append(f'<h2>No findings</h2><ul>{"".join(clean)}</ul>')
    parts.append("</body></html>\n")
    return "".join(parts)
