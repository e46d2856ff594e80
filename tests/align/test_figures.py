"""Figures whose sentence does not say which of several quantities they are."""

from __future__ import annotations

from summitcheck.pipeline import verify

# A fictional fund, its old target and a wider call: three quantities under one topic.
ARTICLES = {
    "a.txt": "date 2025-03-02 Lagos talks end\n\nDelegates in Lagos agreed on Sunday to provide at least "
             "$40 billion a year for the new coastal fund. The deal also calls for finance from all sources "
             "to reach $200 billion a year. The fund replaces the previous commitment to provide $10 billion "
             "a year.\n",
    "b.txt": "date 2025-03-03 What Lagos agreed\n\nThe talks in Lagos ended with a deal committing rich "
             "nations to provide at least $40 billion a year. Finance from all sources is to rise to $200 "
             "billion a year.\n",
    "c.txt": "date 2025-03-04 Lagos analysis\n\nThe Lagos deal commits donors to mobilise at least $40 "
             "billion a year, four times the $10 billion goal it replaces.\n",
}


def _money_findings(tmp_path, articles):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    return {(f.subject, f.status): sorted(c.source for c in f.claims)
            for f in result.findings if f.kind == "money" and f.status != "single_source"}


def test_figures_far_apart_in_one_source_are_compared_with_their_nearest(tmp_path):
    found = _money_findings(tmp_path, ARTICLES)
    assert found == {
        ("near 40 billion USD", "agree"): ["a.txt", "b.txt", "c.txt"],
        ("near 200 billion USD", "agree"): ["a.txt", "b.txt"],
        ("previous", "agree"): ["a.txt", "c.txt"],
    }


def test_a_rival_figure_still_meets_the_quantity_it_is_nearest(tmp_path):
    articles = dict(ARTICLES, **{"b.txt": ARTICLES["b.txt"].replace("at least $40 billion", "at least $30 billion")})
    found = _money_findings(tmp_path, articles)
    assert found[("near 40 billion USD", "conflict")] == ["a.txt", "b.txt", "c.txt"]
    assert ("near 200 billion USD", "agree") in found


def test_an_old_figure_replaced_is_never_compared_with_the_new_one(tmp_path):
    articles = dict(ARTICLES, **{"c.txt": ARTICLES["c.txt"].replace("$10 billion goal", "$12 billion goal")})
    found = _money_findings(tmp_path, articles)
    assert found[("previous", "conflict")] == ["a.txt", "c.txt"]
    assert ("near 40 billion USD", "agree") in found
