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

from summitcheck.normalize.numbers import hedge_interval, parse_number, split_hedge


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
    """A money figure ("3 trillion yen", "$19 billion", "nearly US$35bn", "EUR 200 million")."""
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
    currency = None
    # Prefix: symbol or ISO code ("US$ 19 billion", "USD 200", "¥3 trillion").
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
