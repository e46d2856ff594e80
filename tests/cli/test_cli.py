import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_json():
    result = runner.invoke(app, ["verify", str(SEEDS), "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_cli_verify_json_follows_the_contract(seeds_json):
    code, data = seeds_json
    assert code == 1  # the seeds hold one conflict to review
    assert data["schema"] == "summitcheck.report/1"
    assert data["tool"]["name"] == "summitcheck" and "3.8" in data["tool"]["model"]
    assert [s["id"] for s in data["sources"]] == sorted(s["id"] for s in data["sources"])
    for s in data["sources"]:
        assert {"id", "path", "published", "published_basis", "sha256", "claims"} <= s.keys()
        assert s["published_basis"] in ("header", "dateline", "inferred", "none")
    keys = [(f["topic"], f["id"]) for f in data["findings"]]
    assert keys == sorted(keys)
    text = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    for f in data["findings"]:
        assert f["status"] in ("agree", "conflict", "single_source")
        assert f["severity"] in ("error", "warning", "info")
        for c in f["claims"]:
            assert text[c["source"]][c["start"]:c["end"]] == c["text"]  # offsets into the file as read
            assert c["modality"] in ("reported", "expected", "negated")
    s = data["summary"]
    assert s["conflict"] == sum(f["status"] == "conflict" for f in data["findings"])


def test_cli_verify_is_deterministic(seeds_json):
    again = runner.invoke(app, ["verify", str(SEEDS), "--format", "json"])
    assert json.loads(again.stdout) == seeds_json[1]


def test_cli_fail_on_never_exits_zero():
    assert runner.invoke(app, ["verify", str(SEEDS), "--fail-on", "never"]).exit_code == 0


def test_cli_missing_path_is_one_line_exit_2(tmp_path):
    missing = tmp_path / "nope"
    proc = subprocess.run([sys.executable, "-m", "summitcheck", "verify", str(missing)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"summitcheck: {missing}: no such file or directory"
    assert "Traceback" not in proc.stderr


def test_cli_empty_folder_is_exit_2(tmp_path):
    result = runner.invoke(app, ["verify", str(tmp_path)])
    assert result.exit_code == 2


def test_cli_extract_jsonl_has_claim_fields(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("date 2023-05-20 The G7 summit in Hiroshima drew leaders of seven countries.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all({"source", "kind", "topic", "text", "sentence", "start", "end", "modality", "value"} <= r.keys() for r in rows)
    assert any(r["kind"] == "place" and r["value"]["text"] == "Hiroshima" for r in rows)


def test_cli_rules_check_passes_on_shipped_rules():
    result = runner.invoke(app, ["rules", "check"])
    assert result.exit_code == 0 and result.stdout.startswith("ok:")
