"""The entity catalogue: rules/entities/*.yml (people, countries, organisations, offices) and the words around
names in rules/lexicons/people.yml, loaded into indexes of normalised token phrases.

Every name is normalised exactly like the articles (camel-tools), so spelling variants that normalisation
folds (آلين/ألين/الين، الجعفري/الجعفرى، أوباما/اوباما) need no entry. Files are validated against
factcheck/schemas/entities.schema.json; errors name file:line. Adding a person, a country or an office needs
no Python.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jsonschema
from jsonschema.exceptions import best_match

from factcheck.engine.topics import _line_for
from factcheck.errors import RulesError
from factcheck.lexicons import tokens_of
from factcheck.nlp.normalise import normalise_text
from factcheck.yamlio import load_yaml

_WINDOW_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


@dataclass(frozen=True)
class Tenure:
    role: str
    scope: str | None
    start: str | None  # YYYY[-MM[-DD]]
    end: str | None  # None: still in office

    def starts_within(self, day: str | None, days: int) -> bool:
        """Whether the tenure starts after `day` but no more than `days` later."""
        if not day or self.start is None:
            return False
        gap = (_day(self.start) - _day(day)).days
        return 0 < gap <= days

    def ended_before(self, day: str | None) -> bool:
        """Whether the tenure was over before `day` (a later article naming the holder speaks of the past)."""
        return _ended_before(self, day)

    def covers(self, day: str | None) -> bool:
        """Whether the tenure includes `day` (YYYY[-MM[-DD]], compared as its first day)."""
        if not day:
            return True
        d = _day(day)
        return (self.start is None or _day(self.start) <= d) and (self.end is None or d <= _day(self.end, last=True))


def _ended_before(tenure: "Tenure", day: str | None) -> bool:
    return bool(day) and tenure.end is not None and _day(tenure.end, last=True) < _day(day)


def _day(value: str, last: bool = False) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 28 if last else 1)
    return dt.date(parts[0], 12 if last else 1, 31 if last else 1)


@dataclass(frozen=True)
class Entity:
    id: str
    type: str  # person | organisation | country | office
    names: tuple[str, ...]  # as written in the catalogue; names[0] is the display name
    latin: tuple[str, ...] = ()
    scope: str | None = None  # an office with only one scope
    window_days: int = 7
    tenures: tuple[Tenure, ...] = ()
    path: str = ""

    @property
    def display(self) -> str:
        return self.names[0]

    def held(self, role: str, day: str | None) -> Tenure | None:
        """The tenure of `role` that covers `day`, else any tenure of it, else None."""
        tenures = [t for t in self.tenures if t.role == role]
        return next((t for t in tenures if t.covers(day)), tenures[0] if tenures else None)


@dataclass
class Catalogue:
    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[tuple[str, ...], str] = field(default_factory=dict)  # person/organisation/country names -> id
    offices: dict[tuple[str, ...], str] = field(default_factory=dict)  # office phrases -> office id
    adjectives: dict[str, str] = field(default_factory=dict)  # country adjective -> country id
    titles: dict[tuple[str, ...], bool] = field(default_factory=dict)
    counterpart: frozenset[str] = frozenset()
    former: dict[tuple[str, ...], bool] = field(default_factory=dict)
    successor_of: dict[tuple[str, ...], bool] = field(default_factory=dict)
    acting: dict[tuple[str, ...], bool] = field(default_factory=dict)
    current: dict[tuple[str, ...], bool] = field(default_factory=dict)
    not_name: frozenset[str] = frozenset()
    not_scope: frozenset[str] = frozenset()
    not_before_office: frozenset[str] = frozenset()
    title_heads: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    according_to: dict[tuple[str, ...], bool] = field(default_factory=dict)
    person_tokens: dict[str, list[str]] = field(default_factory=dict)  # normalised person name -> ids (fuzzy)
    speaker_section: dict = field(default_factory=dict)  # the `speakers` section of people.yml, as read

    def get(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id) if entity_id else None

    def people_in(self, role: str, scope: str | None) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == "person"
                and any(t.role == role and (scope is None or t.scope in (scope, None)) for t in e.tenures)]


def _schema() -> dict:
    return json.loads(resources.files("factcheck.schemas").joinpath("entities.schema.json").read_text("utf-8"))


def _phrases(words: list[str]) -> dict[tuple[str, ...], bool]:
    return {tokens_of(w): True for w in words}


def load_catalogue(rules_dir: Path) -> Catalogue:
    cat = Catalogue()
    validator = jsonschema.Draft202012Validator(_schema())
    folder = rules_dir / "entities"
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        shown = str(path)
        data = load_yaml(path, shown)
        if data is None:
            continue
        errors = list(validator.iter_errors(data))
        if errors:
            err = best_match(errors)
            where = ".".join(str(p) for p in err.absolute_path) or "top level"
            raise RulesError(f"{where}: {err.message}", shown, _line_for(data, list(err.absolute_path)))
        for entry in data:
            _add(cat, entry, shown)
    _check_references(cat)
    _load_words(cat, rules_dir)
    return cat


def _add(cat: Catalogue, entry: dict, shown: str) -> None:
    eid = entry["id"]
    line = getattr(entry, "line", None)
    if eid in cat.entities:
        raise RulesError(f"entity id {eid!r} is also defined in {cat.entities[eid].path}", shown, line)
    window = entry.get("window", "7d")
    tenures = tuple(Tenure(o["role"], o.get("scope"), o.get("from"), o.get("to")) for o in entry.get("offices", []))
    for t in tenures:
        for value in (t.start, t.end):
            if value:
                try:
                    _day(value)
                except ValueError:
                    raise RulesError(f"{eid}: {value!r} is not a date", shown, line) from None
    entity = Entity(eid, entry["type"], tuple(entry["names"]), tuple(entry.get("latin", [])), entry.get("scope"),
                    int(window[:-1]) * _WINDOW_DAYS[window[-1]], tenures, shown)
    cat.entities[eid] = entity
    table = cat.offices if entity.type == "office" else cat.names
    for name in entry["names"]:
        key = tokens_of(name)
        other = table.get(key)
        if other is not None and other != eid:
            raise RulesError(f"{eid}: the name {name!r} is also {other!r}'s", shown, line)
        table[key] = eid
        if entity.type == "person":
            cat.person_tokens.setdefault(" ".join(key), []).append(eid)
    for adjective in entry.get("adjectives", []):
        cat.adjectives[normalise_text(adjective)] = eid


def _check_references(cat: Catalogue) -> None:
    for e in cat.entities.values():
        refs = [("scope", e.scope)] + [(f"offices.{t.role}", t.role) for t in e.tenures] + \
            [("offices.scope", t.scope) for t in e.tenures]
        for where, ref in refs:
            if ref and ref not in cat.entities:
                raise RulesError(f"{e.id}: {where} refers to {ref!r}, which no catalogue file defines", e.path)


def _load_words(cat: Catalogue, rules_dir: Path) -> None:
    path = rules_dir / "lexicons" / "people.yml"
    if not path.exists():
        return
    data = load_yaml(path, str(path)) or {}
    cat.speaker_section = dict(data.get("speakers") or {})  # built into SpeakerWords by speaker_words.py
    words = {k: [str(w) for w in (data.get(k) or [])] for k in (
        "titles", "counterpart", "former", "successor_of", "acting", "current", "not_name", "not_scope", "not_before_office", "title_heads", "speech_verbs", "according_to")}
    cat.titles = _phrases(words["titles"])
    cat.former = _phrases(words["former"])
    cat.successor_of = _phrases(words["successor_of"])
    cat.acting = _phrases(words["acting"])
    cat.current = _phrases(words["current"])
    cat.according_to = _phrases(words["according_to"])
    cat.counterpart = frozenset(normalise_text(w) for w in words["counterpart"])
    cat.not_name = frozenset(normalise_text(w) for w in words["not_name"])
    cat.not_scope = frozenset(normalise_text(w) for w in words["not_scope"])
    cat.not_before_office = frozenset(normalise_text(w) for w in words["not_before_office"])
    cat.title_heads = frozenset(normalise_text(w) for w in words["title_heads"])
    cat.speech_verbs = frozenset(normalise_text(w) for w in words["speech_verbs"])
