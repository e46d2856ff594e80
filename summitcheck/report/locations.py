"""Where a claim sits in its file: line and column from a character offset.

Claims carry offsets into the file's text as read; CI formats want 1-based lines and
columns. Lines end at CR LF, LF or CR (what SARIF and editors count), not at the extra
separators ``str.splitlines`` knows.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Region:
    start_line: int
    start_column: int
    end_line: int
    end_column: int  # one past the last character, as SARIF and GitHub count
    offset: int
    length: int


class LineIndex:
    """Offsets of line starts in one text, for offset -> (line, column) look-ups."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def region(self, start: int, end: int) -> Region:
        l0, c0 = self.position(start)
        l1, c1 = self.position(end)
        return Region(l0, c0, l1, c1, start, end - start)


def line_indexes(result) -> dict[str, LineIndex]:
    return {s.id: LineIndex(s.text) for s in result.sources}


def display_path(path: str) -> str:
    """The path relative to the working folder when it lies inside it (what CI annotates)."""
    # abspath, not resolve: a skipped symbolic link (or a loop) must keep its own name.
    p = Path(path)
    try:
        return Path(os.path.abspath(p)).relative_to(os.path.abspath(os.getcwd())).as_posix()
    except ValueError:
        return p.as_posix()


def artifact_uri(path: str) -> str:
    """A relative URI reference when the file lies under the working folder, else file://."""
    rel = display_path(path)
    if Path(rel).is_absolute():
        return Path(rel).as_uri()
    return quote(rel)
