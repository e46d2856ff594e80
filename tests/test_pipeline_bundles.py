"""Verifying many bundles in one call gives each bundle the report it gets on its own."""

from __future__ import annotations

from summitcheck.pipeline import verify, verify_bundles
from summitcheck.report import render_json

from tests.conftest import BUNDLES, SEEDS


def test_verify_bundles_matches_verify_of_each_bundle(tmp_path):
    bundles = [str(SEEDS)] + [str(p) for p in sorted(BUNDLES.iterdir()) if p.is_dir()][:2]
    together = verify_bundles(bundles, jobs=1, cache_dir=tmp_path, use_cache=True)
    assert len(together) == len(bundles)
    for bundle, result in zip(bundles, together):
        alone = verify([bundle], jobs=1, use_cache=False)
        assert render_json(result) == render_json(alone)
        assert result.findings  # each bundle is judged, not only read


def test_verify_bundles_ids_may_repeat_across_bundles(tmp_path):
    """Two bundles holding a file of the same name keep their own claims."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "story.txt").write_text("date 2023-05-20\nLeaders met in Hiroshima on May 19, 2023.\n")
    (second / "story.txt").write_text("date 2023-07-12\nLeaders met in Vilnius on July 11, 2023.\n")
    a, b = verify_bundles([str(first), str(second)], jobs=1, use_cache=False)
    assert [c.text for c in a.claims["story.txt"]] != [c.text for c in b.claims["story.txt"]]
    assert any("Vilnius" in c.text for c in b.claims["story.txt"])
