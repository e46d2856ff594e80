import pytest

from summitcheck.ingest import load_sources
from summitcheck.ingest.boilerplate import find_boilerplate


def _load(tmp_path, files: dict[str, bytes | str]):
    for name, body in files.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return load_sources([str(tmp_path)])


def test_ingest_header_date_with_headline_on_the_same_line(tmp_path):
    sources, _ = _load(tmp_path, {"a.txt": " date 2023-05-20 Leaders meet in Hiroshima\n\nThe leaders met."})
    s = sources[0]
    assert (s.published, s.published_basis) == ("2023-05-20", "header")
    assert "date 2023-05-20" not in s.analysis_text and "Leaders meet" in s.analysis_text
    assert len(s.analysis_text) == len(s.text)  # offsets are preserved


def test_ingest_dateline_year_comes_from_the_bundle(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2023-07-11 NATO leaders gather.",
        "b.txt": "VILNIUS, July 12 (Reuters) - NATO leaders agreed on Wednesday to ...",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert (b.published, b.published_basis, b.dateline_place) == ("2023-07-12", "dateline", "VILNIUS")


def test_ingest_undated_preview_is_inferred_before_the_event(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2023-08-24 The summit ended on Thursday.",
        "b.txt": "South Africa will host the summit on August 22-24, 2023.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert b.published_basis == "inferred" and b.published == "2023-08-21"


def test_ingest_recursive_sorted_and_only_articles(tmp_path):
    sources, _ = _load(tmp_path, {"z.txt": "Z text.", "sub/a.md": "A text.", "notes.yaml": "x: 1"})
    assert [s.id for s in sources] == ["sub/a.md", "z.txt"]


def test_ingest_encodings(tmp_path):
    text = "Café summit in Zürich – “quoted”"
    sources, skipped = _load(tmp_path, {
        "cp1252.txt": text.encode("cp1252"),
        "utf16.txt": text.encode("utf-16"),
        "latin1.txt": "Café in Zürich".encode("latin-1"),
        "binary.txt": b"\x00\x01\x02garbage",
    })
    by_id = {s.id: s for s in sources}
    assert by_id["cp1252.txt"].text == text
    assert by_id["utf16.txt"].text == text
    assert by_id["latin1.txt"].text == "Café in Zürich"
    assert [(k.path.endswith("binary.txt"), "binary" in k.reason) for k in skipped] == [(True, True)]


def test_boilerplate_comments_counters_and_other_scripts():
    text = ("Title\n\n١٢ مشاهدة\n\nSign up now: Get insights\n\nThe summit opened in Tokyo.\n\n"
            "© 2025 All rights reserved\n\n" + "Body. " * 20 + "\n7 Comments\nKittyKat\nGreat summit!\n")
    spans = find_boilerplate(text)
    removed = "".join(text[s:e] for s, e, _ in spans)
    assert "مشاهدة" in removed and "Sign up" in removed and "©" in removed and "KittyKat" in removed
    assert "The summit opened" not in removed


def test_ingest_dateline_with_agency_and_no_dash(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2025-02-10 Leaders gather in Paris.",
        "b.txt": "New Delhi, Feb 12 (PTI) Prime Minister Narendra Modi said the summit went well.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert (b.published, b.dateline_place) == ("2025-02-12", "New Delhi")
    assert "PTI" not in b.analysis_text


@pytest.mark.parametrize("head, place", [
    ("Ankara (AFP) - Turkey's foreign minister flew out on Tuesday.", "Ankara"),
    ("Fasano (Italy) - Leaders met on Friday.", None),
])
def test_ingest_an_undated_dateline_needs_an_agency_in_capitals(tmp_path, head, place):
    sources, _ = _load(tmp_path, {"a.txt": "date 2023-07-11 Leaders gather.", "b.txt": f"Title\n\n{head}"})
    b = next(s for s in sources if s.id == "b.txt")
    assert b.dateline_place == place
    assert ("AFP" in b.analysis_text) == (place is None and "AFP" in head)


def test_ingest_a_date_range_is_not_a_dateline(tmp_path):
    sources, _ = _load(tmp_path, {"a.txt": "Opinion\n\nFor two days, February 10-11, the Grand Palais in Paris was busy."})
    assert sources[0].dateline_place is None and "February 10-11" in sources[0].analysis_text


def test_ingest_byline_date_of_a_blog(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2023-09-05 Leaders meet.",
        "b.txt": "Watch | Opinion\n\nBy Jane Doe | Sept 8, 2023 | 5 min read\n\nThe summit ended on Thursday.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert (b.published, b.published_basis) == ("2023-09-08", "dateline")
    assert "5 min read" not in b.analysis_text


def test_boilerplate_byline_share_tag_and_button_rows():
    text = ("Headline\n\nPosted by Desk  |  4 min read  |  1,208 views\n\n[Share]  [Post]  [Copy link]\n\n"
            "Share: Facebook | X | LinkedIn\n\nThe summit opened in Tokyo with 5 leaders.\n\nTags: AI, Europe\n")
    removed = "".join(text[s:e] for s, e, _ in find_boilerplate(text))
    assert all(w in removed for w in ("4 min read", "[Share]", "Share: Facebook", "Tags: AI"))
    assert "The summit opened" not in removed


def test_ingest_undated_preview_is_not_dated_by_background_it_looks_back_on(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2023-08-24 The summit ended on Thursday.",
        "b.txt": "The war began on February 24, 2022. Leaders will meet on August 22-24, 2023. Officials "
                 "briefed reporters on August 18, 2023.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    # a recent date bounds it; the war's first day, a year and a half before, does not
    assert b.published_basis == "inferred" and b.published == "2023-08-18"
    sources, _ = _load(tmp_path / "other", {
        "a.txt": "date 2023-08-24 The summit ended on Thursday.",
        "b.txt": "The war began on February 24, 2022. Leaders will meet on August 22-24, 2023.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert b.published == "2023-08-21"


def test_ingest_undated_preview_reads_abbreviated_months_and_skips_history(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2023-08-24 The summit ended on Thursday.",
        # "Aug." ends no sentence; a date decades back in a sentence about the event is history
        "b.txt": "Leaders are scheduled to meet on Aug. 22-24 in the city bombed on Aug. 6, 1945. Last "
                 "year's meeting was held on Aug. 26-27.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert b.published_basis == "inferred" and b.published == "2023-08-21"


def test_ingest_a_day_before_month_dateline_and_a_published_stamp(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "Headline\n\nFasano (Italy), 15 June 2024 (AFP) - Leaders met on Saturday.",
        "b.txt": "DESK | Analysis\n\nHeadline\n\nPublished 16.06.2024, 07:45 CET\n\nLeaders met.",
    })
    a = next(s for s in sources if s.id == "a.txt")
    b = next(s for s in sources if s.id == "b.txt")
    assert (a.published, a.published_basis, a.dateline_place) == ("2024-06-15", "dateline", "Fasano")
    assert (b.published, b.published_basis) == ("2024-06-16", "dateline")
    assert "Published" not in b.analysis_text and "AFP" not in a.analysis_text


def test_ingest_a_section_label_before_the_date(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2023-05-19 Leaders meet.",
        "b.txt": "Summit ends\n\nMiddle East  |  20 May 2023\n\nLeaders ended their summit on Friday.",
    })
    b = next(s for s in sources if s.id == "b.txt")
    assert (b.published, b.published_basis) == ("2023-05-20", "dateline")
    assert "Middle East" not in b.analysis_text


def test_ingest_an_undated_report_is_dated_by_its_weekdays_beside_the_report_most_like_it(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2021-10-28 Leaders will gather in Glasgow. Delegations are expected to arrive on Sunday "
                 "and leaders will meet on Monday. The talks are scheduled to run for two weeks.",
        "b.txt": "date 2021-11-01 Leaders at the climate talks in Glasgow heard the host open the leaders' summit "
                 "on Monday. A methane pledge is expected on Tuesday.",
        "c.txt": "date 2021-11-13 Negotiators adopted the final pact late on Saturday after a long night.",
        "d.txt": "Title\n\nGlasgow (AFP) - More than 100 countries signed the methane pledge on Tuesday at the "
                 "leaders' summit in Glasgow. Biden, who addressed the summit on Monday, spoke again on Tuesday.",
    })
    d = next(s for s in sources if s.id == "d.txt")
    assert (d.published, d.published_basis) == ("2021-11-02", "inferred")


def test_ingest_an_undated_report_is_dated_after_its_last_written_date_by_its_weekdays(tmp_path):
    sources, _ = _load(tmp_path, {
        "a.txt": "date 2021-11-01 Leaders at the climate talks in Glasgow heard the host open the summit.",
        "b.txt": "Title\n\nMore than 100 countries signed the methane pledge on Tuesday. Biden, who addressed "
                 "the summit on November 1, spoke again on Tuesday evening.",
        "c.txt": "Title\n\nThe conference opened on Sunday. Biden addressed the summit on November 1.",
    })
    by_id = {s.id: s for s in sources}
    # the Tuesday it reports came after the Monday it writes out; a Sunday before it changes nothing
    assert by_id["b.txt"].published == "2021-11-02"
    assert by_id["c.txt"].published == "2021-11-01"
