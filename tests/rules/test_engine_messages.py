"""What an agreement of partial lists says: all they name together, not the commonest list."""

from __future__ import annotations

from summitcheck.align import Group
from summitcheck.model import Claim, Source
from summitcheck.rules.engine import evaluate


def _list(source: str, members: list[str], modality: str = "reported") -> Claim:
    return Claim(source=source, kind="set", topic="leaders", text=", ".join(members), sentence="...", start=0,
                 end=1, modality=modality, value={"members": members, "titles": {}}, basis="partial")


def _source(sid: str) -> Source:
    return Source(id=sid, path=sid, text="", analysis_text="", sha256="0", published="2024-11-16",
                  published_basis="header")


def test_agreeing_partial_lists_report_every_member_they_name(ruleset):
    claims = [_list("a.txt", ["Kenya President"]), _list("b.txt", ["Kenya President", "Chile President"]),
              _list("c.txt", ["Peru President"], "negated")]
    group = Group("main", "set", "leaders", None, claims)
    [finding] = evaluate([group], ruleset, [_source(s) for s in ("a.txt", "b.txt", "c.txt")])
    assert finding.status == "agree"
    assert finding.message.startswith("leaders: Chile President, Kenya President; not Peru President")


def _place(source: str, city: str) -> Claim:
    return Claim(source=source, kind="place", topic="venue", text=city, sentence="...", start=0, end=1,
                 modality="reported", value={"text": city, "level": "city", "label": "GPE"})


def test_a_finding_about_the_previous_meeting_says_so(ruleset):
    claims = [_place("a.txt", "Algiers"), _place("b.txt", "Algiers")]
    [finding] = evaluate([Group("previous", "place", "venue", None, claims)], ruleset,
                         [_source(s) for s in ("a.txt", "b.txt")])
    assert "venue, previous meeting" in finding.message
    [finding] = evaluate([Group("main", "place", "venue", None, claims)], ruleset,
                         [_source(s) for s in ("a.txt", "b.txt")])
    assert "previous" not in finding.message
