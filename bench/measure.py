"""One measurement, run in a process of its own so its peak memory and caches are its own.

``bench/run.py`` starts this script once per figure and reads the JSON line it prints:
seconds, peak resident memory of this process and of its extraction workers (from
``getrusage``: tracemalloc does not see spaCy's C allocations), and a digest of the JSON
report where there is one.

    python bench/measure.py floor|batch|each|folder|components CORPUS_DIR [--jobs N] [--cache-dir DIR] [--report FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from pathlib import Path


def peak_mb() -> tuple[float, float]:
    """(this process, its largest waited-for child) peak resident set, MiB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def cpu() -> float:
    """CPU seconds of this process and its waited-for children (the extraction workers):
    unlike wall time, barely moved by other work on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def floor(corpus: Path, batch_size: int) -> dict:
    """Bare ``nlp.pipe`` over the texts verify reads, with the spaCy components verify runs."""
    from summitcheck.extract.nlp import bare_model
    from summitcheck.ingest import load_sources

    sources, _ = load_sources([str(corpus)])
    texts = [s.analysis_text for s in sources]
    t = time.perf_counter()
    nlp = bare_model()
    load = time.perf_counter() - t
    t, c = time.perf_counter(), cpu()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass  # each Doc dropped as soon as it is made, as verify does
    return {"seconds": time.perf_counter() - t, "cpu_s": cpu() - c, "model_load": load, "articles": len(texts),
            "words": sum(len(x.split()) for x in texts), "components": list(nlp.pipe_names)}


def _bundles(corpus: Path) -> list[str]:
    return [str(p) for p in sorted(corpus.iterdir()) if p.is_dir()]


def _timed(preload: bool):
    """Load the model first (the floor's load is not timed either) unless ``preload`` is
    off: a warm run must not need it. The seconds the load took."""
    from summitcheck.extract.nlp import load_model

    if not preload:
        return 0.0
    t = time.perf_counter()
    load_model(None)
    return time.perf_counter() - t


def _digest(results, report: Path | None) -> str:
    """One digest over every bundle's JSON report, in bundle order."""
    from summitcheck.report import FORMATS

    texts = [FORMATS["json"](r, color=False, verbose=False) for r in results]
    if report:
        report.write_text("\n".join(texts), encoding="utf-8")
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def _summary(results, seconds: float, cpu_s: float, load: float, report: Path | None) -> dict:
    stages = {k: sum(r.timings.get(k, 0.0) for r in results) for k in ("extract", "align", "rules")}
    return {"seconds": seconds, "cpu_s": cpu_s, "model_load": load, "timings": stages,
            "articles": sum(len(r.sources) for r in results), "bundles": len(results),
            "claims": sum(len(c) for r in results for c in r.claims.values()),
            "findings": sum(len(r.findings) for r in results), "json_sha256": _digest(results, report)}


def batch(corpus: Path, jobs: int, cache_dir: Path | None, report: Path | None, preload: bool) -> dict:
    """``verify_bundles``: every bundle on its own, one extraction stream over all of them."""
    from summitcheck.pipeline import verify_bundles

    load = _timed(preload)
    t, c = time.perf_counter(), cpu()
    results = verify_bundles(_bundles(corpus), jobs=jobs, cache_dir=cache_dir, use_cache=cache_dir is not None)
    return _summary(results, time.perf_counter() - t, cpu() - c, load, report)


def each(corpus: Path, cache_dir: Path | None, report: Path | None) -> dict:
    """``verify`` called once per bundle, in turn, in one process: what a loop over the CLI
    does, minus the interpreter start and model load per bundle."""
    from summitcheck.pipeline import verify as run_verify

    load = _timed(True)
    t, c = time.perf_counter(), cpu()
    results = [run_verify([b], jobs=1, cache_dir=cache_dir, use_cache=cache_dir is not None)
               for b in _bundles(corpus)]
    return _summary(results, time.perf_counter() - t, cpu() - c, load, report)


def folder(corpus: Path, jobs: int, cache_dir: Path | None, report: Path | None) -> dict:
    """``verify`` over the whole corpus as one folder: every meeting's claims in the same
    groups, a stress test for alignment and the rules."""
    from summitcheck.pipeline import verify as run_verify

    load = _timed(True)
    t, c = time.perf_counter(), cpu()
    result = run_verify([str(corpus)], jobs=jobs, cache_dir=cache_dir, use_cache=cache_dir is not None)
    return _summary([result], time.perf_counter() - t, cpu() - c, load, report)


def components(corpus: Path, batch_size: int, limit: int = 200) -> dict:
    """Seconds each spaCy component takes over the first ``limit`` texts, run one component
    at a time over the same Docs, to show what dropping one would save."""
    from summitcheck.extract.nlp import load_model
    from summitcheck.ingest import load_sources

    sources, _ = load_sources([str(corpus)])
    texts = [s.analysis_text for s in sources[:limit]]
    nlp = load_model(None)
    t = time.perf_counter()
    docs = [nlp.make_doc(x) for x in texts]
    seconds = {"tokenizer": time.perf_counter() - t}
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        seconds[name] = time.perf_counter() - t
    return {"seconds": seconds, "articles": len(texts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["floor", "batch", "each", "folder", "components"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--cache-dir", type=Path, default=None, help="claim cache (none: --no-cache)")
    parser.add_argument("--report", type=Path, default=None, help="write the JSON reports here")
    parser.add_argument("--no-preload", action="store_true", help="do not load the model before timing")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    if args.what == "floor":
        out = floor(args.corpus, args.batch_size)
    elif args.what == "batch":
        out = batch(args.corpus, args.jobs, args.cache_dir, args.report, not args.no_preload)
    elif args.what == "each":
        out = each(args.corpus, args.cache_dir, args.report)
    elif args.what == "folder":
        out = folder(args.corpus, args.jobs, args.cache_dir, args.report)
    else:
        out = components(args.corpus, args.batch_size)
    out["peak_mb"], out["workers_peak_mb"] = peak_mb()
    out["loadavg_end"] = os.getloadavg()[0]
    import summitcheck

    out["package"] = str(Path(summitcheck.__file__).parent)
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
