"""Baselines: the conflicts a newsroom has accepted, by fingerprint. CI then fails only on new ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from factcheck import __version__
from factcheck.errors import UsageError
from factcheck.models import Finding

FORMAT = "factcheck-baseline/1"


def baseline_json(findings: list[Finding]) -> dict:
    conflicts = sorted((f for f in findings if f.type == "conflict"), key=lambda f: f.id)
    return {
        "format": FORMAT,
        "tool": {"name": "factcheck", "version": __version__},
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "findings": [{"id": f.id, "topic": f.topic, "message": f.message} for f in conflicts],
    }


def read_baseline(path: Path) -> set[str]:
    shown = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError("baseline file not found", shown) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read baseline: {exc}", shown) from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"baseline is not JSON: {exc.msg}", shown, exc.lineno) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
        raise UsageError(f"not a factcheck baseline (expected \"format\": \"{FORMAT}\")", shown)
    ids = set()
    for item in data["findings"]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise UsageError("every baseline entry needs a string 'id'", shown)
        ids.add(item["id"])
    return ids
