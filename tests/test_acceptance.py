"""The seeds against what a careful fact-checker finds (shared/seeds-gold.yaml), and the
one-edit mutations of shared/seeds-mutations.yaml."""

from __future__ import annotations

import yaml
import pytest

from summitcheck.eval import caught, conflict_keys, conflict_signatures, run_mutation, score_facts, Score, articles
from summitcheck.pipeline import verify
from tests.conftest import SEEDS, shared_dir


@pytest.fixture(scope="module")
def seeds_result():
    return verify(articles(SEEDS))


def test_seeds_every_gold_fact_found_and_no_false_conflict(seeds_result, shared):
    gold = yaml.safe_load((shared / "seeds-gold.yaml").read_text(encoding="utf-8"))
    score = Score("seeds")
    score_facts(seeds_result.findings, gold, score)
    assert score.missed == []
    assert (score.agree_found, score.single_found, score.conflict_found) == (11, 4, 1)
    assert score.false_conflicts == 0


def test_seeds_publication_dates(seeds_result, shared):
    gold = yaml.safe_load((shared / "seeds-gold.yaml").read_text(encoding="utf-8"))
    by_id = {s.id: s for s in seeds_result.sources}
    for source_id, meta in gold["sources"].items():
        if meta["published"]:
            assert by_id[source_id].published == str(meta["published"]), source_id
            assert by_id[source_id].published_basis in ("header", "dateline")
        else:
            # undated previews: dated from their text and the bundle, and said to be inferred
            assert by_id[source_id].published_basis == "inferred"
            assert by_id[source_id].published < "2025-12-19"


def test_seeds_reader_comments_are_not_claims(seeds_result):
    source = next(s for s in seeds_result.sources if s.id.startswith("002"))
    comments_at = source.text.index("7 Comments")
    assert all(c.start < comments_at for c in seeds_result.claims[source.id])


def _mutations(kind: str):
    path = shared_dir()
    if path is None:
        return []
    data = yaml.safe_load((path / "seeds-mutations.yaml").read_text(encoding="utf-8"))
    return [pytest.param(m, id=m["id"]) for m in data[kind]]


@pytest.mark.parametrize("mutation", _mutations("planted"))
def test_planted_edit_is_caught(mutation, seeds_result):
    findings, start, end = run_mutation(SEEDS, mutation)
    assert caught(findings, mutation, start, end, conflict_signatures(seeds_result.findings)), [f.message for f in findings if f.status == "conflict"]


@pytest.mark.parametrize("mutation", _mutations("harmless"))
def test_harmless_edit_adds_no_conflict(mutation, seeds_result):
    findings, _, _ = run_mutation(SEEDS, mutation)
    assert conflict_keys(findings) <= conflict_keys(seeds_result.findings)
