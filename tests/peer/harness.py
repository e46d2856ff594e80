"""Runs the peer suites' cases (tests/peer/data) through summitcheck's own readers.

Shared by ``tests/peer/test_peer_specs.py`` and ``bench/peer_rates.py``. Every case's input
goes through one ``nlp.pipe`` and then through the same finders and normalisers that
extraction uses, before any topic is chosen (a peer case such as "I'll go back Oct/2" has no
summit topic, and topics are not what the peer suites test):

- money: ``find_money`` (the scanner the extractor runs over each sentence), each match read
  by ``parse_money``;
- number: spaCy's CARDINAL entities (as counts are found) and the number scanner
  ``find_numbers``, each read by ``parse_number``;
- number_bound: the number scanner's hedged figures, read by ``parse_quantity``;
- date: ``temporal.date_readings`` (the tagger's DATE entities plus the explicit-date and
  weekday patterns, each resolved against the case's reference date).

How a case counts as passed (one rule for every kind, extra readings allowed): the expected
value is among the values read from the input. Money: same ISO currency and amount within
0.5% (the suites write "$ 1.17 billion" and mean 1170000000). Numbers: the same value to
1e-9 relative. Number bounds: same lower and upper bound and, for one-sided bounds, the same
open or closed end (the peers write "between 20 and 30" as [20,30); we read both ends as
stated, so two-sided bounds compare by value only). Dates: same first and last day; for the
ambiguous file, any of the listed readings.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
FILES = ("news-subset.jsonl", "news-subset-ambiguous-dates.jsonl", "news-subset-number-bounds.jsonl")
KNOWN_FAILURES = Path(__file__).resolve().parent / "known_failures.yaml"
MONEY_TOLERANCE = 0.005


@dataclass
class Case:
    id: str
    file: str
    kind: str  # money | number | number_bound | date
    group: str  # the kind as reported: money, number, number range, date, date range, ...
    input: str
    reference: date | None
    expected: list[dict]  # any of these
    row: dict = field(repr=False, default_factory=dict)


def load_cases(files: tuple[str, ...] = FILES) -> list[Case]:
    """Every line of the peer files, each with a stable id: file, suite, case index, and the
    line's position among the lines of the same case."""
    cases: list[Case] = []
    for name in files:
        seen: Counter = Counter()
        stem = name.removesuffix(".jsonl")
        for line in (DATA / name).read_text("utf-8").splitlines():
            row = json.loads(line)
            suite = row["suite"].removeprefix("recognizers-text/").removesuffix(".json")
            key = (suite, row["case"])
            n = seen[key]
            seen[key] += 1
            ref = date.fromisoformat(row["reference_date"]) if row.get("reference_date") else None
            expected = row.get("expected_any_of") or [row["expected"]]
            cases.append(Case(f"{stem}:{suite}#{row['case']}.{n}", name, row["kind"],
                              _group(row, name), row["input"], ref, expected, row))
    return cases


def _group(row: dict, name: str) -> str:
    kind = row["kind"]
    if kind == "number_bound":
        return "number range"
    if kind == "date":
        tags = row.get("tags", [])
        base = "date range" if "range" in tags else "date"
        return base + (" (ambiguous)" if "ambiguous" in name else "")
    return kind


# --- Reading ------------------------------------------------------------------------------


def read_all(cases: list[Case], nlp=None) -> dict[str, list[dict]]:
    """Values read from each case's input, by case id (one pass of the model over all)."""
    from summitcheck.extract.nlp import load_model
    from summitcheck.rules.loader import load_rules

    nlp = nlp or load_model()
    vocab = load_rules().vocabulary
    out: dict[str, list[dict]] = {}
    docs = nlp.pipe((c.input for c in cases), batch_size=64)
    for case, doc in zip(cases, docs):
        out[case.id] = _read(case, doc, vocab)
    return out


