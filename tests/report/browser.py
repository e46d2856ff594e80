"""Headless Chromium for the desk report's browser test and its screenshot script.

The system's Chromium (Debian's ``chromium`` package) is driven through Playwright's Python
package; Playwright's own browser download is not used, so nothing is fetched at test time.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Flags for a quiet, offline, headless run as root in a container.
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_path() -> str | None:
    """The browser to drive: $SUMMITCHECK_CHROMIUM, else the first Chromium on PATH."""
    given = os.environ.get("SUMMITCHECK_CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def launch(playwright, executable: str):
    return playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
