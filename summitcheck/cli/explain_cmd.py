"""``summitcheck explain FINDING_ID PATHS...``: the evidence and the reasoning behind one finding.

Re-runs the check on the bundle (the claim cache makes that quick), picks the finding by
its id or a unique prefix of it, and prints each claim with its quote and value, the rule
with its parameters, and why the comparator decided as it did: the pairs of claims that do
not fit together, with the intervals, converted amounts or names that were compared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from summitcheck.errors import InputError
from summitcheck.model import Claim, Finding
from summitcheck.report.locations import LineIndex, display_path
from summitcheck.values import describe, figure


def pick(findings: list[Finding], wanted: str, where: str) -> Finding:
    """The finding whose id is ``wanted`` or starts with it; else an :class:`InputError`."""
    wanted = wanted.strip().lower()
    exact = [f for f in findings if f.id == wanted]
    hits = exact or [f for f in findings if wanted and f.id.startswith(wanted)]
    if not hits:
        raise InputError(where, f"no finding with id {wanted!r}")
    if len({f.id for f in hits}) > 1:
        raise InputError(where, f"id prefix {wanted!r} matches {len(hits)} findings: "
                                f"{', '.join(sorted(f.id for f in hits))}")
    return hits[0]


def marked(c: Claim) -> str:
    at = c.sentence.find(c.text) if c.text else -1
    if at < 0:
        return c.sentence
    return f"{c.sentence[:at]}[[{c.text}]]{c.sentence[at + len(c.text):]}"


def explain_text(result, finding: Finding, rule, ruleset) -> str:
    """The explanation as plain text (``rule`` is the RuleFile, or None if it is gone)."""
    from summitcheck.rules.comparators import REGISTRY
    from summitcheck.rules.engine import compare_context

    sources = {s.id: s for s in result.sources}
    out = [f"finding {finding.id}: {finding.status} ({finding.severity})", f"  {finding.message}",
           f"  topic {finding.topic}, kind {finding.kind}, event {finding.event}"
           + (f", subject {finding.subject}" if finding.subject else ""), "", "evidence:"]
    for n, c in enumerate(finding.claims, 1):
        src = sources[c.source]
        line, col = LineIndex(src.text).position(c.start)
        flags = ", ".join(x for x in (c.modality if c.modality != "reported" else "",
                                      f"basis {c.basis}" if c.basis else "") if x)
        side = "  <- in conflict" if (n - 1) in finding.conflicting else ""
        out += [f"  [{n}] {c.source} ({display_path(src.path)}:{line}:{col}), published "
                f"{src.published or 'unknown'} ({src.published_basis}){side}",
                f"      quote: “{marked(c)}”",
                f"      value: {describe(c.kind, c.value)}" + (f" [{flags}]" if flags else ""),
                f"      as read: {json.dumps(c.value, ensure_ascii=False, sort_keys=True)}"]
    out += ["", f"rule: {finding.rule}"]
    comparator = None
    if rule is not None:
        cls = REGISTRY[rule.comparator]
        comparator = cls(rule.params)
        out += [f"  {' '.join(rule.description.split())}",
                f"  comparator: {cls.name}: {cls.description}", "  parameters:"]
        out += [f"    {k} = {comparator.p.get(k, default)!r}  ({meaning})"
                for k, (_, default, meaning) in cls.params.items()] or ["    (none)"]
        out.append(f"  severity: conflict={rule.severity.conflict}, agree={rule.severity.agree}, "
                   f"single_source={rule.severity.single_source}")
    out += ["", "why:"]
    ctx = compare_context(result.sources, ruleset)
    out += [f"  {line}" for line in _why(finding, comparator, ctx)]
    return "\n".join(out) + "\n"


def _why(f: Finding, comparator, ctx) -> list[str]:
    claims = f.claims
    if f.status == "single_source":
        return [f"only {claims[0].source} states this: nothing to compare it with."]
    lines = [f"[{i + 1}] {_reading(c, comparator, ctx)}" for i, c in enumerate(claims)]
    if comparator is None:
        return lines + ["(the rule is no longer loaded; its verdict cannot be recomputed)"]
    verdict = comparator.compare(claims, ctx)
    pairs = verdict.conflicting
    if pairs:
        lines.append("these do not fit together:")
        for i, j in pairs:
            if i == j:
                lines.append(f"  [{i + 1}] disagrees with itself (its two currencies differ beyond the tolerance)")
            else:
                lines.append(f"  [{i + 1}] {describe(claims[i].kind, claims[i].value)} ({claims[i].source}) vs "
                             f"[{j + 1}] {describe(claims[j].kind, claims[j].value)} ({claims[j].source})"
                             f"{_pair_reason(claims[i], claims[j], comparator)}")
    else:
        lines.append("every two sources' claims are compatible under the parameters above, so they agree.")
    if verdict.note:
        lines.append(f"note: {verdict.note}")
    if verdict.detail:
        lines.append(f"detail: {verdict.detail}")
    return lines


def _reading(c: Claim, comparator, ctx) -> str:
    """What the comparator sees in a claim: an interval, amounts in euros, members, a name."""
    v = c.value
    head = f"{c.source}: {describe(c.kind, v)}"
    if c.kind == "date":
        return f"{head} = interval {v['start']} .. {v['end']} ({v.get('granularity')}" \
               + (", an explicit range)" if v.get("range") else ")")
    if c.kind in ("count", "ordinal"):
        low = "-inf" if v.get("low") is None else f"{v['low']:g}"
        high = "+inf" if v.get("high") is None else f"{v['high']:g}"
        return f"{head} = interval [{low}, {high}]"
    if c.kind == "money":
        from summitcheck.rules.comparators.money import to_eur

        parts = []
        for reading in [v] + ([v["alt"]] if "alt" in v else []):
            low = reading.get("low") or 0.0
            high = reading.get("high")
            rate = to_eur(1.0, reading["currency"], ctx.published.get(c.source))
            span = f"[{figure(low)}, {'+inf' if high is None else figure(high)}] {reading['currency']}"
            if rate is not None and reading["currency"] != "EUR":
                span += (f" = [{figure(low * rate)}, {'+inf' if high is None else figure(high * rate)}] EUR "
                         f"at the ECB rate of {ctx.published.get(c.source) or 'the latest day'} (or the business day before)")
            elif rate is None:
                span += " (no ECB rate: compared only within its currency)"
            parts.append(span)
        return f"{head} = " + " and ".join(parts)
    if c.kind == "set":
        return f"{head} = {'absent' if c.modality == 'negated' else 'present'}: {', '.join(v['members'])}" \
               + (" (a complete list)" if c.basis == "list" else "")
    return f"{head} = {v.get('canonical') or v.get('text')!r}" + (f" ({v['level']})" if v.get("level") else "")


def _pair_reason(a: Claim, b: Claim, comparator) -> str:
    p = comparator.p
    if a.kind == "date":
        return f": the intervals do not meet within {p.get('slack_days', 0)} day(s)" \
               + (" and explicit ranges must match at both ends" if a.value.get("range") and b.value.get("range") else "")
    if a.kind in ("count",) and "slack" in p:
        return f": the intervals do not overlap (slack {p['slack']:g})"
    if a.kind == "money":
        return f": outside a relative tolerance of {float(p.get('relative', 0)):.0%}"
    if a.kind == "set":
        both = sorted(set(a.value["members"]) & set(b.value["members"]))
        if (a.modality == "negated") != (b.modality == "negated"):
            return f": one says absent, the other present: {', '.join(both)}"
        only_a = sorted(set(a.value["members"]) - set(b.value["members"]))
        only_b = sorted(set(b.value["members"]) - set(a.value["members"]))
        return f": two complete lists, neither inside the other (only first: {', '.join(only_a)}; " \
               f"only second: {', '.join(only_b)})"
    if "threshold" in p:
        from rapidfuzz import fuzz

        x = str(a.value.get("canonical") or a.value.get("text", ""))
        y = str(b.value.get("canonical") or b.value.get("text", ""))
        score = fuzz.token_sort_ratio(x.casefold(), y.casefold())
        return f": similarity {score:.0f} is below the threshold {float(p['threshold']):.0f}"
    return ""


def explain(
    finding_id: str = typer.Argument(..., help="A finding id, or a unique prefix of one."),
    paths: list[str] = typer.Argument(..., help="The bundle the finding came from (folders or files)."),
    rules: list[Path] = typer.Option([], "--rules", help="Rules folder (repeat to add folders)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to load."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: found from the bundle)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1),
    no_cache: bool = typer.Option(False, "--no-cache"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir"),
) -> None:
    """Show the evidence, the rule and its parameters, and why a finding got its verdict."""
    from summitcheck.cli.app import _rule_dirs, fail
    from summitcheck.cli.config import config_for
    from summitcheck.pipeline import verify as run_verify
    from summitcheck.rules.loader import default_rules_dir, load_rules

    try:
        cfg = config_for(paths, config)
        s = cfg.settings
        dirs = _rule_dirs(rules or cfg.rule_dirs(), default_rules_dir())
        result = run_verify(paths, model=model or s.model, rule_dirs=dirs, select=s.select or None,
                            ignore=s.ignore or None, jobs=jobs or s.jobs, cache_dir=cache_dir,
                            use_cache=not no_cache)
        if not result.sources:
            raise InputError(" ".join(paths), "no readable .txt or .md articles found")
        finding = pick(result.findings, finding_id, " ".join(paths))
        ruleset = load_rules(dirs)
        typer.echo(explain_text(result, finding, ruleset.get(finding.rule), ruleset), nl=False)
    except InputError as exc:
        fail(exc)
