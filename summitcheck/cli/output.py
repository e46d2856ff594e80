"""Writing a report: to stdout, or atomically to a file (a temp file, then a rename)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from summitcheck.errors import InputError


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    atomic_write(output, text)


def atomic_write(path: Path, text: str) -> None:
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(str(path), "output folder does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(str(path), f"cannot write the report: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):  # a folder in the way, a full disk, no permission
            raise InputError(str(path), f"cannot write the report: {exc.strerror or exc}") from None
        raise
