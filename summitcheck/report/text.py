"""The terminal report for a person at a desk: summary, conflicts first with each side's
quote, then agreements, then single-source claims. All rich use in the package is here
and in :mod:`summitcheck.report.console`."""

from __future__ import annotations

from io import StringIO
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.theme import Theme

from summitcheck.model import Finding
from summitcheck.values import describe
from summitcheck.report.summary import Summary

THEME = Theme({
    "conflict": "bold red", "warning": "yellow", "agree": "green", "single": "cyan",
    "quote": "italic", "source": "bold", "dim": "dim", "heading": "bold underline",
})


def make_console(file=None, *, width: int | None = None, color: bool | None = None) -> Console:
    return Console(file=file, theme=THEME, width=width, no_color=(color is False),
                   force_terminal=color if color else None, highlight=False, soft_wrap=False)


def render_text(result, *, width: int = 100, color: bool = False, verbose: bool = False, **_: Any) -> str:
    buf = StringIO()
    console = make_console(buf, width=width, color=color)
    print_report(console, result, verbose=verbose)
    return buf.getvalue()


def print_report(console: Console, result, *, verbose: bool = False) -> None:
    published = {s.id: s for s in result.sources}
    summary = Summary.of(result)
    conflicts, agrees, singles, claims = summary.conflicts, summary.agrees, summary.singles, summary.claims
    console.print(
        f"[heading]summitcheck[/heading] {len(result.sources)} sources, {claims} claims: "
        f"[conflict]{len(conflicts)} conflict{'s' * (len(conflicts) != 1)}[/conflict], "
        f"[agree]{len(agrees)} agreed[/agree], [single]{len(singles)} single-source[/single]"
    )
    for s in result.sources:
        console.print(f"  [dim]{escape(s.id)}  published {s.published or 'unknown'} ({s.published_basis}), "
                      f"{len(result.claims.get(s.id, []))} claims[/dim]")
    for sk in result.skipped:
        console.print(f"  [warning]skipped {escape(sk.path)}: {escape(sk.reason)}[/warning]")
    baseline = getattr(result, "baseline", None)
    if baseline is not None:
        from summitcheck.report.baseline import stale_lines

        console.print(f"  [dim]{len(baseline.suppressed)} known finding(s) hidden by baseline {escape(baseline.path)}[/dim]")
        for line in stale_lines(baseline):
            console.print(f"  [warning]{escape(line)}[/warning]")
    if conflicts:
        console.print()
        console.print("[heading]Conflicts[/heading]")
        for finding in conflicts:
            _conflict(console, finding, published)
    if agrees:
        console.print()
        console.print("[heading]Agreements[/heading]")
        for finding in agrees:
            srcs = ", ".join(sorted({c.source for c in finding.claims}))
            note = f" [dim]({escape(finding.note)})[/dim]" if finding.note else ""
            console.print(f"[agree]✓[/agree] {escape(finding.message)}{note}  [dim]{finding.id} · {escape(srcs)}[/dim]")
            if verbose:
                for c in finding.claims:
                    console.print(f"    [source]{escape(c.source)}[/source] [quote]“{escape(c.sentence)}”[/quote]")
    if singles:
        console.print()
        console.print("[heading]Single-source claims[/heading]")
        for finding in singles:
            c = finding.claims[0]
            console.print(f"[single]•[/single] {escape(finding.message)}  [dim]{finding.id}[/dim]")
            console.print(f"    [quote]“{escape(c.sentence)}”[/quote]")


def _conflict(console: Console, finding: Finding, sources) -> None:
    colour = "conflict" if finding.severity == "error" else "warning"
    console.print(f"[{colour}]✗ {escape(finding.message)}[/{colour}]  [dim]{finding.id} · rule {finding.rule}[/dim]")
    by_value: dict[str, list] = {}
    for c in finding.claims:
        by_value.setdefault(describe(c.kind, c.value), []).append(c)
    for value, claims in by_value.items():
        console.print(f"  [source]{escape(value)}[/source]")
        for c in claims:
            src = sources.get(c.source)
            date = f", published {src.published}" if src and src.published else ""
            mod = "" if c.modality == "reported" else f" [{c.modality}]"
            console.print(f"    [source]{escape(c.source)}[/source][dim]{date}{escape(mod)}[/dim]: "
                          f"[quote]“{escape(c.sentence)}”[/quote]")
