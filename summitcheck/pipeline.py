"""The whole path, articles to findings, as one function the CLI and the tests call."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from summitcheck import __version__
from summitcheck.align import align
from summitcheck.extract import extract_claims
from summitcheck.extract.nlp import load_model, model_label
from summitcheck.ingest import load_sources
from summitcheck.model import Claim, Finding, Skipped, Source
from summitcheck.rules.engine import evaluate
from summitcheck.rules.loader import RuleSet, load_rules


@dataclass
class Result:
    sources: list[Source]
    skipped: list[Skipped]
    claims: dict[str, list[Claim]]
    findings: list[Finding]
    model: str
    version: str = __version__
    rules: list[str] = field(default_factory=list)


def run_extract(paths: list[str], *, model: str | None = None, rules: RuleSet | None = None,
                progress: Callable[[int, int], None] | None = None):
    ruleset = rules or load_rules()
    sources, skipped = load_sources(paths)
    nlp = load_model(model)
    claims: dict[str, list[Claim]] = {}
    for n, (source, found) in enumerate(extract_claims(sources, nlp, ruleset.vocabulary), 1):
        claims[source.id] = found
        if progress:
            progress(n, len(sources))
    return sources, skipped, claims, model_label(nlp), ruleset


def verify(paths: list[str], *, model: str | None = None, rule_dirs: list[Path] | None = None,
           select: list[str] | None = None, ignore: list[str] | None = None,
           progress: Callable[[int, int], None] | None = None) -> Result:
    ruleset = load_rules(rule_dirs)
    sources, skipped, claims, label, ruleset = run_extract(paths, model=model, rules=ruleset, progress=progress)
    all_claims = [c for s in sources for c in claims[s.id]]
    groups = align(all_claims)
    findings = evaluate(groups, ruleset, sources, select=select, ignore=ignore)
    return Result(sources, skipped, claims, findings, label, rules=[r.id for r in ruleset.rules])
