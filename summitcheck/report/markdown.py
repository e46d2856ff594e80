"""Markdown for a person to paste in a ticket or a pull request.

Summary first, then conflicts with each side's quote, source and publication date in a
table, then agreements, single-source claims and skipped files. The claim's own words are
bold inside its sentence. Table cells escape pipes and flatten line breaks, so a quote
cannot break the table.
"""

from __future__ import annotations

import re
from typing import Any

from summitcheck.model import Claim, Finding
from summitcheck.values import describe
from summitcheck.report.summary import Summary


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _inline(text: str) -> str:
    """Markdown's emphasis and code characters, escaped for running text."""
    for ch in "\\`*_[]<>":
        text = text.replace(ch, "\\" + ch)
    return re.sub(r"\s+", " ", text)


def _quote(c: Claim) -> str:
    """The sentence with the claim's words in bold (when they can be found in it)."""
    at = c.sentence.find(c.text) if c.text else -1
    if at < 0:
        return f"“{_inline(c.sentence)}”"
    before, words, after = c.sentence[:at], c.sentence[at:at + len(c.text)], c.sentence[at + len(c.text):]
    return f"“{_inline(before)}**{_inline(words)}**{_inline(after)}”"


def render_markdown(result, *, color: bool = False, verbose: bool = False, **_: Any) -> str:
    sources = {s.id: s for s in result.sources}
    summary = Summary.of(result)
    conflicts, agrees, singles, claims = summary.conflicts, summary.agrees, summary.singles, summary.claims
    out = [
        "# summitcheck report", "",
        f"**{len(result.sources)} sources, {claims} claims:** {len(conflicts)} "
        f"conflict{'s' * (len(conflicts) != 1)}, {len(agrees)} agreed, {len(singles)} single-source"
        + (f", {len(result.skipped)} skipped file{'s' * (len(result.skipped) != 1)}" if result.skipped else ""),
        "",
        "| Source | Published | How dated | Claims |", "|---|---|---|---:|",
    ]
    for s in result.sources:
        out.append(f"| `{_cell(s.id)}` | {s.published or 'unknown'} | {s.published_basis} | "
                   f"{len(result.claims.get(s.id, []))} |")
    if conflicts:
        out += ["", "## Conflicts"]
        for f in conflicts:
            out += _conflict(f, sources)
    if agrees:
        out += ["", "## Agreements", ""]
        for f in agrees:
            srcs = ", ".join(f"`{s}`" for s in sorted({c.source for c in f.claims}))
            note = f" ({_inline(f.note)})" if f.note else ""
            out.append(f"- ✓ {_inline(f.message)}{note}: {srcs} `{f.id}`")
            if verbose:
                out += [f"  - `{c.source}`: {_quote(c)}" for c in f.claims]
    if singles:
        out += ["", "## Single-source claims", ""]
        for f in singles:
            out.append(f"- {_inline(f.message)} `{f.id}`")
            out += [f"  > {_quote(c)}" for c in f.claims[:1 if not verbose else None]]
    if result.skipped:
        out += ["", "## Skipped files", ""]
        out += [f"- `{_cell(sk.path)}`: {_inline(sk.reason)}" for sk in result.skipped]
    out += _baseline(getattr(result, "baseline", None))
    out += ["", f"<sub>summitcheck {result.version}, model {_inline(result.model)}</sub>", ""]
    return "\n".join(out)


def _conflict(f: Finding, sources) -> list[str]:
    mark = "✗" if f.severity == "error" else "⚠"
    out = ["", f"### {mark} {_inline(f.message)}", "",
           f"`{f.id}` · rule `{f.rule}` · topic `{f.topic}` · severity {f.severity}", "",
           "| Value | Source | Published | Quote |", "|---|---|---|---|"]
    for c in sorted(f.claims, key=lambda c: (describe(c.kind, c.value), c.source, c.start)):
        src = sources.get(c.source)
        mod = "" if c.modality == "reported" else f" ({c.modality})"
        out.append(f"| {_cell(describe(c.kind, c.value))}{mod} | `{_cell(c.source)}` | "
                   f"{(src.published if src else None) or 'unknown'} | {_cell(_quote(c))} |")
    return out


def _baseline(report) -> list[str]:
    if report is None:
        return []
    out = ["", "## Baseline", "", f"{len(report.suppressed)} known finding(s) hidden by `{_cell(report.path)}`."]
    if report.stale:
        out += ["", "Baseline entries that no longer occur (remove them from the baseline):", ""]
        out += [f"- `{e.id}` {_inline(e.rule)} {_inline(e.topic)}: {_inline(e.message)}" for e in report.stale]
    return out
