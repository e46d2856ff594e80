"""The event as scheduled and as it ran: a span ending on the outcome's day past the
schedule is set apart; a span ending on another day is compared."""

from __future__ import annotations

import pytest

from summitcheck.align.schedule import set_apart_spans_as_run
from summitcheck.model import Claim


def dated(source: str, topic: str, start: str, end: str, *, modality: str = "reported", basis: str | None = None,
          span: bool = False) -> Claim:
    value = {"start": start, "end": end, "granularity": "day", "range": span}
    return Claim(source=source, kind="date", topic=topic, text=start, sentence="s", start=0, end=1,
                 modality=modality, value=value, basis=basis)


@pytest.mark.parametrize("end,apart", [("2021-11-13", True), ("2021-11-15", False), ("2021-11-12", False)])
def test_a_span_ending_on_the_adoption_past_the_schedule_is_the_span_as_it_ran(end, apart):
    claims = [dated("a", "event-dates", "2021-11-12", "2021-11-12", modality="expected", basis="end"),
              dated("b", "outcome-dates", "2021-11-13", "2021-11-13"),
              dated("c", "event-dates", "2021-10-31", end, span=True)]
    set_apart_spans_as_run(claims)
    assert (claims[2].event == "other") is apart
    assert claims[0].event == "main" and claims[1].event == "main"


def test_without_a_schedule_nothing_is_set_apart():
    claims = [dated("b", "outcome-dates", "2021-11-13", "2021-11-13"),
              dated("c", "event-dates", "2021-10-31", "2021-11-13", span=True)]
    set_apart_spans_as_run(claims)
    assert claims[1].event == "main"
