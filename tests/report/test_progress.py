"""The progress bar: only at a terminal, only for long runs, never with --quiet."""

from __future__ import annotations

import io

from summitcheck.report.progress import MIN_FILES, progress_bar


def test_progress_is_off_when_stderr_is_not_a_terminal():
    with progress_bar(stream=io.StringIO()) as progress:
        assert progress is None


def test_progress_is_off_with_quiet_even_at_a_terminal():
    with progress_bar(stream=io.StringIO(), quiet=True, terminal=True) as progress:
        assert progress is None


def test_progress_draws_for_many_files_at_a_terminal():
    out = io.StringIO()
    with progress_bar(stream=out, terminal=True) as progress:
        for done in range(1, MIN_FILES + 1):
            progress(done, MIN_FILES)
    assert "reading articles" in out.getvalue()


def test_progress_stays_silent_for_few_files_at_a_terminal():
    out = io.StringIO()
    with progress_bar(stream=out, terminal=True) as progress:
        for done in range(1, 4):
            progress(done, 3)
    assert out.getvalue() == ""
