"""Errors that reach the user as one line and exit code 2.

Every stage raises :class:`InputError` for problems with what the user gave us (a path, a
file, a rule file); the CLI turns it into ``path: problem`` without a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """A problem with the user's input, reported as ``<where>: <problem>``."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
