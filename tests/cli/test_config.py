"""Config files: found from the bundle, summitcheck.toml before pyproject.toml, flags win."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.cli.config import config_for, find_config
from summitcheck.errors import InputError
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture
def project(tmp_path):
    """A project folder holding a copy of the seeds in ``articles/``."""
    shutil.copytree(SEEDS, tmp_path / "articles")
    return tmp_path


def test_config_is_found_in_a_parent_folder(project):
    (project / "pyproject.toml").write_text('[tool.summitcheck]\nfail-on = "never"\n', encoding="utf-8")
    assert find_config([str(project / "articles")]) == project / "pyproject.toml"
    assert config_for([str(project / "articles")]).settings.fail_on == "never"


def test_summitcheck_toml_wins_over_pyproject_in_the_same_folder(project):
    (project / "pyproject.toml").write_text('[tool.summitcheck]\nfail-on = "never"\n', encoding="utf-8")
    (project / "summitcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert config_for([str(project / "articles")]).settings.fail_on == "warning"


def test_pyproject_without_our_table_is_passed_over(project):
    (project / "articles" / "pyproject.toml").write_text("[tool.other]\nx = 1\n", encoding="utf-8")
    (project / "summitcheck.toml").write_text('format = "json"\n', encoding="utf-8")
    assert find_config([str(project / "articles")]) == project / "summitcheck.toml"


def test_rules_folders_are_relative_to_the_config_file(project):
    (project / "summitcheck.toml").write_text('rules = ["+extra", "/abs/rules"]\n', encoding="utf-8")
    dirs = config_for([str(project / "articles")]).rule_dirs()
    assert [str(d) for d in dirs] == [f"+{project / 'extra'}", "/abs/rules"]


def test_config_sets_fail_on_and_format_and_flags_win(project):
    (project / "summitcheck.toml").write_text('fail-on = "never"\nformat = "junit"\n', encoding="utf-8")
    from_file = runner.invoke(app, ["verify", str(project / "articles")])
    assert from_file.exit_code == 0 and from_file.stdout.startswith("<?xml")
    flags = runner.invoke(app, ["verify", str(project / "articles"), "--fail-on", "conflict", "--format", "json"])
    assert flags.exit_code == 1 and flags.stdout.startswith("{")


def test_config_select_limits_the_rules(project):
    (project / "summitcheck.toml").write_text('select = ["date-consistency"]\n', encoding="utf-8")
    result = runner.invoke(app, ["verify", str(project / "articles"), "--format", "json"])
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert result.exit_code == 0 and rules == {"date-consistency"}


@pytest.mark.parametrize("content, problem", [
    ('fail-on = "sometimes"\n', "fail-on: Input should be 'conflict', 'warning' or 'never'"),
    ('format = "pdf"\n', "format: unknown format 'pdf'"),
    ("jobs = 0\n", "jobs: Input should be greater than 0"),
    ("colour = true\n", "colour: Extra inputs are not permitted"),
    ("rules = 'x'\n", "rules: Input should be a valid list"),
    ("fail-on = \n", "not valid TOML"),
])
def test_bad_config_is_file_key_problem_exit_2(project, content, problem):
    path = project / "summitcheck.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        config_for([str(project / "articles")])
    assert str(err.value).startswith(f"{path}: ") and problem in str(err.value)
    result = runner.invoke(app, ["verify", str(project / "articles")])
    assert result.exit_code == 2 and result.stderr == f"summitcheck: {err.value}\n"


def test_explicit_config_flag_and_missing_file(project):
    other = project / "elsewhere.toml"
    other.write_text('fail-on = "never"\n', encoding="utf-8")
    assert runner.invoke(app, ["verify", str(project / "articles"), "--config", str(other)]).exit_code == 0
    missing = runner.invoke(app, ["verify", str(project / "articles"), "--config", str(project / "no.toml")])
    assert missing.exit_code == 2 and "config file does not exist" in missing.stderr


def test_readme_config_example_is_valid():
    import re
    import tomllib

    from summitcheck.cli.config import Settings
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1]
    example = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    settings = Settings.model_validate(tomllib.loads(example))
    assert settings.fail_on == "warning" and settings.rules == ["+newsroom-rules"]


def test_pre_commit_hook_runs_verify_on_the_whole_bundle():
    import yaml

    from tests.conftest import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "summitcheck")
    assert hook["entry"] == "summitcheck verify" and hook["pass_filenames"] is False
