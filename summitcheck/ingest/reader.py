"""Finding article files and decoding them without losing a character.

Text is decoded as UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
or else Windows-1252, which reads every Latin-1 file too. A file with NUL bytes and no
UTF-16 mark is binary: it is skipped, with the reason, rather than misread.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from summitcheck.errors import InputError
from summitcheck.model import Skipped

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 64 * 1024 * 1024


def discover(paths: list[str]) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Article files under the given folders or files, sorted, each with its source id.

    The id is the path relative to the folder given (the file name for a file given
    directly), so reports do not change when the bundle moves.
    """
    found: dict[str, Path] = {}
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(raw, "no such file or directory")
        if path.is_file():
            found.setdefault(path.name, path)
            continue
        if not path.is_dir():
            raise InputError(raw, "not a file or a folder")
        seen: set[tuple[int, int]] = set()
        for root, dirs, files in os.walk(path, followlinks=True, onerror=None):
            st = os.stat(root)
            if (st.st_dev, st.st_ino) in seen:
                skipped.append(Skipped(str(root), "symbolic-link loop: folder already read"))
                dirs[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                full = Path(root) / name
                rel = full.relative_to(path).as_posix()
                found.setdefault(rel, full)
    return [(p, rid) for rid, p in sorted(found.items())], skipped


def read_text(path: Path) -> tuple[str, str, bytes]:
    """(text, encoding, raw bytes) of an article file; raises ValueError with a reason."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"file is {size // (1024 * 1024)} MiB, over the {MAX_BYTES // (1024 * 1024)} MiB limit")
    data = path.read_bytes()
    return (*decode(data), data)


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"
