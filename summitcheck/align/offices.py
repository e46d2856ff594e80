"""One office under several names: "U.N. Secretary-General", "UN secretary general", "U.N. chief".

Office claims are grouped by their subject, "<organisation> <title>" as the article wrote it.
Two articles rarely write it the same way: the organisation may be dotted, spelled out or an
acronym ("U.N.", "UN", "United Nations"), the title hyphened or not, and "chief" stands for
whatever the organisation's top office is. Offices are merged here, across the bundle, so
that the person holding one is compared whatever the spelling.
"""

from __future__ import annotations

import re
from collections import Counter

from summitcheck.model import OFFICE_PRESIDING, Claim

# Titles that are one office under another word ("chairwoman" is the chair).
TITLE_FORMS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
# A meeting known by a numbered series name, as an organisation key: "cop26".
NUMBERED_MEETING = re.compile(r"[a-z]{1,4}-?\d{1,2}")
# A word for "the top office", whichever it is: merged into the organisation's one other office.
HEAD_WORDS = {"chief"}


def organisation_key(org: str) -> str:
    """"U.N." and "UN" -> "un": dots and case dropped."""
    return " ".join(org.replace(".", "").split()).lower()


def initials(key: str) -> str:
    return "".join(w[0] for w in key.split())


def acronyms(orgs: set[str]) -> dict[str, str]:
    """An acronym -> the one spelled-out name in the bundle with its initials ("un" ->
    "united nations"). Two names with the same initials ("European Council", "European
    Commission") leave the acronym alone."""
    spelled = [o for o in orgs if " " in o]
    out = {}
    for org in orgs:
        head, _, rest = org.partition(" ")
        # "au commission" is "african union commission": an acronym heading a longer name
        names = [s for s in spelled if s != org and s.endswith(" " + rest) and initials(s[:-len(rest) - 1]) == head] \
            if rest else [s for s in spelled if initials(s) == org]
        if len(names) == 1:
            out[org] = names[0]
    return out


def _split(subject: str) -> tuple[str, str] | None:
    """(organisation, title): the extractor writes the organisation as capitalised in the
    text and the title in lower case ("COP28 president", "U.N. secretary-general")."""
    m = re.fullmatch(r"(?P<org>(?:[^a-z\s][^\s]*\s+)+?)(?P<title>[a-z][a-z -]*)", subject)
    return (m.group("org").strip(), m.group("title")) if m else None


def _title_key(title: str) -> str:
    t = " ".join(title.replace("-", " ").split())
    return TITLE_FORMS.get(t, t)


def merge_offices(claims: list[Claim]) -> None:
    """Give every office claim the subject its office is most often written as."""
    offices = [c for c in claims if c.kind == "person" and c.topic == "office" and c.subject]
    keys: dict[int, tuple[str, str]] = {}
    for c in offices:
        parts = _split(c.subject)
        if parts:
            keys[id(c)] = (organisation_key(parts[0]), _title_key(parts[1]))
    spelled = acronyms({org for org, _ in keys.values()})
    keys = {k: (spelled.get(org, org), title) for k, (org, title) in keys.items()}
    # "Secretary-General Patricia Scotland": a title without its organisation is the one
    # office of that title the bundle names with one; with none or several, it stays apart
    for c in offices:
        if id(c) not in keys and c.subject == c.subject.lower() and " of " not in c.subject:
            orgs = {org for org, title in keys.values() if title == _title_key(c.subject)}
            if len(orgs) == 1:
                keys[id(c)] = (orgs.pop(), _title_key(c.subject))
    # "the British minister who presided": the presidency of the one numbered meeting the
    # bundle gives a president ("the COP26 president"), not a standing body's ("European
    # Commission president")
    meetings = {org for org, title in keys.values() if title == "president" and NUMBERED_MEETING.fullmatch(org)}
    for c in offices:
        if c.subject == OFFICE_PRESIDING and len(meetings) == 1:
            keys[id(c)] = (next(iter(meetings)), "president")
    by_org: dict[str, set[str]] = {}
    for org, title in keys.values():
        by_org.setdefault(org, set()).add(title)
    for c in offices:
        key = keys.get(id(c))
        if key and key[1] in HEAD_WORDS:
            # "U.N. chief" when the bundle names one U.N. office ("UN climate chief", one
            # field's chief, is not the top office)
            others = {t for t in by_org[key[0]] if t.split()[-1] not in HEAD_WORDS}
            if len(others) == 1:
                keys[id(c)] = (key[0], others.pop())
    spellings: dict[tuple[str, str], Counter[str]] = {}
    for c in offices:
        if id(c) in keys:
            spellings.setdefault(keys[id(c)], Counter())[c.subject] += 1
    for c in offices:
        if id(c) in keys:
            written = spellings[keys[id(c)]]
            # the most common spelling of the office, then the shortest; an "X chief" last
            c.subject = max(written, key=lambda s: (not _is_head(s), written[s], -len(s), s))


def _is_head(subject: str) -> bool:
    return subject.split()[-1].lower() in HEAD_WORDS
