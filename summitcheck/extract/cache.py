"""A claim cache keyed by what the claims depend on.

The key of an article's claims is its content hash, its id and publication date (relative
dates are resolved against it), the model, the summitcheck version, the topic
vocabularies and a digest of the package's own code and data (so a checkout whose code
changed without a new version number never reuses claims the old code made). Entries are
written atomically (a temp file, then a rename), so concurrent runs and a Ctrl-C never
leave half an entry; each entry carries a digest of its own body, and an entry that fails
to parse or to match its digest is deleted and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import secrets
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from summitcheck import __version__
from summitcheck.extract.vocab import Vocabulary
from summitcheck.model import Claim, Source

FORMAT = 1


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("SUMMITCHECK_CACHE_DIR") or user_cache_dir("summitcheck"))


def vocabulary_digest(vocab: Vocabulary) -> str:
    data = {"topics": sorted((asdict(t) for t in vocab.topics), key=lambda t: t["id"]),
            "earlier": list(vocab.earlier_markers), "other": list(vocab.other_markers),
            "previous": list(vocab.previous_markers),
            "window_days": list(vocab.window_days)}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the package's source and data files (a few milliseconds, once a run)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml") and p.is_file()):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


@contextmanager
def _ctrl_c_held():
    """Hold a Ctrl-C back until the block is done, then let it through.

    Blocking SIGINT makes create-write-rename one step for a Ctrl-C delivered to this
    thread: it stays pending and is raised the moment the mask is restored. The mask is the
    thread's own, so a Ctrl-C the kernel hands to another thread (a process pool's) can still
    interrupt the write; ``put`` cleans up after that by the temp file's name, chosen before
    the file is made. Where signal masks do not exist (Windows), the write runs as before."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _create(path: Path) -> int:
    """A new file, readable by its owner only, that must not exist yet."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)


class ClaimCache:
    def __init__(self, directory: Path, model: str, vocab: Vocabulary):
        self.directory = Path(directory)
        self.salt = f"{FORMAT}|{__version__}|{model}|{vocabulary_digest(vocab)}|{code_digest()}"
        self.hits = 0
        self.misses = 0
        self.rebuilt = 0

    def key(self, source: Source) -> str:
        parts = [self.salt, source.id, source.sha256, source.published or "", source.published_basis]
        return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, source: Source) -> list[Claim] | None:
        key = self.key(source)
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            entry = json.loads(raw)
            body = json.dumps(entry["claims"], sort_keys=True, ensure_ascii=False)
            if entry["key"] != key or entry["digest"] != hashlib.sha256(body.encode("utf-8")).hexdigest():
                raise ValueError("digest mismatch")
            claims = [Claim.from_dict(c) for c in entry["claims"]]
        except (ValueError, KeyError, TypeError):
            self.rebuilt += 1
            self.misses += 1
            try:
                path.unlink()
            except OSError:
                pass
            return None
        self.hits += 1
        return claims

    def put(self, source: Source, claims: list[Claim]) -> None:
        key = self.key(source)
        path = self._path(key)
        body = [c.to_dict() for c in claims]
        text = json.dumps(body, sort_keys=True, ensure_ascii=False)
        entry = {"key": key, "digest": hashlib.sha256(text.encode("utf-8")).hexdigest(), "claims": body}
        serialized = json.dumps(entry, ensure_ascii=False)  # before the write, so the held section is short
        # The temp file's name is chosen before it is made, so whatever interrupts the write
        # (a Ctrl-C taken by another thread runs its handler here even while this thread holds
        # SIGINT back), the cleanup knows which file to remove.
        tmp = path.parent / f".tmp-{key[:16]}-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with _ctrl_c_held():
                    fd = _create(tmp)
                    with os.fdopen(fd, "w", encoding="utf-8") as fh:
                        fh.write(serialized)
                    os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            pass  # a cache that cannot be written only costs time
