"""Loads rules/lexicons/*.yml into lookup tables keyed by normalised token tuples.

Every entry goes through the same normalisation as the articles, so a lexicon author writes ordinary
Arabic (أربعة، دولة) and the tables hold its normalised form (اربعه، دوله).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Any

from factcheck.errors import RulesError
from factcheck.nlp.normalise import normalise_text
from factcheck.yamlio import LineDict, load_yaml

SINCE_REACH = 4  # tokens between a since word and its date
BOUND_KINDS = ("lower_exclusive", "lower_inclusive", "upper_exclusive", "upper_inclusive", "approximate", "exact")
UNIT_KINDS = ("duration", "measure", "money", "percent")


@dataclass(frozen=True)
class NumberWord:
    value: float
    cls: str  # unit | compound_only | teen | ten | hundred | scale | scale_acc | scale_dual | scale_plural


@dataclass(frozen=True)
class NounEntry:
    canonical: str  # 'country', or a pint unit expression such as 'month'
    number: str  # singular | dual | plural
    kind: str  # count | duration | measure | money | percent


@dataclass(frozen=True)
class VagueEntry:
    low: float | None
    high: float | None


@dataclass(frozen=True)
class FractionWord:
    denominator: int
    number: str  # singular | dual | plural
    ambiguous: bool  # also a cardinal or a common noun (خمس، ثمن): a fraction only in context


@dataclass(frozen=True)
class Holiday:
    name: str
    calendar: str  # gregorian | hijri | easter
    month: int
    day: int | None  # None: the whole month (رمضان); for easter, days after Easter


@dataclass
class Lexicon:
    numbers: dict[str, NumberWord] = field(default_factory=dict)
    decimal_points: frozenset[str] = frozenset()
    negatives: frozenset[str] = frozenset()
    divided_by: frozenset[str] = frozenset()
    pronoun_one_after: frozenset[str] = frozenset()
    fractions: dict[str, FractionWord] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    ordinal_teen_units: dict[str, int] = field(default_factory=dict)
    relative_ordinals: dict[tuple[str, ...], tuple[str, int]] = field(default_factory=dict)
    symbols_before: dict[tuple[str, ...], NounEntry] = field(default_factory=dict)
    subunits: dict[str, str] = field(default_factory=dict)
    hedges_before: dict[tuple[str, ...], str] = field(default_factory=dict)
    hedges_after: dict[tuple[str, ...], str] = field(default_factory=dict)
    vague_before: dict[tuple[str, ...], VagueEntry] = field(default_factory=dict)
    vague_after: dict[tuple[str, ...], VagueEntry] = field(default_factory=dict)
    nouns: dict[tuple[str, ...], NounEntry] = field(default_factory=dict)
    months: dict[tuple[str, ...], int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative_days: dict[tuple[str, ...], int] = field(default_factory=dict)
    directions: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    month_parts: dict[str, int] = field(default_factory=dict)
    month_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    hijri_months: dict[tuple[str, ...], int] = field(default_factory=dict)
    holidays: dict[tuple[str, ...], Holiday] = field(default_factory=dict)
    month_lead: frozenset[str] = frozenset()
    year_lead: frozenset[str] = frozenset()
    numeric_lead: frozenset[str] = frozenset()
    adjective_after_noun: frozenset[str] = frozenset()
    since: frozenset[str] = frozenset()
    this: frozenset[str] = frozenset()
    ago: frozenset[str] = frozenset()
    last: frozenset[str] = frozenset()
    day_word: frozenset[str] = frozenset()
    same_as: frozenset[str] = frozenset()
    future_cues: frozenset[str] = frozenset()
    range_from: frozenset[str] = frozenset()
    range_to: frozenset[str] = frozenset()
    not_dates: set[tuple[str, ...]] = field(default_factory=set)
    proclitics: tuple[str, ...] = ()
    unit_definitions: tuple[str, ...] = ()
    tolerance: float = 0.10

    _readings: dict = field(default_factory=dict, repr=False)

    def weekday(self, token: str) -> int | None:
        """ISO weekday named by a token (الخميس، والجمعة), else None."""
        for prefix, stem in self.strip_clitics(token):
            if prefix in ("", "و", "ف") and stem in self.weekdays:
                return self.weekdays[stem]
        return None

    def after_since(self, tokens: tuple[str, ...], start: int) -> bool:
        """A 'since' word among the SINCE_REACH tokens before `start` (منذ بدء الفيضانات في 7 أيلول)."""
        return any(w in self.since for w in tokens[max(0, start - SINCE_REACH):start])

    def strip_clitics(self, token: str) -> tuple[tuple[str, str], ...]:
        """(prefix, stem) readings of a token, the bare reading first (cached: news repeats its words)."""
        out = self._readings.get(token)
        if out is None:
            found = [("", token)]
            for p in self.proclitics:
                if token.startswith(p) and len(token) - len(p) >= 2:
                    found.append((p, token[len(p):]))
            out = tuple(found)
            if len(self._readings) < 500_000:
                self._readings[token] = out
        return out


def tokens_of(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as the tokens the text will have: normalised, then split by the same tokenizer."""
    from factcheck.nlp.pipeline import get_nlp

    return tuple(t.text for t in get_nlp().tokenizer(normalise_text(str(phrase))) if not t.is_space)


