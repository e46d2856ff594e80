"""Relative dates, calendar units, holidays, numeric forms and ranges, against a publication
date (the 2024 G20 Rio de Janeiro summit closed on Tuesday 19 November 2024)."""

from datetime import date

import pytest

from summitcheck.normalize.dates import parse_date
from summitcheck.normalize.datescan import find_dates

REF = date(2024, 11, 19)  # a Tuesday


@pytest.mark.parametrize("text,start,end", [
    ("next week", "2024-11-25", "2024-12-01"),
    ("last month", "2024-10-01", "2024-10-31"),
    ("this quarter", "2024-10-01", "2024-12-31"),
    ("next year", "2025-01-01", "2025-12-31"),
    ("this weekend", "2024-11-23", "2024-11-24"),
    ("the next 3 days", "2024-11-20", "2024-11-22"),
    ("the last 2 weeks", "2024-11-05", "2024-11-18"),
    ("within 10 days", "2024-11-19", "2024-11-28"),
    ("the last 2 quarters", "2024-04-01", "2024-09-30"),
    ("two days ago", "2024-11-17", "2024-11-17"),
    ("in three weeks", "2024-12-10", "2024-12-10"),
    ("2 weeks before November 18 2024", "2024-11-04", "2024-11-04"),
    ("next Friday", "2024-11-29", "2024-11-29"),            # the Friday of next week
    ("this Friday", "2024-11-22", "2024-11-22"),
    ("Q3 2024", "2024-07-01", "2024-09-30"),
    ("the second half of 2023", "2023-07-01", "2023-12-31"),
    ("first week of 2024", "2024-01-01", "2024-01-07"),     # ISO weeks
    ("the 1990s", "1990-01-01", "1999-12-31"),
    ("the 21st century", "2000-01-01", "2099-12-31"),
    ("thanksgiving 2024", "2024-11-28", "2024-11-28"),
    ("easter 2024", "2024-03-31", "2024-03-31"),
    ("2024/11", "2024-11-01", "2024-11-30"),
    ("18.11.2024", "2024-11-18", "2024-11-18"),             # dots: day first
    ("2024-nov-18", "2024-11-18", "2024-11-18"),
    ("eighteen november twenty twenty four", "2024-11-18", "2024-11-18"),
    ("from 2014 till 2018", "2014-01-01", "2018-12-31"),
    ("nov - feb 5th 2024", "2023-11-01", "2024-02-05"),
    ("3 days starting from next monday", "2024-11-25", "2024-11-27"),
])
def test_reldates_resolve_against_the_reference(text, start, end):
    v = parse_date(text, REF)
    assert v is not None, text
    assert (v.start.isoformat(), v.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["next week", "two days ago", "Q3 this year"])
def test_reldates_need_a_reference(text):
    assert parse_date(text, None) is None


def test_reldates_last_weekday_is_the_most_recent_one():
    assert parse_date("last Friday", REF).start == date(2024, 11, 15)


def test_datescan_finds_expressions_the_tagger_may_cut():
    text = "Leaders met for 2 days starting from 18 November 2024 and will report in Q1 2025."
    found = {text[s:e]: (v.start.isoformat(), v.end.isoformat()) for s, e, v in find_dates(text, REF)}
    assert found["for 2 days starting from 18 November 2024"] == ("2024-11-18", "2024-11-19")
    assert found["Q1 2025"] == ("2025-01-01", "2025-03-31")


def test_a_week_holds_an_event_and_a_weekend_spans_it():
    week, weekend = parse_date("this week", REF), parse_date("this weekend", REF)
    assert (week.start.isoformat(), week.end.isoformat(), week.explicit_range) == ("2024-11-18", "2024-11-24", False)
    assert weekend.explicit_range


def test_this_week_written_on_a_sunday_of_a_plan_is_the_week_ahead():
    sunday = date(2022, 11, 13)
    ahead, past = parse_date("this week", sunday, tense="future"), parse_date("this week", sunday, tense="past")
    assert (ahead.start.isoformat(), ahead.end.isoformat()) == ("2022-11-14", "2022-11-20")
    assert (past.start.isoformat(), past.end.isoformat()) == ("2022-11-07", "2022-11-13")
