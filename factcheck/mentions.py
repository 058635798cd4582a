"""The public mention API: text in, the JSON-ready mentions of `factcheck mentions` out.

    >>> from factcheck.mentions import extract_mentions
    >>> extract_mentions("أكثر من 50 دولة")[0]["low"]
    50

Each mention: start, end (offsets into the given text), text, kind (number | ordinal | percent | count |
measure | money | duration), value, low, high, low_inclusive, high_inclusive, approximate, vague, unit.
Open bounds are None. Relative ordinals (التالي، قبل الأخير) are kind "ordinal" with unit "relative:end" or
"relative:current" and value the offset (-1 for قبل الأخير). Dates are kind "date" with value YYYY-MM-DD,
YYYY-MM or YYYY by `precision`, resolved against `published`, and a `warning` when a weekday disagrees.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.models import DateMention, Mention
from factcheck.nlp.analyse import analyse
from factcheck.nlp.pipeline import get_nlp
from factcheck.report.json_report import quantity_json


@lru_cache(maxsize=4)
def _lexicon(rules_dir: str | None):
    from factcheck.lexicons import load_lexicon
    from factcheck.ruleset import default_rules_dir

    return load_lexicon(Path(rules_dir) if rules_dir else default_rules_dir())


def mention_json(m: Mention) -> dict[str, Any]:
    q = quantity_json(m.quantity)
    return {"start": m.start, "end": m.end, "text": m.text, "kind": m.quantity.kind, "value": q["value"],
            "low": q["low"], "high": q["high"], "low_inclusive": q["low_inclusive"],
            "high_inclusive": q["high_inclusive"], "approximate": q["approximate"], "vague": q["vague"],
            "unit": m.quantity.unit}


def date_json(d: DateMention) -> dict[str, Any]:
    out = {"start": d.start, "end": d.end, "text": d.text, "kind": "date", "value": d.value, "low": None,
           "high": None, "low_inclusive": False, "high_inclusive": False, "approximate": False, "vague": False,
           "unit": None, "precision": d.precision}
    if d.until:
        out["until"] = d.until
    if d.warning:
        out["warning"] = d.warning
    return out


def extract_mentions(text: str, published: str | None = None, rules_dir: str | Path | None = None) -> list[dict]:
    """Mentions of `text` in text order; `published` (YYYY-MM-DD) anchors relative dates (أمس، الشهر الماضي);
    without it only dates that carry their own year are given."""
    lexicon = _lexicon(str(rules_dir) if rules_dir else None)
    analysis = analyse(text, lexicon, get_nlp(), published)
    out = [mention_json(loc.mention) for loc in analysis.mentions] + [date_json(d) for d in analysis.dates]
    return sorted(out, key=lambda m: (m["start"], m["end"]))
