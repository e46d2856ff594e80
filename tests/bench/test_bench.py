"""The benchmark's corpus is deterministic and plausible, and its target checks say MISS
when a figure misses (the timings themselves are never asserted)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module(name: str):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.txt"))}


def test_corpus_same_seed_same_bytes(tmp_path):
    corpus = _module("corpus")
    corpus.generate(20, tmp_path / "a", seed=3)
    corpus.generate(20, tmp_path / "b", seed=3)
    corpus.generate(20, tmp_path / "c", seed=4)
    a, b, c = _files(tmp_path / "a"), _files(tmp_path / "b"), _files(tmp_path / "c")
    assert a == b
    assert a != c


def test_corpus_articles_in_bundles_of_news_length(tmp_path):
    corpus = _module("corpus")
    folders = corpus.generate(20, tmp_path, seed=1)
    files = _files(tmp_path)
    assert len(files) == 20
    assert len(folders) == 3  # 8 + 8 + 4
    words = [len(text.split()) for text in files.values()]
    assert min(words) >= 150 and max(words) <= 800


@pytest.mark.parametrize("row, met", [
    ({"ratio": 1.2, "cpu_ratio": 1.2, "warm_ratio": 0.03, "align_rules_share": 0.01, "speedup": 1.7, "jobs_identical": True}, True),
    ({"ratio": 1.5, "cpu_ratio": 1.5, "warm_ratio": 0.03, "align_rules_share": 0.01, "speedup": 1.7, "jobs_identical": True}, False),
    ({"ratio": 1.2, "cpu_ratio": 1.2, "warm_ratio": 0.03, "align_rules_share": 0.01, "speedup": 1.7, "jobs_identical": False}, False),
    ({"ratio": 1.2, "cpu_ratio": 1.2, "warm_ratio": 0.20, "align_rules_share": 0.01, "speedup": 1.7, "jobs_identical": True}, False),
], ids=["all-met", "slow-cold", "jobs-differ", "slow-warm"])
def test_targets_flag_each_miss(row, met):
    run = _module("run")
    base = {"n": 1000, "align_rules_s": 1.0, "warm_identical": True, "peak_mb": 300.0}
    rows = [dict(base, **row)]
    results = run.targets(rows, jobs_at=1000)
    assert all(ok for _, _, ok in results) is met


def test_run_help_describes_every_figure():
    done = subprocess.run([sys.executable, str(BENCH / "run.py"), "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    for word in ("floor", "warm", "--sizes", "--quick", "--jobs-at"):
        assert word in done.stdout
