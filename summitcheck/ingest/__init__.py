"""Ingest: article files to :class:`~summitcheck.model.Source` objects.

Reads every ``.txt``/``.md`` file under the given paths, decodes it, blanks out what is not
reporting, and dates it (header, dateline, inferred, or none).
"""

from __future__ import annotations

import hashlib
from datetime import date

from summitcheck.ingest.boilerplate import blank, find_boilerplate
from summitcheck.ingest.published import (
    find_date_line,
    find_dateline,
    header_date,
    dated_reports,
    infer_published,
)
from summitcheck.ingest.reader import discover, read_text
from summitcheck.model import Skipped, Source
from summitcheck.normalize.dates import parse_date

__all__ = ["load_sources"]


def load_sources(paths: list[str]) -> tuple[list[Source], list[Skipped]]:
    """Sources under ``paths`` (sorted by id), and the files skipped with their reasons."""
    files, skipped = discover(paths)
    sources: list[Source] = []
    for path, source_id in files:
        try:
            text, encoding, raw = read_text(path)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            skipped.append(Skipped(str(path), reason))
            continue
        if not text.strip():
            skipped.append(Skipped(str(path), "empty file"))
            continue
        sources.append(_prepare(source_id, str(path), text, encoding, raw))
    _date_sources(sources)
    return sources, skipped


def _prepare(source_id: str, path: str, text: str, encoding: str, raw: bytes) -> Source:
    removed = find_boilerplate(text)
    published, span = header_date(text)
    basis = "header" if published else "none"
    if span:
        removed.append((span[0], span[1], "metadata"))
    dateline_place = dateline_span = None
    found = find_dateline(text)
    if found:
        dateline_place, _, dateline_span = found
        removed.append((dateline_span[0], dateline_span[1], "dateline"))
    date_line = find_date_line(text)
    if date_line:
        removed.append((date_line[1][0], date_line[1][1], "page date line"))
    analysis = blank(text.replace("\u00a0", " ").replace("\u202f", " "), removed)
    return Source(
        id=source_id, path=path, text=text, analysis_text=analysis,
        sha256=hashlib.sha256(raw).hexdigest(), published=published, published_basis=basis,
        dateline_place=dateline_place, dateline_span=dateline_span, encoding=encoding,
        removed=sorted(removed),
    )


def _date_sources(sources: list[Source]) -> None:
    """Dates from datelines (whose year may come from the bundle), then inferred dates."""
    known = [date.fromisoformat(s.published) for s in sources if s.published]
    for source in sources:
        if source.published:
            continue
        value = None
        found = find_dateline(source.text)
        if found and found[1]:
            value = parse_date(found[1], _median_or_none(known))
        if value is None:
            line = find_date_line(source.text)
            if line:
                value = parse_date(line[0], _median_or_none(known))
        if value is not None and (not value.anchored or known):
            source.published = value.start.isoformat()
            source.published_basis = "dateline"
    known = [date.fromisoformat(s.published) for s in sources if s.published]
    reports = None
    for source in sources:
        if source.published:
            continue
        if reports is None:
            reports = dated_reports([(date.fromisoformat(s.published), s.analysis_text) for s in sources if s.published])
        inferred = infer_published(source.analysis_text, known, reports)
        if inferred is not None:
            source.published = inferred.isoformat()
            source.published_basis = "inferred"


def _median_or_none(dates: list[date]) -> date | None:
    if not dates:
        return None
    ordered = sorted(dates)
    return ordered[(len(ordered) - 1) // 2]
