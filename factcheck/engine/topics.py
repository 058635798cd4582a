"""Topic rules: rules/topics/<domain>/<name>.yml, one fact each. The id is the path (Vale's convention).

`extends` says what kind of fact it is. A `quantity` topic says which figures belong to it (units, cue words
near the figure), whether the fact may change over time, how close two figures must be to agree, and how far
apart in time two claims may be and still describe the same moment. An `event_date` topic says which dates
belong to it (cue words near the date); an event's date cannot change, so units, mutability, tolerance and
window do not apply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jsonschema
from jsonschema.exceptions import best_match

from factcheck.errors import RulesError
from factcheck.lexicons import tokens_of
from factcheck.yamlio import LineDict, load_yaml

LEVEL_TO_SEVERITY = {"error": "error", "warning": "warning", "suggestion": "info"}
_WINDOW_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


@dataclass(frozen=True)
class Cue:
    phrases: tuple[tuple[str, ...], ...]  # normalised; a phrase ending in '*' matches as a prefix
    window: int | None  # tokens either side of the figure; None = the whole sentence


@dataclass(frozen=True)
class Topic:
    id: str
    path: str
    extends: str  # quantity | event_date
    level: str
    message: str
    description: str
    subject: str | None
    units: frozenset[str]
    subject_cue: Cue
    require_any: Cue | None
    require_all: Cue | None
    exclude_any: Cue | None
    mutable: bool
    tolerance: float
    window_days: int
    tests: dict
    cumulative: bool = False  # a running total (a toll): it does not go down, which settles a disputed day

    @property
    def severity(self) -> str:
        return LEVEL_TO_SEVERITY[self.level]


def _schema() -> dict:
    return json.loads(resources.files("factcheck.schemas").joinpath("topic.schema.json").read_text("utf-8"))


def _line_for(data: object, path: list) -> int | None:
    """The line of the deepest mapping key on `path` that we can find."""
    line = getattr(data, "line", None)
    node = data
    for key in path:
        if isinstance(node, LineDict) and key in node:
            line = node.line_of(key)
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
            line = getattr(node, "line", line)
        else:
            break
    return line


def _cue(node: dict | None) -> Cue | None:
    if node is None:
        return None
    return Cue(tuple(tokens_of(w.replace("*", "")) + (("*",) if w.endswith("*") else ()) for w in node["words"]),
               node.get("window"))


def _schema_error(err: jsonschema.ValidationError, data: dict, shown: str) -> RulesError:
    err = best_match([err])  # inside oneOf: the alternative that came closest
    where = ".".join(str(p) for p in err.absolute_path) or "top level"
    if err.validator == "not" and err.validator_value == {}:  # the schema's way to say 'not here'
        message = f"does not apply to a topic that extends {data.get('extends')}"
    else:
        message = err.message
    return RulesError(f"{where}: {message}", shown, _line_for(data, list(err.absolute_path)))


def _window_days(window: str) -> int:
    return int(window[:-1]) * _WINDOW_DAYS[window[-1]]


def load_topic(path: Path, rules_dir: Path, validator: jsonschema.Draft202012Validator) -> Topic:
    shown = str(path)
    data = load_yaml(path, shown)
    if not isinstance(data, dict):
        raise RulesError("a topic file holds one YAML mapping", shown, 1)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise _schema_error(errors[0], data, shown)
    rel = path.relative_to(rules_dir / "topics").with_suffix("")
    expected = ".".join(rel.parts)
    if data["id"] != expected:
        raise RulesError(f"id {data['id']!r} must equal the file's path: {expected!r}", shown, data.line_of("id"))
    return Topic(
        id=data["id"],
        path=shown,
        extends=data["extends"],
        level=data["level"],
        message=data["message"],
        description=data["description"],
        subject=data.get("subject"),
        units=frozenset(data.get("units", ())),
        subject_cue=_cue(data["cues"]["subject"]),
        require_any=_cue(data["cues"].get("require_any")),
        require_all=_cue(data["cues"].get("require_all")),
        exclude_any=_cue(data["cues"].get("exclude_any")),
        mutable=bool(data.get("mutable", False)),  # an event's date cannot change
        tolerance=float(data.get("tolerance", 0.0)),
        window_days=_window_days(data["window"]) if "window" in data else 0,
        tests=dict(data.get("tests", {})),
    )


def load_topics(rules_dir: Path) -> list[Topic]:
    validator = jsonschema.Draft202012Validator(_schema(), format_checker=jsonschema.FormatChecker())
    topics_dir = rules_dir / "topics"
    if not topics_dir.is_dir():
        raise RulesError("no topics/ folder in the rules directory", str(rules_dir))
    topics = [load_topic(p, rules_dir, validator) for p in sorted(topics_dir.rglob("*.yml"))]
    seen: dict[str, str] = {}
    for t in topics:
        if t.id in seen:
            raise RulesError(f"topic id {t.id!r} is also defined in {seen[t.id]}", t.path, 1)
        seen[t.id] = t.path
    return topics
