"""Retake docs/serve-page.png, the README's picture of the ``newslint serve`` page: the example
story checked, its third finding selected. Needs the test extra and Debian's chromium.

    python docs/screenshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from serve_support import chromium_page, live_server  # noqa: E402


def main() -> None:
    story = (ROOT / "examples" / "tidal-barrier-story.txt").read_text(encoding="utf-8")
    with live_server() as url, chromium_page() as page:
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(url)
        page.fill("#story", story)
        page.click("#check")
        page.locator("#view mark[title~=SP001]").wait_for()
        page.locator("#view").focus()
        for _ in range(7):  # down to the misspelling
            page.keyboard.press("n")
        page.locator("#findings li.selected").get_by_role("button", name="Explain").click()
        page.locator("#findings li.selected pre.explain").wait_for()
        page.locator("#findings li.selected").evaluate("li => li.scrollIntoView({block: 'center'})")
        page.screenshot(path=str(ROOT / "docs" / "serve-page.png"))
        if page.errors:
            raise SystemExit(f"console errors: {page.errors}")


if __name__ == "__main__":
    main()
