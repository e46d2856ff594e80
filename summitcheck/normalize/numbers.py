"""Numbers as written in news: digits, words, scale words, and the hedges around them.

Number words go through ``text2num`` (a maintained parser for English cardinals). What it
does not cover and news needs is handled here: thousands separators, decimals with scale
words ("1.5 billion", "3,000 billion"), abbreviations ("bn", "mln", "k"), "a dozen",
"half a million", and hedges ("more than", "nearly", "up to") turned into intervals.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import text2num

from summitcheck.normalize import wordnum

SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

SMALL_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "a dozen": 12.0,
    "dozen": 12.0,
    "dozens": 24.0,
    "a couple": 2.0,
    "couple": 2.0,
    "a pair": 2.0,
    "half": 0.5,
    "a half": 0.5,
    "a quarter": 0.25,
    "quarter": 0.25,
    "a third": 1 / 3,
    "score": 20.0,
}

ORDINAL_WORDS = {
    "first": 1, "inaugural": 1, "maiden": 1, "debut": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}

# "hundreds of", "thousands of": vague, not a figure to compare.
VAGUE_PLURALS = {"hundreds", "thousands", "millions", "billions", "trillions", "dozens", "scores", "tens"}

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
_NUM_SCALE = re.compile(
    r"^(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*-?\s*(?P<scale>[a-z]+)?$"
)
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def parse_number(text: str) -> float | None:
    """The value of a number as written ("1,234", "3.5 billion", "twenty-one", "a dozen").

    Returns None when the text is not a number. Never raises.
    """
    try:
        value = _parse_number(text)
        if value is None:
            value = _compose(text)
    except (ValueError, OverflowError, TypeError):
        return None
    # A figure beyond float range ("9" * 400) is not a figure news writes: no value.
    if value is None or not math.isfinite(value):
        return None
    # 16.4 * 1e6 is 16399999.999999998 in binary floating point: keep 12 significant digits.
    return float(f"{value:.12g}")


_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+")


def _compose(text: str) -> float | None:
    """Mixed and fractional forms text2num does not read ("4 thousand 3 hundred and 21",
    "five and a half million", "nine point nought four"): see ``wordnum``."""
    toks = [m.group() for m in wordnum.tokens_of(text.replace("\u00a0", " "))]
    rest = TOKEN_RE_LEFTOVER.sub("", text)
    if rest.strip(" .") or not toks:
        return None
    return wordnum.compose(toks)


TOKEN_RE_LEFTOVER = wordnum.TOKEN


def _parse_number(text: str) -> float | None:
    s = " ".join(text.lower().replace("\u00a0", " ").split()).strip(" .")
    if not s:
        return None
    if _DIGITS.match(s):
        return float(s.replace(",", ""))
    if s in VAGUE_PLURALS:
        return None
    if re.search(r"[^a-z0-9,.\s-]", s):
        return None
    tokens = [t for t in _TOKEN.findall(s) if t != "and"]
    if not tokens:
        return None
    # Peel scale words off the end: "5 trillion", "five billion", "1.5bn".
    scale, n = 1.0, len(tokens)
    while n > 1 and tokens[n - 1] in SCALES and not (
        tokens[n - 1] == "hundred" and not tokens[n - 2][0].isdigit()
    ):
        scale *= SCALES[tokens[n - 1]]
        n -= 1
    head = tokens[:n]
    if head[0][0].isdigit() or head[0][0] == ".":
        if len(head) != 1 or not _DIGITS.match(head[0]):
            return None
        return float(head[0].replace(",", "")) * scale
    words = " ".join(head)
    if words in SMALL_WORDS:
        return SMALL_WORDS[words] * scale
    if len(head) == 2 and head[0] == "half" and head[1] in ("a", "an"):
        return 0.5 * scale
    try:
        return float(text2num(words, "en")) * scale
    except ValueError:
        pass
    if scale != 1.0:
        return None
    try:
        return float(text2num(" ".join(tokens), "en"))
    except ValueError:
        return None


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal ("first", "first-ever", "15th", "twenty-first")."""
    s = text.lower().strip().replace("\u00a0", " ")
    s = re.sub(r"[-\s]*(ever|time)$", "", s)
    m = _ORDINAL_DIGITS.match(s)
    if m:
        digits = m.group(1)
        # int() refuses strings over 4300 digits; no ordinal is that long.
        return int(digits) if len(digits) <= 18 else None
    if s in ORDINAL_WORDS:
        return ORDINAL_WORDS[s]
    parts = re.split(r"[-\s]+", s)
    if len(parts) == 2 and parts[1] in ORDINAL_WORDS:
        tens = parse_number(parts[0])
        if tens is not None and tens % 10 == 0:
            return int(tens) + ORDINAL_WORDS[parts[1]]
    return None


