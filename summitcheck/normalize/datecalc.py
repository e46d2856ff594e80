"""Calendar arithmetic and holidays: the building blocks ``reldates`` resolves with.

Hand-written because the needs are small and exact: months added with the day clamped to the
month's end, calendar units (a Monday-to-Sunday week, a quarter, a decade) around a day, ISO
weeks, and the fixed and movable holidays news names (Easter by the Gregorian computus).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from summitcheck.normalize.dates import DateValue

# --- Calendar arithmetic ------------------------------------------------------------------


def add(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d + timedelta(weeks=n)  # weekend
    total = d.year * 12 + d.month - 1 + n * months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def unit_span(d: date, unit: str) -> DateValue:
    """The calendar unit holding ``d``: its week (Monday to Sunday), month, quarter, year."""
    if unit == "day":
        return DateValue(d, d, "day", anchored=True)
    if unit in ("week", "fortnight"):
        # "this week" holds an event, it does not say the event lasts all week: no range
        start = d - timedelta(days=d.weekday())
        return DateValue(start, start + timedelta(days=6), "day", False, True)
    if unit == "weekend":
        start = d - timedelta(days=d.weekday()) + timedelta(days=5)
        return DateValue(start, start + timedelta(days=1), "day", True, True)
    if unit == "month":
        return month_span(d.year, d.month)
    if unit == "quarter":
        q = (d.month - 1) // 3
        return DateValue(date(d.year, 3 * q + 1, 1), month_span(d.year, 3 * q + 3).end, "month", True, True)
    if unit == "half":
        h = (d.month - 1) // 6
        return DateValue(date(d.year, 6 * h + 1, 1), month_span(d.year, 6 * h + 6).end, "month", True, True)
    if unit == "year":
        return DateValue(date(d.year, 1, 1), date(d.year, 12, 31), "year", anchored=True)
    if unit == "decade":
        y = d.year - d.year % 10
        return DateValue(date(y, 1, 1), date(y + 9, 12, 31), "year", True, True)
    if unit == "century":
        y = d.year - d.year % 100
        return DateValue(date(y, 1, 1), date(y + 99, 12, 31), "year", True, True)
    return None


def month_span(y: int, m: int) -> DateValue:
    return DateValue(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month", anchored=True)


def span(a: date, b: date) -> DateValue | None:
    return DateValue(a, b, "day", True, True) if b >= a else None


def iso_week(year: int, week: int) -> DateValue:
    start = date.fromisocalendar(year, week, 1)
    return span(start, start + timedelta(days=6))


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS = {
    "new year": lambda y: date(y, 1, 1), "new year's day": lambda y: date(y, 1, 1),
    "new years day": lambda y: date(y, 1, 1), "new year day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31), "new years eve": lambda y: date(y, 12, 31),
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25),
    "xmas": lambda y: date(y, 12, 25), "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26), "valentine's day": lambda y: date(y, 2, 14),
    "valentines day": lambda y: date(y, 2, 14), "halloween": lambda y: date(y, 10, 31),
    "independence day": lambda y: date(y, 7, 4), "earth day": lambda y: date(y, 4, 22),
    "saint patrick's day": lambda y: date(y, 3, 17), "st patrick's day": lambda y: date(y, 3, 17),
    "st. patrick's day": lambda y: date(y, 3, 17), "may day": lambda y: date(y, 5, 1),
    "labour day": lambda y: date(y, 5, 1), "international workers' day": lambda y: date(y, 5, 1),
    "veterans day": lambda y: date(y, 11, 11), "armistice day": lambda y: date(y, 11, 11),
    "easter": easter, "easter sunday": easter, "easter day": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1), "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3), "mlk day": lambda y: nth_weekday(y, 1, 0, 3),
    "columbus day": lambda y: nth_weekday(y, 10, 0, 2), "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3), "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
    "president's day": lambda y: nth_weekday(y, 2, 0, 3), "groundhog day": lambda y: date(y, 2, 2),
    "juneteenth": lambda y: date(y, 6, 19), "thanks giving day": lambda y: nth_weekday(y, 11, 3, 4),
    "thanks giving": lambda y: nth_weekday(y, 11, 3, 4), "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "saint patrick": lambda y: date(y, 3, 17), "st patrick": lambda y: date(y, 3, 17), "inauguration day": lambda y: date(y, 1, 20),
}
