"""The whole path, articles to findings, as one function the CLI and the tests call."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from summitcheck import __version__
from summitcheck.align import align
from summitcheck.extract.cache import ClaimCache, default_cache_dir
from summitcheck.extract.nlp import installed_model_label, load_model, model_label
from summitcheck.extract.parallel import extract_parallel
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
                progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
                cache_dir: Path | None = None, use_cache: bool = False):
    """Sources, skipped files, claims per source, the model's label and the rules.

    Cached claims are used where the cache has them; the model is loaded only when some
    article is not cached, and extraction runs in ``jobs`` processes (default: all cores).
    """
    ruleset = rules or load_rules()
    sources, skipped = load_sources(paths)
    label = installed_model_label(model)
    cache = ClaimCache(cache_dir or default_cache_dir(), label, ruleset.vocabulary) if use_cache and label else None
    claims: dict[str, list[Claim]] = {}
    todo: list[Source] = []
    for source in sources:
        hit = cache.get(source) if cache else None
        if hit is None:
            todo.append(source)
        else:
            claims[source.id] = hit
    done = len(claims)
    if todo:
        nlp = load_model(model)
        label = model_label(nlp)
        for source, found in extract_parallel(todo, nlp, ruleset.vocabulary, jobs or os.cpu_count() or 1):
            claims[source.id] = found
            if cache:
                cache.put(source, found)
            done += 1
            if progress:
                progress(done, len(sources))
    return sources, skipped, {s.id: claims[s.id] for s in sources}, label or "unknown", ruleset


def verify(paths: list[str], *, model: str | None = None, rule_dirs: list[Path] | None = None,
           select: list[str] | None = None, ignore: list[str] | None = None,
           progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
           cache_dir: Path | None = None, use_cache: bool = False) -> Result:
    ruleset = load_rules(rule_dirs)
    sources, skipped, claims, label, ruleset = run_extract(
        paths, model=model, rules=ruleset, progress=progress, jobs=jobs, cache_dir=cache_dir, use_cache=use_cache)
    all_claims = [c for s in sources for c in claims[s.id]]
    groups = align(all_claims)
    findings = evaluate(groups, ruleset, sources, select=select, ignore=ignore)
    return Result(sources, skipped, claims, findings, label, rules=[r.id for r in ruleset.rules])
