"""How `factcheck check` grows with the corpus: the first N articles of a real corpus, then more, each in
a fresh process, timing reading and extraction (per article) apart from lining facts up (wire
copies, key blocks, subjects, findings: across articles, where a quadratic cost would show).

    .venv/bin/python benchmarks/scaling.py                      # 3,000 and all 31,030 SaudiNewsNet articles
    .venv/bin/python benchmarks/scaling.py --sizes 1000 3000    # other sizes
    .venv/bin/python benchmarks/scaling.py --json /tmp/scaling.json

The corpus is read streaming from ../shared/corpus and never copied. Not a test: nothing here runs under
`make test`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "saudinewsnet.jsonl.gz"


def run_one(corpus: Path, size: int | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from factcheck.api import find_all
    from factcheck.claims import document_claims
    from factcheck.corpus.readers import iter_inputs
    from factcheck.engine.auto_findings import blocks, facts_of
    from factcheck.facts.wire import wire_groups
    from factcheck.models import Document
    from factcheck.nlp.pipeline import get_nlp
    from factcheck.ruleset import load_rules

    rules, nlp = load_rules(ROOT / "rules"), get_nlp()
    t0 = time.perf_counter()
    docs, claims, errors = [], [], 0
    for item in islice(iter_inputs([corpus]), size):
        if not isinstance(item, Document):
            errors += 1
            continue
        docs.append(item)
        claims += document_claims(item, rules, nlp)
    t1 = time.perf_counter()
    findings = find_all(claims, docs, rules)
    t2 = time.perf_counter()
    sources = wire_groups(docs, claims)
    keyed = blocks(claims)
    facts, _ = facts_of(claims, {d.id: d for d in docs}, rules)
    return {
        "articles": len(docs), "input_errors": errors, "claims": len(claims),
        "keyed_claims": sum(1 for c in claims if c.fact is not None and not c.topic),
        "extract_s": round(t1 - t0, 1), "align_s": round(t2 - t1, 2), "total_s": round(t2 - t0, 1),
        "findings": dict(Counter(f.type for f in findings)),
        "auto_findings": dict(Counter(f.type for f in findings if (f.topic or "").startswith("auto."))),
        "wire_copies": sum(1 for d, s in sources.items() if s != d), "key_blocks": len(keyed),
        "largest_key_block": max((len(b) for b in keyed.values()), default=0),
        "facts": len(facts), "largest_fact": max((len(f) for f in facts), default=0),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 0], help="0: the whole corpus")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size in this process
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.corpus, args.one or None)))
        return
    rows = []
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus), "--one", str(size)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"articles x{b['articles'] / a['articles']:.1f}: total time x{b['total_s'] / a['total_s']:.1f}, "
              f"lining up x{b['align_s'] / max(a['align_s'], 0.01):.1f}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