def _check(cond: bool, msg: str, path: str, node: Any, key: Any = None) -> None:
    if not cond:
        line = node.line_of(key) if isinstance(node, LineDict) and key is not None else getattr(node, "line", None)
        raise RulesError(msg, path, line or None)


def _forms(node: Any, key: str, path: str, parent: Any) -> list[str]:
    _check(isinstance(node, list) and all(isinstance(x, (str, int)) for x in node),
           f"'{key}' must be a list of words", path, parent, key)
    return [str(x) for x in node]


def _table(data: dict, section: str, path: str, table: dict, key: Callable[[str], Any],
           value: Callable[[Any], Any]) -> None:
    """Fill `table` from a YAML section mapping values to word lists: key(form) -> value(section key)."""
    block = data.get(section, {})
    _check(isinstance(block, dict), f"'{section}' must map values to word lists", path, data, section)
    for v, forms in block.items():
        for f in _forms(forms, str(v), path, block):
            table[key(f)] = value(v)


def _derived_forms(singular: str) -> tuple[list[str], list[str]]:
    """Dual and accusative-singular forms of a normalised singular noun."""
    if " " in singular:
        return [], []
    if singular.endswith("ه"):  # teh marbuta, normalised
        stem = singular[:-1] + "ت"
        return [stem + "ين", stem + "ان"], []
    if singular.endswith(("ا", "ي", "و")) or len(singular) < 3:
        return [], []
    return [singular + "ين", singular + "ان"], [singular + "ا"]


def _add_noun_forms(lex: Lexicon, entry: dict, canonical: str, kind: str, path: str) -> None:
    listed: dict[str, list[str]] = {}
    for number in ("singular", "plural", "dual"):
        if number in entry:
            listed[number] = [normalise_text(f) for f in _forms(entry[number], number, path, entry)]
    _check("singular" in listed, f"'{canonical}' needs a 'singular' list", path, entry)
    explicit = {f for forms in listed.values() for f in forms}
    for form in listed.get("singular", []):
        lex.nouns.setdefault(tokens_of(form), NounEntry(canonical, "singular", kind))
    for form in listed.get("plural", []):
        lex.nouns.setdefault(tokens_of(form), NounEntry(canonical, "plural", kind))
        # accusative of an indefinite broken plural: دولا، أشهرا
        if " " not in form and not form.endswith(("ا", "ي", "و", "ه", "ن")) and form + "ا" not in explicit:
            lex.nouns.setdefault((form + "ا",), NounEntry(canonical, "plural", kind))
    for form in listed.get("dual", []):
        lex.nouns.setdefault(tokens_of(form), NounEntry(canonical, "dual", kind))
    if "dual" not in listed:
        for form in listed["singular"]:
            duals, accusatives = _derived_forms(form)
            for d in duals:
                if d not in explicit:
                    lex.nouns.setdefault((d,), NounEntry(canonical, "dual", kind))
            for a in accusatives:
                if a not in explicit:
                    lex.nouns.setdefault((a,), NounEntry(canonical, "singular", kind))


