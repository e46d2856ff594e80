"""GitHub Actions workflow commands: one annotation line per claim of each problem.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`` puts the message on
the line in the pull request's diff view. Each claim of a conflict gets its own line, so
every disagreeing file is marked; warnings use ``::warning``. Skipped input files are
warnings without a line. Escaping follows the runner's rules (``%``, CR, LF everywhere;
also ``:`` and ``,`` in properties).
"""

from __future__ import annotations

from typing import Any

from summitcheck.report.locations import display_path, line_indexes
from summitcheck.report.sarif import reported
from summitcheck.report.summary import Summary
from summitcheck.values import describe


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: Any) -> str:
    names = {"end_line": "endLine", "end_column": "endColumn"}
    given = ",".join(f"{names.get(k, k)}={_prop(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {given}::{_data(message)}" if given else f"::{level}::{_data(message)}"


def render_github(result, *, color: bool = False, verbose: bool = False, **_: Any) -> str:
    sources = {s.id: s for s in result.sources}
    lines = line_indexes(result)
    out: list[str] = []
    for f in result.findings:
        if not reported(f):
            continue
        level = "error" if f.severity == "error" else "warning"
        involved = f.conflicting or list(range(len(f.claims)))
        for i in involved:
            c = f.claims[i]
            region = lines[c.source].region(c.start, c.end)
            others = sorted({f"{describe(o.kind, o.value)} ({o.source})" for o in f.claims if o.source != c.source})
            message = f"{f.message}. This source: {describe(c.kind, c.value)}"
            if others:
                message += "; elsewhere: " + "; ".join(others)
            out.append(command(level, message, file=display_path(sources[c.source].path),
                               line=region.start_line, col=region.start_column,
                               end_line=region.end_line, end_column=region.end_column,
                               title=f"summitcheck {f.rule} [{f.id}]"))
    for sk in result.skipped:
        out.append(command("warning", f"skipped {display_path(sk.path)}: {sk.reason}", file=display_path(sk.path),
                           title="summitcheck skipped file"))
    summary = Summary.of(result)
    out.append(command("notice", f"summitcheck: {len(result.sources)} sources, {len(summary.conflicts)} conflicts, "
                                  f"{len(summary.agrees)} agreed, {len(summary.singles)} single-source"))
    return "\n".join(out) + "\n"
