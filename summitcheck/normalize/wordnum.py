"""Numbers spelled out, mixed with digits, or written with fractions, and a scanner that finds
them in running text.

``text2num`` (used first, in ``numbers.parse_number``) reads plain English cardinals. It
rejects what news also writes: digits mixed with scale words ("4 thousand 3 hundred and 21"),
fractions joined by "and" ("five and a half million", "3 million and a quarter"), decimals
read out ("nine point nought four"), Indian scales ("three lakh crore") and dozens. Those are
composed here, word by word, in the usual way: a group below a thousand is built up, then
multiplied by the scale word that follows it.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
BIG = {"thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "mn": 1e6,
       "mln": 1e6, "mil": 1e6, "mm": 1e6, "m": 1e6, "crore": 1e7, "crores": 1e7,
       "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
       "trn": 1e12, "tln": 1e12, "t": 1e12}
# Abbreviations that are scale words only straight after digits ("10m", "1.2 b").
LETTER_SCALES = {"k", "m", "mm", "b", "t", "mn", "bn", "tn"}
DOZEN = {"dozen", "dozens", "doz", "dozs", "dz", "dzs"}
FRACTIONS = {"half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25}
CONNECTORS = {"and", "&", "-", ","}

_DIGITS = r"\d{1,3}(?:[\u202f\u2009](?:\d{3}))+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d|[.,]\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
TOKEN = re.compile(r"(?P<num>" + _DIGITS + r")|(?P<word>[a-z]+)|(?P<sym>&|-|,)", re.I)
NUMBER_WORDS = set(UNITS) | set(TENS) | set(BIG) | DOZEN | set(FRACTIONS) | {"hundred", "point", "a", "an"}


def _digits(tok: str) -> float:
    return float(re.sub(r"[,\s\u202f\u2009]", "", tok))


def compose(tokens: list[str]) -> float | None:
    """The value of a token sequence ("five", "and", "a", "half", "million"), or None."""
    total, hundreds, small = 0.0, 0.0, 0.0
    have_group = False
    last_scale = 0.0
    prev = None  # kind of the previous atom: unit, teen, tens, digits, hundred, scale, frac
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i].lower()
        nxt = tokens[i + 1].lower() if i + 1 < n else None
        if t in CONNECTORS:
            if prev is None or i == n - 1:
                return None
            if t == "-" and not (tokens[i - 1].isalpha() and tokens[i + 1].isalpha()) or (t == "-" and prev == "scale"):
                return None  # "twenty-one", but not "5k-20k" (a range)
            i += 1
            continue
        if t == "point":
            digits = _read_decimals(tokens[i + 1:])
            if digits is None or not have_group:
                return None
            small += float("0." + digits)
            prev = "frac"
            i = n
            break
        if t[0].isdigit() or t[0] == ".":
            if prev in ("unit", "teen", "tens", "digits", "frac"):
                return None
            small += _digits(t)
            have_group, prev = True, "digits"
        elif t in UNITS or t in TENS:
            v = UNITS.get(t, TENS.get(t))
            if prev == "tens" and t in UNITS and 0 < v < 10:
                pass
            elif prev in ("unit", "teen", "tens", "digits", "frac"):
                return None
            small += v
            have_group = True
            prev = "tens" if t in TENS else ("unit" if v < 10 else "teen")
        elif t in ("a", "an"):
            # "a hundred", "a dozen", "a half", "half a dozen"
            if nxt not in ("hundred", "half", "quarter", *DOZEN, *BIG) or nxt in LETTER_SCALES:
                return None
            if prev == "frac" and nxt in DOZEN:
                i += 1
                continue
            if nxt in FRACTIONS and (prev is None or tokens[i - 1].lower() in ("and", "&")):
                i += 1
                continue
            if prev in ("unit", "teen", "tens", "digits"):
                return None
            if nxt not in FRACTIONS:
                small += 1
                have_group, prev = True, "unit"
        elif t in FRACTIONS:
            f = FRACTIONS[t]
            if prev == "unit" and _last_is_count(tokens, i):
                # "three quarters", "one half": the word before says how many
                count = UNITS[tokens[i - 1].lower()]
                f, small = count * f, small - count
                if not small and not hundreds:
                    have_group = False
            elif prev in ("unit", "teen", "tens", "digits", "hundred") and not _joined_by_and(tokens, i):
                return None
            if nxt is None and not have_group and last_scale:
                total += f * last_scale  # "3 million and a half"
            elif nxt is None or nxt in CONNECTORS:
                if not have_group and last_scale:
                    total += f * last_scale
                else:
                    small += f
                    have_group = True
            else:
                small += f
                have_group = True
            prev = "frac"
        elif t == "hundred":
            if prev == "hundred":
                return None
            hundreds += (small or 1.0) * 100
            small = 0.0
            have_group, prev = True, "hundred"
        elif t in DOZEN:
            small = (small or 1.0) * 12
            have_group, prev = True, "digits"
        elif t in BIG:
            if t in LETTER_SCALES and prev != "digits":
                return None
            scale = BIG[t]
            if not have_group:
                if total and prev == "scale":
                    total *= scale  # "three lakh crore"
                    last_scale = scale
                    i += 1
                    continue
                return None
            total += (hundreds + small) * scale
            hundreds = small = 0.0
            have_group, prev, last_scale = False, "scale", scale
        else:
            return None
        i += 1
    if prev is None:
        return None
    return total + hundreds + small


def _joined_by_and(tokens: list[str], i: int) -> bool:
    back = [t.lower() for t in tokens[max(0, i - 2):i]]
    return "and" in back or "&" in back


def _last_is_count(tokens: list[str], i: int) -> bool:
    return i > 0 and tokens[i - 1].lower() in ("one", "two", "three")


def _read_decimals(tokens: list[str]) -> str | None:
    out = ""
    prev_tens = False
    for t in tokens:
        t = t.lower()
        if t == "-":
            continue
        if t in TENS:
            out += str(TENS[t])[0] + "0"
            prev_tens = True
        elif t in UNITS:
            v = UNITS[t]
            if prev_tens and 0 < v < 10:
                out = out[:-1] + str(v)
            else:
                out += str(v)
            prev_tens = False
        elif t.isdigit():
            out += t
            prev_tens = False
        else:
            return None
    return out or None


def tokens_of(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number written in ``text``, longest reading first: from
    each number token, the longest run of tokens that reads as one number."""
    toks = tokens_of(text)
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.group().lower()
        starts = tok.group("num") or (tok.group("word") and word in NUMBER_WORDS and word not in LETTER_SCALES)
        if not starts or (word in ("a", "an", "point") or word in BIG):
            if not (word in ("a", "an") and i + 1 < len(toks) and toks[i + 1].group().lower() in ("hundred", "dozen", "half", "quarter", "thousand", "million", "billion", "trillion")):
                i += 1
                continue
        best = None
        j = i
        while j < len(toks) and j - i < 16:
            if j > i and text[toks[j - 1].end():toks[j].start()].strip():
                break  # only spaces between the tokens of one number
            w = toks[j].group().lower()
            if not (toks[j].group("num") or w in NUMBER_WORDS or w in CONNECTORS):
                break
            value = compose([t.group() for t in toks[i:j + 1]])
            if value is not None:
                best = (j, value)
            j += 1
        if best is None:
            i += 1
            continue
        j, value = best
        out.append((tok.start(), toks[j].end(), value))
        i = j + 1
    return out
