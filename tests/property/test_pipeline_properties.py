"""The whole pipeline on random text: it never raises, every claim points at the text it
quotes, every interval is the right way up, every report format renders, and a second run
gives the same report.

The model is loaded once (``load_model`` is cached), and the examples are few: each one runs
spaCy over a whole article.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitcheck.pipeline import verify
from summitcheck.report import FORMATS
from summitcheck.report.json_report import render_json

# Pieces of news prose, so that random articles hold figures, dates and names to extract.
NEWS = [
    "The summit opened in Vilnius on July 11, 2023.", "Leaders of 31 countries attended.",
    "more than 150 delegations", "nearly $35 billion", "3 trillion yen ($19 billion)", "on Friday",
    "the first-ever meeting", "Germany, France and Italy", "President Joe Biden", "was postponed",
    "are expected to adopt a declaration", "December 19-20", "about 75 million euros", "2 or 3",
    "\n\n", "7 Comments\n", "© 2023 All rights reserved", "VILNIUS, July 12 (Reuters) -",
]
fragments = st.one_of(st.sampled_from(NEWS), st.text(max_size=40))
articles = st.lists(fragments, min_size=1, max_size=12).map(" ".join)


def _run(texts: list[str]) -> tuple[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bundle"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
        result = verify([str(folder)], jobs=1, use_cache=False)
        report = render_json(result)
        # Paths hold the temporary folder's name: compare reports without it.
        return report.replace(str(folder), "BUNDLE"), result


def _ordered(low, high) -> bool:
    return low is None or high is None or low <= high


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(articles, min_size=1, max_size=3))
def test_pipeline_on_random_text_never_raises_and_is_consistent(texts):
    report, result = _run(texts)
    data = json.loads(report)
    by_id = {s.id: s.text for s in result.sources}
    for claims in result.claims.values():
        for c in claims:
            assert by_id[c.source][c.start:c.end] == c.text
            value = c.value or {}
            assert _ordered(value.get("low"), value.get("high"))
            if c.kind == "date":
                assert value["start"] <= value["end"]
    assert data["summary"]["sources"] + data["summary"]["skipped"] == len(texts)
    for name, render in FORMATS.items():
        assert isinstance(render(result, color=False, verbose=True), str), name
    assert _run(texts)[0] == report
