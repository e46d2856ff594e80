"""The desk report: one self-contained HTML file a fact-checker opens in a browser and shares.

Everything is inline (styles, script, data): the file must open offline, from a mail
attachment or a ticket, with no request to any other host. The page reads without script as
static lists with links into the source texts; the script adds filters and click-to-highlight.

Built with ``html.escape`` and a ``string.Template`` page rather than a template engine: the
markup is a handful of small fragments, and every piece of text goes through one escaping
function here, which is easier to audit than autoescape rules spread over templates.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources
from string import Template
from typing import Any, Iterable

from summitcheck.model import Claim, Finding, Source
from summitcheck.report.summary import Summary
from summitcheck.values import describe

STATUS_ORDER = ("conflict", "agree", "single_source")
STATUS_LABEL = {"conflict": "Conflict", "agree": "Agreed", "single_source": "Single source"}
SECTION_TITLE = {"conflict": "Conflicts", "agree": "Agreements", "single_source": "Single-source claims"}


def render_html(result, *, color: bool = False, verbose: bool = False, **_: Any) -> str:
    """The whole report as one HTML document. ``color`` has no meaning here; ``verbose``
    opens every agreement's quotes instead of folding them."""
    sources = list(result.sources)
    index = {s.id: i for i, s in enumerate(sources)}
    spans = _span_table(result, index)
    summary = Summary.of(result)
    by_status, claims_total = summary.by_status, summary.claims
    page = Template(_template("report.html"))
    return page.substitute(
        title=escape(_title(by_status, len(sources))),
        style=_template("report.css"),
        script=_template("report.js"),
        summary=_summary(result, by_status, claims_total),
        filters=_filters(result.findings),
        findings="\n".join(_section(st, by_status[st], sources, index, verbose) for st in STATUS_ORDER),
        skipped=_skipped(result.skipped),
        sources="\n".join(_source_block(s, i, spans.get(s.id, {}), result) for i, s in enumerate(sources)),
        data=_json_for_script(_data(result, index)),
        version=escape(f"summitcheck {result.version} · {result.model}"),
    )


def _template(name: str) -> str:
    return resources.files("summitcheck.report").joinpath("templates", name).read_text(encoding="utf-8")


def _title(by_status: dict[str, list[Finding]], n_sources: int) -> str:
    n = len(by_status["conflict"])
    return f"summitcheck: {n} conflict{'s' * (n != 1)} across {n_sources} sources"


def span_id(index: int, claim: Claim) -> str:
    """The id of a claim's highlighted span: claims with the same offsets share one."""
    return f"s{index}-{claim.start}-{claim.end}"


def _span_table(result, index: dict[str, int]) -> dict[str, dict[tuple[int, int], list[Claim]]]:
    """Every claim span per source: all claims read, plus any claim a finding holds."""
    table: dict[str, dict[tuple[int, int], list[Claim]]] = {}
    seen: set[tuple[str, int, int, str, str]] = set()
    everything = [c for cs in result.claims.values() for c in cs] + [c for f in result.findings for c in f.claims]
    for c in everything:
        key = (c.source, c.start, c.end, c.kind, c.topic)
        if c.source in index and key not in seen and c.end > c.start:
            seen.add(key)
            table.setdefault(c.source, {}).setdefault((c.start, c.end), []).append(c)
    return table


# ---------------------------------------------------------------- summary and filters

def _summary(result, by_status: dict[str, list[Finding]], claims_total: int) -> str:
    n_c, n_a, n_s = (len(by_status[s]) for s in STATUS_ORDER)
    items = [
        ("sources", len(result.sources), "sources"), ("claims", claims_total, "claims"),
        ("conflict", n_c, "conflict" + "s" * (n_c != 1)), ("agree", n_a, "agreed"),
        ("single_source", n_s, "single-source"), ("skipped", len(result.skipped), "skipped files"),
    ]
    return "".join(f'<li class="count count-{k}" data-count="{k}"><b>{v}</b> {escape(label)}</li>'
                   for k, v, label in items)


def _filters(findings: list[Finding]) -> str:
    boxes = "".join(
        f'<label class="chk chk-{st}"><input type="checkbox" name="status" value="{st}" checked> '
        f'{escape(SECTION_TITLE[st])}</label>' for st in STATUS_ORDER)
    topics = sorted({f.topic for f in findings})
    options = '<option value="">All topics</option>' + "".join(
        f'<option value="{escape(t)}">{escape(t)}</option>' for t in topics)
    return (f'<fieldset class="status-filter"><legend>Show</legend>{boxes}</fieldset>'
            f'<label class="topic-filter">Topic <select name="topic">{options}</select></label>')


