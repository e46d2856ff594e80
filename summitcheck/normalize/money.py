"""Money as written in news: symbols, codes, currency names, scale words and hedges.

ISO codes come from pycountry's currency table; the names news uses ("yen", "rouble",
"Hong Kong dollars") and symbols ("HK$", "€") are data in ``summitcheck/data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
import yaml

from summitcheck.normalize.numbers import HEDGES, hedge_interval, parse_number, split_hedge


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    low: float | None
    high: float | None
    hedge: str | None = None

    def to_value(self) -> dict:
        return {"amount": self.amount, "currency": self.currency, "low": self.low,
                "high": self.high}


@lru_cache(maxsize=1)
def _tables() -> tuple[list[tuple[str, str]], list[tuple[str, str]], frozenset[str]]:
    data = yaml.safe_load(resources.files("summitcheck.data").joinpath("currencies.yaml").read_text("utf-8"))
    symbols = sorted(data["symbols"].items(), key=lambda kv: -len(kv[0]))
    names: dict[str, str] = {}
    for name, code in data["names"].items():
        names[name] = code
        names[_plural(name)] = code
    codes = frozenset(c.alpha_3 for c in pycountry.currencies)
    return symbols, sorted(names.items(), key=lambda kv: -len(kv[0])), codes


def _plural(name: str) -> str:
    if name.endswith(("yen", "yuan", "renminbi", "won", "rand", "baht", "dong", "som", "sum",
                      "tenge", "naira", "birr", "taka", "sterling", "reais", "kronor")):
        return name
    if name.endswith("y"):
        return name[:-1] + "ies"
    return name + "s"


def currency_codes() -> frozenset[str]:
    return _tables()[2]


def parse_money(text: str) -> Money | None:
    """A money figure ("1.5 trillion yen", "$10 billion", "nearly US$35bn", "EUR 200 million")."""
    try:
        return _parse(text)
    except (ValueError, OverflowError, TypeError):
        return None


def _parse(text: str) -> Money | None:
    symbols, names, codes = _tables()
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
    hedge, s = split_hedge(s)
    # Tokenised forms such as "hk $ 10.05 billion" or "c $ 16.4 million".
    s = re.sub(r"^(us|u\.s\.|u \. s \.|hk|c|a|s|nz|nt|r)\s*\$", lambda m: m.group(1).replace(" ", "") + "$", s, flags=re.I)
    s = re.sub(r"^(?:a total of|total of|some|worth|of)\s+", "", s, flags=re.I)
    special = _special_forms(s, codes)
    if special is not None:
        amount, currency = special
        if not 0 <= amount < float("inf"):  # "-1$", or a scale that overflowed
            return None
        iv = hedge_interval(amount, hedge)
        return Money(amount, currency, iv.low, iv.high, hedge)
    currency = None
    # Prefix: symbol or ISO code ("US$ 10 billion", "USD 200", "¥1.5 trillion").
    for sym, code in symbols:
        if s.upper().startswith(sym.upper()) and (len(sym) > 1 or not s[1:2].isalpha()):
            currency, s = code, s[len(sym):].strip()
            break
    if currency is None:
        m = re.match(r"^([A-Z]{3})\s*(?=[\d.])", s)
        if m and m.group(1) in codes:
            currency, s = m.group(1), s[m.end():]
    if currency is None:
        low = s.lower()
        for name, code in names:
            m = re.search(r"(?:\s|^)(?:of\s+)?" + re.escape(name) + r"$", low)
            if m:
                currency, s = code, s[: m.start()].strip()
                break
        else:
            m = re.search(r"\s*\b([A-Z]{3})$", s)
            if m and m.group(1) in codes:
                currency, s = m.group(1), s[: m.start()].strip()
            else:
                # "75 USD million": a code between figure and scale.
                m = re.match(r"^([\d.,]+)\s+([A-Z]{3})\s+([a-z]+)$", s)
                if m and m.group(2) in codes:
                    currency, s = m.group(2), f"{m.group(1)} {m.group(3)}"
    if currency is None:
        return None
    if hedge is None:
        hedge, s = split_hedge(s)
    amount = parse_number(s)
    if amount is None or amount < 0:
        return None
    iv = hedge_interval(amount, hedge)
    return Money(amount, currency, iv.low, iv.high, hedge)


# --- Forms beyond "symbol figure" and "figure name" ---------------------------------------

# What stands before "$" in "C$", "usd$", "Mex$" when it is not an ISO code.
DOLLAR_PREFIXES = {"us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD",
                   "hk": "HKD", "s": "SGD", "nz": "NZD", "nt": "TWD", "r": "BRL", "mex": "MXN",
                   "mx": "MXN"}
# Codes news writes in lower case, and names for a code that are not ISO 4217.
CODE_ALIASES = {"RMB": "CNY"}
LOWER_CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "aud", "cad", "chf", "hkd", "nzd",
               "inr", "rub", "krw", "sgd", "mxn", "brl", "zar", "try", "kzt", "uzs", "kgs"}
# A sub-unit is read in its main unit: "50 cents" is 0.50 USD, "470 pence" 4.70 GBP.
SUBUNITS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01),
            "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01), "p": ("GBP", 0.01)}


def _code(token: str, codes: frozenset[str]) -> str | None:
    """An ISO code as written ("USD", "usd", "RMB"), or None."""
    up = token.upper()
    if token.isupper() or token in LOWER_CODES:
        up = CODE_ALIASES.get(up, up)
        return up if up in codes else None
    return None


_NUMBER = r"(?P<num>.+?)"


def _special_forms(s: str, codes: frozenset[str]) -> tuple[float, str] | None:
    """(amount, currency) of the forms the main reader does not take: "usd$ 15", "30 MUSD",
    "MAUD 60", "115USD", "10 rmb", "dollar 22.5 million", "50 cents", "15 dollars 50",
    "thirteen dollars and forty-five cents", "10 €"."""
    for sym, code in _tables()[0]:
        if s.endswith(sym) and not (sym[-1].isascii() and sym[-1].isalpha()) and s[:-len(sym)].strip():
            return _with(code, s[:-len(sym)])  # "10 €", "100元"
    m = re.match(r"^(?P<p>[a-z]{1,3}|u\.s\.)\s?\$\s*(?P<num>.+)$", s, re.I)
    if m:
        code = DOLLAR_PREFIXES.get(m.group("p").lower()) or _code(m.group("p"), codes)
        return _with(code, m.group("num"))
    m = re.match(r"^M(?P<code>[A-Z]{3})\s*(?P<num>.+)$", s) or re.match(r"^(?P<num>.+?)\s*M(?P<code>[A-Z]{3})$", s)
    if m and _code(m.group("code"), codes):
        amount = parse_number(m.group("num"))
        return (amount * 1e6, _code(m.group("code"), codes)) if amount is not None else None
    m = re.match(r"^(?P<code>[a-zA-Z]{3})\s*(?P<num>[\d.,]+(?:\s*[a-z]+)?)$", s)
    if m and m.group("code").islower() and _code(m.group("code"), codes):
        return _with(_code(m.group("code"), codes), m.group("num"))
    m = re.match(r"^(?P<num>.+?)\s*(?P<code>[a-zA-Z]{3})$", s)
    if m and (m.group("code").islower() or not s[m.start("code") - 1:m.start("code")].isspace()) and _code(m.group("code"), codes):
        return _with(_code(m.group("code"), codes), m.group("num"))
    m = re.match(r"^(?P<num>.+?)\s+(?P<code>[A-Z]{3})\s+(?P<rest>\d{1,2})$", s)  # "17 USD 25"
    if m and _code(m.group("code"), codes):
        whole = parse_number(m.group("num"))
        return (whole + int(m.group("rest")) / 100, _code(m.group("code"), codes)) if whole is not None else None
    m = re.match(r"^(?:dollars?|euros?|pounds?)\s+(?P<num>[\d.,]+.*)$", s, re.I)
    if m:
        return _with({"d": "USD", "e": "EUR", "p": "GBP"}[s[0].lower()], m.group("num"))
    m = re.match(r"^(?P<num>.+?)\s*-?\s*(?P<unit>cents?|pence|penny|pennies)$", s, re.I)
    if m:
        # "thirteen dollars and forty-five cents": whole units and cents
        whole = re.match(r"^(?P<w>.+?)\s+(?P<cur>dollars?|pounds?|euros?|usd|gbp|eur)\s+(?:and\s+)?(?P<c>.+)$",
                         m.group("num"), re.I)
        currency, factor = SUBUNITS[m.group("unit").lower()]
        if whole:
            w, c = parse_number(whole.group("w")), parse_number(whole.group("c"))
            code = {"d": "USD", "u": "USD", "p": "GBP", "g": "GBP", "e": "EUR"}[whole.group("cur")[0].lower()]
            return (w + c * factor, code) if w is not None and c is not None and c < 100 else None
        amount = parse_number(m.group("num"))
        return (amount * factor, currency) if amount is not None else None
    m = re.match(r"^(?P<w>.+?)\s+(?P<cur>dollars?|pounds?|euros?|usd)\s+(?:and\s+)?(?P<c>\d{1,2}|[a-z]+(?:[- ][a-z]+)?)$", s, re.I)
    if m:
        w, c = parse_number(m.group("w")), parse_number(m.group("c"))
        if w is not None and c is not None and c < 100 and c == int(c):
            return w + c / 100, {"d": "USD", "u": "USD", "p": "GBP", "e": "EUR"}[m.group("cur")[0].lower()]
    return None


def _with(code: str | None, number: str) -> tuple[float, str] | None:
    amount = parse_number(number)
    if code is None or amount is None:
        return None
    return amount, code


# --- Finding money in running text ---------------------------------------------------------

_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
          "eighty|ninety|hundred|thousand|million|billion|trillion|a|an|half|quarters?|dozen")
_NUM = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?|\.\d+"
        r"|(?:" + _WORDS + r")(?:[\s-]+(?:and\s+)?(?:" + _WORDS + r"))*)")
_SCALE = r"(?:\s*-?\s*(?:thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|crore|lakh|mm|[mbk]|(?-i:T))\b)*"
_SMALL = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_CENTS = r"(?:\s+(?:and\s+)?(?:\d{1,2}|(?:" + _SMALL + r")(?:[- ](?:" + _SMALL + r"))?)(?:\s+(?:cents|pence)|(?=\s*(?:[.,;!?)]|$|more\b))))?"


@lru_cache(maxsize=1)
def money_scanner() -> re.Pattern[str]:
    """One pattern for every way news writes money; each match is then read by
    ``parse_money`` (a match it cannot read is dropped)."""
    symbols, names, _ = _tables()
    sym = "|".join(re.escape(s) for s, _ in symbols)
    words = {n for n, _ in names} | set(SUBUNITS) - {"p"}
    name = "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
    lower = "|".join(sorted(LOWER_CODES))
    code = r"(?:(?-i:M?[A-Z]{3})|" + lower + r")"
    # "US $5 billion" (and a lower-case "c $") may be spaced; a capital letter alone must be
    # glued ("A$300"): "A $300 billion compromise" is an article and US dollars
    prefixed = r"(?:(?:us|u\s?\.\s?s\s?\.|(?-i:c)|hk|nz|nt|mex|mx|" + lower + r")\s?\$|(?-i:[A-Z]{1,3})\$)"
    hedge = r"(?:(?:" + "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True)) + r")\s+)?"
    pattern = (
        r"(?<![\w$])" + hedge + r"(?:"
        + r"(?:" + prefixed + r"|" + sym + r"|" + code + r"|dollars?|euros?)\s?" + _NUM + _SCALE
        + r"|" + _NUM + _SCALE + r"\s?-?\s?(?:of\s+)?(?:" + name + r"|" + code + r")(?:\s?" + _SCALE.strip("*") + r"|" + _CENTS + r")"
        + r"|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(?:" + sym + r")"
        + r")(?![\w])"
    )
    return re.compile(pattern, re.I)


# A code glued to a number of one or two digits is a name ("COP28", the 28th climate
# conference, not 28 Colombian pesos); amounts are written with a space or a scale word.
NAME_WITH_NUMBER = re.compile(r"[A-Z]{3}\d{1,2}")


def find_money(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Money]]:
    """(start, end, value) of each money figure in ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[tuple[int, int, Money]] = []
    pos = start
    pattern = money_scanner()
    while True:
        m = pattern.search(text, pos, end)
        if m is None:
            return out
        money = None if NAME_WITH_NUMBER.fullmatch(m.group()) else parse_money(m.group().replace("-", " "))
        if money is None:
            pos = m.start() + 1
            continue
        out.append((m.start(), m.end(), money))
        pos = m.end()
