"""Named initiatives a meeting launches: "the G20 launched the Global Biofuels Alliance",
"unveiled the Partnership for Global Infrastructure and Investment".

A summit's outcomes are documents it adopts and initiatives it launches; both are misnamed
in copy. Only a name that is itself launched counts: "the World Bank" or "the International
Monetary Fund" named in passing is an institution, not an outcome of this meeting.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.finders import find_initiatives
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

# How the launched name hangs off its verb: "launched X", "X was launched", "X, launched on
# Monday", "the launch of X" (the noun), "launched a new initiative, X".
_OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "pobj"}


def find_named_initiatives(ctx: SentenceContext) -> list[Claim]:
    topic = ctx.vocab.topic("initiatives")
    if topic is None:
        return []
    triggers = [tuple(t.lower().split()) for t in topic.triggers]
    text = ctx.source.analysis_text[ctx.sent.start_char: ctx.sent.end_char]
    claims: list[Claim] = []
    for start, end, name, kind in find_initiatives(text):
        s, e = ctx.sent.start_char + start, ctx.sent.start_char + end
        root = ctx.root_of(s, e)
        if root is None or ctx.overlaps_taken(s, e) or not _launched(root, triggers):
            continue
        claims.append(ctx.claim("text", s, e, {"text": name.replace("’", "'")}, root, "initiatives",
                                subject=kind.lower()))
    return claims


def _launched(root: Token, triggers: list[tuple[str, ...]]) -> bool:
    """Whether the name is what a launch word launches."""
    tok = root
    while tok.dep_ == "appos" and tok.head != tok:
        tok = tok.head  # "a new initiative, the X"
    if tok.dep_ == "acl" or tok.dep_ == "relcl":
        return False
    for child in root.children:  # "X, launched on Monday", "the X he launched"
        if child.dep_ in ("acl", "relcl") and _is_trigger(child, triggers):
            return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the launch of X"
    elif tok.dep_ not in _OBJECT_DEPS:
        return False
    return _is_trigger(head, triggers)


def _is_trigger(tok: Token, triggers: list[tuple[str, ...]]) -> bool:
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    words = (tok.lemma_.lower(), particle) if particle else (tok.lemma_.lower(),)
    return words in triggers or (tok.lemma_.lower(),) in triggers
