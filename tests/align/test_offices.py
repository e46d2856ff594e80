"""One office under several spellings is one group."""

from __future__ import annotations

import pytest

from summitcheck.align.offices import merge_offices
from summitcheck.model import Claim


def office(source: str, subject: str, holder: str) -> Claim:
    return Claim(source=source, kind="person", topic="office", text=holder, sentence=f"{subject} {holder} spoke.",
                 start=0, end=len(holder), modality="reported", value={"text": holder, "canonical": holder},
                 subject=subject)


@pytest.mark.parametrize("subjects,merged", [
    pytest.param(["U.N. secretary-general", "UN secretary general", "U.N. secretary-general"],
                 ["U.N. secretary-general"] * 3, id="dots, case and hyphens"),
    pytest.param(["NATO secretary general", "NATO chief"], ["NATO secretary general"] * 2,
                 id="chief is the organisation's one named office"),
    pytest.param(["United Nations secretary-general", "UN chief"], ["United Nations secretary-general"] * 2,
                 id="an acronym of the one spelled-out name"),
    pytest.param(["COP28 chairwoman", "COP28 chair"], ["COP28 chair"] * 2, id="a gendered title"),
    pytest.param(["ASEAN chair", "ASEAN secretary-general", "ASEAN chief"],
                 ["ASEAN chair", "ASEAN secretary-general", "ASEAN chief"], id="chief of two offices stays apart"),
    pytest.param(["European Council president", "European Commission president", "EC president"],
                 ["European Council president", "European Commission president", "EC president"],
                 id="an acronym of two names stays apart"),
])
def test_offices_merge_under_one_spelling(subjects, merged):
    claims = [office(f"{n}.txt", s, "Someone") for n, s in enumerate(subjects)]
    merge_offices(claims)
    assert [c.subject for c in claims] == merged


@pytest.mark.parametrize("subjects,presiding", [
    pytest.param(["COP29 president", "European Commission president"], "COP29 president",
                 id="the one numbered meeting's presidency"),
    pytest.param(["European Commission president"], "presiding officer", id="no meeting's presidency"),
    pytest.param(["COP28 president", "COP29 president"], "presiding officer", id="two meetings: which, unknown"),
])
def test_who_presided_holds_the_meetings_presidency(subjects, presiding):
    claims = [office(f"{n}.txt", s, "Someone") for n, s in enumerate(subjects)]
    claims.append(office("z.txt", "presiding officer", "Someone"))
    merge_offices(claims)
    assert claims[-1].subject == presiding