def _skipped(skipped) -> str:
    if not skipped:
        return ""
    rows = "".join(f"<li><code>{escape(s.path)}</code>: {escape(s.reason)}</li>" for s in skipped)
    return f'<section class="skipped"><h2>Skipped files</h2><ul>{rows}</ul></section>'


# ---------------------------------------------------------------- findings

def _section(status: str, findings: list[Finding], sources: list[Source], index: dict[str, int],
             verbose: bool) -> str:
    body = "\n".join(_finding(f, sources, index, verbose) for f in findings)
    if not findings:
        body = f'<p class="none">No {escape(SECTION_TITLE[status].lower())}.</p>'
    return (f'<section class="group group-{status}" id="group-{status}" data-status="{status}">'
            f'<h2>{escape(SECTION_TITLE[status])} <span class="n">{len(findings)}</span></h2>{body}</section>')


def _finding(f: Finding, sources: list[Source], index: dict[str, int], verbose: bool) -> str:
    ids = " ".join(dict.fromkeys(span_id(index[c.source], c) for c in f.claims if c.source in index))
    head = (f'<header><span class="badge badge-{f.status} sev-{escape(f.severity)}">'
            f'{escape(STATUS_LABEL.get(f.status, f.status))}</span>'
            f'<h3 class="message">{escape(f.message)}</h3></header>'
            f'<p class="meta"><span class="topic">{escape(f.topic)}</span> · rule {escape(f.rule)} · '
            f'<code class="fid">{escape(f.id)}</code></p>')
    if f.note:
        head += f'<p class="note">{escape(f.note)}</p>'
    if f.status == "conflict":
        body = _sides(f, sources, index)
    else:
        quotes = "".join(_quote(c, sources, index) for c in f.claims)
        if f.status == "agree":
            names = ", ".join(sorted({c.source for c in f.claims}))
            open_ = " open" if verbose else ""
            body = (f'<details class="quotes"{open_}><summary>{len(f.claims)} quotes from '
                    f'{escape(names)}</summary>{quotes}</details>')
        else:
            body = f'<div class="quotes">{quotes}</div>'
    return (f'<article class="finding status-{f.status}" id="f-{escape(f.id)}" tabindex="0" '
            f'data-finding="{escape(f.id)}" data-status="{f.status}" data-topic="{escape(f.topic)}" '
            f'data-spans="{ids}">{head}{body}</article>')


def _sides(f: Finding, sources: list[Source], index: dict[str, int]) -> str:
    """Claims grouped by the value they state, one column per value."""
    by_value: dict[str, list[Claim]] = {}
    for c in f.claims:
        by_value.setdefault(describe(c.kind, c.value), []).append(c)
    cols = "".join(
        f'<div class="side"><div class="value">{escape(value)}</div>'
        + "".join(_quote(c, sources, index) for c in claims) + "</div>"
        for value, claims in by_value.items())
    return f'<div class="sides">{cols}</div>'


def _quote(c: Claim, sources: list[Source], index: dict[str, int]) -> str:
    i = index.get(c.source)
    src = sources[i] if i is not None else None
    date = (f"published {escape(src.published)} ({escape(src.published_basis)})"
            if src and src.published else "publication date unknown")
    mod = f' <span class="modality">{escape(c.modality)}</span>' if c.modality != "reported" else ""
    link = (f'<a class="src" href="#{span_id(i, c)}">{escape(c.source)}</a>' if i is not None
            else f'<span class="src">{escape(c.source)}</span>')
    before, hit, after = split_sentence(c, src)
    return (f'<blockquote class="quote" data-span="{span_id(i, c) if i is not None else ""}">'
            f'<p>“{escape(before)}<em class="claim-text">{escape(hit)}</em>{escape(after)}”</p>'
            f'<footer>{link} · {date} · <span class="val">{escape(describe(c.kind, c.value))}</span>{mod}'
            f'</footer></blockquote>')


