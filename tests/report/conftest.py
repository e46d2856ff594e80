"""One verify run on the seeds, shared by every format test (much cheaper than CLI runs)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from summitcheck.model import Skipped
from tests.conftest import SEEDS

SCHEMAS = Path(__file__).resolve().parent / "schemas"


@pytest.fixture(scope="session")
def seeds_result():
    from summitcheck.pipeline import verify

    return verify([str(SEEDS)], use_cache=True)


@pytest.fixture(scope="session")
def with_skipped(seeds_result):
    """The seeds' result with one skipped input file, as a broken bundle would give."""
    return dataclasses.replace(seeds_result, skipped=[Skipped(str(SEEDS / "broken, 50%.txt"), "empty file")])


@pytest.fixture(scope="session")
def seeds_text():
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir() if p.suffix in (".txt", ".md")}