# --- Hedges -------------------------------------------------------------------------------
# The single place where hedging words become intervals (``hedge_interval`` applies them):
#   more_than  "more than 150"   -> (150, unbounded); counts: 151 and up
#   at_least   "at least 150"    -> [150, unbounded)
#   less_than  "fewer than 10"   -> [0, 10); counts: 0..9
#   up_to      "up to 37"        -> [0, 37]
#   about      "about 150"       -> 150 -/+ ABOUT_SPREAD (10 %)
#   nearly     "nearly 40"       -> [40 - 10 %, 40]: a little below, never above

ABOUT_SPREAD = 0.10

HEDGE_PHRASES: dict[str, tuple[str, ...]] = {
    "more_than": ("more than", "over", "above", "in excess of", "upwards of", "exceeding",
                  "greater than", "north of", "higher than", "beyond", "larger than",
                  "bigger than", "exceed", "exceeds", "surpass", "surpassing", ">"),
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of", "not less than",
                 "greater than or equal to", "more than or equal to", "equal to or more than",
                 "equal to or greater than", "at least or equal to", "bigger or equal than",
                 "higher or equal than", "greater or equal than", "larger or equal than",
                 ">=", "> =", "≥"),
    "less_than": ("less than", "fewer than", "under", "below", "lower than", "short of",
                  "smaller than", "<"),
    "up_to": ("up to", "at most", "as many as", "as much as", "no more than", "a maximum of",
              "not more than", "a max of", "less than or equal to", "equal to or less than",
              "fewer than or equal to", "smaller or equal than", "less or equal than",
              "lower or equal than", "<=", "< =", "≤"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
              "approx", "approx.", "circa", "close to", "in the region of", "more or less",
              "an approximate"),
    "nearly": ("nearly", "almost", "just under", "just shy of"),
}
# Written after the figure: "500 or more", "30 or so".
TRAILING_HEDGES: dict[str, str] = {
    "or more": "at_least", "and more": "at_least", "and above": "at_least", "or above": "at_least",
    "or greater": "at_least", "or greater than": "at_least", "or higher": "at_least",
    "or over": "at_least", "or less": "up_to", "or fewer": "up_to", "or below": "up_to",
    "or under": "up_to", "or so": "about",
}
HEDGES: dict[str, str] = {p: kind for kind, phrases in HEDGE_PHRASES.items() for p in phrases}
HEDGES.update(TRAILING_HEDGES)


def _alternation(phrases) -> str:
    return "|".join(sorted((re.escape(h) for h in phrases), key=len, reverse=True))


# A hedge ends at a word boundary, or straight after a comparison sign ("<20").
_HEDGE_RE = re.compile(r"^(?P<hedge>" + _alternation(HEDGES) + r")(?:\b|(?<=[<>=≥≤]))\s*", re.I)
_TRAILING_HEDGE_RE = re.compile(r"\s*\b(?P<hedge>" + _alternation(TRAILING_HEDGES) + r")$", re.I)


@dataclass(frozen=True)
class Interval:
    """A figure as stated and the interval it allows (None = unbounded)."""

    value: float
    low: float | None
    high: float | None
    hedge: str | None = None


def split_hedge(text: str) -> tuple[str | None, str]:
    """("more than", "150") for "more than 150"; (None, text) when there is no hedge."""
    s = text.strip()
    m = _HEDGE_RE.match(s)
    if m:
        return HEDGES[m.group("hedge").lower()], s[m.end():]
    m = _TRAILING_HEDGE_RE.search(s)
    if m:
        return HEDGES[m.group("hedge").lower()], s[: m.start()]
    return None, s


