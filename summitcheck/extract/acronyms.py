"""Terms a story defines by their acronym: "a new collective quantified goal on climate
finance, or NCQG", "the new collective quantified goal (NCQG)".

Negotiated decisions and funds often have no capitalised name, only a descriptive phrase and
the acronym it is known by; what the acronym stands for is a fact each source states, and
compared per acronym. The phrase is read back from the acronym's letters (the initials of
its words, small words skipped), so "to help poorer nations meet the new collective
quantified goal (NCQG)" gives "new collective quantified goal".
"""

from __future__ import annotations

import re

from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "acronyms"

# "<words>, or ABC", "<words> (ABC)", "<words>, the ABC"
DEFINED = re.compile(r"(?P<phrase>(?:[A-Za-z][\w'-]*\s+){1,11}[A-Za-z][\w'-]*)\s*(?:,\s*(?:or|the)\s+|\(\s*)"
                     r"(?P<acr>[A-Z]{3,6})\b")
# The acronym's side of DEFINED alone: a sentence without it has no definition, and DEFINED
# tries up to twelve words at every position before failing (performance only).
ACRONYM_CUE = re.compile(r"(?:,\s*(?:or|the)\s+|\(\s*)[A-Z]{3,6}\b")
SMALL_WORDS = {"of", "on", "for", "and", "the", "to", "in", "a", "an", "&"}
# Words after those the letters stand for: "... goal on climate finance, or NCQG".
MAX_TAIL = 3


def find_acronyms(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    text = ctx.source.analysis_text
    out = []
    if not ACRONYM_CUE.search(text, ctx.sent.start_char, ctx.sent.end_char):
        return out
    for m in DEFINED.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        found = spelled_out(m.group("phrase"), m.group("acr"))
        if found is None:
            continue
        offset, name = found
        start, end = m.start("phrase") + offset, m.end("acr")
        end += text[end:end + 1] == ")"  # "(NCQG)": the whole parenthesis
        root = ctx.root_of(start, start + len(name))
        if root is None or ctx.overlaps_taken(start, end):
            continue
        out.append(ctx.claim("text", start, end, {"text": name}, root, TOPIC, subject=m.group("acr")))
    return out


def spelled_out(phrase: str, acronym: str) -> tuple[int, str] | None:
    """(offset in ``phrase``, the words) that ``acronym`` stands for: the shortest run of the
    phrase's last words whose first content words give its letters, with at most a short
    tail after them; None when the letters are not there."""
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", phrase)]
    letters = acronym.lower()
    for i in range(len(words) - 1, -1, -1):
        if words[i][1].lower() in SMALL_WORDS or words[i][1][0].lower() != letters[0]:
            continue
        content = [w for _, w in words[i:] if w.lower() not in SMALL_WORDS]
        if len(content) < len(letters):
            continue
        if "".join(w[0].lower() for w in content[:len(letters)]) == letters and len(content) - len(letters) <= MAX_TAIL:
            return words[i][0], " ".join(w for _, w in words[i:])
    return None
