"""Country names, aliases and demonyms to one canonical name.

pycountry holds the ISO names; what it lacks is the everyday forms news uses ("Russia",
"Britain", "the U.S.", "Slovak Republic") and nationality adjectives ("Kenyan",
"Japanese"): those are data in ``summitcheck/data/countries.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pycountry
import yaml


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(resources.files("summitcheck.data").joinpath("countries.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    data = _data()
    by_name: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                by_name[value.lower()] = c.alpha_3
    by_name.update(data["aliases"])
    for region in data.get("regions", []):
        by_name[region] = ""  # a known name that is no country
    return by_name, data["demonyms"], data["canonical"]


def _display(alpha3: str) -> str:
    canonical = _tables()[2]
    if alpha3 in canonical:
        return canonical[alpha3]
    c = pycountry.countries.get(alpha_3=alpha3)
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=4096)
def canonical_country(text: str) -> str | None:
    """"Kenya's", "the Slovak Republic", "Kenyan", "U.S." -> canonical name, else None."""
    by_name, demonyms, _ = _tables()
    key = _name_key(text)
    if not key:
        return None
    for candidate in (key, key + ".", key.rstrip(".")):
        if candidate in by_name:
            return _display(by_name[candidate]) if by_name[candidate] else None
        if candidate in demonyms:
            return _display(demonyms[candidate])
    # A possessive written without its apostrophe ("Kenyas President").
    if key.endswith("s") and key[:-1] in by_name:
        return _display(by_name[key[:-1]])
    return None


def canonical_place(text: str) -> tuple[str, str]:
    """(canonical name, "country" | "city") of a place as written."""
    country = canonical_country(text)
    if country:
        return country, "country"
    s = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I).strip(" .,'’")
    s = re.sub(r"['’]s$", "", s)
    return (s.title() if s.isupper() else s), "city"



@lru_cache(maxsize=4096)
def canonical_member(text: str) -> str | None:
    """A party to a list of members: a country, or a union of countries that takes part as one
    (the European Union at the G20, the African Union admitted to it)."""
    return canonical_country(text) or _data().get("blocs", {}).get(_name_key(text))


def _name_key(text: str) -> str:
    """A place name as looked up: one space, no "the", no possessive, lower case."""
    s = " ".join(text.replace("\u00a0", " ").replace("’", "'").split()).strip(" .,;:")
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return re.sub(r"'s?$", "", s).lower()


def is_demonym(text: str) -> bool:
    """"Japanese", "South African": a nationality adjective rather than a country's name."""
    key = " ".join(text.split()).strip(" .,").lower()
    return key in _tables()[1] and key not in _tables()[0]


def is_country(text: str) -> bool:
    return canonical_country(text) is not None
