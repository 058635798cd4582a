"""`factcheck mentions`: JSON lines in, one JSON line of mentions out per input line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from rich.console import Console

from factcheck.nlp.analyse import analyse
from factcheck.nlp.pipeline import get_nlp
from factcheck.report.json_report import quantity_json
from factcheck.ruleset import load_rules


def mention_json(m) -> dict:
    q = quantity_json(m.quantity)
    return {"start": m.start, "end": m.end, "text": m.text, "kind": m.quantity.kind, "value": q["value"],
            "low": q["low"], "high": q["high"], "low_inclusive": q["low_inclusive"],
            "high_inclusive": q["high_inclusive"], "approximate": q["approximate"], "vague": q["vague"],
            "unit": m.quantity.unit}


def run_mentions(stream: IO[str], shown: str, rules_dir: Path | None, out: IO[str], err: Console) -> int:
    """Returns the number of input lines that could not be read (each reported on stderr)."""
    rules = load_rules(rules_dir)
    nlp = get_nlp()
    bad = 0
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError("expected an object with a string 'text'")
        except ValueError as exc:
            err.print(f"[yellow]{shown}:{n}[/]: {exc}", highlight=False)
            bad += 1
            continue
        analysis = analyse(rec["text"], rules.lexicon, nlp)
        out.write(json.dumps({"id": rec.get("id"), "mentions": [mention_json(loc.mention) for loc in analysis.mentions]},
                             ensure_ascii=False) + "\n")
    return bad
