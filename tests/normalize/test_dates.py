from datetime import date

import pytest

from summitcheck.normalize.dates import parse_date

REF = date(2025, 12, 20)  # a Saturday


@pytest.mark.parametrize("text,start,end,gran", [
    ("December 19-20, 2025", "2025-12-19", "2025-12-20", "day"),
    ("Dec. 19 and 20, 2025", "2025-12-19", "2025-12-20", "day"),
    ("19-20 December 2025", "2025-12-19", "2025-12-20", "day"),
    ("Dec 30 - Jan 2", "2025-12-30", "2026-01-02", "day"),
    ("Dec 19", "2025-12-19", "2025-12-19", "day"),           # year from the reference
    ("December\u00a019", "2025-12-19", "2025-12-19", "day"),  # no-break space
    ("FRIDAY, DECEMBER 19, 2025", "2025-12-19", "2025-12-19", "day"),
    ("2025-12-20", "2025-12-20", "2025-12-20", "day"),
    ("August 2024", "2024-08-01", "2024-08-31", "month"),
    ("2004", "2004-01-01", "2004-12-31", "year"),
    ("yesterday", "2025-12-19", "2025-12-19", "day"),
])
def test_dates_absolute_partial_and_ranges(text, start, end, gran):
    v = parse_date(text, REF)
    assert (v.start.isoformat(), v.end.isoformat(), v.granularity) == (start, end, gran)


def test_dates_weekday_points_back_in_a_report_and_forward_in_a_preview():
    friday = date(2025, 12, 19)
    assert parse_date("Saturday", REF, tense="past").start == REF            # "agreed Saturday"
    assert parse_date("Friday", REF, tense="past").start == friday
    assert parse_date("Saturday", friday, tense="future").start == REF       # "will meet Saturday"
    assert parse_date("last Friday", REF).start == friday


def test_dates_month_without_year_follows_tense():
    assert parse_date("April", REF, tense="past").start == date(2025, 4, 1)
    assert parse_date("February", REF, tense="future").start == date(2026, 2, 1)


@pytest.mark.parametrize("text", ["", "the past year", "recently", "December 40", "soon"])
def test_dates_reject_vague_or_invalid(text):
    assert parse_date(text, REF) is None
