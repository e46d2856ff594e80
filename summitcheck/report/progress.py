"""A progress bar on stderr while articles are read, for long runs at a terminal only.

Silent when stderr is not a terminal (CI logs, pipes), with ``--quiet``, or when the run
has fewer than ``MIN_FILES`` articles to read, so output stays identical for identical
input. The bar starts on the first call of the callback, once the number of articles to
read is known, so runs served from the claim cache never show one.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

# Below this many articles a run takes seconds and a bar is only noise.
MIN_FILES = 20


def is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_bar(*, stream=None, quiet: bool = False,
                 terminal: bool | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """Yields a ``progress(done, total)`` callback, or None when no bar can be wanted.

    ``terminal`` overrides the terminal check (tests render into a buffer)."""
    stream = stream if stream is not None else sys.stderr
    if quiet or not (is_terminal(stream) if terminal is None else terminal):
        yield None
        return
    console = Console(file=stream, force_terminal=True)
    bar = Progress(TextColumn("reading articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=True)
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < MIN_FILES:
            return
        if task is None:
            bar.start()
            task = bar.add_task("extract", total=total)
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        if task is not None:
            bar.stop()
