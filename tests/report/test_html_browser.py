"""The desk report in a real browser (the system's headless Chromium, driven by Playwright):
conflicts visible, a click highlights exactly the finding's spans, filters hide findings.

Skips only when no Chromium binary is installed (``scripts/install-browser`` installs one).
"""

from __future__ import annotations

import pytest

from summitcheck.report.html import render_html
from tests.report.browser import chromium_path, launch

BROWSER = chromium_path()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium binary found (install Debian's chromium package: scripts/install-browser)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p, BROWSER)
        yield b
        b.close()


@pytest.fixture(scope="module")
def report_file(seeds_result, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(seeds_result), encoding="utf-8")
    return path


@pytest.fixture
def page(browser, report_file):
    pg = browser.new_page(viewport={"width": 1360, "height": 860})
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(report_file.as_uri())
    yield pg
    assert all(u.startswith("file://") for u in requests), f"the report fetched {requests}"
    pg.close()


def active_spans(pg) -> dict[str, str]:
    """Highlighted spans by id, each span's text joined over the pieces it was cut into."""
    pieces = pg.eval_on_selector_all(
        "mark.claim.active", "els => els.map(e => [e.dataset.span, e.textContent])")
    joined: dict[str, str] = {}
    for sid, text in pieces:
        joined[sid] = joined.get(sid, "") + text
    return joined


def expected_spans(result, finding) -> dict[str, str]:
    index = {s.id: i for i, s in enumerate(result.sources)}
    return {f"s{index[c.source]}-{c.start}-{c.end}": c.text for c in finding.claims}


def test_browser_conflicts_visible_first(page, seeds_result):
    conflicts = [f for f in seeds_result.findings if f.status == "conflict"]
    assert conflicts, "the seeds hold a conflict to review"
    cards = page.locator(".finding.status-conflict")
    assert cards.count() == len(conflicts)
    assert cards.first.is_visible()
    first_finding = page.locator(".finding").first
    assert first_finding.get_attribute("data-status") == "conflict"
    assert conflicts[0].message in cards.first.inner_text()
    assert page.locator("form.filters").is_visible()


def test_browser_click_highlights_exactly_the_findings_spans(page, seeds_result, tmp_path):
    conflict = next(f for f in seeds_result.findings if f.status == "conflict")
    assert active_spans(page) == {}
    page.locator(f'.finding[data-finding="{conflict.id}"]').click()
    assert active_spans(page) == expected_spans(seeds_result, conflict)
    first = page.locator("mark.claim.active").first
    assert first.is_visible() and first.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    page.screenshot(path=str(tmp_path / "html-report.png"))
    assert (tmp_path / "html-report.png").stat().st_size > 10_000

    # Another finding replaces the highlight rather than adding to it.
    agree = next(f for f in seeds_result.findings if f.status == "agree")
    page.locator(f'.finding[data-finding="{agree.id}"]').click()
    assert active_spans(page) == expected_spans(seeds_result, agree)


def test_browser_status_filter_hides_agreements(page, seeds_result):
    agreements = page.locator(".finding.status-agree")
    assert agreements.count() == sum(f.status == "agree" for f in seeds_result.findings) > 0
    assert agreements.first.is_visible()
    page.locator('input[name="status"][value="agree"]').uncheck()
    assert all(not agreements.nth(i).is_visible() for i in range(agreements.count()))
    assert page.locator(".finding.status-conflict").first.is_visible()
    assert not page.locator("#group-agree").is_visible()
    page.locator('input[name="status"][value="agree"]').check()
    assert agreements.first.is_visible()


def test_browser_topic_filter_keeps_one_topic(page, seeds_result):
    topic = next(f.topic for f in seeds_result.findings if f.status == "conflict")
    page.locator('select[name="topic"]').select_option(topic)
    shown = page.eval_on_selector_all(
        ".finding", "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.topic)")
    assert shown and set(shown) == {topic}
    assert len(shown) == sum(f.topic == topic for f in seeds_result.findings)
