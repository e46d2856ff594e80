"""When an article was published, and how we know.

In order of trust: a metadata line ``date YYYY-MM-DD`` at the top (``header``); a wire
dateline ("Lima, Nov. 16 (Andina)-") or a page's own date line ("FRIDAY, DECEMBER 19,
2025") (``dateline``); else inferred from the article's own dates and tense and from the
other articles of the bundle (``inferred``); else ``none``.
"""

from __future__ import annotations

import re
import statistics
from datetime import date, timedelta

from summitcheck.normalize.dates import MONTHS, parse_date

HEADER = re.compile(r"\A\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "Lima, Nov. 16 (Andina)–", "HIROSHIMA, Japan, May 20 (Reuters) -", "LIMA -"
DATELINE = re.compile(
    # "Fasano (Italy), 15 June 2024 (AFP) -": the country in brackets, the day before the month
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:[ \t]*\([A-Z][A-Za-z.' ]{1,30}\))?(?:,[ \t]*[A-Z][A-Za-z.' ]{1,30}?)?"
    r"(?:,[ \t]*(?P<date>(?:" + _MONTH + r")\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    r"|\d{1,2}[ \t]+(?:" + _MONTH + r")\.?(?:[ \t]+\d{4})?))?"
    # a dash before the text, or an agency in brackets ("New Delhi, Feb 12 (PTI) Prime ...");
    # a dash with no space after it is a range ("For two days, February 10-11, ...")
    r"(?:[ \t]*\((?P<agency>[^)\n]{2,40})\)[ \t]*(?:(?:-|–|—|--)+(?=[ \t]))?|[ \t]*(?:-|–|—|--)+(?=[ \t]))"
    r"[ \t]*(?=\S)",
    re.I | re.M,
)
DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?"
    r"(?:(?:" + _MONTH + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:" + _MONTH
    + r")\.?[ \t]+\d{4})[ \t]*(?:\|.*)?$",
    re.I | re.M,
)
# A blog's byline with its date: "By Jane Doe · Feb 13, 2025 · 6 min read".
BYLINE = re.compile(
    r"^[ \t]*(?:posted[ \t]+)?by[ \t]+[^\n|·•]{2,60}?[ \t]*[|·•][ \t]*(?P<date>(?:" + _MONTH
    + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:" + _MONTH + r")\.?[ \t]+\d{4})[ \t]*(?:[|·•].*)?$",
    re.I | re.M,
)
# A section label before the date: "Middle East  |  20 May 2023", "World · June 3, 2024".
SECTION_LINE = re.compile(
    r"^[ \t]*[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}[ \t]*[|·•][ \t]*(?P<date>(?:" + _MONTH
    + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:" + _MONTH + r")\.?[ \t]+\d{4})[ \t]*(?:[|·•].*)?$",
    re.I | re.M,
)
FUTURE_CUES = re.compile(
    r"\b(?:will|is expected to|are expected to|is set to|are set to|is preparing to|"
    r"are preparing to|plans to|is scheduled to|are scheduled to|to be held|upcoming|"
    r"is due to|are due to)\b", re.I)
EXPLICIT_DATE = re.compile(
    r"\b(?:" + _MONTH + r")\.?\s+\d{1,2}(?:\s*(?:-|–|and|to)\s*\d{1,2})?(?:,?\s+\d{4})?\b",
    re.I)


def header_date(text: str) -> tuple[str | None, tuple[int, int] | None]:
    m = HEADER.match(text)
    if not m:
        return None, None
    try:
        date.fromisoformat(m.group(1))
    except ValueError:
        return None, None
    return m.group(1), (m.start(), m.end())


AGENCY_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}\)")


def find_dateline(text: str, head_chars: int = 600):
    """(place, date text or None, span) of a dateline near the top, else None."""
    head = text[:head_chars]
    for m in DATELINE.finditer(head):
        place = m.group("place").strip()
        # "Nusa Dua (AFP) -": the agency in capitals where a country in brackets may stand
        agency = m.group("agency") or AGENCY_IN_BRACKETS.search(m.group())
        if not (m.group("date") or agency or place.isupper()):
            continue
        if len(place.split()) > 4:
            continue
        return place, m.group("date"), (m.start(), m.end())
    return None


# "Published 16.06.2024, 07:45 CET", "Updated: 2024-06-16": a page's own stamp
STAMP_LINE = re.compile(
    r"^[ \t]*(?:published|updated|posted)[ \t]*:?[ \t]+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
    r"|(?:" + _MONTH + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:" + _MONTH + r")\.?[ \t]+\d{4})\b.*$",
    re.I | re.M,
)


def find_date_line(text: str, head_chars: int = 600):
    """(date text, span) of a page's own date line or a byline with a date, else None."""
    m = DATE_LINE.search(text[:head_chars])
    if m:
        return m.group().strip(), (m.start(), m.end())
    m = STAMP_LINE.search(text[:head_chars])
    if m:
        return m.group("date"), (m.start(), m.end())
    m = BYLINE.search(text[:head_chars]) or SECTION_LINE.search(text[:head_chars])
    if m:
        return m.group("date"), (m.start(), m.end())
    return None


