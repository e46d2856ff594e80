"""Places across a bundle: the continent a population belongs to, the previous meeting's town."""

from __future__ import annotations

from summitcheck.pipeline import verify


def _verify(tmp_path, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return verify([str(tmp_path)], jobs=1, use_cache=False)


def test_an_unnamed_continents_population_is_the_one_the_bundle_names(tmp_path):
    result = _verify(tmp_path, {
        "a.txt": "date 2024-02-17 The union speaks for a continent of more than 1.4 billion people.\n",
        "b.txt": "date 2024-02-18 Delegates said a continent of more than 1.4 billion people wants a seat.\n",
        "c.txt": "date 2024-02-19 The bloc likes to say it speaks for more than 2.4 billion Africans.\n",
    })
    found = [(f.status, f.subject) for f in result.findings if f.topic == "population"]
    assert found == [("conflict", "Africa")]


def test_a_past_summit_set_in_the_previous_meetings_town_is_that_meeting(tmp_path):
    result = _verify(tmp_path, {
        "a.txt": "date 2023-05-17 Leaders will meet in Riyadh on Friday. The previous summit was held in Tunis "
                 "last November.\n",
        "b.txt": "date 2023-05-19 Leaders met in Riyadh on Friday. The last summit, in Tunis in November, "
                 "ended without a statement.\n",
        "c.txt": "date 2023-05-22 Leaders met in Riyadh last week. Compared with the summit in Tunis in "
                 "November 2021, where the leaders quarrelled over the budget, Riyadh looked calm.\n",
    })
    previous = [f for f in result.findings if f.topic == "event-dates" and f.event == "previous"]
    assert [(f.status, sorted(c.source for c in f.claims)) for f in previous] == [("conflict", ["a.txt", "b.txt", "c.txt"])]


def test_a_past_summit_in_the_events_own_town_stays_another_meeting(tmp_path):
    result = _verify(tmp_path, {
        "a.txt": "date 2024-02-14 Leaders will meet in Addis Ababa this weekend. The previous summit was held "
                 "in Addis Ababa in February 2023.\n",
        "b.txt": "date 2024-02-18 Leaders met in Addis Ababa on Saturday. The summit in Addis Ababa in 2019 "
                 "chose another course.\n",
    })
    previous = [c for cs in result.claims.values() for c in cs if c.event == "previous" and c.kind == "date"]
    assert [c.source for c in previous] == ["a.txt"]
