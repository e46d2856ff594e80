"""Rendering extracted claims for ``summitcheck extract``."""

from __future__ import annotations

import json

from summitcheck.report.json_report import claim_dict
from summitcheck.values import describe


def render_claims(sources, skipped, claims, fmt: str) -> str:
    lines: list[str] = []
    if fmt == "jsonl":
        for s in sources:
            for c in claims[s.id]:
                lines.append(json.dumps(claim_dict(c), ensure_ascii=False))
        for sk in skipped:
            lines.append(json.dumps({"skipped": sk.path, "reason": sk.reason}, ensure_ascii=False))
        return "\n".join(lines) + ("\n" if lines else "")
    for s in sources:
        lines.append(f"{s.id}  (published {s.published or 'unknown'}, {s.published_basis})")
        for c in claims[s.id]:
            mod = "" if c.modality == "reported" else f" [{c.modality}]"
            scope = "" if c.event == "main" else f" <{c.event}>"
            lines.append(f"  {c.kind:8} {c.topic:20} {describe(c.kind, c.value)}{mod}{scope}   \"{c.text}\"")
    for sk in skipped:
        lines.append(f"skipped {sk.path}: {sk.reason}")
    return "\n".join(lines) + "\n"
