"""The whole path, articles to findings, as one function the CLI and the tests call."""

from __future__ import annotations

import os
import time
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
    # Set when a baseline was applied: a report.baseline.BaselineReport (hidden and stale entries).
    baseline: object | None = None
    # Seconds spent in each stage (extract includes ingest), for the benchmark.
    timings: dict[str, float] = field(default_factory=dict)


def run_extract(paths: list[str], *, model: str | None = None, rules: RuleSet | None = None,
                progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
                cache_dir: Path | None = None, use_cache: bool = False):
    """Sources, skipped files, claims per source, the model's label and the rules.

    Cached claims are used where the cache has them; the model is loaded only when some
    article is not cached, and extraction runs in ``jobs`` processes (default: all cores).
    """
    ruleset = rules or load_rules()
    sources, skipped = load_sources(paths)
    found, label = _claims_of(sources, ruleset, model=model, progress=progress, jobs=jobs,
                              cache_dir=cache_dir, use_cache=use_cache)
    return sources, skipped, {s.id: c for s, c in zip(sources, found)}, label, ruleset


def _claims_of(sources: list[Source], ruleset: RuleSet, *, model: str | None,
               progress: Callable[[int, int], None] | None, jobs: int | None,
               cache_dir: Path | None, use_cache: bool) -> tuple[list[list[Claim]], str]:
    """The claims of each source, in order (sources may come from several bundles, so they
    are matched by position, not id), and the model's label."""
    label = installed_model_label(model)
    cache = ClaimCache(cache_dir or default_cache_dir(), label, ruleset.vocabulary) if use_cache and label else None
    claims: list[list[Claim] | None] = [None] * len(sources)
    todo: list[int] = []
    for n, source in enumerate(sources):
        hit = cache.get(source) if cache else None
        if hit is None:
            todo.append(n)
        else:
            claims[n] = hit
    done = len(sources) - len(todo)
    if todo:
        nlp = load_model(model)
        label = model_label(nlp)
        pending = [sources[n] for n in todo]
        for n, (source, found) in zip(todo, extract_parallel(pending, nlp, ruleset.vocabulary,
                                                             jobs or os.cpu_count() or 1)):
            claims[n] = found
            if cache:
                cache.put(source, found)
            done += 1
            if progress:
                progress(done, len(sources))
    return claims, label or "unknown"  # type: ignore[return-value]


def verify(paths: list[str], *, model: str | None = None, rule_dirs: list[Path] | None = None,
           select: list[str] | None = None, ignore: list[str] | None = None,
           progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
           cache_dir: Path | None = None, use_cache: bool = False) -> Result:
    t0 = time.perf_counter()
    ruleset = load_rules(rule_dirs)
    sources, skipped, claims, label, ruleset = run_extract(
        paths, model=model, rules=ruleset, progress=progress, jobs=jobs, cache_dir=cache_dir, use_cache=use_cache)
    return _judge(sources, skipped, claims, label, ruleset, select, ignore, extract_s=time.perf_counter() - t0)


def _judge(sources: list[Source], skipped: list[Skipped], claims: dict[str, list[Claim]], label: str,
           ruleset: RuleSet, select: list[str] | None, ignore: list[str] | None, *, extract_s: float) -> Result:
    """Align one bundle's claims and judge the groups: the Result, with each stage's time."""
    t1 = time.perf_counter()
    groups = align([c for s in sources for c in claims[s.id]], texts={s.id: s.analysis_text for s in sources})
    t2 = time.perf_counter()
    findings = evaluate(groups, ruleset, sources, select=select, ignore=ignore)
    timings = {"extract": extract_s, "align": t2 - t1, "rules": time.perf_counter() - t2}
    return Result(sources, skipped, claims, findings, label, rules=[r.id for r in ruleset.rules], timings=timings)


def verify_bundles(bundles: list[str], *, model: str | None = None, rule_dirs: list[Path] | None = None,
                   select: list[str] | None = None, ignore: list[str] | None = None,
                   progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
                   cache_dir: Path | None = None, use_cache: bool = False) -> list[Result]:
    """``verify`` of each bundle folder on its own, with one extraction stream over all of them.

    A pipeline checking many bundles pays for the model load, the worker processes and the
    batching once instead of once per bundle; each bundle is still read, dated, aligned and
    judged alone, so each Result is the one ``verify([bundle])`` gives.
    """
    t0 = time.perf_counter()
    ruleset = load_rules(rule_dirs)
    read = [load_sources([b]) for b in bundles]
    flat = [s for sources, _ in read for s in sources]
    found, label = _claims_of(flat, ruleset, model=model, progress=progress, jobs=jobs,
                              cache_dir=cache_dir, use_cache=use_cache)
    extract_s = time.perf_counter() - t0
    results: list[Result] = []
    at = 0
    for sources, skipped in read:
        claims = {s.id: c for s, c in zip(sources, found[at:at + len(sources)])}
        at += len(sources)
        results.append(_judge(sources, skipped, claims, label, ruleset, select, ignore,
                              extract_s=extract_s * len(sources) / max(len(flat), 1)))
    return results
