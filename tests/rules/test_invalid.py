"""Broken rule files: ``summitcheck rules check`` names the file, line, column and problem.

Each fixture in ``tests/rules/invalid/`` carries its expected error line in a comment
(``# expect: FILE:LINE:COL: field: problem``; a trailing ``...`` matches any rest). The test
drops the fixture into a copy of the shipped rules folder, at its own relative path or at the
path a ``# as: PATH`` comment gives, as a user adding a file would, and runs the command.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.rules.loader import default_rules_dir

INVALID = Path(__file__).parent / "invalid"
FIXTURES = sorted(INVALID.rglob("*.yaml"))
runner = CliRunner()


def _directive(text: str, name: str) -> str | None:
    match = re.search(rf"^# {name}: (.+)$", text, re.M)
    return match.group(1).strip() if match else None


def _install(fixture: Path, tmp_path: Path) -> tuple[Path, str]:
    """A copy of the shipped rules with the fixture added; the expected error line."""
    folder = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), folder)
    text = fixture.read_text(encoding="utf-8")
    target = folder / (_directive(text, "as") or fixture.relative_to(INVALID).as_posix())
    target.write_text(text, encoding="utf-8")
    expected = _directive(text, "expect")
    assert expected, f"{fixture.name} has no '# expect:' line"
    return folder, f"{folder}/{expected}"


def _matches(line: str, expected: str) -> bool:
    if expected.endswith("..."):
        return line.startswith(expected[:-3])
    return line == expected


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.relative_to(INVALID).as_posix() for f in FIXTURES])
def test_rules_check_reports_invalid_file(fixture, tmp_path):
    folder, expected = _install(fixture, tmp_path)
    result = runner.invoke(app, ["rules", "check", str(folder)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert _matches(lines[0], expected), f"\n got: {lines[0]}\nwant: {expected}"
    assert "Traceback" not in result.output and result.stdout == ""


def test_fixtures_cover_the_kinds_of_mistake():
    names = {f.stem for f in FIXTURES}
    assert {"invalid-yaml", "unknown-comparator", "missing-field", "wrong-type", "duplicate-id",
            "unknown-key", "bad-severity"} <= names


def test_rules_check_in_a_real_process_prints_no_traceback(tmp_path):
    folder, expected = _install(INVALID / "wrong-type.yaml", tmp_path)
    proc = subprocess.run([sys.executable, "-m", "summitcheck", "rules", "check", str(folder)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [expected]
    assert "Traceback" not in proc.stderr


def test_verify_with_an_invalid_rules_folder_is_exit_2(tmp_path):
    folder, expected = _install(INVALID / "bad-severity.yaml", tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("date 2023-05-20 The G7 summit opened in Hiroshima on Friday.", encoding="utf-8")
    result = runner.invoke(app, ["verify", str(article), "--rules", str(folder)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"summitcheck: {expected}"]


def test_rules_check_one_invalid_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text((INVALID / "bad-severity.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["rules", "check", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{bad}:7:22: severity.conflict: Input should be 'error', 'warning' or 'info'"]
