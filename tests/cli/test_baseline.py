"""Baselines: a round trip turns exit 1 into exit 0; ids survive reordering and unrelated edits."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture
def bundle(tmp_path):
    folder = tmp_path / "bundle"
    shutil.copytree(SEEDS, folder)
    return folder


def test_baseline_round_trip_turns_exit_1_into_exit_0(bundle, tmp_path):
    base = tmp_path / "baseline.json"
    first = runner.invoke(app, ["verify", str(bundle), "--write-baseline", str(base)])
    assert first.exit_code == 1
    recorded = json.loads(base.read_text(encoding="utf-8"))
    assert recorded["schema"] == "summitcheck.baseline/1" and recorded["findings"]
    assert all({"id", "rule", "message", "sources", "values"} <= e.keys() for e in recorded["findings"])
    second = runner.invoke(app, ["verify", str(bundle), "--baseline", str(base), "--format", "json"])
    assert second.exit_code == 0, second.output
    report = json.loads(second.stdout)
    assert report["summary"]["conflict"] == 0
    assert sorted(report["baseline"]["suppressed"]) == sorted(e["id"] for e in recorded["findings"])
    assert report["baseline"]["stale"] == []


def test_baseline_reports_entries_that_no_longer_occur(bundle, tmp_path):
    base = tmp_path / "baseline.json"
    runner.invoke(app, ["verify", str(bundle), "--write-baseline", str(base)])
    data = json.loads(base.read_text(encoding="utf-8"))
    data["findings"].append({"id": "0123456789ab", "rule": "date-consistency", "topic": "event-dates",
                             "message": "a conflict since fixed"})
    base.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["verify", str(bundle), "--baseline", str(base)])
    assert result.exit_code == 0
    assert "baseline entry 0123456789ab no longer occurs" in result.stderr
    assert "0123456789ab" in result.stdout  # the text report lists it too
    md = runner.invoke(app, ["verify", str(bundle), "--baseline", str(base), "-f", "markdown", "--quiet"])
    assert "`0123456789ab`" in md.stdout and md.stderr == ""


@pytest.mark.parametrize("content, problem", [
    ("{not json", "not JSON"),
    ('{"schema": "summitcheck.baseline/1", "findings": [{"rule": "x"}]}', "findings.0.id: Field required"),
    ('{"schema": "other/2", "findings": []}', "schema:"),
])
def test_bad_baseline_is_one_line_exit_2(bundle, tmp_path, content, problem):
    base = tmp_path / "baseline.json"
    base.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["verify", str(bundle), "--baseline", str(base)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(base) in result.stderr and problem in result.stderr


def test_finding_ids_do_not_depend_on_file_order(bundle):
    from summitcheck.pipeline import verify

    files = sorted(str(p) for p in bundle.iterdir())
    forward = verify(files, use_cache=True)
    backward = verify(files[::-1], use_cache=True)
    assert sorted(f.id for f in forward.findings) == sorted(f.id for f in backward.findings)


def test_finding_ids_survive_an_unrelated_sentence(bundle):
    from summitcheck.pipeline import verify

    before = verify([str(bundle)], use_cache=True)
    path = sorted(bundle.iterdir())[-1]
    text = path.read_text(encoding="utf-8")
    at = text.index("\n\n") + 2  # at the start of the second paragraph, moving every later offset
    path.write_text(text[:at] + "Photographs from the meeting were shared by the organisers.\n\n" + text[at:],
                    encoding="utf-8")
    after = verify([str(bundle)], use_cache=True)
    moved = [c for cs in after.claims.values() for c in cs if c.source == path.name]
    assert moved and moved[-1].start != [c for c in before.claims[path.name]][-1].start
    assert sorted(f.id for f in after.findings) == sorted(f.id for f in before.findings)
