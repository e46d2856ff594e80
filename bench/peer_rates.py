"""Print how many of the peer suites' cases summitcheck's readers pass, by kind.

The cases and the pass rule are those of tests/peer (see tests/peer/harness.py and
tests/peer/data/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.peer import harness  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", metavar="KIND", help="also list the failing cases of this kind "
                        "(money, number, number range, date, date range, ...), with what was read")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    cases = harness.load_cases()
    found = harness.read_all(cases)
    results = {c.id: harness.passes(c, found[c.id]) for c in cases}
    rows = harness.rates(cases, results)
    if args.markdown:
        print("| file | kind | passed | cases | rate |\n| --- | --- | --- | --- | --- |")
    for (file, group), (ok, total) in rows.items():
        if args.markdown:
            print(f"| {file} | {group} | {ok} | {total} | {ok / total:.1%} |")
        else:
            print(f"{file:40} {group:24} {ok:4}/{total:<4} {ok / total:6.1%}")
    main_file = [c for c in cases if c.file == harness.FILES[0]]
    for kind in ("money", "number", "date"):
        chosen = [c for c in main_file if c.kind == kind]
        ok = sum(results[c.id] for c in chosen)
        print(f"{harness.FILES[0]} all {kind}: {ok}/{len(chosen)} = {ok / len(chosen):.1%}")
    if args.failures:
        for c in cases:
            if c.group == args.failures and not results[c.id]:
                got = [{k: v for k, v in f.items()} for f in found[c.id]]
                print(f"{c.id}\t{c.input!r}\tref={c.reference}\twant={c.expected}\tgot={got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
