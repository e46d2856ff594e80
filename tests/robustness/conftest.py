"""Helpers for the robustness suite: run the real command line on odd folders and check that
each case ends either in a report that lists the odd file as skipped, with why, in every
output format, or in exit 2 with one line naming the file and the problem.

Commands run through typer's ``CliRunner`` (in process, so the model is loaded once) from
inside the test's temporary folder, so paths in reports are short and relative (``bundle/b.txt``)
and the terminal report does not wrap them.
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.report import FORMATS

# An ordinary article that gives claims, so a bundle with one odd file still has a report.
ARTICLE = ("date 2023-07-12 NATO leaders met in Vilnius on July 11-12, 2023. "
           "Leaders of 31 allies attended the summit, which pledged more than $500 million for Ukraine.\n")
OLD_REPORT = "the report of an earlier run\n"

runner = CliRunner()


def write_bundle(root: Path, files: dict[str, bytes | str], name: str = "bundle") -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    for rel, body in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return folder


def invoke(args: list[str]):
    return runner.invoke(app, args)


def flat(text: str) -> str:
    """Output with markup entities decoded and whitespace runs folded (a terminal report may
    wrap a long line), so a path and a reason can be found in any format."""
    return " ".join(html.unescape(text).split())


def assert_clean_run(result) -> None:
    """Exit 0 or 1, and no exception escaped the command."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr


def assert_skipped_in_every_format(paths: list[str], skipped: str, reason: str, extra: list[str] = ()) -> None:
    """Every registered format reports ``skipped`` (a relative path) with ``reason``."""
    assert FORMATS, "no report format registered"
    for name in FORMATS:
        result = invoke(["verify", *paths, "--format", name, "--fail-on", "never", "--jobs", "1", *extra])
        assert_clean_run(result)
        assert result.exit_code == 0
        out = flat(result.stdout)
        assert skipped in out, f"{name}: {skipped} not listed as skipped"
        assert flat(reason) in out, f"{name}: reason {reason!r} not given"


def assert_input_error(tmp_path: Path, args: list[str], where: str, problem: str) -> None:
    """Exit 2 and one line ``summitcheck: <where...>: <problem...>`` in every format; with
    ``--output``, no report is written and an earlier report is left as it was."""
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    existing = out_dir / "existing.json"
    existing.write_text(OLD_REPORT, encoding="utf-8")
    before = sorted(os.listdir(out_dir))
    for name in FORMATS:
        for output in (None, existing, out_dir / f"new-{name}.out"):
            extra = ["--output", str(output)] if output else []
            result = invoke([*args, "--format", name, *extra])
            assert result.exit_code == 2, (name, result.exit_code, result.stdout, result.exception)
            assert isinstance(result.exception, SystemExit) or result.exception is None, result.exception
            lines = result.stderr.splitlines()
            assert len(lines) == 1, (name, result.stderr)
            line = lines[0]
            assert line.startswith("summitcheck: ") or line.startswith(where), line
            assert where in line and problem in line, line
            assert "Traceback" not in result.stderr
            assert result.stdout == ""
            assert existing.read_text(encoding="utf-8") == OLD_REPORT
            assert sorted(os.listdir(out_dir)) == before, "a report or a temp file was left behind"


def run_subprocess(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess:
    """The installed entry point as a user runs it (``python -m summitcheck``)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "summitcheck", *args], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=300, **kw)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch) -> Path:
    """Run in the test's temporary folder, so reports hold short relative paths."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
