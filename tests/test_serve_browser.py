"""The desk's page in a real browser: headless Chromium loads it from a running server, checks a
story, sees the typo highlighted, moves between findings with the keyboard, applies the typo's
fix and "Fix all safe", downloads the result, and logs no console error on the way."""

from __future__ import annotations

import httpx
from serve_support import chromium_page, live_server, story


def test_the_page_checks_highlights_and_fixes_a_story(tmp_path):
    text = story()
    with live_server() as url, chromium_page() as page:
        page.goto(url)
        page.fill("#story", text)
        page.click("#check")
        typo = page.locator("#view mark[title~=SP001]")
        typo.wait_for()
        assert typo.inner_text() == "recieved"
        assert "nl-error" in typo.get_attribute("class")
        assert typo.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(253, 224, 220)"  # severity colour
        assert page.locator("#status").inner_text() == "4 findings (4 errors)"
        assert page.locator("#findings li").count() == 4

        page.locator("#view").focus()
        page.keyboard.press("n")  # next finding: the list and the highlight follow
        assert page.locator("#findings li.selected").get_attribute("data-index") == "1"
        assert page.locator("#view mark.nl-selected").inner_text() == "the"
        page.keyboard.press("p")
        assert page.locator("#findings li.selected").get_attribute("data-index") == "0"

        finding = page.locator("#findings li", has_text="SP001")
        finding.get_by_role("button", name="Explain").click()
        page.locator("#findings li pre.explain", has_text="misspelled-word").wait_for()

        finding.get_by_role("button", name="Fix: replace with 'received'").click()
        page.locator("#status", has_text="Fixed SP001.").wait_for()
        assert page.locator("#view mark[title~=SP001]").count() == 0
        assert "had received no word" in page.locator("#view").inner_text()
        assert page.locator("#findings li").count() == 3

        page.click("#fix-all")
        page.locator("#status", has_text="Applied 3 safe fixes. All clear: no findings.").wait_for()
        shown = page.locator("#view").inner_text()
        assert "the the" not in shown and "Share this article" not in shown and "KHBT" not in shown
        assert page.locator("#view mark").count() == 0 and page.locator("#findings li").count() == 0

        with page.expect_download() as download:
            page.click("#download")
        saved = tmp_path / "fixed.txt"
        download.value.save_as(saved)
        fixed = saved.read_text(encoding="utf-8")
        assert download.value.suggested_filename == "fixed-story.txt"
        assert "had received no word" in fixed and "said the station" in fixed and "for the KBHT" in fixed
        assert "Share this article" not in fixed
        server_fix = httpx.post(url + "api/v1/fix", json={"text": text}, trust_env=False).json()["text"]
        assert fixed == server_fix  # one fix, then "Fix all safe", gives what fixing all at once gives
        assert page.errors == []
