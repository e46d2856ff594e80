"""Report: findings to text for people and machines, behind one interface.

Each format is a function ``render(result) -> str`` registered by name in ``FORMATS``.
"""

from __future__ import annotations

from typing import Callable

from summitcheck.report.github import render_github
from summitcheck.report.html import render_html
from summitcheck.report.json_report import render_json
from summitcheck.report.junit import render_junit
from summitcheck.report.markdown import render_markdown
from summitcheck.report.sarif import render_sarif
from summitcheck.report.text import render_text

FORMATS: dict[str, Callable[..., str]] = {
    "json": render_json,
    "text": render_text,
    "markdown": render_markdown,
    "sarif": render_sarif,
    "junit": render_junit,
    "github": render_github,
    "html": render_html,
}

__all__ = ["FORMATS", "render_github", "render_html", "render_json", "render_junit", "render_markdown", "render_sarif",
           "render_text"]
