"""The rule engine: each group of claims, judged by the rule that applies to it.

The most specific rule wins: one that names the group's topic beats one that covers every
topic of a kind. Topic names may use shell wildcards ("count:*").
"""

from __future__ import annotations

import hashlib
from fnmatch import fnmatch

from summitcheck.align import Group
from summitcheck.model import Finding, Source
from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.comparators.base import CompareContext
from summitcheck.rules.loader import RuleSet
from summitcheck.rules.schema import RuleFile
from summitcheck.values import describe


def rule_for(group: Group, rules: list[RuleFile]) -> RuleFile | None:
    best = None
    for rule in rules:
        at = rule.applies_to
        if group.kind not in at.kinds or any(fnmatch(group.topic, t) for t in at.exclude_topics):
            continue
        if at.labels and not all(c.value.get("label") in at.labels for c in group.claims):
            continue  # "only places the tagger read as countries or cities (GPE)"
        if at.topics:
            matched = [t for t in at.topics if fnmatch(group.topic, t)]
            if not matched:
                continue
            rank = 2 if group.topic in at.topics else 1
        else:
            rank = 0
        if best is None or rank > best[0]:
            best = (rank, rule)
    return best[1] if best else None


def evaluate(groups: list[Group], ruleset: RuleSet, sources: list[Source], *,
             select: list[str] | None = None, ignore: list[str] | None = None) -> list[Finding]:
    rules = [r for r in ruleset.rules
             if (not select or r.id in select) and not (ignore and r.id in ignore)]
    ctx = compare_context(sources, ruleset)
    findings: list[Finding] = []
    for group in groups:
        rule = rule_for(group, rules)
        if rule is None:
            continue
        findings.append(_judge(group, rule, ctx))
    return sorted(findings, key=lambda f: (f.topic, f.id))


def compare_context(sources: list[Source], ruleset: RuleSet) -> CompareContext:
    """What a comparator knows besides the claims: publication dates, settled topics."""
    return CompareContext({s.id: s.published for s in sources},
                          frozenset(t.id for t in ruleset.vocabulary.topics if t.settled))


def _judge(group: Group, rule: RuleFile, ctx: CompareContext) -> Finding:
    claims = group.claims
    sources = group.sources
    note = detail = None
    conflicting: list[tuple[int, int]] = []
    if len(sources) == 1:
        status = "single_source"
    else:
        comparator = REGISTRY[rule.comparator](rule.params)
        verdict = comparator.compare(claims, ctx)
        status, conflicting, note, detail = verdict.status, verdict.conflicting, verdict.note, verdict.detail
    severity = getattr(rule.severity, status)
    values = _distinct_values(group)
    fields = {
        "value": _agreed_set(group) if group.kind == "set" and status == "agree" else values[0] if values else "",
        "values": " vs ".join(values),
        "n": len(sources),
        "source": sources[0],
        "topic": group.topic,
        "subject": group.subject or "",
        "about": _about(group),
    }
    try:
        message = getattr(rule.message, status).format(**fields)
    except (KeyError, IndexError, ValueError):
        message = getattr(rule.message, status)
    if detail:
        message += f" ({detail})"
    finding = Finding(
        id=_finding_id(rule.id, group, status), rule=rule.id, topic=group.topic, kind=group.kind,
        status=status, severity=severity, message=message, claims=claims, event=group.event,
        subject=group.subject, note=note, params=dict(rule.params),
        conflicting=sorted({i for pair in conflicting for i in pair}),
    )
    return finding


# How a finding names an occasion that is not the bundle's event, so that the previous
# meeting's "2022-11 (event-dates)" is not read as the event's own dates.
EVENT_LABELS = {"earlier": "earlier attempt", "previous": "previous meeting", "other": "another meeting"}


def _about(group: Group) -> str:
    about = f"{group.topic}: {group.subject}" if group.subject else group.topic
    label = EVENT_LABELS.get(group.event)
    return f"{about}, {label}" if label else about


def _agreed_set(group: Group) -> str:
    """What agreeing lists say together: every member named present, then every member named
    absent. Partial lists agree by not contradicting each other, so the most common one alone
    ("leaders: X (6 sources)") would claim more agreement than there is."""
    present = sorted({m for c in group.claims if c.modality != "negated" for m in c.value["members"]})
    absent = sorted({m for c in group.claims if c.modality == "negated" for m in c.value["members"]})
    parts = [", ".join(present)] if present else []
    parts += [f"not {', '.join(absent)}"] if absent else []
    return "; ".join(parts)


def _distinct_values(group: Group) -> list[str]:
    """Values as stated, the most sources first; a dateline's place counts last."""
    counts: dict[str, set[str]] = {}
    weak: set[str] = set()
    for c in group.claims:
        text = describe(c.kind, c.value)
        if c.kind == "set" and c.modality == "negated":
            text = f"not {text}"  # "The US and Britain did not sign"
        counts.setdefault(text, set())
        if c.basis == "dateline":
            weak.add(text)
        else:
            counts[text].add(c.source)
    order = list(counts)
    return sorted(order, key=lambda t: (t in weak and not counts[t], -len(counts[t]), order.index(t)))


def _finding_id(rule_id: str, group: Group, status: str) -> str:
    """Stable across file order, offsets, unrelated edits and tool versions.

    What was claimed, not where: the rule, the group's identity (event, kind, topic,
    subject), the verdict, and each source with the normalised values it states, so an id
    in a baseline stops matching when a source changes a figure or a new source joins.
    """
    stated = sorted({(c.source, describe(c.kind, c.value)) for c in group.claims})
    key = "|".join([rule_id, group.event, group.kind, group.topic, group.subject or "", status,
                    ";".join(f"{source}={value}" for source, value in stated)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
