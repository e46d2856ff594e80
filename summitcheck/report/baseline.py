"""Baselines: known, reviewed findings that should not fail the gate again.

``--write-baseline FILE`` records every finding that could fail a run (conflicts, and
anything of warning severity or above) with its id and enough to show it without the
articles. ``--baseline FILE`` drops the findings whose id is recorded and lists recorded
entries that no longer occur, so a baseline does not silently keep stale entries. Ids come
from the rule engine and depend on what was claimed, not where or by which version.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summitcheck.errors import InputError
from summitcheck.model import Finding
from summitcheck.report.sarif import reported
from summitcheck.values import describe

SCHEMA = "summitcheck.baseline/1"


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    rule: str = ""
    topic: str = ""
    status: str = ""
    severity: str = ""
    message: str = ""
    sources: list[str] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list)


class BaselineFile(BaseModel):
    model_config = ConfigDict(extra="allow")

    schema_: str = Field(alias="schema", pattern=r"^summitcheck\.baseline/1$")
    findings: list[BaselineEntry]


@dataclass
class BaselineReport:
    """What applying a baseline did: the findings it hid and the entries it no longer needs."""

    path: str
    suppressed: list[Finding] = field(default_factory=list)
    stale: list[BaselineEntry] = field(default_factory=list)


def entry(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id, "rule": f.rule, "topic": f.topic, "status": f.status, "severity": f.severity,
        "message": f.message, "sources": sorted({c.source for c in f.claims}),
        "values": sorted({describe(c.kind, c.value) for c in f.claims}),
    }


def baseline_json(result) -> str:
    findings = [entry(f) for f in result.findings if reported(f)]
    findings.sort(key=lambda e: (e["topic"], e["id"]))
    return json.dumps({"schema": SCHEMA, "findings": findings}, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> BaselineFile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "baseline file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
    try:
        return BaselineFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise InputError(str(path), f"{where}: {err['msg']}") from None


def apply_baseline(result, baseline: BaselineFile, path: str):
    """A copy of ``result`` without the baselined findings, carrying a :class:`BaselineReport`."""
    known = {e.id for e in baseline.findings}
    present = {f.id for f in result.findings}
    kept = [f for f in result.findings if f.id not in known]
    report = BaselineReport(
        path=str(path),
        suppressed=[f for f in result.findings if f.id in known],
        stale=[e for e in baseline.findings if e.id not in present],
    )
    return dataclasses.replace(result, findings=kept, baseline=report)


def stale_lines(report: BaselineReport) -> list[str]:
    """One line per baseline entry that no longer occurs (for stderr and the text report)."""
    return [f"baseline entry {e.id} no longer occurs: {e.rule} {e.topic}: {e.message}" for e in report.stale]


def baseline_dict(report: BaselineReport | None) -> dict[str, Any] | None:
    if report is None:
        return None
    return {"path": report.path, "suppressed": [f.id for f in report.suppressed],
            "stale": [e.model_dump(by_alias=True) for e in report.stale]}
