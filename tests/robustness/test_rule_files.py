"""Broken rule files given to ``verify --rules DIR``: exit 2, one line naming the file (with
line and column) and what is wrong, in every format, and no report written.

(``rules check`` has its own fixtures in tests/rules; it is run here too, on the same files,
to show both commands agree.)
"""

from __future__ import annotations

import pytest

from tests.robustness.conftest import ARTICLE, assert_input_error, invoke, run_subprocess, write_bundle

VALID = """\
id: count-check
description: Counts agree when their intervals overlap.
applies_to:
  kinds: [count]
comparator: interval-overlap
params:
  slack: 0
severity: {conflict: error, agree: info, single_source: info}
"""

CASES = {
    # name: (files in the rules folder, the file named, what the message says)
    "invalid-yaml": ({"count.yaml": VALID.replace("kinds: [count]", "kinds: [count")},
                     "count.yaml:", "invalid YAML"),
    "unknown-comparator": ({"count.yaml": VALID.replace("interval-overlap", "fuzzy-magic")},
                           "count.yaml:5:", "unknown comparator 'fuzzy-magic'"),
    "missing-field": ({"count.yaml": VALID.replace("comparator: interval-overlap\n", "")},
                      "count.yaml:", "comparator"),
    "wrong-type": ({"count.yaml": VALID.replace("kinds: [count]", "kinds: 5")},
                   "count.yaml:4:", "applies_to.kinds"),
    "wrong-parameter-type": ({"count.yaml": VALID.replace("slack: 0", "slack: lots")},
                             "count.yaml:7:", "expected float"),
    "duplicate-id": ({"a-count.yaml": VALID, "b-count.yaml": VALID},
                     "b-count.yaml:1:", "duplicate rule id 'count-check'"),
    "bad-topic-file": ({"count.yaml": VALID, "topics/crowd.yaml": "topic: crowd\nkinds: count-ish\n"},
                       "topics/crowd.yaml:2:", "kinds: Input should be a valid list"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_robust_bad_rule_file_is_one_line_exit_2(in_tmp, case):
    files, where, problem = CASES[case]
    write_bundle(in_tmp, {"a.txt": ARTICLE})
    write_bundle(in_tmp, files, name="rules")
    assert_input_error(in_tmp, ["verify", "bundle", "--rules", "rules"], f"rules/{where}", problem)
    # Added to the shipped rules (``+DIR``), the same file is the same error.
    assert_input_error(in_tmp, ["verify", "bundle", "--rules", "+rules"], f"rules/{where}", problem)
    checked = invoke(["rules", "check", "rules"])
    assert checked.exit_code == 2 and len(checked.stderr.splitlines()) == 1
    assert f"rules/{where}" in checked.stderr and problem in checked.stderr


def test_robust_bad_rule_file_subprocess_has_no_traceback(tmp_path):
    write_bundle(tmp_path, {"a.txt": ARTICLE})
    write_bundle(tmp_path, {"count.yaml": VALID.replace("kinds: [count]", "kinds: [count")}, name="rules")
    proc = run_subprocess(["verify", "bundle", "--rules", "rules", "--format", "json"], cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("summitcheck: rules/count.yaml:") and "invalid YAML" in proc.stderr


def test_robust_missing_rules_folder_is_one_line_exit_2(in_tmp):
    write_bundle(in_tmp, {"a.txt": ARTICLE})
    assert_input_error(in_tmp, ["verify", "bundle", "--rules", "no-rules"], "no-rules", "rules folder does not exist")
