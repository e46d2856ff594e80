"""Extraction in several processes.

Workers are forked after the model is loaded, so each starts with the pipeline in memory
(shared copy-on-write) instead of loading it again; they receive sources and send back
plain claims, never Docs. Order is kept, so the output is identical to one process.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from typing import Iterator

from summitcheck.extract import extract_doc
from summitcheck.model import Claim, Source

_STATE: dict = {}
# Below this many articles, forking costs more than it saves.
MIN_PARALLEL = 24


def _init(nlp, vocab) -> None:
    _STATE["nlp"], _STATE["vocab"] = nlp, vocab


def _init_worker(nlp, vocab) -> None:
    """A Ctrl-C at the terminal reaches every process of the group: workers ignore it, and
    the parent, which gets it too, stops the pool, so one line is printed, not a traceback
    per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(nlp, vocab)


def _work(batch: list[Source]) -> list[list[Claim]]:
    nlp, vocab = _STATE["nlp"], _STATE["vocab"]
    docs = nlp.pipe([s.analysis_text for s in batch], batch_size=16)
    return [extract_doc(s, doc, vocab) for s, doc in zip(batch, docs)]


def extract_parallel(sources: list[Source], nlp, vocab, jobs: int, *, batch: int = 8) -> Iterator[tuple[Source, list[Claim]]]:
    if jobs <= 1 or len(sources) < MIN_PARALLEL or "fork" not in mp.get_all_start_methods():
        # One stream through nlp.pipe: each Doc is read and dropped as it comes, and spaCy
        # batches across the whole run instead of restarting every few articles.
        docs = nlp.pipe((s.analysis_text for s in sources), batch_size=16)
        for source, doc in zip(sources, docs):
            yield source, extract_doc(source, doc, vocab)
        return
    chunks = [sources[i:i + batch] for i in range(0, len(sources), batch)]
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(nlp, vocab)) as pool:
        for chunk, results in zip(chunks, pool.imap(_work, chunks)):
            yield from zip(chunk, results)
