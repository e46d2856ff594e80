"""GitHub workflow commands: one annotation per claim of each problem, escaped as the runner wants."""

from __future__ import annotations

import re

from summitcheck.report import FORMATS
from summitcheck.report.github import command
from summitcheck.report.sarif import reported

LINE = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def parse(text: str) -> list[tuple[str, dict[str, str], str]]:
    out = []
    for line in text.splitlines():
        m = LINE.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
        out.append((m.group(1), props, m.group(3)))
    return out


def test_github_annotates_each_claim_of_each_conflict(with_skipped, seeds_text):
    rows = parse(FORMATS["github"](with_skipped))
    problems = [f for f in with_skipped.findings if reported(f)]
    located = [r for r in rows if "line" in r[1]]
    assert len(located) == sum(len(f.conflicting or f.claims) for f in problems) >= 2
    for level, props, message in located:
        finding = next(f for f in problems if f.id in props["title"])
        assert level == ("error" if finding.severity == "error" else "warning")
        assert message.startswith(finding.message.replace("%", "%25"))
        name = props["file"].rsplit("/", 1)[-1]
        line = seeds_text[name].splitlines()[int(props["line"]) - 1]
        assert int(props["endLine"]) == int(props["line"])
        text = line[int(props["col"]) - 1:int(props["endColumn"]) - 1]
        assert any(c.text == text and c.source == name for c in finding.claims)


def test_github_warns_about_skipped_files(with_skipped):
    rows = parse(FORMATS["github"](with_skipped))
    skipped = [r for r in rows if r[1].get("title") == "summitcheck skipped file"]
    assert len(skipped) == 1 and skipped[0][0] == "warning"
    assert skipped[0][1]["file"].endswith("broken%2C 50%25.txt") and skipped[0][2].endswith("broken, 50%25.txt: empty file")


def test_github_escapes_properties_and_data():
    line = command("error", "50% done\nnext", file="a,b:c.txt", line=3, title="x")
    assert line == "::error file=a%2Cb%3Ac.txt,line=3,title=x::50%25 done%0Anext"
