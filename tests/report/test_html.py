"""The desk report's markup: every finding and claim span in place, conflicts first,
nothing fetched from elsewhere, and article text that cannot inject markup."""

from __future__ import annotations

import hashlib
import json
import re

import lxml.html
import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.model import Claim, Finding, Source
from summitcheck.pipeline import Result
from summitcheck.report import FORMATS
from summitcheck.report.html import render_html, split_sentence
from tests.conftest import SEEDS

ORDER = {"conflict": 0, "agree": 1, "single_source": 2}


def parse(page: str):
    return lxml.html.document_fromstring(page)


def span_text(doc, sid: str) -> str:
    """The text of a highlighted span, joined over the pieces it was cut into."""
    return "".join(el.text_content() for el in doc.xpath(f'//mark[@data-span="{sid}"]'))


def make_source(sid: str, text: str, published: str = "2023-05-21") -> Source:
    return Source(id=sid, path=f"bundle/{sid}", text=text, analysis_text=text,
                  sha256=hashlib.sha256(text.encode()).hexdigest(), published=published,
                  published_basis="header")


def make_claim(source: Source, part: str, kind: str = "place", topic: str = "venue", nth: int = 0,
               value: dict | None = None) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = source.text.index(part, start + 1)
    sentence = " ".join(source.text.split())
    return Claim(source=source.id, kind=kind, topic=topic, text=part, sentence=sentence, start=start,
                 end=start + len(part), modality="reported", value=value or {"text": part})


@pytest.fixture(scope="module")
def seeds_page(seeds_result):
    return render_html(seeds_result)


@pytest.fixture(scope="module")
def seeds_doc(seeds_page):
    return parse(seeds_page)


def test_html_every_finding_present_with_its_message(seeds_result, seeds_doc):
    for f in seeds_result.findings:
        found = seeds_doc.xpath(f'//article[@data-finding="{f.id}"]')
        assert len(found) == 1, f.id
        assert found[0].get("data-status") == f.status
        assert found[0].get("data-topic") == f.topic
        assert f.message in found[0].text_content()


def test_html_conflicts_come_before_agreements_and_single_source(seeds_result, seeds_doc):
    statuses = [el.get("data-status") for el in seeds_doc.xpath("//article[@data-finding]")]
    assert len(statuses) == len(seeds_result.findings)
    assert "conflict" in statuses and "agree" in statuses
    assert [ORDER[s] for s in statuses] == sorted(ORDER[s] for s in statuses)


def test_html_summary_bar_counts(seeds_result, seeds_doc):
    def count(key):
        return int(seeds_doc.xpath(f'//li[@data-count="{key}"]/b')[0].text)

    assert count("sources") == len(seeds_result.sources)
    assert count("claims") == sum(len(v) for v in seeds_result.claims.values())
    for status in ORDER:
        assert count(status) == sum(f.status == status for f in seeds_result.findings)
    assert count("skipped") == len(seeds_result.skipped)


def test_html_every_claim_span_holds_the_claim_text(seeds_result, seeds_doc):
    index = {s.id: i for i, s in enumerate(seeds_result.sources)}
    claims = [c for cs in seeds_result.claims.values() for c in cs]
    claims += [c for f in seeds_result.findings for c in f.claims]
    assert claims
    for c in claims:
        sid = f"s{index[c.source]}-{c.start}-{c.end}"
        block = seeds_doc.xpath(f'//article[@data-source="{c.source}"]')[0]
        assert block.xpath(f'.//mark[@data-span="{sid}"]'), sid
        assert span_text(seeds_doc, sid) == c.text


def test_html_finding_points_at_its_claims_spans(seeds_result, seeds_doc):
    index = {s.id: i for i, s in enumerate(seeds_result.sources)}
    for f in seeds_result.findings:
        el = seeds_doc.xpath(f'//article[@data-finding="{f.id}"]')[0]
        assert set(el.get("data-spans").split()) == {f"s{index[c.source]}-{c.start}-{c.end}" for c in f.claims}


def test_html_source_texts_are_complete(seeds_result, seeds_doc):
    for s in seeds_result.sources:
        block = seeds_doc.xpath(f'//article[@data-source="{s.id}"]//div[@class="text"]')[0]
        # The HTML parser folds CR LF into LF, as a browser does.
        assert block.text_content() == s.text.replace("\r\n", "\n")


def test_html_conflict_quotes_side_by_side_with_source_and_date(seeds_result, seeds_doc):
    conflicts = [f for f in seeds_result.findings if f.status == "conflict"]
    assert conflicts
    published = {s.id: s for s in seeds_result.sources}
    for f in conflicts:
        el = seeds_doc.xpath(f'//article[@data-finding="{f.id}"]')[0]
        assert len(el.xpath('.//div[@class="side"]')) >= 2
        for c in f.claims:
            quote = el.xpath(f'.//blockquote[.//a[text()="{c.source}"]]')
            assert quote, c.source
            footer = quote[0].xpath("./footer")[0].text_content()
            assert published[c.source].published in footer
            assert published[c.source].published_basis in footer
            assert c.text in [e.text_content() for e in el.xpath(".//em")]


