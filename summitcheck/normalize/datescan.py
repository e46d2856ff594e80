"""Finding date expressions in running text without a tagger.

spaCy's DATE entities miss or cut short many expressions ("3 days starting from next monday",
"2016/11", "Q3 this year"). This scanner takes every run of words that can belong to a
date and, from each word that can start one, keeps the longest stretch ``parse_date``
reads; the extractor uses it beside the tagger's entities.
"""

from __future__ import annotations

import re
from datetime import date

from summitcheck.normalize.dates import MONTHS, WEEKDAYS, DateValue, parse_date
from summitcheck.normalize.reldates import DECADE_WORDS, HOLIDAYS, UNITS
from summitcheck.normalize.wordnum import TENS, UNITS as NUMBER_UNITS

RELATIVE = {
    "today", "tonight", "tomorrow", "tmrw", "tmr", "yesterday", "now", "otd", "ago", "later",
    "before", "after", "from", "next", "last", "this", "previous", "past", "prior", "coming",
    "upcoming", "current", "following", "in", "within", "the", "of", "on", "between", "and",
    "to", "till", "until", "til", "through", "thru", "starting", "beginning", "working",
    "business", "calendar", "half", "first", "second", "third", "fourth", "fifth", "few",
    "couple", "a", "an", "several", "day", "year", "hence", "earlier", "since", "for", "my",
    "right", "present", "s", "eve", "weekend", "week", "month", "date",
}
HOLIDAY_WORDS = {w for h in HOLIDAYS for w in re.findall(r"[a-z']+", h)}
VOCAB = (set(MONTHS) | set(WEEKDAYS) | set(UNITS) | RELATIVE | HOLIDAY_WORDS | set(DECADE_WORDS)
         | set(NUMBER_UNITS) | set(TENS) | {"hundred", "thousand", "thousands"})
# Words a date cannot start with.
NOT_FIRST = {"and", "to", "till", "until", "til", "through", "thru", "ago", "later", "of", "s",
             "hence", "before", "after", "since", "earlier", "starting", "beginning"}
TOKEN = re.compile(r"[a-z]+\d*(?:'s)?|\d+(?:st|nd|rd|th|s)?(?:[./-](?:[a-z]+\d*|\d+))*|[/\-–~]", re.I)
MAX_TOKENS = 12


def _date_word(tok: str) -> bool:
    low = tok.lower()
    return low in VOCAB or low[0].isdigit() or low in "-–~/" or re.fullmatch(r"[qh][1-4]|[a-z]+\d+", low) is not None


def find_dates(text: str, reference: date | None, tense: str | None = None) -> list[tuple[int, int, DateValue]]:
    """(start, end, value) of the date expressions in ``text``, longest reading first."""
    toks = list(TOKEN.finditer(text))
    out: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(toks):
        word = toks[i].group().lower()
        if not _date_word(word) or word in NOT_FIRST or word in "-–~/":
            i += 1
            continue
        best = None
        j = i
        while j < len(toks) and j - i < MAX_TOKENS and _date_word(toks[j].group()):
            if j > i and re.search(r"[^\s,().'-]", text[toks[j - 1].end():toks[j].start()]):
                break
            span = text[toks[i].start():toks[j].end()]
            if not re.fullmatch(r"(?:the|a|an|in|on|this|next|last|of|for|from|between|\d{1,3}|[a-z]+)", span.lower()) \
                    or span.lower() in TODAY_WORDS or span.lower() in MONTHS or span.lower() in WEEKDAYS:
                value = parse_date(span, reference, tense=tense)
                if value is not None:
                    best = (j, value)
            j += 1
        # A reading inside the last one found adds nothing; one that runs past it may be
        # another expression ("within the next 2 weeks before today").
        if best is not None and (not out or toks[best[0]].end() > out[-1][1]):
            out.append((toks[i].start(), toks[best[0]].end(), best[1]))
        i += 1
    return out


TODAY_WORDS = {"today", "tomorrow", "yesterday", "tonight", "now", "tmrw", "otd", "easter", "weekend",
               "christmas", "halloween", "thanksgiving", "xmas"}
