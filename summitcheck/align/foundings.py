"""Which body a founding date belongs to.

"The SCO was founded in 2001, building on the Shanghai Five, set up in 1996": two founding
dates, of two bodies. The extractor keeps the founded thing's proper name; here the name
the articles use most (across all their text, an acronym and its spelled-out form counted
as one) is taken as the bundle's own body, which unnamed foundings ("the bloc, set up in
2001") also speak of. Foundings of any other named body get that name as their subject,
so they are compared only with each other.
"""

from __future__ import annotations

import re

from summitcheck.align.offices import acronyms, initials, organisation_key
from summitcheck.model import Claim


def name_founded_bodies(claims: list[Claim], texts: dict[str, str]) -> None:
    foundings = [c for c in claims if c.kind == "date" and c.topic == "founding" and c.value.get("founded")]
    if not foundings:
        return
    keys = {c.value["founded"]: organisation_key(c.value["founded"]) for c in foundings}
    spelled = acronyms(set(keys.values()))
    keys = {name: spelled.get(key, key) for name, key in keys.items()}
    sources: dict[str, set[str]] = {}
    for name, key in keys.items():
        forms = {name, *(n for n, k in keys.items() if k == key)}
        forms |= {initials(key).upper()} if " " in key else set()
        sources.setdefault(key, set()).update(
            sid for sid, text in texts.items() if any(re.search(rf"\b{re.escape(f)}\b", text) for f in forms))
    ranked = sorted(sources, key=lambda k: (-len(sources[k]), k))
    if len(ranked) > 1 and len(sources[ranked[0]]) == len(sources[ranked[1]]):
        return  # no one body ahead: leave the foundings together, as before
    main = ranked[0]
    for c in foundings:
        if keys[c.value["founded"]] != main:
            c.subject = c.value["founded"]