def test_html_is_self_contained(seeds_page, seeds_doc):
    assert not seeds_doc.xpath("//link | //img | //iframe | //script[@src] | //*[@src]")
    for el in seeds_doc.xpath("//*[@href]"):
        assert el.get("href").startswith("#"), el.get("href")
    code = " ".join(e.text_content() for e in seeds_doc.xpath("//style | //script[not(@type)]"))
    assert not re.search(r"https?:|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(|fetch\(|XMLHttpRequest", code)


def test_html_embedded_data_lists_every_finding(seeds_result, seeds_doc):
    data = json.loads(seeds_doc.xpath('//script[@id="report-data"]')[0].text)
    assert [f["id"] for f in data["findings"]] == [f.id for f in seeds_result.findings]


def test_html_escapes_markup_in_article_text_and_messages():
    text = 'Leaders met in Hiroshima.</div><script>alert("x")</script> <b>G7</b> & "friends" met in Hiroshima.'
    src = make_source("g7<1>.txt", text)
    claim = make_claim(src, "Hiroshima", nth=1)
    other = make_source("g7-2.txt", "The summit was held in Lima.")
    claim2 = make_claim(other, "Lima")
    finding = Finding(id="abc", rule="place-consistency", topic="venue", kind="place", status="conflict",
                      severity="error", message='venue </script><script>alert(1)</script> differs',
                      claims=[claim, claim2], conflicting=[0, 1])
    result = Result([src, other], [], {src.id: [claim], other.id: [claim2]}, [finding], "test-model")
    page = render_html(result)
    doc = parse(page)
    scripts = doc.xpath("//script")
    assert len(scripts) == 2  # the data and the page's own script, nothing injected
    assert not doc.xpath("//b[not(parent::li[@data-count])] | //body//div[not(@class)]")
    block = doc.xpath('//article[@data-source="g7<1>.txt"]//div[@class="text"]')[0]
    assert block.text_content() == text
    assert span_text(doc, f"s0-{claim.start}-{claim.end}") == "Hiroshima"
    data = json.loads(doc.xpath('//script[@id="report-data"]')[0].text)
    assert data["findings"][0]["message"] == finding.message
    assert "<script>alert" not in page


def test_html_crossing_and_nested_spans_keep_their_text():
    text = "Leaders of Canada, France and Germany met on 19 May 2023 in Hiroshima."
    src = make_source("g7.txt", text)
    outer = make_claim(src, "Canada, France and Germany", kind="set", topic="attendees",
                       value={"members": ["Canada", "France", "Germany"]})
    inner = make_claim(src, "France", kind="place", topic="attendees")
    crossing = make_claim(src, "Germany met on 19 May", kind="text", topic="misc")
    date = make_claim(src, "19 May 2023", kind="date", topic="event-dates",
                      value={"start": "2023-05-19", "end": "2023-05-19", "granularity": "day"})
    claims = [outer, inner, crossing, date]
    single = Finding(id="f1", rule="r", topic="event-dates", kind="date", status="single_source",
                     severity="info", message="2023-05-19 in 1 source", claims=[date])
    doc = parse(render_html(Result([src], [], {src.id: claims}, [single], "test-model")))
    for c in claims:
        assert span_text(doc, f"s0-{c.start}-{c.end}") == c.text
    assert doc.xpath('//div[@class="text"]')[0].text_content() == text
    # Each span's first piece carries the id the quotes link to, exactly once.
    for c in claims:
        assert len(doc.xpath(f'//*[@id="s0-{c.start}-{c.end}"]')) == 1


def test_html_quote_emphasises_the_right_occurrence():
    text = "On 19 May the leaders arrived; talks began 19 May and ended two days later."
    src = make_source("g7.txt", text)
    second = make_claim(src, "19 May", kind="date", topic="event-dates", nth=1)
    before, hit, after = split_sentence(second, src)
    assert hit == "19 May"
    assert before.endswith("talks began ")
    assert after.startswith(" and ended")


def test_html_empty_sections_say_so():
    src = make_source("g7.txt", "Nothing checkable here.")
    doc = parse(render_html(Result([src], [], {src.id: []}, [], "test-model")))
    assert "No conflicts." in doc.xpath('//section[@id="group-conflict"]')[0].text_content()


def test_html_format_registered_and_written_by_the_cli(tmp_path):
    assert FORMATS["html"] is render_html
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["verify", str(SEEDS), "--format", "html", "--output", str(out)])
    assert result.exit_code in (0, 1), result.output
    doc = parse(out.read_text(encoding="utf-8"))
    assert doc.xpath("//article[@data-finding]")
    assert len(doc.xpath("//article[@data-source]")) == len(list(SEEDS.glob("*.txt")))
