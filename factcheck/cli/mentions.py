"""`factcheck mentions`: JSON lines in, one JSON line of mentions out per input line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from rich.console import Console

from factcheck.mentions import extract_mentions
from factcheck.ruleset import load_rules


def run_mentions(stream: IO[str], shown: str, rules_dir: Path | None, out: IO[str], err: Console) -> int:
    """Returns the number of input lines that could not be read (each reported on stderr)."""
    rules = load_rules(rules_dir)  # validates the rules directory before reading any input
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
        mentions = extract_mentions(rec["text"], rec.get("published"), rules.path)
        out.write(json.dumps({"id": rec.get("id"), "mentions": mentions}, ensure_ascii=False) + "\n")
    return bad
