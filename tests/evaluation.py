"""Scores `factcheck check` on the hand-written evaluation set (tests/data/eval, gold.yml) without topics.

Units of scoring (a wire group is one source: any of its documents stands for all):
* conflict: (fact, {source a, source b}). A reported conflict counts once per unit; one whose claims are
  not gold claims of one fact is a false conflict.
* change: (fact, source before, source after, direction). A reported change matches when the gold `from`
  is among its earlier claims, the gold `to` among its latest ones, and the direction is the same.
* false alarm: a conflict or change that involves both claims of a different-fact pair.

Run `python -m tests.evaluation` for the table in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

EVAL = Path(__file__).resolve().parent / "data" / "eval"
RULES = Path(__file__).resolve().parent.parent / "rules"


@dataclass
class Score:
    conflicts_found: set = field(default_factory=set)
    conflicts_gold: set = field(default_factory=set)
    conflicts_false: list = field(default_factory=list)
    changes_gold: list = field(default_factory=list)
    changes_matched: set = field(default_factory=set)
    changes_reported: int = 0
    changes_right: int = 0
    changes_false: list = field(default_factory=list)
    different_pairs: int = 0
    false_alarms: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def conflict_precision(self) -> float:
        right = self.conflicts_found & self.conflicts_gold
        total = len(self.conflicts_found) + len(self.conflicts_false)
        return len(right) / total if total else 1.0

    @property
    def conflict_recall(self) -> float:
        return len(self.conflicts_found & self.conflicts_gold) / len(self.conflicts_gold)

    @property
    def change_recall(self) -> float:
        return len(self.changes_matched) / len(self.changes_gold)

    @property
    def change_precision(self) -> float:
        return self.changes_right / self.changes_reported if self.changes_reported else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.different_pairs


def _gold() -> dict:
    return yaml.safe_load((EVAL / "gold.yml").read_text(encoding="utf-8"))


def evaluate() -> Score:
    import time

    from factcheck.api import check_corpus

    gold = _gold()
    t0 = time.perf_counter()
    report = check_corpus(sorted({p.parent for p in EVAL.glob("*/*.md")}), rules=RULES)
    score = Score(seconds=time.perf_counter() - t0)
    docs = {d.id: d for d in report.documents}
    wire = {d: group[0] for group in gold["wire_copies"] for d in group}

    def source(doc: str) -> str:
        return wire.get(doc, doc)

    spans = {}
    for c in gold["claims"]:
        start = docs[c["doc"]].text.index(c["text"])
        spans[(c["doc"], c["text"])] = (start, start + len(c["text"]), c)

    def gold_claim(claim_id: str) -> dict | None:
        c = report.claim(claim_id)
        for (doc, _), (start, end, g) in spans.items():
            if doc == c.document and start < c.end and c.start < end:
                return g
        return None

    def ref(r) -> dict:
        return spans[tuple(r)][2]

    for f in gold["findings"]:
        if f["type"] == "conflict":
            a, b = (ref(r) for r in f["claims"])
            score.conflicts_gold.add((f["fact"], frozenset({source(a["doc"]), source(b["doc"])})))
        else:
            score.changes_gold.append((f["fact"], source(ref(f["from"])["doc"]), source(ref(f["to"])["doc"]),
                                       f["direction"]))

    different = [tuple(tuple(r) for r in pair) for pair in gold["different_fact_pairs"]]
    score.different_pairs = len(different)
    for finding in report.findings:
        if finding.type == "agreement":
            continue
        mapped = [(cid, gold_claim(cid)) for cid in finding.claims]
        texts = {(g["doc"], g["text"]) for _, g in mapped if g}
        for a, b in different:
            if a in texts and b in texts:
                score.false_alarms.append((finding.message, a, b))
        facts = {g["fact"] for _, g in mapped if g}
        if finding.type == "conflict":
            if any(g is None for _, g in mapped) or len(facts) != 1:
                score.conflicts_false.append(finding.message)
                continue
            unit = (facts.pop(), frozenset(source(g["doc"]) for _, g in mapped))
            if unit in score.conflicts_gold:
                score.conflicts_found.add(unit)
            else:
                score.conflicts_false.append(finding.message)
        else:
            score.changes_reported += 1
            claims = [report.claim(cid) for cid in finding.claims]
            last = max(c.as_of for c in claims)
            after = {source(g["doc"]) for (cid, g), c in zip(mapped, claims) if g and c.as_of == last}
            before = {source(g["doc"]) for (cid, g), c in zip(mapped, claims) if g and c.as_of != last}
            hits = [i for i, (fact, s_from, s_to, direction) in enumerate(score.changes_gold)
                    if facts == {fact} and s_from in before and s_to in after and finding.direction == direction]
            if hits:
                score.changes_right += 1
                score.changes_matched.update(hits)
            else:
                score.changes_false.append(finding.message)
    return score


def table(score: Score) -> str:
    found = score.conflicts_found & score.conflicts_gold
    rows = [
        ("conflict precision", f"{score.conflict_precision:.2f}",
         f"{len(found)} right of {len(score.conflicts_found) + len(score.conflicts_false)} reported"),
        ("conflict recall", f"{score.conflict_recall:.2f}", f"{len(found)} of {len(score.conflicts_gold)}"),
        ("change recall", f"{score.change_recall:.2f}", f"{len(score.changes_matched)} of {len(score.changes_gold)}"),
        ("change precision", f"{score.change_precision:.2f}", f"{score.changes_right} of {score.changes_reported}"),
        ("false alarms on different-fact pairs", f"{score.false_alarm_rate:.1%}",
         f"{len(score.false_alarms)} of {score.different_pairs}"),
        ("time (24 articles, cold start included)", f"{score.seconds:.1f} s", ""),
    ]
    return "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)


if __name__ == "__main__":
    s = evaluate()
    print(table(s))
    missed = sorted(s.conflicts_gold - s.conflicts_found, key=str)
    print("missed conflicts:", *missed, sep="\n  ")
    print("false conflicts:", *s.conflicts_false, sep="\n  ")
    print("missed changes:", *[c for i, c in enumerate(s.changes_gold) if i not in s.changes_matched], sep="\n  ")
    print("other changes:", *s.changes_false, sep="\n  ")
    print("false alarms:", *s.false_alarms, sep="\n  ")

