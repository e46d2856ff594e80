"""Lists of people's names, read as lists where the tagger read them as something else.

"Biden, Trudeau, Macron, Scholz, Kishida and Sunak all came" is six people, but the tagger
takes "Macron" and "Scholz" for places and misses "Sunak", and the parser may hang the names on
one another in ways that are no coordination at all. A reader of lists of people cannot rely on
entity labels or on conjunctions alone, so this module walks the list as written: items parted
by commas and "and", each a capitalised name, perhaps with its country ("Joe Biden of the United
States", "Canada's Justin Trudeau"). A list is taken only when at least two of its items are
names the tagger did find, and it stops at the first item that is not a name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitcheck.normalize.cities import is_city
from summitcheck.normalize.places import canonical_country, is_demonym

# Lower-case words inside a name ("Ursula von der Leyen", "Lula da Silva").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "du", "dos", "das", "del", "la", "le", "bin", "al", "ter", "ten"}
# What may follow a name inside its item: "Joe Biden of the United States".
AFFILIATION_WORDS = {"of", "for", "from"}


def names_in_list(first: Span, mentions: list[Span]) -> list[Span]:
    """The items of the list the person ``first`` is in, as spans of their names, ``first``
    included; empty when the words around ``first`` are no list of names."""
    doc, end = first.doc, first.sent.end
    by_start = {m.start: m for m in mentions}
    items: list[Span] = []
    found = 0
    i = _list_start(doc, first.start, first.sent.start, {m.end: m for m in mentions})
    while i < end:
        if i + 3 < end and doc[i].lower_ == "the" and doc[i + 1].lower_ in ROLES_BEFORE_A_NAME and doc[i + 2].text == ",":
            i += 3  # "... and the host, Chilean President X": the name after its role
        item = by_start.get(i) or _possessed_name(doc, i, end, by_start) or _titled_name(doc, i, end, by_start) \
            or _bare_name(doc, i, end)
        if item is None:
            break
        found += item.start in by_start or item.end in {m.end for m in mentions}
        items.append(item)
        i = _after_affiliation(doc, item.end, end)
        i = _after_separator(doc, i, end)
        if i is None:
            break
    return items if found >= 2 and len(items) >= 3 else []


# Roles a list item may give before its name ("and the host, X").
ROLES_BEFORE_A_NAME = {"host", "chair", "chairman", "chairwoman"}


def _list_start(doc, i: int, floor: int, by_end: dict[int, Span]) -> int:
    """Back from the item at ``i`` over the items before it ("Lula, Ramaphosa, ...": the
    tagger may miss the first name of a list and find the second)."""
    i = _before_title(doc, i, floor)
    while i - 2 >= floor and (doc[i - 1].text == "," or doc[i - 1].lower_ == "and"):
        j = i - 1
        if doc[j].lower_ == "and" and j - 1 >= floor and doc[j - 1].text == ",":
            j -= 1
        name_end = _before_affiliation(doc, j, floor)
        item = by_end.get(name_end) or _bare_name_ending(doc, name_end, floor)
        if item is None:
            break
        i = _before_title(doc, item.start, floor)
    return i


def _before_title(doc, i: int, floor: int) -> int:
    """Back over a title and a people's word before a name ("Pakistani Prime Minister X")."""
    j = i
    while j - 1 >= floor and doc[j - 1].lower_ in TITLE_WORDS:
        j -= 1
    if j < i and j - 1 >= floor and is_demonym(doc[j - 1].text):
        j -= 1
    return j


def _before_affiliation(doc, j: int, floor: int) -> int:
    """Where the name ends in an item ending at ``j``: before "of the United States"."""
    k = j
    while k - 1 >= floor and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        k -= 1
    if k < j and k - 1 >= floor and doc[k - 1].lower_ == "the":
        k -= 1
    if k < j and k - 1 > floor and doc[k - 1].lower_ in AFFILIATION_WORDS:
        return k - 1
    return j


def _bare_name_ending(doc, j: int, floor: int) -> Span | None:
    """The name of one to four words that ends at ``j``, as :func:`_bare_name` reads it."""
    for start in range(max(floor, j - 5), j):
        span = _bare_name(doc, start, j)
        if span is not None and span.end == j and (start == floor or not _capitalised(doc[start - 1])):
            return span
    return None


def _possessed_name(doc, i: int, end: int, by_start: dict[int, Span]) -> Span | None:
    """"Canada's Justin Trudeau": the name after a country's possessive."""
    if i + 2 < end and doc[i + 1].lower_ in ("'s", "’s") and canonical_country(doc[i].text):
        return by_start.get(i + 2) or _bare_name(doc, i + 2, end)
    return None


# The words of a leader's title before a name ("Pakistani Prime Minister Shehbaz Sharif").
TITLE_WORDS = {"president", "prime", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
               "crown", "prince", "vice", "acting"}


def _titled_name(doc, i: int, end: int, by_start: dict[int, Span]) -> Span | None:
    """"Pakistani Prime Minister Shehbaz Sharif": the name after a people's word and a title."""
    j = i + 1 if i < end and is_demonym(doc[i].text) else i
    k = j
    while k < end and doc[k].lower_ in TITLE_WORDS:
        k += 1
    if k == j:
        return None
    return by_start.get(k) or _bare_name(doc, k, end)


def _bare_name(doc, i: int, end: int) -> Span | None:
    """One to four capitalised words (particles allowed inside) that name no country, city or
    people: "Scholz", "Luiz Inacio Lula da Silva"."""
    j = i
    while j < end and (_capitalised(doc[j]) or (j > i and doc[j].lower_ in NAME_PARTICLES)):
        j += 1
    while j > i and doc[j - 1].lower_ in NAME_PARTICLES:
        j -= 1
    if not i < j <= i + 5:
        return None
    text = doc[i:j].text
    if canonical_country(text) or is_demonym(text) or is_city(text):
        return None
    return doc[i:j]


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN"


def _after_affiliation(doc, i: int, end: int) -> int:
    """Past "of the United States" or "for the European Union" after a name."""
    if i < end and doc[i].lower_ in AFFILIATION_WORDS:
        j = i + 1
        if j < end and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < end and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k > j:
            return k
    return i


def _after_separator(doc, i: int, end: int) -> int | None:
    """The start of the next item: after ", ", "and" or ", and"; None when the list ends."""
    if i < end and doc[i].text == ",":
        i += 1
        if i < end and doc[i].lower_ == "and":
            i += 1
        return i if i < end else None
    if i < end and doc[i].lower_ in ("and", "&"):
        return i + 1 if i + 1 < end else None
    return None
