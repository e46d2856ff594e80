"""Dates as news writes them, resolved against the article's publication date.

Why not ``dateparser``: it reads one date at a time, with no ranges ("November 15-16",
"Nov. 15 and 16"), no notion of whether a bare weekday points back (a report: "agreed
Saturday") or forward (a preview: "will meet on Saturday"), and it costs about a
millisecond a call, which matters over thousands of articles. The grammar news needs is small
and lives here, with the tense decided by the caller.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
_M = r"(?P<{}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_WD = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
_D = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
_Y = r"(?P<{}>(?:1[89]|20)\d\d)"
_TO = r"\s*(?:-|–|—|to|and|through|thru|until|till|&)\s*"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(r"^(?:(?:on|from|between|in|of|the|since|by|during)\s+)*" + pattern + r"$")


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _p(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("iso_month", _p(r"(?P<y>\d{4})-(?P<m>\d{2})")),
    ("numeric", _p(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})")),
    # November 15-16, 2024 / Nov. 15 and 16, 2024 / November 15 to 16
    ("md_d_range", _p(_M.format("m") + r"\s+" + _D.format("d") + _TO + _D.format("d2")
                      + r"(?:\s+" + _Y.format("y") + r")?")),
    # December 30, 2025 - January 2, 2026 / Dec 30 to Jan 2
    ("md_md_range", _p(_M.format("m") + r"\s+" + _D.format("d") + r"(?:\s+" + _Y.format("y")
                       + r")?" + _TO + _M.format("m2") + r"\s+" + _D.format("d2")
                       + r"(?:\s+" + _Y.format("y2") + r")?")),
    # 15-16 November 2024
    ("d_d_m_range", _p(_D.format("d") + _TO + _D.format("d2") + r"\s+(?:of\s+)?" + _M.format("m")
                       + r"(?:\s+" + _Y.format("y") + r")?")),
    ("dm_dm_range", _p(_D.format("d") + r"\s+" + _M.format("m") + _TO + _D.format("d2")
                       + r"\s+" + _M.format("m2") + r"(?:\s+" + _Y.format("y") + r")?")),
    ("md", _p(r"(?:" + _WD + r"\s+)?" + _M.format("m") + r"\s+" + _D.format("d")
              + r"(?:\s+" + _Y.format("y") + r")?")),
    ("dm", _p(r"(?:" + _WD + r"\s+)?" + _D.format("d") + r"\s+(?:of\s+)?" + _M.format("m")
              + r"(?:\s+" + _Y.format("y") + r")?")),
    ("m_m_range", _p(_M.format("m") + _TO + _M.format("m2") + r"(?:\s+" + _Y.format("y") + r")?")),
    ("my", _p(_M.format("m") + r"(?:\s+(?:of\s+)?" + _Y.format("y") + r")?")),
    ("y_y_range", _p(_Y.format("y") + _TO + r"(?P<y2>(?:1[89]|20)?\d\d)")),
    ("y", _p(r"(?:the\s+year\s+)?" + _Y.format("y"))),
    ("weekday", _p(r"(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>" + _WD + r")")),
]

RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}


@dataclass(frozen=True)
class DateValue:
    """A date as an interval of days, with the granularity it was stated at."""

    start: date
    end: date
    granularity: str  # day | month | year
    # True when the text gave both ends ("November 15-16"), so the ends themselves are claims.
    explicit_range: bool = False
    # True when the year or the day was filled in from the reference date.
    anchored: bool = False

    def to_value(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "granularity": self.granularity, "range": self.explicit_range}


def normalize_text(text: str) -> str:
    s = text.lower().replace("\u00a0", " ").replace("’", "'")
    s = re.sub(r"(?<=[a-z])\.(?=\s|$|,)", "", s)  # "dec." -> "dec"
    s = re.sub(r"[,()]", " ", s)
    s = re.sub(r"\s*(-|–|—)\s*", r" \1 ", s)
    s = re.sub(r"(?<=\d)\s+(-|–|—)\s+(?=\d)", r"-", s)
    return " ".join(s.split()).strip(" .")


def parse_date(text: str, reference: date | None = None, *, tense: str | None = None) -> DateValue | None:
    """The interval a date expression names, or None. Never raises.

    ``reference`` is the publication date: it fills in missing years and resolves weekdays
    and "yesterday". ``tense`` is "past" (a report) or "future" (a preview): it decides
    which way a bare weekday or month points.
    """
    try:
        return _parse(normalize_text(text), reference, tense)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _parse(s: str, ref: date | None, tense: str | None) -> DateValue | None:
    if not s:
        return None
    if s in RELATIVE_DAYS:
        if ref is None:
            return None
        d = ref + timedelta(days=RELATIVE_DAYS[s])
        return DateValue(d, d, "day", anchored=True)
    try:
        value = _calendar(s, ref, tense)
    except (ValueError, OverflowError, KeyError, TypeError):
        value = None  # "april 87": not a day of April; read on
    if value is not None:
        return value
    # Relative expressions, calendar units, holidays, numeric forms, ranges: see reldates.
    from summitcheck.normalize import reldates

    prepared = reldates.prepare(s)
    if prepared != s:
        try:
            value = _calendar(prepared, ref, tense)
        except (ValueError, OverflowError, KeyError, TypeError):
            value = None
        if value is not None:
            return value
    return reldates.parse_relative(prepared, ref, tense, _parse_part)


def _parse_part(s: str, ref: date | None, tense: str | None) -> DateValue | None:
    try:
        return _parse(s, ref, tense)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _calendar(s: str, ref: date | None, tense: str | None) -> DateValue | None:
    for name, pattern in PATTERNS:
        m = pattern.match(s)
        if m:
            return _BUILDERS[name](m.groupdict(), ref, tense)
    return None


def _year(g: dict, key: str, ref: date | None) -> int | None:
    y = g.get(key)
    if y is None:
        return None
    y = int(y)
    if y < 100:
        y += 2000 if y < 70 else 1900
    return y


def _month(g: dict, key: str = "m") -> int:
    v = g[key]
    return int(v) if v.isdigit() else MONTHS[v]


def _closest_year(month: int, day: int, ref: date | None, tense: str | None) -> tuple[int, bool]:
    """The year that puts month/day nearest the reference date (a report looks back)."""
    if ref is None:
        raise ValueError("no year and no reference date")
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day_ = min(day, calendar.monthrange(year, month)[1])
        cand = date(year, month, day_)
        delta = (cand - ref).days
        penalty = abs(delta)
        if tense == "past" and delta > 7:
            penalty += 400
        if tense == "future" and delta < -7:
            penalty += 400
        if best is None or penalty < best[0]:
            best = (penalty, year)
    return best[1], True


def _day(g, ref, tense):
    m, d = _month(g), int(g["d"])
    y = _year(g, "y", ref)
    anchored = False
    if y is None:
        y, anchored = _closest_year(m, d, ref, tense)
    day = date(y, m, d)
    return DateValue(day, day, "day", anchored=anchored)


def _md_d_range(g, ref, tense):
    m, d1, d2 = _month(g), int(g["d"]), int(g["d2"])
    if d2 < d1:
        return None
    y = _year(g, "y", ref)
    anchored = False
    if y is None:
        y, anchored = _closest_year(m, d1, ref, tense)
    return DateValue(date(y, m, d1), date(y, m, d2), "day", True, anchored)


def _md_md_range(g, ref, tense):
    m1, m2 = _month(g), _month(g, "m2")
    y2 = _year(g, "y2", ref) or _year(g, "y", ref)
    y1 = _year(g, "y", ref) if g.get("y2") else None
    anchored = False
    if y2 is None:
        y2, anchored = _closest_year(m2, int(g["d2"]), ref, tense)
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    start, end = date(y1, m1, int(g["d"])), date(y2, m2, int(g["d2"]))
    if end < start:
        return None
    return DateValue(start, end, "day", True, anchored)


def _month_value(g, ref, tense, key="m", ykey="y"):
    m = _month(g, key)
    y = _year(g, ykey, ref)
    anchored = False
    if y is None:
        if ref is None:
            return None
        anchored = True
        y = ref.year
        if tense == "past" and m > ref.month:
            y -= 1
        elif tense == "future" and m < ref.month:
            y += 1
        elif tense is None and (m - ref.month) > 6:
            y -= 1
        elif tense is None and (ref.month - m) > 6:
            y += 1
    last = calendar.monthrange(y, m)[1]
    return DateValue(date(y, m, 1), date(y, m, last), "month", anchored=anchored)


def _m_m_range(g, ref, tense):
    a = _month_value(g, ref, tense, "m", "y")
    b = _month_value(g, ref, tense, "m2", "y")
    if a is not None and b is not None and b.end < a.start and not g.get("y"):
        # "May to March": the range runs on into the next year
        m2 = _month(g, "m2")
        year = a.start.year + (1 if m2 < a.start.month else 0)
        b = DateValue(date(year, m2, 1), date(year, m2, calendar.monthrange(year, m2)[1]), "month", anchored=True)
    if a is None or b is None or b.end < a.start:
        return None
    return DateValue(a.start, b.end, "month", True, a.anchored)


def _year_value(g, ref, tense):
    y = _year(g, "y", ref)
    return DateValue(date(y, 1, 1), date(y, 12, 31), "year")


def _y_y_range(g, ref, tense):
    y1 = _year(g, "y", ref)
    y2s = g["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 < y1:
        return None
    return DateValue(date(y1, 1, 1), date(y2, 12, 31), "year", True)


def _dm_dm_range(g, ref, tense):
    y = _year(g, "y", ref)
    m1, m2 = _month(g), _month(g, "m2")
    anchored = False
    if y is None:
        y, anchored = _closest_year(m2, int(g["d2"]), ref, tense)
    y1 = y if m1 <= m2 else y - 1
    start, end = date(y1, m1, int(g["d"])), date(y, m2, int(g["d2"]))
    if end < start:  # "20 December - 19 December": not a range
        return None
    return DateValue(start, end, "day", True, anchored)


def _weekday(g, ref, tense):
    if ref is None:
        return None
    target = WEEKDAYS[g["wd"]]
    rel = {"previous": "last"}.get(g.get("rel"), g.get("rel"))
    back = (ref.weekday() - target) % 7
    fwd = (target - ref.weekday()) % 7
    if rel in ("next", "this"):
        # The calendar-week reading (weeks run Monday to Sunday): "next Friday" is the
        # Friday of next week. "last Friday" stays the most recent one, as news means it.
        delta = (7 if rel == "next" else 0) + target - ref.weekday()
    elif rel in ("last", "past"):
        delta = -(back or 7)
    elif rel == "coming":
        delta = fwd or 7
    elif tense == "future":
        delta = fwd
    else:
        delta = -back
    d = ref + timedelta(days=delta)
    return DateValue(d, d, "day", anchored=True)


_BUILDERS = {
    "iso": _day,
    "iso_month": lambda g, r, t: _month_value(g, r, t),
    "numeric": _day,
    "md_d_range": _md_d_range,
    "md_md_range": _md_md_range,
    "d_d_m_range": _md_d_range,
    "dm_dm_range": _dm_dm_range,
    "md": _day,
    "dm": _day,
    "m_m_range": _m_m_range,
    "my": _month_value,
    "y_y_range": _y_y_range,
    "y": _year_value,
    "weekday": _weekday,
}


def shift_range(start: date, days: int) -> DateValue:
    """An explicit range of ``days`` days beginning at ``start`` ("a two-day summit from ...")."""
    return DateValue(start, start + timedelta(days=max(days, 1) - 1), "day", True, True)


def ending_range(end: date, days: int) -> DateValue:
    """An explicit range of ``days`` days ending at ``end`` ("for two days through Saturday")."""
    return DateValue(end - timedelta(days=max(days, 1) - 1), end, "day", True, True)
