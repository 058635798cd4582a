"""rules/lexicons/facts.yml: the words that give a figure's fact key. Loaded once per rules directory;
phrases are normalised and tokenised as the text is, and a trailing * makes a phrase a prefix match."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import RulesError
from factcheck.lexicons import tokens_of
from factcheck.yamlio import LineDict, load_yaml

Phrases = tuple[tuple[str, ...], ...]


def phrases(words) -> Phrases:
    """Normalised token tuples; a word ending in * keeps a final '*' element (prefix match)."""
    out = []
    for w in words or ():
        w = str(w)
        toks = tokens_of(w.rstrip("*"))
        if toks:
            out.append(toks + (("*",) if w.endswith("*") else ()))
    return tuple(out)


@dataclass(frozen=True)
class AttributeDef:
    name: str
    mutable: bool
    owned_mutable: bool
    cumulative: bool  # a running total: it does not go down
    nouns: frozenset[str]
    units: frozenset[str]  # units or unit groups it applies to; empty: any
    words: Phrases
    kinds: frozenset[str] = frozenset({"count"})  # quantity kinds it applies to


@dataclass(frozen=True)
class FactLexicon:
    clause_breaks: frozenset[str] = frozenset()
    clause_openers: Phrases = ()
    window_before: int = 12
    window_after: int = 6
    owner_reach: int = 25
    attributes: tuple[AttributeDef, ...] = ()
    unit_groups: dict[str, str] = field(default_factory=dict)  # unit -> group
    owner_heads: Phrases = ()
    owner_words: int = 2
    owners: Phrases = ()
    populations: frozenset[str] = frozenset()
    other_incident: Phrases = ()
    not_owner_after: Phrases = ()
    said_that: Phrases = ()
    place_heads: Phrases = ()
    alone: Phrases = ()
    part_of: Phrases = ()
    whole: Phrases = ()
    qualifiers: tuple[tuple[str, Phrases], ...] = ()
    comparison: Phrases = ()
    hour_words: Phrases = ()
    noon: Phrases = ()
    evening: Phrases = ()
    morning: Phrases = ()
    forecast: Phrases = ()
    earlier_openers: Phrases = ()
    earlier_marker: Phrases = ()
    earlier_words: Phrases = ()
    relative_pronouns: Phrases = ()
    relative_reach: int = 6
    events: tuple[tuple[str, Phrases], ...] = ()
    event_verbs: Phrases = ()
    event_reach: int = 10
    other_event: Phrases = ()

    def group(self, unit: str | None) -> str | None:
        return self.unit_groups.get(unit, unit) if unit else unit

    def key_words(self, more: tuple[tuple[str, ...], ...] = ()) -> tuple[frozenset[str], tuple[str, ...]]:
        """The words that say what a figure counts or what kind of event it is, never which one: every
        attribute's cues, the event nouns and verbs, and `more` (the counted nouns and units), exact and as
        prefixes. زلزال and درجات are in every earthquake story; the place is what tells two apart."""
        exact, prefixes = set(), set()
        phrases = [p for a in self.attributes for p in a.words] + list(self.event_verbs) + [
            p for _, event in self.events for p in event] + list(more)
        for p in phrases:
            if len(p) == 2 and p[-1] == "*":
                prefixes.add(p[0].removeprefix("ال"))
            else:
                exact.update(w for word in p for w in (word, word.removeprefix("ال")))
        return frozenset(exact), tuple(sorted(w for w in prefixes if len(w) >= 3))

    def attribute(self, name: str) -> AttributeDef | None:
        return next((a for a in self.attributes if a.name == name), None)


_PHRASE_KEYS = ("clause_openers", "other_incident", "owner_heads", "owners", "not_owner_after", "said_that", "place_heads", "alone", "part_of", "whole",
                "comparison", "hour_words", "noon", "evening", "morning", "forecast", "earlier_openers",
                "earlier_marker", "earlier_words", "relative_pronouns", "event_verbs", "other_event")
_INT_KEYS = ("window_before", "window_after", "owner_reach", "owner_words", "relative_reach", "event_reach")


def load_facts(rules_dir: Path) -> FactLexicon:
    """The fact lexicon; a missing file gives an empty one (no automatic keys), a malformed one an error
    naming the file and line."""
    path = rules_dir / "lexicons" / "facts.yml"
    if not path.exists():
        return FactLexicon()
    shown = str(path)
    data = load_yaml(path, shown)
    if not isinstance(data, dict):
        raise RulesError("facts.yml holds one YAML mapping", shown, 1)
    kw: dict = {k: phrases(data.get(k)) for k in _PHRASE_KEYS if k in data}
    for k in _INT_KEYS:
        if k in data:
            if not isinstance(data[k], int) or data[k] < 0:
                raise RulesError(f"{k} must be a whole number", shown, _line(data, k))
            kw[k] = data[k]
    kw["clause_breaks"] = frozenset(str(t) for t in data.get("clause_breaks", ()))
    kw["populations"] = frozenset(str(t) for t in data.get("populations", ()))
    attrs = []
    for name, spec in (data.get("attributes") or {}).items():
        if not isinstance(spec, dict) or "mutable" not in spec:
            raise RulesError(f"attribute {name!r} needs a mapping with `mutable`", shown,
                             _line(data["attributes"], name))
        attrs.append(AttributeDef(str(name), bool(spec["mutable"]), bool(spec.get("owned_mutable", spec["mutable"])),
                                  bool(spec.get("cumulative", False)),
                                  frozenset(spec.get("nouns", ())), frozenset(spec.get("units", ())),
                                  phrases(spec.get("words")), frozenset(spec.get("kinds", ("count",)))))
    kw["attributes"] = tuple(attrs)
    kw["unit_groups"] = {u: g for g, units in (data.get("unit_groups") or {}).items() for u in units}
    kw["qualifiers"] = tuple((str(k), phrases(v)) for k, v in (data.get("qualifiers") or {}).items())
    kw["events"] = tuple((str(k), phrases(v)) for k, v in (data.get("events") or {}).items())
    return FactLexicon(**kw)


def _line(node, key) -> int | None:
    return node.line_of(key) if isinstance(node, LineDict) else None