def _read(case: Case, doc, vocab) -> list[dict]:
    if case.kind == "money":
        return _money(case.input)
    if case.kind == "number":
        return _numbers(case.input, doc)
    if case.kind == "number_bound":
        return _bounds(case.input)
    return _dates(case, doc, vocab)


def _money(text: str) -> list[dict]:
    from summitcheck.normalize.money import find_money

    return [{"amount": money.amount, "currency": money.currency, "text": text[s:e]}
            for s, e, money in find_money(text)]


def _numbers(text: str, doc) -> list[dict]:
    from summitcheck.normalize.numbers import find_numbers, parse_number

    found = []
    for ent in doc.ents:
        if ent.label_ == "CARDINAL":
            value = parse_number(ent.text)
            if value is not None:
                found.append({"value": value, "text": ent.text})
    for start, end, value in find_numbers(text):
        found.append({"value": value, "text": text[start:end]})
    return found


def _bounds(text: str) -> list[dict]:
    from summitcheck.normalize.numbers import find_quantities

    return [{"min": iv.low, "max": iv.high, "hedge": iv.hedge, "text": text[s:e]}
            for s, e, iv in find_quantities(text)]


def _dates(case: Case, doc, vocab) -> list[dict]:
    from summitcheck.extract.sentence import SentenceContext
    from summitcheck.extract.temporal import date_readings
    from summitcheck.model import Source

    source = Source(id="case", path="case", text=case.input, analysis_text=case.input, sha256="",
                    published=case.reference.isoformat() if case.reference else None)
    found = []
    for sent in doc.sents:
        ctx = SentenceContext.build(source, sent, vocab, case.reference)
        for start, end, value in date_readings(ctx):
            found.append({"start": value.start.isoformat(), "end": value.end.isoformat(),
                          "text": case.input[start:end]})
    return found


# --- Judging ------------------------------------------------------------------------------


def passes(case: Case, found: list[dict]) -> bool:
    return any(_same(case.kind, want, got) for want in case.expected for got in found)


def _same(kind: str, want: dict, got: dict) -> bool:
    if kind == "money":
        return got["currency"] == want["currency"] and _close(got["amount"], want["amount"], MONEY_TOLERANCE)
    if kind == "number":
        return _close(got["value"], want["value"], 1e-9)
    if kind == "number_bound":
        return _same_bound(want, got)
    return got["start"] == want["start"] and got["end"] == want["end"]


def _close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def _same_bound(want: dict, got: dict) -> bool:
    lo, hi, hedge = got["min"], got["max"], got["hedge"]
    # Our intervals are closed; an open end is the hedge "more than" / "less than".
    if want["min"] is not None and want["max"] is not None:
        return lo is not None and hi is not None and _close(lo, want["min"], 1e-9) and _close(hi, want["max"], 1e-9)
    if want["min"] is not None:
        kind = "more_than" if not want["min_inclusive"] else "at_least"
        return hi is None and hedge == kind and lo is not None and _close(lo, want["min"], 1e-9)
    kind = "less_than" if not want["max_inclusive"] else "up_to"
    return hedge == kind and hi is not None and _close(hi, want["max"], 1e-9)


def run(cases: list[Case] | None = None, nlp=None) -> dict[str, bool]:
    """Pass or fail for every case, by id."""
    cases = cases if cases is not None else load_cases()
    found = read_all(cases, nlp)
    return {c.id: passes(c, found[c.id]) for c in cases}


def rates(cases: list[Case], results: dict[str, bool]) -> dict[tuple[str, str], tuple[int, int]]:
    """(passed, total) by (file, group)."""
    table: dict[tuple[str, str], list[int]] = {}
    for c in cases:
        cell = table.setdefault((c.file, c.group), [0, 0])
        cell[0] += results[c.id]
        cell[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(table.items())}


def load_known_failures() -> dict[str, str]:
    import yaml

    if not KNOWN_FAILURES.exists():
        return {}
    data = yaml.safe_load(KNOWN_FAILURES.read_text("utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}
