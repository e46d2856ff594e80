"""Claim values as a person reads them ("5 trillion JPY", "2023-05-19 to 2023-05-21")."""

from __future__ import annotations

from typing import Any

SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]


def figure(x: float | None) -> str:
    if x is None:
        return "?"
    for size, word in SCALES:
        if abs(x) >= size:
            v = x / size
            return f"{v:.3g} {word}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def describe(kind: str, value: dict[str, Any]) -> str:
    if kind == "date":
        if value["start"] == value["end"]:
            return value["start"]
        if value.get("granularity") == "month":
            return value["start"][:7]
        if value.get("granularity") == "year":
            y0, y1 = value["start"][:4], value["end"][:4]
            return y0 if y0 == y1 else f"{y0}-{y1}"
        return f"{value['start']} to {value['end']}"
    if kind == "money":
        text = f"{_hedged(value)} {value['currency']}"
        if "alt" in value:
            text += f" ({_hedged(value['alt'])} {value['alt']['currency']})"
        return text
    if kind in ("count", "ordinal"):
        return _hedged(value, key="value")
    if kind == "set":
        return ", ".join(value["members"])
    return str(value.get("canonical") or value.get("text", ""))


def _hedged(value: dict[str, Any], key: str = "amount") -> str:
    v, low, high = value[key], value.get("low"), value.get("high")
    base = figure(v)
    if low is not None and high is None:
        return f"more than {base}" if low > v else f"at least {base}"
    if high is not None and low is not None and low < v < high:
        return f"about {base}"
    if high is not None and low is not None and low < v == high:
        return f"up to {base}" if low <= 0 else f"nearly {base}"
    if high is not None and high < v:
        return f"fewer than {base}"
    return base
