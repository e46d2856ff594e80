"""Markdown for a ticket: summary, conflicts with quotes, sources and dates, then the rest."""

from __future__ import annotations

from summitcheck.model import Claim, Finding
from summitcheck.report import FORMATS
from summitcheck.report.markdown import _quote
from summitcheck.values import describe


def sections(text: str) -> dict[str, str]:
    out, name = {}, "head"
    for line in text.splitlines():
        if line.startswith("## "):
            name = line[3:]
            continue
        out[name] = out.get(name, "") + line + "\n"
    return out


def test_markdown_has_each_section_with_its_findings(with_skipped):
    text = FORMATS["markdown"](with_skipped)
    parts = sections(text)
    conflicts = [f for f in with_skipped.findings if f.status == "conflict"]
    assert text.startswith("# summitcheck report")
    assert f"{len(conflicts)} conflict" in parts["head"]
    assert {"Conflicts", "Agreements", "Single-source claims", "Skipped files"} <= parts.keys()
    for f in with_skipped.findings:
        section = {"conflict": "Conflicts", "agree": "Agreements", "single_source": "Single-source claims"}[f.status]
        assert f"`{f.id}`" in parts[section]
    assert "empty file" in parts["Skipped files"]


def test_markdown_conflict_table_has_a_row_per_claim(with_skipped):
    parts = sections(FORMATS["markdown"](with_skipped))
    rows = [line for line in parts["Conflicts"].splitlines() if line.startswith("| ") and "`" in line]
    conflicts = [f for f in with_skipped.findings if f.status == "conflict"]
    assert len(rows) == sum(len(f.claims) for f in conflicts)
    sources = {s.id: s for s in with_skipped.sources}
    for f in conflicts:
        for c in f.claims:
            row = next(r for r in rows if f"`{c.source}`" in r and f"**{c.text}**" in r)
            assert describe(c.kind, c.value) in row and (sources[c.source].published or "unknown") in row
            assert row.count(" | ") == 3  # a quote never adds a column


def test_markdown_quote_escapes_pipes_and_emphasis():
    claim = Claim(source="a.txt", kind="count", topic="t", text="40", sentence="A | B *said* 40 leaders_came",
                  start=0, end=2, modality="reported", value={"value": 40, "low": 40, "high": 40})
    assert _quote(claim) == "“A | B \\*said\\* **40** leaders\\_came”"
    finding = Finding(id="abc", rule="r", topic="t", kind="count", status="conflict", severity="error",
                      message="x | y", claims=[claim])
    from summitcheck.report.markdown import _conflict

    row = _conflict(finding, {})[-1]
    assert row.count(" | ") == 3 and "A \\| B" in row


def test_markdown_verbose_quotes_every_agreeing_claim(seeds_result):
    plain = FORMATS["markdown"](seeds_result)
    verbose = FORMATS["markdown"](seeds_result, verbose=True)
    agree = next(f for f in seeds_result.findings if f.status == "agree")
    assert f"**{agree.claims[0].text}**" in sections(verbose)["Agreements"]
    assert f"**{agree.claims[0].text}**" not in sections(plain)["Agreements"]
