"""One person under many names: full names, surnames alone, transliterations.

"Kishida" and "Prime Minister Fumio Kishida" are one person; so are "Volodymyr Zelenskyy",
"Zelenskiy" and "Zelensky", or "Nursultan Nazarbayev" and "Nursultan Nazarbaev". Names are compared on a folded spelling (the usual
transliteration variants made equal) and then with rapidfuzz, across the whole bundle.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

# Transliteration variants folded to one spelling, longest first.
FOLDS = [("dzh", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("ck", "k"), ("yy", "y"),
         ("iy", "i"), ("ij", "i"), ("ou", "u"), ("w", "v"), ("ph", "f"), ("c", "k")]
FUZZY_THRESHOLD = 88


def fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z ]+", " ", s)
    for a, b in FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", s)  # Nazarbayev / Nazarbaev
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters: "Zelenskyy" / "Zelensky"
    return " ".join(s.split())


def same_person(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    if _patronymic_at(ta) and _patronymic_at(tb):
        return _same_patronymic_name(ta, tb)
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if 2 <= len(short) < len(long_) and long_[:len(short)] == short:
        return True  # "Moussa Faki" is "Moussa Faki Mahamat": a name cut short after its second word
    if len(ta) == 1 or len(tb) == 1:
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return len(short[0]) >= 2 and short[0] in long_  # "Li" is "Li Qiang", "Xi" is "Xi Jinping"
    if _given_name_of(ta, tb) or _given_name_of(tb, ta):
        return True
    if len(ta) == len(tb) and ta[-1] == tb[-1] and all(
            x == y or min(len(x), len(y)) == 1 and x[0] == y[0] for x, y in zip(ta[:-1], tb[:-1])):
        return True  # "S. Jaishankar" is "Subrahmanyam Jaishankar": a given name as its initial
    return ta[-1] == tb[-1] and fuzz.ratio(fa, fb) >= 70 or fuzz.token_sort_ratio(fa, fb) >= FUZZY_THRESHOLD


# Words that join a given name to a father's or family name ("Faisal bin Farhan", "Mohammed
# bin Salman"): such a person is called by the given name ("Prince Faisal"), not the last word.
PATRONYMIC = {fold(w) for w in ("bin", "ibn", "bint", "ben")}
HONORIFICS = {fold(w) for w in ("prince", "princess", "sheikh", "sheikha", "emir", "king", "queen", "crown")}


def _patronymic_at(words: list[str]) -> int:
    """Where "bin" stands in a name ("Mohammed bin Salman"): 0 when it has none."""
    return next((i for i, w in enumerate(words) if i and w in PATRONYMIC and words[i - 1] not in HONORIFICS), 0)


def _same_patronymic_name(a: list[str], b: list[str]) -> bool:
    """"Mohammed bin Salman" and "Crown Prince Mohammad bin Salman" are one person, but
    "Mansour bin Zayed" and "Mohamed bin Zayed" are brothers: the father's name they share
    says nothing, so the given names must match (as transliterations may) as well."""
    ia, ib = _patronymic_at(a), _patronymic_at(b)
    given_a = " ".join(w for w in a[:ia] if w not in HONORIFICS)
    given_b = " ".join(w for w in b[:ib] if w not in HONORIFICS)
    father_a, father_b = a[ia + 1: ia + 2], b[ib + 1: ib + 2]
    return (bool(given_a) and bool(given_b) and fuzz.ratio(given_a, given_b) >= 80
            and bool(father_a) and bool(father_b) and fuzz.ratio(father_a[0], father_b[0]) >= 85)


def _given_name_of(short: list[str], long_: list[str]) -> bool:
    """"Prince Faisal" for "Prince Faisal bin Farhan": the given name before "bin"."""
    if not any(w in PATRONYMIC for w in long_[1:]):
        return False
    mine = [w for w in short if w not in HONORIFICS]
    if len(mine) >= 3 and [w for w in long_ if w not in HONORIFICS][:len(mine)] == mine:
        return True  # "Faisal bin Farhan" in "Faisal bin Farhan Al Saud"
    cut = next(i for i, w in enumerate(long_) if i and w in PATRONYMIC)
    given = [w for w in long_[:cut] if w not in HONORIFICS]
    return bool(mine) and mine == given


def canonical_names(names: list[str]) -> dict[str, str]:
    """Each name as written -> the bundle's canonical form of that person (its fullest name)."""
    unique = sorted(set(names), key=lambda n: (-len(n.split()), -names.count(n), n))
    clusters: list[list[str]] = []
    for name in unique:
        for cluster in clusters:
            # any spelling already in the cluster: "Zelensky" is neither a word of
            # "Volodymyr Zelenskiy" nor its fold, but is one of "Volodymyr Zelensky"
            if any(same_person(name, known) for known in cluster):
                cluster.append(name)
                break
        else:
            clusters.append([name])
    mapping: dict[str, str] = {}
    for cluster in clusters:
        full = [n for n in cluster if len(n.split()) == len(cluster[0].split())]
        head = max(full, key=lambda n: (names.count(n), -len(n), n)) if full else cluster[0]
        for n in cluster:
            mapping[n] = head
    return mapping