# A sentence ends where the next begins with a capital: "on Nov. 16-17" is one sentence.
SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(])|\n+")

# How long before the first date a preview looks ahead to a date it looks back on may be
# and still bound when the preview was written.
RECENT_DAYS = 14


def infer_published(text: str, bundle_dates: list[date], reports: list[tuple[date, set[str]]] | None = None) -> date | None:
    """A publication date for an undated article, from its own dates and the bundle's.

    A preview ("will host ... on Nov 15") was written before the first date it looks ahead
    to, and after the last date it looks back on when that is recent (within
    ``RECENT_DAYS``); a date it looks back on from further away ("since the invasion of
    February 24, 2022") is background and dates nothing. A report was written after the
    last date it looks back on. Years missing from the article's dates come from the
    bundle's dated articles. An article that gives no date at all is dated by its weekdays
    around the date of the dated report most like it, among ``reports`` (``dated_reports``).
    """
    anchor = _median(bundle_dates)
    past: list[date] = []
    future: list[date] = []
    for sentence in SENTENCES.split(text):
        for m in EXPLICIT_DATE.finditer(sentence):
            value = parse_date(m.group(), anchor)
            if value is None or value.granularity != "day":
                continue
            if value.anchored and anchor is None:
                continue
            if anchor is not None and abs(value.start.year - anchor.year) > 1:
                continue  # "the city destroyed by an atomic bomb on Aug. 6, 1945": history
            (future if FUTURE_CUES.search(sentence) else past).append(value.start)
    if future:
        candidate = min(future) - timedelta(days=1)
        if past and max(past) <= candidate and (candidate - max(past)).days <= RECENT_DAYS:
            return max(past)
        return candidate
    if past:
        # "addressed the summit on November 1 ... a news conference on Tuesday evening": the
        # weekdays it reports may come after its last written date
        last = max(past)
        recent = [d for d in past if (last - d).days <= RECENT_DAYS]
        return _by_its_weekdays(text, last, fixed=recent, not_before=last) or last
    neighbour = most_alike(text, reports or [])
    if neighbour is not None:
        return _by_its_weekdays(text, neighbour) or anchor
    return anchor


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)


def _by_its_weekdays(text: str, near: date, fixed: list[date] = (), not_before: date | None = None) -> date | None:
    """"signed up on Tuesday ... addressed the summit on Monday": a report that dates its news
    by weekdays alone was written on the day within a week of ``near`` (the date of the
    dated report most like it) from which those weekdays, past ones before it and coming
    ones after it, lie closest together with the days it writes out (``fixed``), soonest
    after the last past one, else nearest; never before ``not_before``. None when it names
    no weekday."""
    said: list[tuple[int, bool]] = []
    for sentence in SENTENCES.split(text):
        ahead = bool(FUTURE_CUES.search(sentence))
        said += [(WEEKDAYS.index(m.group(1).lower()), ahead) for m in WEEKDAY_WORD.finditer(sentence)]
    if not said:
        return None

    def spread(day: date) -> tuple[int, int, int]:
        resolved = [day + timedelta(days=(w - day.weekday()) % 7) if ahead
                    else day - timedelta(days=(day.weekday() - w) % 7) for w, ahead in said]
        past = [r for r, (_, ahead) in zip(resolved, said) if not ahead] + list(fixed)
        resolved += fixed
        # together first; then written soon after what it reports; then near its neighbour
        return (max(resolved) - min(resolved)).days, (day - max(past)).days if past else 0, abs((day - near).days)

    days = (near + timedelta(days=k) for k in range(-6, 7))
    return min((d for d in days if not_before is None or d >= not_before), key=spread)


# A preview looks ahead in this share of its sentences or more: it is like every report of
# its event, so it says little of when an undated report was written.
PREVIEW_SHARE = 0.3


def dated_reports(dated: list[tuple[date, str]]) -> list[tuple[date, set[str]]]:
    """The dated articles that are reports (not previews), each as its date and its words,
    read once for all the bundle's undated articles."""
    def preview(t: str) -> bool:
        sentences = [s for s in SENTENCES.split(t) if s.strip()]
        return bool(sentences) and sum(bool(FUTURE_CUES.search(s)) for s in sentences) >= PREVIEW_SHARE * len(sentences)

    return [(d, _words(t)) for d, t in dated if not preview(t)]


def most_alike(text: str, reports: list[tuple[date, set[str]]]) -> date | None:
    """The date of the report that shares the most words with ``text``, for an article that
    gives no date of its own; None if there is none."""
    mine = _words(text)
    scored = [(len(mine & words) / (len(mine | words) or 1), d) for d, words in reports]
    return max(scored)[1] if scored else None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)}


def _median(dates: list[date]) -> date | None:
    if not dates:
        return None
    ordinals = sorted(d.toordinal() for d in dates)
    return date.fromordinal(int(statistics.median_low(ordinals)))
