"""The event as scheduled and as it ran.

A conference set to close on a Friday that adopts its text on the Saturday has two last
days, and the bundle's date claims are about the schedule ("is scheduled to end on 12
November"), while the outcome's own day ("adopted on the evening of 13 November") is
compared among the outcome's dates. A source giving the whole span as it ran ("For two
weeks, 31 Oct–13 Nov") ends on the outcome's day, past the schedule: it is set apart from
the scheduled span like the outcome day is, not raised against it. A span ending on any
other day past the schedule is still compared, and conflicts.
"""

from __future__ import annotations

from summitcheck.model import EVENT_MAIN, EVENT_OTHER, Claim


def set_apart_spans_as_run(claims: list[Claim]) -> None:
    scheduled_ends = [c.value["end"] for c in claims
                      if c.kind == "date" and c.topic == "event-dates" and c.event == EVENT_MAIN
                      and c.basis == "end" and c.modality == "expected" and c.value["granularity"] == "day"]
    if not scheduled_ends:
        return
    last = max(scheduled_ends)
    adopted = {c.value["start"] for c in claims
               if c.kind == "date" and c.topic == "outcome-dates" and c.event == EVENT_MAIN
               and c.modality == "reported" and c.value["granularity"] == "day" and c.value["start"] > last}
    for c in claims:
        if c.kind == "date" and c.topic == "event-dates" and c.event == EVENT_MAIN and c.value.get("range") \
                and c.modality == "reported" and c.value["end"] in adopted:
            c.event = EVENT_OTHER
            c.value["overran"] = True
