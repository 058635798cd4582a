"""Peer-suite conformance of `factcheck.mentions.extract_mentions` (Recognizers-Text and Duckling, Arabic).

    .venv/bin/python benchmarks/conformance.py                      # per-suite table
    .venv/bin/python benchmarks/conformance.py --markdown           # the table as Markdown, for the README
    .venv/bin/python benchmarks/conformance.py --failures SUITE     # every failing verified case, with why
    .venv/bin/python benchmarks/conformance.py --failures all

Rates are over peer-verified cases (Recognizers: dotnet-tested and values checked; Duckling: every case),
minus the cases in tests/conformance/judged_wrong.yml. Cases a suite declares out of scope (duckling_time_ar:
grains second, minute, hour and week, i.e. clock times and weeks, which a date extractor does not give) are
counted in the "out of scope" column and left out of every other column. Scoring rules and named
conventions: tests/conformance/scoring.py. Floors checked by pytest: tests/conformance/floors.yml.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.conformance import scoring  # noqa: E402
from tests.conformance.scoring import CONVENTIONS, SUITES  # noqa: E402

COLUMNS = ["suite", "cases", "out of scope", "peer-verified", "judged-wrong excluded", "scored", "passed",
           "rate", "target", "floor", "all cases passed", "conventions"]
NUMERIC = range(1, len(COLUMNS) - 1)  # right-aligned columns


def _rows(reports) -> list[list[str]]:
    floors = scoring.load_floors() if scoring.FLOORS.exists() else {}
    rows = []
    for name, rep in reports.items():
        conv = rep.convention_counts()
        rows.append([
            name, str(rep.cases), str(len(rep.out_of_scope)), str(rep.verified), str(len(rep.excluded)),
            str(len(rep.scored)), str(rep.passed),
            f"{rep.rate:.1%}", f"≥{rep.spec.target:.0%}" + (" ✓" if rep.rate >= rep.spec.target else ""),
            f"{floors[name]:.2f}" if name in floors else "-",
            f"{rep.passed_all}/{rep.in_scope} ({rep.passed_all / rep.in_scope:.0%})" if rep.in_scope else "-",
            ", ".join(f"{k}: {v}" for k, v in sorted(conv.items())) or "-",
        ])
    return rows


def print_table(reports) -> None:
    rows = [COLUMNS] + _rows(reports)
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    for k, r in enumerate(rows):
        print("  ".join(c.rjust(w) if i in NUMERIC else c.ljust(w)
                        for i, (c, w) in enumerate(zip(r, widths))))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    total_scored = sum(len(r.scored) for r in reports.values())
    total_passed = sum(r.passed for r in reports.values())
    print(f"\nall suites: {total_passed}/{total_scored} peer-verified cases pass; "
          f"{sum(r.passed_all for r in reports.values())}/{sum(r.in_scope for r in reports.values())} of all "
          "in-scope cases (unverified ones included: the peers never run them, and some expect the "
          "peers' own mistakes)")
    _print_out_of_scope(reports)
    _print_conventions(reports)
    _print_excluded(reports)
    _print_unmapped()


def print_markdown(reports) -> None:
    print("| " + " | ".join(COLUMNS) + " |")
    aligns = ["---"] + ["---:"] * (len(COLUMNS) - 2) + ["---"]
    print("|" + "|".join(aligns) + "|")
    for r in _rows(reports):
        print("| " + " | ".join([f"`{r[0]}`"] + r[1:]) + " |")
    print()
    print("Named conventions (passing cases that rely on them): " + "; ".join(
        f"`{k}` — {v}" for k, v in CONVENTIONS.items()) + ".")


def _print_out_of_scope(reports) -> None:
    for name, rep in reports.items():
        if rep.out_of_scope:
            why = Counter(r.out_of_scope for r in rep.out_of_scope)
            print(f"\nout of scope in {name} (not scored, in no denominator): {len(rep.out_of_scope)} cases: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(why.items())))


def _print_conventions(reports) -> None:
    print("\nnamed conventions (passing verified cases that needed them):")
    for key, text in CONVENTIONS.items():
        per = {n: r.convention_counts()[key] for n, r in reports.items() if r.convention_counts()[key]}
        where = ", ".join(f"{n} {c}" for n, c in per.items()) or "none"
        print(f"  {key}: {sum(per.values())} ({where})\n      {text}")


def _print_excluded(reports) -> None:
    excluded = [r for rep in reports.values() for r in rep.excluded]
    if excluded:
        print("\njudged wrong (excluded from the denominator; tests/conformance/judged_wrong.yml):")
        for r in excluded:
            print(f"  {r.case_id} {r.case['input']!r} [{'pass' if r.passed else 'fail'}]: {r.judged_wrong}")


def _print_unmapped() -> None:
    """Lexicon money/duration units the scorer cannot map to Duckling (their cases would fail on the unit)."""
    import yaml

    path = ROOT / "rules" / "lexicons" / "units.yml"
    try:
        entries = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("units", [])
    except (OSError, yaml.YAMLError):
        return
    missing = [f"{e['unit']} ({e['kind']})" for e in entries
               if (e.get("kind") == "money" and scoring.money_unit(e["unit"]) is None)
               or (e.get("kind") == "duration" and e["unit"] not in scoring.DURATION_UNITS)]
    if missing:
        print("\nwarning: lexicon units with no Duckling mapping in scoring.py: " + ", ".join(missing))


def print_failures(reports, suite: str) -> None:
    names = list(reports) if suite == "all" else [suite]
    for name in names:
        rep = reports[name]
        fails = rep.failures
        oos = f" ({len(rep.out_of_scope)} out of scope, not listed)" if rep.out_of_scope else ""
        print(f"== {name}: {len(fails)} failing of {len(rep.scored)} scored{oos}")
        for r in fails:
            print(f"{r.case_id}")
            print(f"  input:    {r.case['input']!r}")
            ref = scoring.reference_date(r.case) if rep.spec.family in scoring.DATE_FAMILIES else None
            at = f"  [reference {ref}]" if ref else ""
            print(f"  expected: {scoring.describe_expected(r.case)}{at}")
            got = "; ".join(scoring.describe_mention(m) for m in r.mentions) or "(nothing)"
            print(f"  got:      {got}")
            print(f"  why:      {r.verdict.reason}")
        print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--failures", metavar="SUITE", help="list failing verified cases of SUITE (or 'all')")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", action="store_true", help="print per-suite numbers as JSON")
    args = ap.parse_args(argv)
    if args.failures and args.failures != "all" and args.failures not in SUITES:
        ap.error(f"unknown suite {args.failures!r}; one of: all, " + ", ".join(SUITES))

    t0 = time.perf_counter()
    reports = scoring.run_all(all_cases=True)
    elapsed = time.perf_counter() - t0
    if args.failures:
        print_failures(reports, args.failures)
    elif args.markdown:
        print_markdown(reports)
    elif args.json:
        print(json.dumps({n: {"cases": r.cases, "out_of_scope": len(r.out_of_scope), "verified": r.verified,
                              "excluded": len(r.excluded),
                              "scored": len(r.scored), "passed": r.passed, "rate": r.rate,
                              "passed_all_cases": r.passed_all, "in_scope_cases": r.in_scope,
                              "target": r.spec.target, "conventions": dict(r.convention_counts())}
                          for n, r in reports.items()}, indent=2))
    else:
        print_table(reports)
        print(f"\n({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