def split_sentence(c: Claim, src: Source | None) -> tuple[str, str, str]:
    """The claim's sentence cut around the claim's own words.

    The sentence is stored with its whitespace collapsed and without its offset, so the claim
    text is looked for in it; when it occurs more than once, the occurrence whose preceding
    words also precede the claim in the source is the one.
    """
    sentence, hit = c.sentence, " ".join(c.text.split())
    found = list(_occurrences(sentence, hit))
    if not found:
        return sentence + " ", hit, ""
    pick = found[0]
    if len(found) > 1 and src is not None:
        before_in_source = " ".join(src.analysis_text[:c.start].split())
        for k in found:
            prefix = sentence[:k].rstrip()
            if before_in_source.endswith(prefix):
                pick = k
                break
    return sentence[:pick], sentence[pick:pick + len(hit)], sentence[pick + len(hit):]


def _occurrences(text: str, part: str) -> Iterable[int]:
    k = text.find(part) if part else -1
    while k >= 0:
        yield k
        k = text.find(part, k + 1)


# ---------------------------------------------------------------- source texts

def _source_block(src: Source, i: int, spans: dict[tuple[int, int], list[Claim]], result) -> str:
    n = len(result.claims.get(src.id, []))
    date = (f"published {escape(src.published)} ({escape(src.published_basis)})" if src.published
            else "publication date unknown")
    return (f'<article class="source" id="src-{i}" data-source="{escape(src.id)}">'
            f'<header><h3>{escape(src.id)}</h3><p class="meta">{date} · {n} claims · '
            f'<code>{escape(src.path)}</code></p></header>'
            f'<div class="text">{highlight(src, i, spans)}</div></article>')


def highlight(src: Source, i: int, spans: dict[tuple[int, int], list[Claim]]) -> str:
    """The source text with every claim span in a ``<mark>`` and blanked boilerplate dimmed.

    Spans may nest (a claim inside a list claim) or cross; marks must nest in HTML, so the
    text is cut at every span boundary and, where a span ends inside another that began
    later, the later one is closed and reopened. A span may thus be several elements sharing
    one ``data-span``; its first element carries the id that links point at.
    """
    text = src.text
    ranges: list[tuple[int, int, str, str]] = []  # start, end, open tag, key
    for (a, b), claims in spans.items():
        sid = f"s{i}-{a}-{b}"
        kinds = sorted({c.kind for c in claims})
        tip = "; ".join(f"{c.kind} · {c.topic} · {describe(c.kind, c.value)}" for c in claims)
        cls = " ".join(["claim"] + [f"k-{k}" for k in kinds])
        ranges.append((a, b, f'<mark class="{cls}" data-span="{sid}" title="{escape(tip)}"', sid))
    for a, b, why in src.removed:
        if b > a:
            ranges.append((a, b, f'<span class="removed" title="{escape(why)}"', f"r{a}-{b}"))
    ranges = [r for r in ranges if 0 <= r[0] < r[1] <= len(text)]
    order = sorted(range(len(ranges)), key=lambda k: (ranges[k][0], -ranges[k][1], ranges[k][3]))
    cuts = sorted({0, len(text)} | {r[0] for r in ranges} | {r[1] for r in ranges})
    out: list[str] = []
    stack: list[int] = []
    opened: set[int] = set()
    for a, b in zip(cuts, cuts[1:]):
        want = [k for k in order if ranges[k][0] <= a and b <= ranges[k][1]]
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        for k in reversed(stack[keep:]):
            out.append("</mark>" if ranges[k][2].startswith("<mark") else "</span>")
        stack = stack[:keep]
        for k in want[keep:]:
            tag = ranges[k][2]
            if k not in opened and tag.startswith("<mark"):
                tag += f' id="{ranges[k][3]}"'
                opened.add(k)
            out.append(tag + ">")
            stack.append(k)
        out.append(escape(text[a:b], quote=False))
    for k in reversed(stack):
        out.append("</mark>" if ranges[k][2].startswith("<mark") else "</span>")
    return "".join(out)


# ---------------------------------------------------------------- embedded data

def _data(result, index: dict[str, int]) -> dict[str, Any]:
    """What the script needs, and what another tool scraping the page can read."""
    return {
        "schema": "summitcheck.html/1",
        "sources": [{"id": s.id, "published": s.published, "published_basis": s.published_basis}
                    for s in result.sources],
        "findings": [
            {"id": f.id, "status": f.status, "topic": f.topic, "severity": f.severity,
             "message": f.message,
             "claims": [{"source": c.source, "text": c.text, "start": c.start, "end": c.end,
                         "span": span_id(index[c.source], c) if c.source in index else None}
                        for c in f.claims]}
            for f in result.findings],
    }


def _json_for_script(data: dict[str, Any]) -> str:
    """JSON safe inside ``<script>``: no ``</script>`` or ``<!--`` can close or confuse it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