def load_lexicon(rules_dir: Path) -> Lexicon:
    lex = Lexicon()
    d = rules_dir / "lexicons"

    def load(name: str) -> tuple[Any, str]:
        p = d / name
        shown = str(p)
        if not p.exists():
            raise RulesError("lexicon file is missing", shown)
        data = load_yaml(p, shown)
        _check(isinstance(data, dict), "expected a mapping at the top", shown, data)
        return data, shown

    data, path = load("numbers.yml")
    for section, cls in (("units", "unit"), ("compound_only", "compound_only"), ("teens", "teen"),
                         ("tens", "ten"), ("hundreds", "hundred")):
        block = data.get(section, {})
        _check(isinstance(block, dict), f"'{section}' must map values to word lists", path, data, section)
        for value, forms in block.items():
            _check(isinstance(value, (int, float)), f"'{value}' is not a number", path, block, value)
            for f in _forms(forms, str(value), path, block):
                lex.numbers.setdefault(normalise_text(f), NumberWord(float(value), cls))
    scales = data.get("scales", {})
    for value, entry in scales.items():
        _check(isinstance(entry, dict), f"scale {value} needs singular/dual/plural lists", path, scales, value)
        for number, cls in (("singular", "scale"), ("accusative", "scale_acc"), ("dual", "scale_dual"),
                            ("plural", "scale_plural")):
            for f in _forms(entry.get(number, []), number, path, entry):
                lex.numbers[normalise_text(f)] = NumberWord(float(value), cls)

    for key, attr in (("decimal_point", "decimal_points"), ("negative", "negatives"), ("divided_by", "divided_by"),
                      ("pronoun_one_after", "pronoun_one_after")):
        setattr(lex, attr, frozenset(normalise_text(f) for f in _forms(data.get(key, []), key, path, data)))

    data, path = load("fractions.yml")
    for denominator, entry in data.get("fractions", {}).items():
        _check(isinstance(entry, dict) and "singular" in entry, f"fraction {denominator} needs 'singular'",
               path, data["fractions"], denominator)
        for number in ("singular", "dual", "plural"):
            for f in _forms(entry.get(number, []), number, path, entry):
                lex.fractions.setdefault(normalise_text(f),
                                         FractionWord(int(denominator), number, bool(entry.get("ambiguous"))))

    data, path = load("ordinals.yml")
    for section, table in (("units", lex.ordinals), ("teen_units", lex.ordinal_teen_units)):
        for value, forms in data.get(section, {}).items():
            for f in _forms(forms, str(value), path, data[section]):
                table.setdefault(normalise_text(f), int(value))
    for entry in data.get("relative", []):
        _check(isinstance(entry, dict) and entry.get("relative_to") in ("end", "current", "start"),
               "each relative ordinal needs forms, relative_to (end | current | start) and offset", path, entry)
        for f in _forms(entry["forms"], "forms", path, entry):
            lex.relative_ordinals[tokens_of(f)] = (entry["relative_to"], int(entry.get("offset", 0)))

    data, path = load("hedges.yml")
    for side, table in (("before", lex.hedges_before), ("after", lex.hedges_after)):
        block = data.get(side, {})
        _check(isinstance(block, dict), f"'{side}' must map bound kinds to phrases", path, data, side)
        for kind, phrases in block.items():
            _check(kind in BOUND_KINDS, f"unknown bound kind '{kind}' (one of {', '.join(BOUND_KINDS)})",
                   path, block, kind)
            for ph in _forms(phrases, kind, path, block):
                table[tokens_of(ph)] = kind

    data, path = load("vague.yml")
    words = data.get("words", [])
    _check(isinstance(words, list), "'words' must be a list", path, data, "words")
    for w in words:
        _check(isinstance(w, dict) and "forms" in w, "each vague word needs 'forms', 'low', 'high'", path, w)
        pos = w.get("position", "before")
        _check(pos in ("before", "after"), "position is 'before' or 'after'", path, w, "position")
        table = lex.vague_before if pos == "before" else lex.vague_after
        entry = VagueEntry(w.get("low"), w.get("high"))
        for f in _forms(w["forms"], "forms", path, w):
            table[tokens_of(f)] = entry

    data, path = load("clitics.yml")
    lex.proclitics = tuple(normalise_text(p) for p in _forms(data.get("proclitics", []), "proclitics", path, data))

    data, path = load("counted_nouns.yml")
    for canonical, entry in data.items():
        _check(isinstance(entry, dict), f"'{canonical}' needs singular and plural lists", path, data, canonical)
        _add_noun_forms(lex, entry, str(canonical), "count", path)

    data, path = load("units.yml")
    defs = data.get("define", [])
    lex.unit_definitions = tuple(_forms(defs, "define", path, data))
    kinds: dict[str, str] = {}
    for entry in data.get("units", []):
        _check(isinstance(entry, dict) and "unit" in entry and "kind" in entry,
               "each unit needs 'unit', 'kind' and 'singular'", path, entry)
        _check(entry["kind"] in UNIT_KINDS, f"unknown unit kind '{entry['kind']}'", path, entry, "kind")
        _add_noun_forms(lex, entry, str(entry["unit"]), entry["kind"], path)
        kinds[str(entry["unit"])] = entry["kind"]
    for unit, symbols in data.get("before", {}).items():
        _check(unit in kinds, f"'{unit}' is not a unit defined under 'units'", path, data["before"], unit)
        for sym in _forms(symbols, unit, path, data["before"]):
            lex.symbols_before[tokens_of(sym)] = NounEntry(unit, "singular", kinds[unit])
    for unit, sub in data.get("subunits", {}).items():
        _check(unit in kinds and sub in kinds, f"subunit '{sub}' of '{unit}' must both be units", path,
               data["subunits"], unit)
        lex.subunits[unit] = sub

    data, path = load("months.yml")
    _table(data, "months", path, lex.months, tokens_of, int)
    _table(data, "hijri_months", path, lex.hijri_months, tokens_of, int)
    _table(data, "weekdays", path, lex.weekdays, normalise_text, int)

    data, path = load("dates.yml")
    _table(data, "days", path, lex.relative_days, tokens_of, int)
    _table(data, "directions", path, lex.directions, normalise_text, int)
    _table(data, "periods", path, lex.periods, normalise_text, str)
    _table(data, "month_parts", path, lex.month_parts, normalise_text, int)
    for entry in data.get("month_spans", []):
        _check(isinstance(entry, dict) and {"forms", "from", "to"} <= set(entry),
               "each month span needs forms, from and to", path, entry)
        for f in _forms(entry["forms"], "forms", path, entry):
            lex.month_spans[normalise_text(f)] = (int(entry["from"]), int(entry["to"]))
    for key in ("month_lead", "year_lead", "numeric_lead", "adjective_after_noun", "since", "this", "ago", "last", "day_word", "same_as",
                "future_cues", "range_from", "range_to"):
        setattr(lex, key, frozenset(normalise_text(f) for f in _forms(data.get(key, []), key, path, data)))
    lex.not_dates = {tokens_of(f) for f in _forms(data.get("not_dates", []), "not_dates", path, data)}

    if (d / "holidays.yml").exists():
        data, path = load("holidays.yml")
        for entry in data.get("holidays", []):
            _check(isinstance(entry, dict) and entry.get("calendar") in ("gregorian", "hijri", "easter")
                   and "forms" in entry, "each holiday needs forms and calendar (gregorian | hijri | easter)",
                   path, entry)
            holiday = Holiday(normalise_text(_forms(entry["forms"], "forms", path, entry)[0]), entry["calendar"],
                              int(entry.get("month", 0)), entry.get("day"))
            for f in _forms(entry["forms"], "forms", path, entry):
                lex.holidays[tokens_of(f)] = holiday

    settings_path = d / "settings.yml"
    if settings_path.exists():
        data, path = load("settings.yml")
        tol = data.get("approximate_tolerance", lex.tolerance)
        _check(isinstance(tol, (int, float)) and 0 <= tol < 1, "approximate_tolerance is a fraction in [0, 1)",
               path, data, "approximate_tolerance")
        lex.tolerance = float(tol)
    return lex
