"""JUnit XML for CI test-report views (Jenkins, GitLab, GitHub test reporters).

Every finding is a test case named by its id and message, grouped by rule; a conflict is a
failure whose body quotes each claim with its file, line and column. Skipped input files are
skipped test cases, so a report viewer shows them. No timestamps or timings: identical input
gives identical output.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from summitcheck.model import Finding
from summitcheck.report.locations import display_path, line_indexes
from summitcheck.values import describe

# Characters XML 1.0 cannot carry at all; article text may hold stray control codes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(result, *, color: bool = False, verbose: bool = False, **_: Any) -> str:
    sources = {s.id: s for s in result.sources}
    lines = line_indexes(result)
    failures = sum(f.status == "conflict" for f in result.findings)
    tests = len(result.findings) + len(result.skipped)
    root = ET.Element("testsuites", name="summitcheck", tests=str(tests),
                      failures=str(failures), errors="0")
    suite = ET.SubElement(root, "testsuite", name="summitcheck", tests=str(tests),
                          failures=str(failures), errors="0", skipped=str(len(result.skipped)))
    props = ET.SubElement(suite, "properties")
    for name, value in (("version", result.version), ("model", result.model),
                        ("sources", str(len(result.sources)))):
        ET.SubElement(props, "property", name=name, value=_clean(value))
    for f in result.findings:
        case = ET.SubElement(suite, "testcase", classname=f"summitcheck.{f.rule}",
                             name=_clean(f"{f.id} {f.topic}: {f.message}"))
        evidence = "\n".join(_evidence(f, sources, lines))
        if f.status == "conflict":
            failure = ET.SubElement(case, "failure", type=f.rule, message=_clean(f.message))
            failure.text = _clean(evidence)
        elif verbose or f.status == "single_source":
            ET.SubElement(case, "system-out").text = _clean(evidence)
    for sk in result.skipped:
        case = ET.SubElement(suite, "testcase", classname="summitcheck.input", name=_clean(sk.path))
        ET.SubElement(case, "skipped", message=_clean(sk.reason))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _evidence(f: Finding, sources, lines) -> list[str]:
    out = []
    for c in f.claims:
        src = sources[c.source]
        line, col = lines[c.source].position(c.start)
        out.append(f"{display_path(src.path)}:{line}:{col}: {describe(c.kind, c.value)} "
                   f"(published {src.published or 'unknown'}): {c.sentence}")
    return out
