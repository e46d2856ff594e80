"""Write docs/html-report.png: the desk report for the sample bundle, first conflict selected.

    .venv/bin/python scripts/screenshot.py [OUTPUT.png]

Needs the test extra (Playwright's Python package) and a system Chromium.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from summitcheck.pipeline import verify  # noqa: E402
from summitcheck.report.html import render_html  # noqa: E402
from tests.report.browser import chromium_path, launch  # noqa: E402


def main(out: Path) -> int:
    browser_path = chromium_path()
    if browser_path is None:
        print("screenshot: no Chromium found (install Debian's chromium package)", file=sys.stderr)
        return 2
    os.chdir(ROOT)  # so that the page shows the bundle's paths as "seeds/..."
    page_file = Path(tempfile.mkdtemp()) / "report.html"
    page_file.write_text(render_html(verify(["seeds"], use_cache=True)), encoding="utf-8")
    with sync_playwright() as p:
        browser = launch(p, browser_path)
        page = browser.new_page(viewport={"width": 1360, "height": 860}, device_scale_factor=1)
        page.goto(page_file.as_uri())
        page.locator(".finding.status-conflict").first.click()
        page.screenshot(path=str(out))
        browser.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "html-report.png"))
