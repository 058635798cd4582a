"""Peer-suite conformance: the pass rate on each suite's peer-verified cases must not drop below its floor.

Floors (tests/conformance/floors.yml) are a ratchet: each is a measured pass rate rounded down to 2 decimals.
Raise a floor when the parser improves; never lower one to make a change pass. Scoring rules and the named
conventions are documented in tests/conformance/scoring.py; `benchmarks/conformance.py --failures SUITE`
lists every failing case with the reason. The suites are those of `scoring.SUITES`: ten number suites and two
date suites (recognizers_datetime_dateparser_ar, duckling_time_ar; in the latter, clock-time and week cases
are out of scope and in no denominator).
"""

from __future__ import annotations

import pytest

from tests.conformance import scoring
from tests.conformance.scoring import SUITES, SUITES_DIR

SHARED_SUITES = scoring.ROOT.parent / "shared" / "suites"


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_pass_rate_not_below_floor(suite):
    floors = scoring.load_floors()
    assert suite in floors, f"{suite} has no floor in floors.yml"
    report = scoring.run_suite(suite)
    assert report.scored, f"{suite}: no peer-verified cases to score"
    rate = report.rate
    if rate + 1e-12 < floors[suite]:
        worst = "\n".join(f"  {r.case_id} {r.case['input']!r}: {r.verdict.reason}"
                          for r in report.failures[:15])
        pytest.fail(f"{suite}: {report.passed}/{len(report.scored)} = {rate:.4f} "
                    f"< floor {floors[suite]:.2f}\n"
                    f"first failures (all: benchmarks/conformance.py --failures {suite}):\n{worst}")


def test_floors_cover_exactly_the_suites():
    floors = scoring.load_floors()
    assert set(floors) == set(SUITES)
    assert all(0.0 <= f <= 1.0 and round(f, 2) == f for f in floors.values()), floors


def _errata_ids() -> set[str]:
    """Case ids the errata flag; expands suite-wide rows ('suite', 'suite#*') and ranges ('suite#26-28')."""
    ids: set[str] = set()
    for row in scoring.load_errata():
        cid = row["case_id"]
        suite, _, n = cid.partition("#")
        if suite not in SUITES:
            continue
        if n in ("", "*"):
            ids.update(c["case_id"] for c in scoring.load_suite(suite))
        elif "-" in n:
            a, b = (int(x) for x in n.split("-"))
            ids.update(f"{suite}#{i}" for i in range(a, b + 1))
        else:
            ids.add(cid)
    return ids


def test_judged_wrong_cases_exist_are_verified_flagged_and_explained():
    judged = scoring.load_judged_wrong()
    cases = {c["case_id"]: c for s in SUITES for c in scoring.load_suite(s)}
    errata = _errata_ids()
    for cid, reason in judged.items():
        assert cid in cases, f"judged_wrong.yml: {cid} is not a case of a scored suite (scoring.SUITES)"
        assert scoring.is_peer_verified(cases[cid]), f"judged_wrong.yml: {cid} is not peer-verified"
        assert cid in errata, f"judged_wrong.yml: {cid} is not flagged in peer_errata.jsonl"
        assert len(reason.split()) >= 5, f"judged_wrong.yml: {cid} needs a concrete reason"


def test_judged_wrong_has_no_duplicates():
    import yaml

    rows = yaml.safe_load(scoring.JUDGED_WRONG.read_text(encoding="utf-8")) or []
    ids = [r["case_id"] for r in rows]
    assert len(ids) == len(set(ids))


@pytest.mark.skipif(not SHARED_SUITES.is_dir(), reason="shared suites not present")
def test_vendored_suites_are_byte_identical_to_shared():
    names = [f"{s}.jsonl" for s in SUITES] + ["peer_errata.jsonl"]
    names += [f"LICENSES/{p.name}" for p in (SHARED_SUITES / "LICENSES").iterdir()]
    for name in names:
        assert (SUITES_DIR / name).read_bytes() == (SHARED_SUITES / name).read_bytes(), name
