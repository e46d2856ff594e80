"""What on a news page is not reporting, found as character spans to blank out.

Spans are blanked (replaced by spaces, newlines kept) rather than cut, so that every offset
found later is still an offset into the file as read.
"""

from __future__ import annotations

import re
import unicodedata

# A reader-comment block runs from its heading to the end of the page.
COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:\d+\s+(?:comments?|replies|responses)|comments?\s*\(\d+\)|(?:reader\s+)?comments?|"
    r"leave a (?:comment|reply)|join the (?:conversation|discussion)|show comments)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# Whole lines of page chrome.
CHROME_LINE = re.compile(
    r"^[ \t]*(?:"
    r"sign up\b.*|subscribe\b.*|share (?:this|on)\b.*|follow us\b.*|click here\b.*|read more\b.*|"
    r"(?:related|recommended)(?: articles| stories| news)?:?|advertisement|privacy policy|"
    r"terms (?:of use|and conditions)|cookie (?:policy|settings)|all rights reserved.*|"
    r"(?:photo|file photo|image|video|source|credit)s?\s*:.*|"
    r"©.*|\(c\)\s*\d{4}.*|copyright\b.*|\[copyright[^\]]*\]|"
    r"\d[\d,.]*\s*(?:views?|reads?|shares?|likes?)|"
    # a byline row with a reading time ("Posted by Desk | 4 min read | 1,208 views"), a share
    # row, a row of bracketed buttons ("[Share]  [Post]"), a tag line
    r"(?:[^\n|·•]{0,60}[|·•][ \t]*)*\d+[ \t]*min(?:ute)?s?[ \t]+read\b.*|share\s*:.*|"
    r"(?:\[[^\]\n]{1,20}\][ \t]*){2,}|tags?\s*:.*|"
    r"<[^>]*>|alt=\".*|[^\s]+=\".*\"?/?>|"
    r"[|•·*=_~-]{1,}"
    r")[ \t]*$",
    re.I | re.M,
)
# Inline chrome: a bracketed copyright line, a wire's END marker before it.
INLINE_CHROME = re.compile(r"(?:\bEND\s*)?\[(?:copyright|©)[^\]\n]*\]", re.I)
LINE = re.compile(r"[^\n]*")


def find_boilerplate(text: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, reason) of text that is not reporting."""
    spans: list[tuple[int, int, str]] = []
    m = COMMENTS_HEADING.search(text)
    cut = len(text)
    if m and m.start() > len(text) * 0.25:
        spans.append((m.start(), len(text), "reader comments"))
        cut = m.start()
    for m in CHROME_LINE.finditer(text, 0, cut):
        if m.end() > m.start():
            spans.append((m.start(), m.end(), "page chrome"))
    for m in INLINE_CHROME.finditer(text, 0, cut):
        spans.append((m.start(), m.end(), "copyright"))
    for m in LINE.finditer(text, 0, cut):
        line = m.group()
        if line.strip() and _mostly_other_script(line):
            spans.append((m.start(), m.end(), "text in another script"))
    return _merge(spans)


def _mostly_other_script(line: str) -> bool:
    """True when most letters of a line are not Latin (boilerplate in another language)."""
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        # Digits in another script only ("١٢"), e.g. a view counter.
        digits = [ch for ch in line if ch.isdigit()]
        return bool(digits) and all(not ("0" <= ch <= "9") for ch in digits)
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    return latin < len(letters) / 2


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(spans):
        if out and start <= out[-1][1]:
            prev = out[-1]
            out[-1] = (prev[0], max(prev[1], end), prev[2])
        else:
            out.append((start, end, reason))
    return out


def blank(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with the spans replaced by spaces (newlines kept), same length."""
    chars = list(text)
    for start, end, _ in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
