"""Score ``verify`` on a bundle against its gold facts and planted edits.

    python -m summitcheck.eval BUNDLE_DIR [--gold FILE] [--mutations FILE] [--json]

A bundle is a folder of articles with a ``gold.yaml`` (what a careful fact-checker finds)
and a ``mutations.yaml`` (one-edit variants: planted conflicts that must be caught, harmless
rewrites that must not raise one), in the formats of the seeds' files. Prints, per bundle:
agree facts found, gold conflicts found, single-source facts found, false conflicts, planted
edits caught and harmless edits clean.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from summitcheck.align.people import same_person
from summitcheck.model import Claim, Finding
from summitcheck.normalize.dates import parse_date
from summitcheck.normalize.places import canonical_country
from summitcheck.pipeline import verify


@dataclass
class Score:
    bundle: str
    agree_found: int = 0
    agree_total: int = 0
    conflict_found: int = 0
    conflict_total: int = 0
    single_found: int = 0
    single_total: int = 0
    false_conflicts: int = 0
    planted_caught: int = 0
    planted_total: int = 0
    harmless_clean: int = 0
    harmless_total: int = 0
    missed: list[str] = field(default_factory=list)

    def meets_target(self) -> bool:
        return (self.agree_found == self.agree_total and self.conflict_found == self.conflict_total
                and self.false_conflicts == 0 and self.harmless_clean == self.harmless_total
                and (self.planted_total == 0 or self.planted_caught >= 0.9 * self.planted_total))

    def line(self) -> str:
        return (f"{self.bundle}: agree {self.agree_found}/{self.agree_total}, conflicts "
                f"{self.conflict_found}/{self.conflict_total}, single-source {self.single_found}/"
                f"{self.single_total}, false conflicts {self.false_conflicts}, planted caught "
                f"{self.planted_caught}/{self.planted_total}, harmless clean "
                f"{self.harmless_clean}/{self.harmless_total}")


# --- matching a claim against a gold value -------------------------------------------------

def _gold_interval(value) -> tuple[date, date] | None:
    text = str(value)
    if "/" in text:
        a, b = text.split("/", 1)
        da, db = parse_date(a), parse_date(b)
        return (da.start, db.end) if da and db else None
    d = parse_date(text)
    return (d.start, d.end) if d else None


def _same_name(a: str, b: str) -> bool:
    ca, cb = canonical_country(a), canonical_country(b)
    if ca or cb:
        return ca == cb
    return same_person(a, b) or fuzz.token_sort_ratio(a.casefold(), b.casefold()) >= 85


# Kinds whose value is a name: a country named as a text ("the Philippines would chair ASEAN
# in 2026", topic chair-rotation) is the same finding as the country named as a place.
NAMED_KINDS = ("place", "text")


def matches(claim: Claim, kind: str, value, qualifier: str | None = None) -> bool:
    if claim.kind != kind and not _one_country_named(claim, kind, value):
        return False
    v = claim.value
    if kind == "date":
        gold = _gold_interval(value)
        if gold is None:
            return False
        c0, c1 = date.fromisoformat(v["start"]), date.fromisoformat(v["end"])
        return (gold[0] <= c0 and c1 <= gold[1]) or (c0 <= gold[0] and gold[1] <= c1)
    if kind in ("count", "ordinal"):
        if float(v["value"]) != float(value):
            return False
        if qualifier == "more_than":
            return v.get("low") is not None and v["low"] > float(value)
        return True
    if kind == "money":
        return (v["currency"] == value["currency"]
                and abs(v["amount"] - float(value["amount"])) <= 0.01 * float(value["amount"]))
    if kind == "set":
        gold = [str(x) for x in value]
        # a gold list of guests ("the guest leaders named as attending") may leave out
        # the host that the claim's list names; either reading of the claim is the list
        guests = [m for m in v["members"] if m not in v.get("hosts", [])]
        return any(all(any(_same_name(g, h) for h in have) for g in gold)
                   and all(any(_same_name(h, g) for g in gold) for h in have)
                   for have in (list(v["members"]), guests) if have)
    text = str(v.get("canonical") or v.get("text", ""))
    return _same_name(text, str(value)) or str(value).casefold() in text.casefold()


def _one_country_named(claim: Claim, kind: str, value) -> bool:
    if kind not in NAMED_KINDS or claim.kind not in NAMED_KINDS:
        return False
    country = canonical_country(str(claim.value.get("canonical") or claim.value.get("text", "")))
    return bool(country) and country == canonical_country(str(value))


def _files_matched(finding: Finding, fact: dict) -> set[str]:
    out = set()
    claims = finding.claims + (_sets_per_file(finding.claims) if fact["kind"] == "set" else [])
    for gc in fact["claims"]:
        for c in claims:
            if c.source == gc["file"] and matches(c, fact["kind"], gc["value"], gc.get("qualifier")):
                out.add(gc["file"])
    return out


def _sets_per_file(claims: list[Claim]) -> list[Claim]:
    """A gold set is what a whole file names, passage by passage ("A withdrew ... B boycotted
    the talks"): each file's lists in a finding, joined per modality (those there, those not)."""
    joined: dict[tuple[str, bool], Claim] = {}
    for c in claims:
        if c.kind != "set":
            continue
        key = (c.source, c.modality == "negated")
        if key not in joined:
            joined[key] = replace(c, value={"members": [], "hosts": []})
        value = joined[key].value
        value["members"] = list(dict.fromkeys(value["members"] + list(c.value["members"])))
        value["hosts"] = list(dict.fromkeys(value["hosts"] + list(c.value.get("hosts", []))))
    return [c for c in joined.values() if len(c.value["members"]) > 1]


# --- scoring ---------------------------------------------------------------------------------

def articles(bundle: Path) -> list[str]:
    return [str(p) for p in sorted(bundle.iterdir()) if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md"]


def score_facts(findings: list[Finding], gold: dict, score: Score) -> None:
    matched_conflicts: set[str] = set()
    for fact in gold.get("facts", []):
        verdict = fact["verdict"].replace("-", "_")
        if verdict == "agree":
            score.agree_total += 1
            ok = any(f.status == "agree" and len(_files_matched(f, fact)) >= 2 for f in findings)
            score.agree_found += ok
        elif verdict == "single_source":
            score.single_total += 1
            ok = any(f.status == "single_source" and _files_matched(f, fact) for f in findings)
            score.single_found += ok
        else:
            score.conflict_total += 1
            hits = [f for f in findings if f.status == "conflict" and len(_files_matched(f, fact)) >= 2]
            matched_conflicts.update(f.id for f in hits)
            ok = bool(hits)
            score.conflict_found += ok
        if not ok:
            score.missed.append(f"{verdict} {fact['id']}")
    false = [f for f in findings if f.status == "conflict" and f.id not in matched_conflicts]
    score.false_conflicts = len(false)
    score.missed += [f"false conflict: {f.message}" for f in false]


def conflict_keys(findings: list[Finding]) -> set[tuple]:
    return {(f.rule, f.event, f.topic, f.subject) for f in findings if f.status == "conflict"}


def _new_conflicts(keys: set[tuple], before: set[tuple]) -> set[tuple]:
    """Conflict keys not in ``before``. A conflict whose subject is a person is the same one
    when only the bundle's fullest spelling of the name changed ("Mohamed Ould Ghazouani",
    "Mohamed Ould Cheikh El Ghazouani"): a rewrite of a name is not a new conflict."""
    return {k for k in keys - before
            if not any(k[:3] == b[:3] and k[3] and b[3] and same_person(k[3], b[3]) for b in before)}


def run_mutation(bundle: Path, mutation: dict, **kw) -> tuple[list[Finding], int, int]:
    """Findings of the bundle with one edit applied, and the edit's span in the edited file."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in articles(bundle):
            shutil.copy(path, tmp)
        target = Path(tmp) / mutation["file"]
        text = target.read_text(encoding="utf-8")
        pos = text.find(mutation["find"])
        if pos < 0:
            raise ValueError(f"{bundle}/{mutation['file']}: mutation {mutation['id']}: text to find is not in the file")
        target.write_text(text[:pos] + mutation["replace"] + text[pos + len(mutation["find"]):], encoding="utf-8")
        result = verify(articles(Path(tmp)), **kw)
    return result.findings, pos, pos + len(mutation["replace"])


def caught(findings: list[Finding], mutation: dict, start: int, end: int,
           before: set[tuple] = frozenset()) -> bool:
    """Whether an edit raised a conflict: one that cites the edited words and that the
    unedited bundle (``before``, its ``conflict_signatures``) did not already have. A
    conflict that was there anyway, and merely quotes the edited sentence, catches nothing."""
    for f in findings:
        if f.status != "conflict" or _signature(f) in before:
            continue
        for c in f.claims:
            if c.source == mutation["file"] and c.start < end and start < c.end:
                return True
    return False


def conflict_signatures(findings: list[Finding]) -> set[tuple]:
    return {_signature(f) for f in findings if f.status == "conflict"}


def _signature(f: Finding) -> tuple:
    """A conflict as its claims' words, which an edit changes and offsets do not."""
    return (f.rule, f.event, f.topic, f.subject, tuple(sorted((c.source, c.text) for c in f.claims)))


def evaluate_bundle(bundle: Path, gold_path: Path | None = None, mutations_path: Path | None = None,
                    *, mutations: bool = True, **kw) -> Score:
    bundle = Path(bundle)
    gold_path = gold_path or bundle / "gold.yaml"
    mutations_path = mutations_path or bundle / "mutations.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    score = Score(bundle.name)
    base = verify(articles(bundle), **kw)
    score_facts(base.findings, gold, score)
    if mutations and mutations_path.exists():
        muts = yaml.safe_load(mutations_path.read_text(encoding="utf-8")) or {}
        base_keys = conflict_keys(base.findings)
        base_conflicts = conflict_signatures(base.findings)
        for m in muts.get("planted", []):
            score.planted_total += 1
            findings, s, e = run_mutation(bundle, m, **kw)
            if caught(findings, m, s, e, base_conflicts):
                score.planted_caught += 1
            else:
                score.missed.append(f"planted not caught: {m['id']}")
        for m in muts.get("harmless", []):
            score.harmless_total += 1
            findings, _, _ = run_mutation(bundle, m, **kw)
            extra = _new_conflicts(conflict_keys(findings), base_keys)
            if not extra:
                score.harmless_clean += 1
            else:
                score.missed.append(f"harmless edit raised a conflict: {m['id']} {sorted(extra)}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m summitcheck.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("bundles", nargs="+", type=Path, help="bundle folders")
    parser.add_argument("--gold", type=Path, help="gold file (default: BUNDLE/gold.yaml)")
    parser.add_argument("--mutations", type=Path, help="mutations file (default: BUNDLE/mutations.yaml)")
    parser.add_argument("--no-mutations", action="store_true", help="score the gold facts only")
    parser.add_argument("--json", action="store_true", help="print scores as JSON lines")
    args = parser.parse_args(argv)
    ok = True
    for bundle in args.bundles:
        gold = args.gold or bundle / "gold.yaml"
        if not bundle.is_dir() or not gold.is_file():
            print(f"summitcheck.eval: {bundle}: not a bundle folder with a gold.yaml", file=sys.stderr)
            return 2
        score = evaluate_bundle(bundle, args.gold, args.mutations, mutations=not args.no_mutations)
        ok &= score.meets_target()
        if args.json:
            print(json.dumps(asdict(score)))
        else:
            print(score.line())
            for miss in score.missed:
                print(f"  - {miss}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
