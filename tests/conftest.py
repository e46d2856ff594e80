"""Shared fixtures: the model (loaded once), the shipped rules, the seeds and shared data."""

from __future__ import annotations

import os
from pathlib import Path

import tempfile

import pytest

# Commands run by the tests keep their claim cache out of the user's cache folder.
os.environ.setdefault("SUMMITCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="summitcheck-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BUNDLES = ROOT / "tests" / "data" / "bundles"


def of(claims, kind, topic=None, event="main"):
    """The claims of one kind (and topic) about the event, or about ``event``."""
    return [c for c in claims if c.kind == kind and (topic is None or c.topic == topic) and c.event == event]


def bundle_articles(limit: int | None = None) -> dict[str, bytes]:
    """Development-bundle articles by path under ``BUNDLES``, taken one from each bundle in turn.

    Any prefix spans every event, so a test can read a fixed number of articles (and keep its
    running time fixed) as bundles are added, and still see them all.
    """
    folders = [sorted(d.glob("*.txt")) for d in sorted(BUNDLES.iterdir()) if d.is_dir()]
    turns = [paths[i] for i in range(max(map(len, folders))) for paths in folders if i < len(paths)]
    return {p.relative_to(BUNDLES).as_posix(): p.read_bytes() for p in turns[:limit]}


def shared_dir() -> Path | None:
    """The read-only ``shared`` folder that sits beside the checkout (or $SUMMITCHECK_SHARED)."""
    env = os.environ.get("SUMMITCHECK_SHARED")
    for candidate in ([Path(env)] if env else []) + [ROOT.parent / "shared", ROOT / "shared"]:
        if (candidate / "seeds-gold.yaml").exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("the shared acceptance data (../shared) is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def nlp():
    from summitcheck.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def ruleset():
    from summitcheck.rules.loader import load_rules

    return load_rules()


@pytest.fixture
def extract_text(nlp, ruleset, tmp_path):
    """Claims of one article given as text (with an optional publication date)."""
    from summitcheck.extract import extract_doc
    from summitcheck.ingest import load_sources

    def run(text: str, published: str | None = None):
        body = (f"date {published} " if published else "") + text
        path = tmp_path / "article.txt"
        path.write_text(body, encoding="utf-8")
        sources, _ = load_sources([str(path)])
        source = sources[0]
        return extract_doc(source, nlp(source.analysis_text), ruleset.vocabulary)

    return run
