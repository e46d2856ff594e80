"""The command line: ``summitcheck verify|extract|rules``.

Exit codes are named here and nowhere else: 0 clean, 1 findings at or above ``--fail-on``,
2 usage or input error (one line, naming the file and the problem, no traceback).
"""

from __future__ import annotations

import sys

from summitcheck.cli.app import app
from summitcheck.cli.exits import EXIT_INPUT_ERROR

__all__ = ["main", "app"]


def main() -> None:
    try:
        app(prog_name="summitcheck")
    except KeyboardInterrupt:
        sys.stderr.write("summitcheck: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # last guard: never a traceback for the user
        sys.stderr.write(f"summitcheck: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_INPUT_ERROR)
