"""``--format html``: the shared highlight renderer, the report page, and the report opened in
the same headless Chromium as the serve page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from serve_support import chromium_page, story

from newslint.formatters._html_report import Mark, story_html


class Tree(HTMLParser):
    """Every start tag and every id of a page (to check its structure)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])


def marks_text(html: str) -> list[tuple[str, str]]:
    """(data-f, text) of every non-empty mark."""
    return re.findall(r'<mark class="nl-mark[^"]*" data-f="([^"]*)"[^>]*>([^<]+)</mark>', html)


def test_overlapping_and_multi_line_findings_are_cut_into_marked_pieces():
    source = "ab cd ef\r\ngh ij\n"
    marks = [Mark(3, 8, "warning", 0, "XX001"), Mark(6, 14, "error", 1, "XX002"), Mark(15, 15, "info", 2)]
    html = story_html(source, marks, prefix="t-")
    assert marks_text(html) == [("0", "cd "), ("0 1", "ef"), ("1", "gh i")]
    assert 'class="nl-mark nl-error" data-f="0 1"' in html  # a shared piece takes the worst severity
    assert 'id="t-f0"' in html and 'id="t-f1"' in html
    assert '<mark class="nl-mark nl-point nl-info" data-f="2" id="t-f2"></mark>' in html
    tree = Tree(html)
    assert {"t-L1", "t-L2", "t-L3"} <= tree.ids and "\r" not in html


def test_story_text_is_escaped_never_markup():
    html = story_html('<script>alert("x")</script> & more', [Mark(0, 8, "error", 0, '"><b>')])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; more" in html
    assert 'title="&quot;&gt;&lt;b&gt;"' in html


@pytest.fixture
def report(tmp_path, run_cli, monkeypatch):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "harbour.txt").write_text(story(), encoding="utf-8")
    (desk / "clean.txt").write_text("Councillors met on Tuesday.\n", encoding="utf-8")
    (desk / "odd <name>.md").write_text("# Vote\n\nThey had recieved it & more.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "--format", "html", "desk")
    assert result.exit_code == 1
    path = tmp_path / "report.html"
    path.write_text(result.output, encoding="utf-8")
    return path


def test_report_is_one_self_contained_page(report):
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    tree = Tree(page)
    assert not any(a.get("src") or (t == "link" and a.get("href")) for t, a in tree.tags)  # no external assets
    assert not any(t == "script" for t, _ in tree.tags)
    assert "http://" not in page and "https://" not in page
    assert "<title>newslint report: 5 findings</title>" in page
    assert "desk/odd &lt;name&gt;.md" in page and "<name>" not in page


def test_report_counts_by_code_and_severity(report):
    page = report.read_text(encoding="utf-8")
    table = page.split('<table id="counts">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td><code>(\w+)</code></td><td>([\w-]+)</td>(.*?)</tr>", table)
    counts = {code: re.findall(r'<td class="n">(\d*)</td>', cells) for code, _, cells in rows}
    assert counts["SP001"] == ["2", "", "", "2"]  # error, warning, info, total
    assert counts["ST001"] == ["1", "", "", "1"]
    assert set(counts) == {"SP001", "ST001", "BP002", "AC001"}
    assert '<th colspan="2">all</th><td class="n">5</td><td class="n">0</td><td class="n">0</td><td class="n">5</td>' in table


def test_each_finding_links_to_its_line_and_clean_stories_are_listed(report):
    page = report.read_text(encoding="utf-8")
    tree = Tree(page)
    line_links = re.findall(r'<li id="s\d+-d\d+"><a href="#(s\d+-L\d+)">', page)
    assert len(line_links) == 5 and all(target in tree.ids for target in line_links)
    harbour = page.split("<h2>desk/harbour.txt</h2>", 1)[1].split("</section>", 1)[0]
    assert '<a href="#s2-L13">13:37</a>' in harbour  # files are sorted: clean.txt is s1
    assert 'title="SP001">recieved</mark>' in harbour
    assert "<h2>No findings</h2><ul><li>desk/clean.txt</li></ul>" in page


def test_report_in_a_browser_highlights_the_typo_and_links_to_its_line(report):
    with chromium_page() as page:
        page.goto(report.as_uri())
        typo = page.locator("#s2 mark[title~=SP001]")
        assert typo.inner_text() == "recieved"
        assert typo.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(253, 224, 220)"
        page.locator("#s2 .findings a", has_text="13:37").click()
        assert page.evaluate("location.hash") == "#s2-L13"
        line = page.locator("#s2-L13")
        assert line.evaluate("l => getComputedStyle(l).backgroundColor") == "rgb(255, 248, 214)"  # :target
        assert line.evaluate("l => { const r = l.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight }")
        assert page.errors == []
