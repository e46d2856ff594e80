"""One town under a short name: "Rio" is "Rio de Janeiro" when the bundle names it in full.

Articles shorten a town's name after its first mention, and a later one may use the short
form alone. A one-word city name that is the first word of exactly one longer city name in
the bundle is that city; with no such name, or several ("San" for two saints' towns), it is
left as written.
"""

from __future__ import annotations

from summitcheck.model import Claim


def expand_short_city_names(claims: list[Claim]) -> None:
    """Give every one-word city name that begins one longer city name that name as canonical."""
    cities = [c for c in claims if c.kind == "place" and c.value.get("level") == "city"]
    full = {c.value["text"] for c in cities if len(c.value["text"].split()) > 1}
    for c in cities:
        short = c.value["text"]
        if " " in short or len(short) < 3:
            continue
        longer = {name for name in full if name.split()[0].casefold() == short.casefold()}
        if len(longer) == 1:
            c.value["canonical"] = longer.pop()  # the text stays as written
