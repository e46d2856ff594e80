"""Regular-expression finders for what spaCy's entity tagger does not mark reliably.

Money ("1.5 trillion yen ($10 billion)") and named documents ("the Lima Declaration") are
found by pattern over the sentence text; the parse is still used for their context.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from summitcheck.normalize.numbers import HEDGES

_NUMBER_WORDS = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|a|an|half|dozen)"
)
_NUM = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|" + _NUMBER_WORDS
        + r"(?:[\s-]+(?:and\s+)?" + _NUMBER_WORDS + r")*)")
_SCALE = r"(?:\s*-?\s*(?:thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|crore|lakh|[mbk])\b)*"
_HEDGE = r"(?:(?:" + "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True)) + r")\s+)?"


@lru_cache(maxsize=1)
def money_pattern() -> re.Pattern[str]:
    data = yaml.safe_load(resources.files("summitcheck.data").joinpath("currencies.yaml").read_text("utf-8"))
    symbols = sorted(data["symbols"], key=len, reverse=True)
    names: set[str] = set()
    for name in data["names"]:
        names.add(name)
        names.add(name + "s")
        if name.endswith("y"):
            names.add(name[:-1] + "ies")
    sym = "|".join(re.escape(s) for s in symbols)
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    code = r"(?:USD|EUR|JPY|GBP|CNY|RMB|INR|RUB|CHF|AUD|CAD|KRW|BRL|ZAR|TRY|KZT|UZS|KGS|TJS|TMT|AZN|SAR|AED|HKD|SGD|MXN|IDR|NGN|EGP|PKR|UAH|PLN|SEK|NOK|DKK)"
    pattern = (
        r"(?<![\w$])" + _HEDGE + r"(?:"
        r"(?:" + sym + r")\s?" + _NUM + _SCALE
        + r"|" + code + r"\s?" + _NUM + _SCALE
        + r"|" + _NUM + _SCALE + r"\s+(?:of\s+)?(?:(?:" + name + r")|" + code + r")"
        + r")(?![\w])"
    )
    return re.compile(pattern, re.I)


# A second figure in brackets after the first: "1.5 trillion yen ($10 billion)".
PAIRED_OPEN = re.compile(r"^\s*[(\[]\s*(?:or\s+)?")
PAIRED_CLOSE = re.compile(r"^\s*[)\]]")

DOCUMENT_TYPES = ("Declaration", "Communique", "Communiqué", "Accords", "Accord", "Agreement",
                  "Treaty", "Charter", "Statement", "Pact", "Compact", "Memorandum", "Protocol",
                  "Convention", "Vision", "Roadmap", "Action Plan", "Plan of Action", "Consensus")
GENERIC_NAME_WORDS = {"the", "a", "joint", "final", "new", "leaders", "leaders'", "leaders’",
                      "summit", "common", "this", "that", "its", "their", "our", "his", "her"}
# Capitalised at the start of a sentence, these are not part of a document's name.
LEADING_FUNCTION_WORDS = {"the", "a", "an", "of", "on", "and", "for", "in", "at", "under", "by",
                          "with", "from", "to", "after", "before", "its", "their", "this", "that"}
# A title may go on after its type word: "Joint Declaration of Support for Ukraine", "the
# Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet",
# "the Joint Communiqué on a Peace Framework".
_CALENDAR = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
             r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
_TITLE_WORD = _CALENDAR + r"[A-Z][\w'’.&-]*"
_TITLE_TAIL = (r"(?:\s+(?:of|on|for)\s+(?:(?:the|a|an|and|for|of|on)\s+|" + _TITLE_WORD + r"\s+){0,14}"
               + _TITLE_WORD + r")?")


# Lower-case particles inside a place's or person's name: "the G20 Rio de Janeiro Leaders'
# Declaration", "the Dar es Salaam Declaration".
_PARTICLES = r"de|da|do|dos|das|del|di|du|des|la|le|es|von|van|bin|al"


def _named_pattern(types: tuple[str, ...]) -> re.Pattern[str]:
    """A capitalised name ending in one of ``types``, or going on after it ("of ...")."""
    return re.compile(
        r"[\"“‘']?(?P<name>(?:(?:(?:[A-Z][\w'’.&-]*|of|on|and|for|the|" + _PARTICLES + r")\s+){0,6}?[A-Z][\w'’.&-]*\s+)?(?P<type>"
        + "|".join(re.escape(t) for t in types) + r")\b(?P<tail>" + _TITLE_TAIL + r"))\b(?!\s+[A-Z])[\"”’']?"
    )


DOCUMENT_RE = _named_pattern(DOCUMENT_TYPES)
# What a meeting launches, rather than adopts: "the Global Biofuels Alliance", "the
# Partnership for Global Infrastructure and Investment".
INITIATIVE_TYPES = ("Partnership", "Initiative", "Framework", "Alliance", "Coalition", "Fund",
                    "Facility", "Programme", "Program", "Mechanism", "Fellowship", "Corridor")
INITIATIVE_RE = _named_pattern(INITIATIVE_TYPES)
# "the US-led Indo-Pacific Economic Framework": who leads it is not part of its name
_SPONSOR_WORD = re.compile(r"^[\w.]+-(?:led|backed|sponsored|funded|brokered|based|run)$", re.I)


def find_documents(text: str):
    """(start, end, name, type) of named documents in ``text``."""
    return find_named(text, DOCUMENT_RE)


def find_initiatives(text: str):
    """(start, end, name, type) of named initiatives in ``text``."""
    return find_named(text, INITIATIVE_RE)


def find_named(text: str, pattern: re.Pattern[str]):
    """(start, end, name, type) of the names ``pattern`` finds in ``text``."""
    for m in pattern.finditer(text):
        name = m.group("name")
        words = name.split()
        # Drop leading lower-case or article words caught by the lazy prefix.
        while words and (words[0].lower() in LEADING_FUNCTION_WORDS or not words[0][0].isupper()
                         or _SPONSOR_WORD.match(words[0])):
            words = words[1:]
        tail = m.group("tail").split()
        if len(words) < 2:
            continue
        head = words[: len(words) - len(tail)]
        if not tail and all(w.lower().strip("'’\"“”") in GENERIC_NAME_WORDS for w in head[:-1]):
            continue
        clean = " ".join(words)
        start = m.start("name") + name.index(words[0])
        article = ARTICLE_OF.search(text, max(0, start - 30), start)
        if article:
            # "Article 6 of the Paris Agreement": the article cited, named with its text
            clean = " ".join(text[article.start():start].split() + [clean])
            start = article.start()
        yield start, m.end("name"), clean, m.group("type")


# An article of a named text, written before its name.
ARTICLE_OF = re.compile(r"\bArticle\s+\d+[A-Za-z]?\s+of\s+(?:the\s+)?$")
