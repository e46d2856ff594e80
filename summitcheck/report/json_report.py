"""The JSON report: the contract other tools read (schema ``summitcheck.report/1``)."""

from __future__ import annotations

import json
from typing import Any

from summitcheck.model import Claim, Finding
from summitcheck.report.summary import Summary


def claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "source": claim.source, "kind": claim.kind, "topic": claim.topic, "text": claim.text,
        "sentence": claim.sentence, "start": claim.start, "end": claim.end,
        "modality": claim.modality, "event": claim.event, "subject": claim.subject,
        "basis": claim.basis, "value": claim.value,
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id, "rule": f.rule, "topic": f.topic, "kind": f.kind, "status": f.status,
        "severity": f.severity, "message": f.message, "event": f.event, "subject": f.subject,
        "note": f.note, "conflicting": f.conflicting,
        "claims": [claim_dict(c) for c in f.claims],
    }


def report_dict(result) -> dict[str, Any]:
    from summitcheck.report.baseline import baseline_dict

    findings = result.findings
    summary = Summary.of(result)
    baseline = baseline_dict(getattr(result, "baseline", None))
    return {
        "schema": "summitcheck.report/1",
        "tool": {"name": "summitcheck", "version": result.version, "model": result.model},
        "sources": [
            {"id": s.id, "path": s.path, "published": s.published,
             "published_basis": s.published_basis, "sha256": s.sha256,
             "encoding": s.encoding, "claims": len(result.claims.get(s.id, []))}
            for s in result.sources
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "findings": [finding_dict(f) for f in findings],
        "summary": {
            "sources": len(result.sources),
            "claims": summary.claims,
            "agree": len(summary.agrees),
            "conflict": len(summary.conflicts),
            "single_source": len(summary.singles),
            "skipped": len(result.skipped),
        },
    } | ({"baseline": baseline} if baseline is not None else {})


def render_json(result, **_: Any) -> str:
    return json.dumps(report_dict(result), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
