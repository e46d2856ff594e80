"""Which meeting a claim is about, when a bundle's articles name several."""

from __future__ import annotations

import pytest

from summitcheck.align.meetings import key_other_meetings
from summitcheck.model import Claim
from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2023-09-05 ASEAN leaders meet\n\nASEAN leaders opened the ASEAN summit in Jakarta on Tuesday.\n",
    "b.txt": "JAKARTA, Sept 6 (Reuters) - The ASEAN summit in Jakarta heard from Harris. Biden is heading "
             "to the Group of 20 summit in New Delhi this weekend.\n",
    "c.txt": "date 2023-09-07 The ASEAN summit in Jakarta ended on Thursday. Modi will then fly to the G20 "
             "summit in New Delhi.\n",
    "d.txt": "New Delhi, Sept 8 (PTI) Prime Minister Narendra Modi attended the ASEAN summit in Jakarta.\n",
}


def test_a_meeting_named_otherwise_and_a_home_dateline_are_not_the_venue(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    venues = [f for f in result.findings if f.topic == "venue" and f.event == "main"]
    assert [(f.status, sorted({c.value["text"] for c in f.claims})) for f in venues] == [("agree", ["Jakarta"])]
    others = [c for cs in result.claims.values() for c in cs if c.topic == "venue" and c.event == "other"]
    assert {c.value["text"] for c in others} == {"New Delhi"}


def _verify(tmp_path, articles):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return verify([str(tmp_path)], jobs=1, use_cache=False)


@pytest.mark.parametrize("town, status", [("New Delhi", "agree"), ("Mumbai", "conflict")])
def test_another_meeting_two_sources_place_is_compared_with_itself_only(tmp_path, town, status):
    articles = dict(ARTICLES, **{"c.txt": ARTICLES["c.txt"].replace("summit in New Delhi", f"summit in {town}")})
    result = _verify(tmp_path, articles)
    venues = {(f.event, f.subject): (f.status, sorted({c.value["text"] for c in f.claims}))
              for f in result.findings if f.topic == "venue"}
    assert venues == {("main", None): ("agree", ["Jakarta"]),
                      ("other", "g20"): (status, sorted({"New Delhi", town}))}


def test_another_meeting_one_source_mentions_is_no_finding(tmp_path):
    articles = dict(ARTICLES, **{"c.txt": "date 2023-09-07 The ASEAN summit in Jakarta ended on Thursday.\n"})
    result = _verify(tmp_path, articles)
    assert [f.event for f in result.findings if f.topic == "venue"] == ["main"]


def _claim(kind, value, sentence, topic="venue", event="other"):
    return Claim(source="a.txt", kind=kind, topic=topic, text="", sentence=sentence, start=0, end=1,
                 modality="reported", value=value, event=event)


def test_an_unnamed_other_meeting_is_known_by_the_one_day_its_sentence_gives():
    day = {"start": "2023-05-07", "end": "2023-05-07", "granularity": "day", "range": False}
    one = "Ministers voted at a meeting in Cairo on May 7."
    two = "Ministers met in Cairo on May 7 and on May 9."
    claims = [_claim("place", {"text": "Cairo", "level": "city"}, one),
              _claim("date", day, one, topic="admission", event="main"),
              _claim("place", {"text": "Cairo", "level": "city"}, two),
              _claim("date", day, two), _claim("date", dict(day, start="2023-05-09", end="2023-05-09"), two),
              _claim("place", {"text": "Cairo Tower", "level": "site"}, one)]
    key_other_meetings(claims)
    assert [c.subject for c in claims] == ["meeting of 2023-05-07", None, None, None, None, None]


def test_a_past_meeting_known_by_its_town_is_keyed_by_it_unless_the_event_is_there_too():
    month = {"start": "2021-10-01", "end": "2021-10-31", "granularity": "month", "range": False}
    sentence = "Compared with Rome in October 2021, this was hard."
    venue = _claim("place", {"text": "Bali", "level": "city"}, "Leaders met in Bali.", event="main")
    claims = [venue, _claim("date", dict(month, town="Rome"), sentence, topic="event-dates")]
    key_other_meetings(claims)
    assert claims[1].subject == "meeting in Rome"
    at_the_seat = [dict(venue.value, text="Rome"), dict(month, town="Rome")]
    claims = [_claim("place", at_the_seat[0], "Leaders met in Rome.", event="main"),
              _claim("date", at_the_seat[1], sentence, topic="event-dates")]
    key_other_meetings(claims)
    assert claims[1].subject is None
