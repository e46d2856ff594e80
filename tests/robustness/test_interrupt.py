"""Nothing lost: a Ctrl-C midway leaves no partial report, the earlier report as it was, and a
cache whose every entry is whole; a corrupt cache entry is rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.extract import parallel
from tests.conftest import bundle_articles
from tests.robustness.conftest import OLD_REPORT

runner = CliRunner()


def _bundle(root: Path, articles: int) -> int:
    """``articles`` development-bundle articles under one folder; how many were written."""
    files = bundle_articles(articles)
    for rel, body in files.items():
        target = root / "bundle" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
    return len(files)


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.json"))


def _whole(entry: Path) -> bool:
    """The check the cache itself makes: the entry parses and its body matches its digest."""
    data = json.loads(entry.read_bytes())
    body = json.dumps(data["claims"], sort_keys=True, ensure_ascii=False)
    return data["digest"] == hashlib.sha256(body.encode("utf-8")).hexdigest()


def _report(*extra: str) -> str:
    result = runner.invoke(app, ["verify", "bundle", "--format", "json", "--fail-on", "never", *extra])
    assert result.exit_code == 0, (result.stderr, result.exception)
    return result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_robust_ctrl_c_midway_loses_nothing(tmp_path, jobs):
    # Seconds of extraction, and enough articles for the process pool with --jobs 2.
    articles = _bundle(tmp_path, 36)
    assert articles >= parallel.MIN_PARALLEL
    report = tmp_path / "report.json"
    report.write_text(OLD_REPORT, encoding="utf-8")
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "summitcheck", "verify", "bundle", "--format", "json", "--output", "report.json",
           "--cache-dir", "cache", "--jobs", jobs]
    # A session of its own, so the signal can go to the whole process group, workers
    # included, as a Ctrl-C at a terminal does.
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not _entries(cache) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, f"finished before it could be interrupted: {proc.stderr.read()}"
        assert _entries(cache), "extraction did not start"
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert err == "summitcheck: interrupted\n"  # one line, no traceback from any process
    assert out == ""
    assert report.read_text(encoding="utf-8") == OLD_REPORT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle", "cache", "report.json"]  # no temp file
    entries = _entries(cache)
    assert entries and all(_whole(e) for e in entries)
    assert not [p for p in cache.rglob("*") if p.is_file() and p.suffix != ".json"], "a temp file was left"
    assert len(entries) < articles, "the run was not interrupted midway"

    # The next run finishes from the cache, reusing what the interrupted run stored, and
    # reports exactly what an uncached run reports.
    kept = {e.name: e.read_bytes() for e in entries}
    runs = [subprocess.run([*cmd[:5], "--format", "json", "--fail-on", "never", *opts], cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
            for opts in (["--cache-dir", "cache", "--jobs", "1"], ["--no-cache", "--jobs", "1"])]
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.startswith("{")
    after = {e.name: e.read_bytes() for e in _entries(cache)}
    assert len(after) == articles and all(after[name] == body for name, body in kept.items())


def test_robust_corrupt_cache_entries_are_rebuilt_not_trusted(tmp_path, monkeypatch):
    _bundle(tmp_path, 12)
    monkeypatch.chdir(tmp_path)
    opts = ("--cache-dir", "cache", "--jobs", "1")
    uncached = _report("--no-cache", "--jobs", "1")
    assert _report(*opts) == uncached
    entries = _entries(tmp_path / "cache")
    truncated, flipped, emptied = entries[0], entries[1], entries[2]
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    # Change one digit inside the claims: still valid JSON, but no longer its digest.
    raw = bytearray(flipped.read_bytes())
    at = raw.index(b'"start": ') + len(b'"start": ')
    raw[at] = ord("9") if raw[at] != ord("9") else ord("8")
    flipped.write_bytes(bytes(raw))
    json.loads(flipped.read_bytes())
    emptied.write_bytes(b"")
    assert _report(*opts) == uncached
    assert all(_whole(e) for e in (truncated, flipped, emptied))  # rewritten whole


def test_robust_cache_entries_made_by_other_code_are_not_reused(tmp_path, monkeypatch):
    """A checkout whose code changed without a new version number must not reuse old claims."""
    from summitcheck.extract import cache as cache_module
    from summitcheck.pipeline import run_extract

    _bundle(tmp_path, 60)
    folder = str(tmp_path / "bundle" / "g7-hiroshima-2023")
    opts = {"cache_dir": tmp_path / "cache", "use_cache": True, "jobs": 1}
    run_extract([folder], **opts)
    first = _entries(tmp_path / "cache")
    run_extract([folder], **opts)
    assert _entries(tmp_path / "cache") == first  # same code: every entry reused
    monkeypatch.setattr(cache_module, "code_digest", lambda: "other code")
    run_extract([folder], **opts)
    assert len(_entries(tmp_path / "cache")) == 2 * len(first)  # other code: every entry made anew
