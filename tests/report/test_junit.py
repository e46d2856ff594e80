"""JUnit XML: valid against the Jenkins xUnit schema; one case per finding, failures for conflicts."""

from __future__ import annotations

from lxml import etree

from summitcheck.report import FORMATS
from tests.report.conftest import SCHEMAS


def parse(text: str):
    return etree.fromstring(text.encode("utf-8"))


def test_junit_validates_against_the_xsd(with_skipped):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit.xsd")))
    doc = parse(FORMATS["junit"](with_skipped))
    assert schema.validate(doc), schema.error_log.last_error
    doc.find("testsuite").attrib.pop("failures")
    assert not schema.validate(doc)  # the schema does check: a suite must count its failures


def test_junit_has_one_case_per_finding_and_fails_conflicts(with_skipped):
    suite = parse(FORMATS["junit"](with_skipped)).find("testsuite")
    cases = [c for c in suite.findall("testcase") if c.get("classname") != "summitcheck.input"]
    assert len(cases) == len(with_skipped.findings)
    conflicts = [f for f in with_skipped.findings if f.status == "conflict"]
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == len(conflicts) == int(suite.get("failures")) >= 1
    for case, f in zip(failed, conflicts):
        assert case.get("name").startswith(f.id)
        failure = case.find("failure")
        assert failure.get("message") == f.message
        for c in f.claims:
            assert c.source in failure.text and c.sentence in failure.text


def test_junit_reports_skipped_files_as_skipped_cases(with_skipped):
    suite = parse(FORMATS["junit"](with_skipped)).find("testsuite")
    skipped = [c for c in suite.findall("testcase") if c.find("skipped") is not None]
    assert [c.get("name") for c in skipped] == [with_skipped.skipped[0].path]
    assert skipped[0].find("skipped").get("message") == "empty file"
    assert suite.get("skipped") == "1"


def test_junit_removes_characters_xml_cannot_hold(seeds_result):
    import dataclasses

    from summitcheck.model import Skipped

    odd = dataclasses.replace(seeds_result, skipped=[Skipped("bad\x0cname.txt", "form feed\x00")])
    suite = parse(FORMATS["junit"](odd)).find("testsuite")
    assert suite.findall("testcase")[-1].get("name") == "bad\ufffdname.txt"
