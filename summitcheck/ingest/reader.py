"""Finding article files and decoding them without losing a character.

Text is decoded as UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
or else Windows-1252, which reads every Latin-1 file too. A file with NUL bytes and no
UTF-16 mark is binary: it is skipped, with the reason, rather than misread. So is a file too
long to be one article (a data dump, a log): the parser could not take it in one piece, and
reading it would cost minutes and gigabytes for nothing.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from summitcheck.errors import InputError
from summitcheck.model import Skipped

ARTICLE_SUFFIXES = (".txt", ".md")
# spaCy's own default ``nlp.max_length``: its parser refuses longer texts. A long feature runs
# to some 100,000 characters, so nothing that is an article comes near it.
MAX_CHARS = 1_000_000
# No encoding we read takes more than 4 bytes a character, so no file under the character
# limit is over this; it is checked before reading, so a huge file is never loaded.
MAX_BYTES = 4 * MAX_CHARS + 4


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
        def unreadable(exc: OSError) -> None:
            skipped.append(Skipped(str(exc.filename), f"cannot list folder: {exc.strerror or exc}"))

        for root, dirs, files in os.walk(path, followlinks=True, onerror=unreadable):
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
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):  # a named pipe would block the read forever
        raise ValueError("not a regular file")
    size = st.st_size
    if size > MAX_BYTES:
        raise ValueError(f"too large for one article: {size / 1e6:,.1f} MB (limit {MAX_BYTES / 1e6:,.0f} MB)")
    data = path.read_bytes()
    text, encoding = decode(data)
    if len(text) > MAX_CHARS:
        raise ValueError(f"too long for one article: {len(text):,} characters (limit {MAX_CHARS:,})")
    return text, encoding, data


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
