"""A deterministic synthetic news corpus for the benchmark.

N articles in bundles of ``BUNDLE`` articles; each bundle is one fictional-but-plausible
meeting (a forum, its host city, dates, member countries, leaders, a pledge, a declaration)
reported by several outlets: previews written before it, reports after it, with hedged and
rounded figures, the odd disagreement, passing mentions of other events, quotes and
background. Everything comes from one seeded ``random.Random``, so the same seed and size
give the same files, byte for byte.

    python bench/corpus.py --n 100 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

BUNDLE = 8

CITIES = [("Lisbon", "Portugal"), ("Nairobi", "Kenya"), ("Santiago", "Chile"), ("Hanoi", "Vietnam"),
          ("Oslo", "Norway"), ("Accra", "Ghana"), ("Lima", "Peru"), ("Manila", "Philippines"),
          ("Warsaw", "Poland"), ("Rabat", "Morocco"), ("Bogota", "Colombia"), ("Dublin", "Ireland"),
          ("Kigali", "Rwanda"), ("Helsinki", "Finland"), ("Dakar", "Senegal"), ("Canberra", "Australia"),
          ("Ottawa", "Canada"), ("Seoul", "South Korea"), ("Vienna", "Austria"), ("Montevideo", "Uruguay")]
COUNTRIES = ["Argentina", "Brazil", "Chile", "Peru", "Ghana", "Kenya", "Nigeria", "Senegal", "Norway",
             "Finland", "Sweden", "Denmark", "Poland", "Austria", "Ireland", "Portugal", "Spain",
             "Morocco", "Egypt", "Vietnam", "Thailand", "Indonesia", "Malaysia", "Philippines",
             "Mongolia", "Senegal", "Georgia", "Armenia", "Canada", "Mexico", "Colombia", "Uruguay"]
REGIONS = ["Atlantic", "Pacific Rim", "Northern", "Southern Ocean", "Coastal", "Highland", "Riverine",
           "Maritime", "Desert", "Island", "Arctic", "Equatorial"]
FORUM = ["Cooperation Forum", "Partnership Summit", "Leaders' Dialogue", "Development Council",
         "Trade Conference", "Security Forum"]
FIRST = ["Anna", "Tomas", "Grace", "Samuel", "Elena", "Mateo", "Amara", "Lars", "Nadia", "Rafael",
         "Ingrid", "Kwame", "Lucia", "Marek", "Sofia", "Daniel", "Leila", "Oskar", "Teresa", "Victor"]
LAST = ["Halvorsen", "Mensah", "Castillo", "Nguyen", "Kowalski", "Okafor", "Lindqvist", "Moreau",
        "Alvarez", "Petrova", "Ferreira", "Kamau", "Haddad", "Novak", "Brennan", "Sato", "Quispe",
        "Ortega", "Varga", "Diallo", "Rahman", "Berg", "Silva", "Kaya"]
TITLES = ["President", "Prime Minister"]
AGENCIES = ["Reuters", "AP", "AFP", "Kyodo", "Xinhua", "EFE", "ANSA", "dpa"]
THEMES = ["renewable energy", "critical minerals", "port infrastructure", "fisheries management",
          "digital connectivity", "food security", "water management", "vaccine production",
          "rail links", "climate adaptation", "tourism", "higher education"]
DOCS = ["Declaration", "Joint Statement", "Action Plan", "Communique", "Accord"]
CURRENCIES = [("dollars", 1.0), ("euros", 1.0)]
HEDGES = ["more than ", "nearly ", "about ", "around ", "up to ", "", "", ""]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def _day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def meeting(rng: random.Random, index: int) -> dict:
    """One fictional meeting: the facts every article of its bundle reports on."""
    city, host = CITIES[rng.randrange(len(CITIES))]
    members = rng.sample([c for c in COUNTRIES if c != host], rng.randint(4, 7))
    start = date(2021, 1, 4) + timedelta(days=rng.randrange(0, 1400))
    leaders = {c: f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}" for c in [host] + members}
    return {
        "name": f"{rng.choice(REGIONS)} {rng.choice(FORUM)}", "city": city, "host": host,
        "members": members, "start": start, "days": rng.choice([1, 2, 2, 3]), "leaders": leaders,
        "edition": rng.randrange(1, 10), "founded": rng.randrange(1990, 2018),
        "pledge": rng.choice([1.5, 2, 3, 4.2, 5, 7.5, 10, 12, 20, 35]) * rng.choice([1e9, 1e9, 1e6 * 500]),
        "currency": rng.choice(CURRENCIES)[0], "delegates": rng.randrange(8, 60) * 10,
        "doc": f"{city} {rng.choice(DOCS)}", "themes": rng.sample(THEMES, 3),
        "bilateral": rng.choice(members), "past_city": rng.choice(CITIES)[0], "seq": index,
    }


def _money(amount: float, currency: str, hedge: str) -> str:
    if amount >= 1e9:
        figure = f"{amount / 1e9:g} billion"
    else:
        figure = f"{amount / 1e6:g} million"
    return f"{hedge}{figure} {currency}" if currency != "dollars" else f"{hedge}${figure}"


def _listing(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def article(rng: random.Random, m: dict, k: int) -> tuple[str, str]:
    """(file name, text) of the k-th article about meeting ``m``."""
    preview = k < 2
    end = m["start"] + timedelta(days=m["days"] - 1)
    published = m["start"] - timedelta(days=rng.randint(1, 6)) if preview else end + timedelta(days=rng.randint(0, 2))
    host_leader = m["leaders"][m["host"]]
    surname = host_leader.split()[-1]
    pledge = m["pledge"]
    if not preview and rng.random() < 0.1:
        pledge *= rng.choice([0.5, 2])  # the odd outlet that has it wrong
    delegates = m["delegates"] + (rng.choice([-20, 20]) if rng.random() < 0.15 else 0)
    dates = (f"from {_day(m['start'])} to {_day(end)}" if m["days"] > 1 else f"on {_day(m['start'])}")
    span = f"{WORDS.get(m['days'], 'one')}-day" if m["days"] > 1 else "one-day"
    shown = rng.sample(m["members"], rng.randint(2, len(m["members"])))
    will, did = ("will", "are expected to") if preview else ("", "")
    paras: list[str] = []
    if preview:
        paras.append(f"Leaders from {_listing(shown)} will gather in {m['city']} {dates} for the "
                     f"{ORD[m['edition'] - 1]} {m['name']}, a {span} meeting that {host_leader} "
                     f"hopes will deepen ties on {m['themes'][0]} and {m['themes'][1]}.")
        paras.append(f"The leaders are expected to adopt the {m['doc']} and to announce "
                     f"{_money(pledge, m['currency'], rng.choice(HEDGES))} in investment for "
                     f"{m['themes'][2]} projects, officials said.")
        paras.append(f"{_money(m['pledge'] * 0.1, m['currency'], '')} has already been set aside for "
                     f"a secretariat, according to a draft seen by reporters.")
    else:
        paras.append(f"Leaders of {_listing(shown)} wrapped up the {ORD[m['edition'] - 1]} {m['name']} "
                     f"in {m['city']} on {_day(end)}, pledging closer cooperation on "
                     f"{m['themes'][0]} and {m['themes'][1]}.")
        paras.append(f"At the {span} meeting, which opened on {_day(m['start'])}, the leaders adopted the "
                     f"{m['doc']} and committed {_money(pledge, m['currency'], rng.choice(HEDGES))} "
                     f"to {m['themes'][2]} projects over the next five years.")
        paras.append(f"{rng.choice(HEDGES).capitalize()}{delegates} delegates attended the talks, "
                     f"organisers said, along with business leaders from the region.")
    paras.append(f"\"We are building something that will outlast all of us,\" {host_leader} told "
                 f"reporters in {m['city']}. \"Our countries have more in common than the map suggests.\"")
    paras.append(f"The forum was founded in {m['founded']} and has met {WORDS.get(m['edition'], 'several')} "
                 f"times, most recently in {m['past_city']} last year, when talks on "
                 f"{rng.choice(THEMES)} stalled over financing.")
    paras.append(f"On the sidelines, {surname} {'will hold' if preview else 'held'} a bilateral meeting "
                 f"with the leader of {m['bilateral']} {'on' if not preview else 'on'} {_day(m['start'])}, "
                 f"focusing on {m['themes'][1]}.")
    fillers = [
        "Analysts said the meeting reflected a wider push by smaller economies to diversify their "
        "partners as trade tensions between larger powers persist.",
        f"{m['host']} has positioned itself as a bridge between regions, and officials in {m['city']} "
        f"say the forum gives its neighbours a voice that they often lack elsewhere.",
        "Critics argue that similar pledges made at earlier meetings have been slow to materialise, "
        "and that much of the money announced in the past was never disbursed.",
        f"Security was tight around the conference centre, with roads closed in parts of {m['city']} "
        f"and several hundred police officers deployed.",
        f"The talks also touched on {m['themes'][2]}, although no concrete targets were set, "
        f"according to a senior official who asked not to be named.",
        "Business groups welcomed the plans but called for clearer rules on procurement and for "
        "faster approval of cross-border projects.",
        f"In 2019, a similar gathering in {rng.choice(CITIES)[0]} ended without a joint statement "
        f"after disagreements over trade quotas.",
        f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)} of {rng.choice(m['members'])} said "
        f"the region could no longer wait for others to set its priorities.",
        f"The next summit is due to take place in {rng.choice(CITIES)[0]} in {rng.choice(MONTHS)}.",
        f"Observers noted that {rng.choice(m['members'])} sent its foreign minister rather than its "
        f"head of government, a sign of the lukewarm interest in some capitals.",
    ]
    rng.shuffle(fillers)
    paras[3:3] = fillers[:rng.randint(5, 8)]
    agency = rng.choice(AGENCIES)
    style = rng.randrange(3)
    headline = f"{m['name']} {'to open' if preview else 'ends'} in {m['city']} with focus on {m['themes'][0]}"
    if style == 0:
        head = f"date {published.isoformat()} {headline}\n\n"
    elif style == 1:
        head = f"{headline}\n\n{m['city'].upper()}, {published.strftime('%b')}. {published.day} ({agency}) - "
    else:
        head = f"{headline}\n\n"
    text = head + "\n\n".join(paras) + f"\n\nReporting by {rng.choice(FIRST)} {rng.choice(LAST)}; editing by {rng.choice(FIRST)} {rng.choice(LAST)}\n"
    return f"m{m['seq']:05d}_{k}_{agency.lower()}.txt", text


def generate(n: int, out: Path, *, seed: int = 7) -> list[Path]:
    """Write ``n`` articles under ``out`` (one folder per bundle); the bundle folders, in order."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    folders: list[Path] = []
    for b in range((n + BUNDLE - 1) // BUNDLE):
        m = meeting(rng, b)
        folder = out / f"bundle_{b:05d}"
        folder.mkdir(exist_ok=True)
        folders.append(folder)
        for k in range(min(BUNDLE, n - b * BUNDLE)):
            name, text = article(rng, m, k)
            (folder / name).write_text(text, encoding="utf-8")
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folders = generate(args.n, args.out, seed=args.seed)
    print(f"{args.n} articles in {len(folders)} bundles under {args.out}")


if __name__ == "__main__":
    main()