def hedge_interval(value: float, hedge: str | None, *, integer: bool = False) -> Interval:
    """The interval a hedged figure allows. ``integer`` for counts (more than 150 = 151+)."""
    step = 1.0 if integer else 0.0
    if hedge == "more_than":
        return Interval(value, value + step, None, hedge)
    if hedge == "at_least":
        return Interval(value, value, None, hedge)
    if hedge == "less_than":
        if value >= 0:  # "fewer than 0" or "fewer than half": nothing below zero
            return Interval(value, 0.0, max(value - step, 0.0), hedge)
        return Interval(value, None, value - step, hedge)
    if hedge == "up_to":
        return Interval(value, 0.0 if value >= 0 else None, value, hedge)
    if hedge == "about":
        spread = abs(value) * ABOUT_SPREAD
        return Interval(value, _outward(value - spread, math.floor, integer),
                        _outward(value + spread, math.ceil, integer), hedge)
    if hedge == "nearly":
        spread = abs(value) * ABOUT_SPREAD
        return Interval(value, _outward(value - spread, math.floor, integer), value, hedge)
    return Interval(value, value, value, None)


def _outward(bound: float, rounding, integer: bool) -> float | None:
    """An interval end, rounded away from the figure for counts; an end that overflowed
    float range (a figure near 1.8e308) is left open (None)."""
    if not math.isfinite(bound):
        return None
    return float(rounding(bound)) if integer else bound


def parse_quantity(text: str, *, integer: bool = False) -> Interval | None:
    """A possibly hedged figure ("more than 150", "about 75 million") as an interval."""
    hedge, rest = split_hedge(text)
    value = parse_number(rest)
    if value is None:
        return None
    return hedge_interval(value, hedge, integer=integer)


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number written in ``text`` (see ``wordnum``)."""
    return [(s, e, v) for s, e, v in wordnum.find_numbers(text) if v is not None]


_HEDGE_BEFORE = re.compile(r"(?:^|\s|(?<=\w))(?P<hedge>" + _alternation(HEDGES) + r")(?:\s+|(?<=[<>=≥≤]))$", re.I)
_HEDGE_AFTER = re.compile(r"^\s*(?P<hedge>" + _alternation(TRAILING_HEDGES) + r")\b", re.I)
_BOUND_JOIN = re.compile(r"^\s*(?:,|and|but|,\s*and)\s*$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|~|to|through|and)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:^|\s)(?:between|from)\s+$", re.I)


def find_quantities(text: str) -> list[tuple[int, int, Interval]]:
    """(start, end, interval) of every figure in ``text`` with the hedge around it ("more
    than 30", "500 or more") or the range it closes ("between 20 and 30", "1000-5000")."""
    nums = find_numbers(text)
    out: list[tuple[int, int, Interval]] = []
    i = 0
    while i < len(nums):
        s, e, v = nums[i]
        if i + 1 < len(nums):
            s2, e2, v2 = nums[i + 1]
            gap = text[e:s2]
            opener = _RANGE_OPEN.search(text[:s])
            if _RANGE_JOIN.match(gap) and v2 > v and (opener or gap.strip() not in ("and",)):
                start = opener.start() + (1 if text[opener.start()].isspace() else 0) if opener else s
                out.append((start, e2, Interval(v, v, v2, "range")))
                i += 2
                continue
        before = _HEDGE_BEFORE.search(text[max(0, s - 40):s])
        after = _HEDGE_AFTER.match(text[e:e + 20])
        if before and not (after and HEDGES[before.group("hedge").lower()] == "about"):
            hedge, start, end = HEDGES[before.group("hedge").lower()], s - len(text[max(0, s - 40):s]) + before.start("hedge"), e
        elif after:
            hedge, start, end = HEDGES[after.group("hedge").lower()], s, e + after.end()
        else:
            hedge, start, end = None, s, e
        out.append((start, end, hedge_interval(v, hedge)))
        i += 1
    return _join_bounds(text, out)


def _join_bounds(text: str, found: list[tuple[int, int, Interval]]) -> list[tuple[int, int, Interval]]:
    """"greater than 100 and smaller than 300": a lower and an upper bound, one interval."""
    out: list[tuple[int, int, Interval]] = []
    for item in found:
        if out and _BOUND_JOIN.match(text[out[-1][1]:item[0]]):
            (s0, _, a), (_, e1, b) = out[-1], item
            lows = [x for x in (a, b) if x.hedge in ("more_than", "at_least")]
            highs = [x for x in (a, b) if x.hedge in ("less_than", "up_to")]
            if len(lows) == 1 and len(highs) == 1 and lows[0].low <= highs[0].high:
                out[-1] = (s0, e1, Interval(lows[0].value, lows[0].low, highs[0].high, "range"))
                continue
        out.append(item)
    return out
