"""Numbers as written in news: digits, words, scale words, and the hedges around them.

Number words go through ``text2num`` (a maintained parser for English cardinals). What it
does not cover and news needs is handled here: thousands separators, decimals with scale
words ("1.5 billion", "3,000 billion"), abbreviations ("bn", "mln", "k"), "a dozen",
"half a million", and hedges ("more than", "nearly", "up to") turned into intervals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

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
    except (ValueError, OverflowError, TypeError):
        return None
    # 16.4 * 1e6 is 16399999.999999998 in binary floating point: keep 12 significant digits.
    return None if value is None else float(f"{value:.12g}")


_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+")


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
    # Peel scale words off the end: "3 trillion", "five billion", "1.5bn".
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
        return int(m.group(1))
    if s in ORDINAL_WORDS:
        return ORDINAL_WORDS[s]
    parts = re.split(r"[-\s]+", s)
    if len(parts) == 2 and parts[1] in ORDINAL_WORDS:
        tens = parse_number(parts[0])
        if tens is not None and tens % 10 == 0:
            return int(tens) + ORDINAL_WORDS[parts[1]]
    return None


# --- Hedges -------------------------------------------------------------------------------
# The single place where hedging words become intervals. ``about`` widens by ABOUT_SPREAD on
# both sides; ``nearly`` reaches down by the same spread and up to the figure itself.

ABOUT_SPREAD = 0.10

HEDGES: dict[str, str] = {}
for _phrase, _kind in [
    (("more than", "over", "above", "in excess of", "upwards of", "exceeding", "greater than",
      "north of", "higher than", "beyond"), "more_than"),
    (("at least", "no fewer than", "no less than", "a minimum of", "or more"), "at_least"),
    (("less than", "fewer than", "under", "below", "lower than", "short of"), "less_than"),
    (("up to", "at most", "as many as", "as much as", "no more than", "a maximum of",
      "not more than", "or less", "or fewer", "a max of"), "up_to"),
    (("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
      "approx", "approx.", "circa", "close to", "in the region of", "or so", "almost",
      "nearly", "just under", "just shy of", "more or less", "an approximate"), "about"),
]:
    for _p in _phrase:
        HEDGES[_p] = _kind
# "nearly" and "almost" mean "a little below": they keep their own interval.
HEDGES.update({"nearly": "nearly", "almost": "nearly", "just under": "nearly",
               "just shy of": "nearly", "close to": "about"})

_HEDGE_RE = re.compile(
    r"^(?P<hedge>" + "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
    + r")\b\s*", re.I,
)
_TRAILING_HEDGE_RE = re.compile(r"\s*\b(?P<hedge>or more|or less|or fewer|or so)$", re.I)


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
        return Interval(value, 0.0 if value >= 0 else None, value - step, hedge)
    if hedge == "up_to":
        return Interval(value, 0.0 if value >= 0 else None, value, hedge)
    if hedge == "about":
        spread = abs(value) * ABOUT_SPREAD
        low, high = value - spread, value + spread
        if integer:
            low, high = float(int(low)), float(-int(-high))
        return Interval(value, low, high, hedge)
    if hedge == "nearly":
        spread = abs(value) * ABOUT_SPREAD
        low = value - spread
        if integer:
            low = float(int(low))
        return Interval(value, low, value, hedge)
    return Interval(value, value, value, None)


def parse_quantity(text: str, *, integer: bool = False) -> Interval | None:
    """A possibly hedged figure ("more than 150", "about 75 million") as an interval."""
    hedge, rest = split_hedge(text)
    value = parse_number(rest)
    if value is None:
        return None
    return hedge_interval(value, hedge, integer=integer)
