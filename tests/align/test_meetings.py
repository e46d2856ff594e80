"""Which meeting a claim is about, when a bundle's articles name several."""

from __future__ import annotations

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
    venues = [f for f in result.findings if f.topic == "venue"]
    assert [(f.status, sorted({c.value["text"] for c in f.claims})) for f in venues] == [("agree", ["Jakarta"])]
    others = [c for cs in result.claims.values() for c in cs if c.topic == "venue" and c.event == "other"]
    assert {c.value["text"] for c in others} == {"New Delhi"}
