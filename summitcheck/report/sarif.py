"""SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, IDE viewers).

One result per conflict and per finding of warning severity or above, located at every
claim involved; agreements at info level are left out, since a scanning dashboard lists
problems. Columns count Unicode code points (``columnKind``), which is what our offsets
are. Files that were skipped become tool execution notifications.
"""

from __future__ import annotations

import json
from typing import Any

from summitcheck.model import Finding
from summitcheck.report.locations import LineIndex, artifact_uri, line_indexes
from summitcheck.values import describe

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def reported(finding: Finding) -> bool:
    """Findings a CI format reports as problems: conflicts, and anything above info."""
    return finding.status == "conflict" or finding.severity in ("error", "warning")


def render_sarif(result, *, color: bool = False, verbose: bool = False, **_: Any) -> str:
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"


def sarif_log(result) -> dict[str, Any]:
    sources = {s.id: s for s in result.sources}
    index = {s.id: i for i, s in enumerate(result.sources)}
    lines = line_indexes(result)
    rule_ids = sorted(set(result.rules) | {f.rule for f in result.findings})
    rule_index = {r: i for i, r in enumerate(rule_ids)}
    results = [_result(f, sources, index, lines, rule_index) for f in result.findings if reported(f)]
    notifications = [
        {"level": "warning", "message": {"text": f"skipped {sk.path}: {sk.reason}"},
         "descriptor": {"id": "skipped-file"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(sk.path)}}}]}
        for sk in result.skipped
    ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "summitcheck",
                "version": result.version,
                "semanticVersion": result.version,
                "rules": [{"id": r, "name": r, "shortDescription": {"text": f"summitcheck rule {r}"},
                           "properties": {"tags": ["fact-check"]}} for r in rule_ids],
            }},
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "artifacts": [{"location": {"uri": artifact_uri(s.path)}, "hashes": {"sha-256": s.sha256},
                           "encoding": s.encoding} for s in result.sources],
            "results": results,
            "properties": {"model": result.model},
        }],
    }


def _result(f: Finding, sources, index, lines: dict[str, LineIndex], rule_index) -> dict[str, Any]:
    order = list(f.conflicting) + [i for i in range(len(f.claims)) if i not in f.conflicting]
    locations = []
    for i in order:
        c = f.claims[i]
        region = lines[c.source].region(c.start, c.end)
        src = sources[c.source]
        locations.append({
            "id": len(locations),
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(src.path), "index": index[c.source]},
                "region": {"startLine": region.start_line, "startColumn": region.start_column,
                           "endLine": region.end_line, "endColumn": region.end_column,
                           "charOffset": region.offset, "charLength": region.length,
                           "snippet": {"text": c.text}},
            },
            "message": {"text": f"{describe(c.kind, c.value)} ({c.source}, published {src.published or 'unknown'}): "
                                f"{c.sentence}"},
        })
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": LEVELS.get(f.severity, "warning"),
        "kind": "fail",
        "message": {"text": f.message},
        "locations": locations,
        "partialFingerprints": {"summitcheckFindingId/v1": f.id},
        "properties": {"findingId": f.id, "topic": f.topic, "status": f.status, "claimKind": f.kind},
    }
