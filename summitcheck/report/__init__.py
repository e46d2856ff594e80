"""Report: findings to text for people and machines, behind one interface.

Each format is a function ``render(result) -> str`` registered by name in ``FORMATS``.
"""

from __future__ import annotations

from typing import Callable

from summitcheck.report.json_report import render_json
from summitcheck.report.text import render_text

FORMATS: dict[str, Callable[..., str]] = {
    "json": render_json,
    "text": render_text,
}

__all__ = ["FORMATS", "render_json", "render_text"]
