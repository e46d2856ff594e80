"""A founding date belongs to the body it founded: the bundle's own body, or another."""

from __future__ import annotations

from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2024-07-10\nAllies meet\n\nNATO leaders met in Washington on Tuesday. NATO was founded in 1949 "
             "by 12 countries, building on the Brussels Treaty Organisation, which was set up in 1948, and on a "
             "defence pact that was signed in 1947.\n",
    "b.txt": "date 2024-07-10\nNATO at 75\n\nThe alliance, founded in 1949, held its summit in Washington on "
             "Tuesday.\n",
    "c.txt": "date 2024-07-11\nSummit ends\n\nThe North Atlantic Treaty Organization, set up in 1949, ended its "
             "summit in Washington on Wednesday. NATO leaders agreed on aid.\n",
}


def test_the_bundles_own_body_and_a_predecessor_are_dated_apart(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    founding = {(f.status, f.subject): sorted({c.value["start"][:4] for c in f.claims})
                for f in result.findings if f.topic == "founding"}
    assert founding[("agree", None)] == ["1949"]
    assert founding[("single_source", "Brussels Treaty Organisation")] == ["1948"]
    assert not [f for f in result.findings if f.topic == "founding" and f.status == "conflict"]
