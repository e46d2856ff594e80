"""--output for every format (atomic, same bytes as stdout), --quiet and --fail-on."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.report import FORMATS
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.mark.parametrize("fmt", ["markdown", "sarif", "junit", "github"])
def test_output_file_holds_the_same_report_as_stdout(fmt, tmp_path):
    target = tmp_path / f"report.{fmt}"
    to_file = runner.invoke(app, ["verify", str(SEEDS), "-f", fmt, "-o", str(target)])
    to_stdout = runner.invoke(app, ["verify", str(SEEDS), "-f", fmt])
    assert to_file.exit_code == to_stdout.exit_code == 1
    assert to_file.stdout == ""
    assert target.read_text(encoding="utf-8") == to_stdout.stdout
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left behind


def test_output_into_a_missing_folder_is_exit_2(tmp_path):
    result = runner.invoke(app, ["verify", str(SEEDS), "-f", "sarif", "-o", str(tmp_path / "no" / "r.sarif")])
    assert result.exit_code == 2 and "output folder does not exist" in result.stderr


def test_every_cli_format_is_registered():
    from summitcheck.cli.app import Format

    assert {f.value for f in Format} <= set(FORMATS)


def test_quiet_prints_only_the_summary_line():
    result = runner.invoke(app, ["verify", str(SEEDS), "--quiet"])
    assert result.exit_code == 1
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("summitcheck ")
    assert result.stderr == ""


def test_fail_on_warning_and_never():
    assert runner.invoke(app, ["verify", str(SEEDS), "-q", "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(app, ["verify", str(SEEDS), "-q", "--fail-on", "never", "-f", "junit"]).exit_code == 0
