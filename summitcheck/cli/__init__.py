"""The command line: ``summitcheck verify|extract|rules``.

Exit codes are named here and nowhere else: 0 clean, 1 findings at or above ``--fail-on``,
2 usage or input error (one line, naming the file and the problem, no traceback).
"""

from __future__ import annotations

import sys

from summitcheck.cli.app import app
from summitcheck.cli.exits import EXIT_INPUT_ERROR

__all__ = ["main", "app"]


EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C


def main() -> None:
    try:
        app(prog_name="summitcheck")
    except KeyboardInterrupt:
        sys.stderr.write("summitcheck: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as exc:
        # typer turns a Ctrl-C inside a command into a silent exit 130: say why, on one line.
        if exc.code == EXIT_INTERRUPTED:
            sys.stderr.write("summitcheck: interrupted\n")
        raise
    except Exception as exc:  # last guard: never a traceback for the user
        sys.stderr.write(f"summitcheck: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_INPUT_ERROR)
