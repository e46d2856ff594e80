"""The same input gives byte-identical reports, whatever the order in which the file system
lists the files, the order they were written in, the number of extraction processes, or
whether the claims came from the cache.

CI compares reports between runs and accepts baselines by finding id: a report that changes
with directory order or core count would raise false alarms.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil

from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.extract import parallel
from summitcheck.report import FORMATS
from tests.conftest import BUNDLES, bundle_articles

runner = CliRunner()


# Enough articles for every event and the process pool, few enough to keep the tests quick.
ARTICLES = 30


def _write(folder, files: dict[str, bytes], order: list[str]) -> None:
    for rel in order:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[rel])


def _report(args: list[str], fmt: str = "json") -> str:
    result = runner.invoke(app, ["verify", *args, "--format", fmt, "--fail-on", "never"])
    assert result.exit_code == 0, (result.stderr, result.exception)
    return result.stdout


class _Listing:
    """What ``os.scandir`` returns (iterable, context manager), in a chosen order."""

    def __init__(self, entries):
        self.entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def test_determinism_whatever_the_order_files_were_written_and_listed(tmp_path, monkeypatch):
    files = bundle_articles(ARTICLES)
    names = sorted(files)
    shuffled = names[:]
    random.Random(8).shuffle(shuffled)
    # The same relative structure in two places, written in opposite orders; each run starts
    # in its own place so the paths in the report are the same.
    _write(tmp_path / "first" / "bundle", files, names)
    _write(tmp_path / "second" / "bundle", files, list(reversed(shuffled)))
    # One cache for every run keeps this fast; a claim's cache key holds its article's id,
    # content and publication date, so an order-dependent reading would still show.
    opts = ["--cache-dir", str(tmp_path / "cache"), "--jobs", "1"]
    monkeypatch.chdir(tmp_path / "first")
    plain = {fmt: _report(["bundle", *opts], fmt) for fmt in FORMATS}

    # And the file system listing each folder in reverse, then shuffled order.
    original = os.scandir
    for reorder in (lambda e: e[::-1], lambda e: random.Random(len(e)).sample(e, len(e))):
        monkeypatch.setattr(os, "scandir", lambda path=".", r=reorder: _Listing(r(list(original(path)))))
        monkeypatch.chdir(tmp_path / "second")
        for fmt in FORMATS:
            assert _report(["bundle", *opts], fmt) == plain[fmt], fmt
    assert f'"sources": {len(files)}' in plain["json"]


def test_determinism_whatever_the_number_of_jobs(tmp_path, monkeypatch):
    files = bundle_articles(ARTICLES // 2)
    for copy in ("a", "b"):
        _write(tmp_path / "bundle" / copy, files, sorted(files))
    assert 2 * len(files) >= parallel.MIN_PARALLEL
    monkeypatch.chdir(tmp_path)
    pools = []
    real_get_context = multiprocessing.get_context
    monkeypatch.setattr(parallel.mp, "get_context",
                        lambda method=None: pools.append(method) or real_get_context(method))
    one = _report(["bundle", "--no-cache", "--jobs", "1"]).encode()
    assert pools == []
    two = _report(["bundle", "--no-cache", "--jobs", "2"]).encode()
    if "fork" in multiprocessing.get_all_start_methods():
        assert pools == ["fork"], "the process pool did not run"
    assert one == two


def test_determinism_cached_and_uncached_reports_are_identical(tmp_path, monkeypatch):
    shutil.copytree(BUNDLES / "g7-hiroshima-2023", tmp_path / "bundle", ignore=shutil.ignore_patterns("*.yaml"))
    monkeypatch.chdir(tmp_path)
    cache = ["--cache-dir", str(tmp_path / "cache"), "--jobs", "1"]
    uncached = _report(["bundle", "--no-cache", "--jobs", "1"])
    cold = _report(["bundle", *cache])
    assert list((tmp_path / "cache").rglob("*.json")), "the cache was not written"
    warm = _report(["bundle", *cache])
    assert uncached == cold == warm
