"""A figure's fact key, read from its sentence: what it counts (attribute), whose or which part (scope),
which reading (qualifier), and whether it is a report or a forecast (modality). Two figures are the same
fact only when their keys are equal and they are about one subject (factcheck/facts/subjects.py, across
documents).

    'قضاء العين البيضاء سجل وحده 12 قتيلا'   -> deaths, scope place:قضاء العين البيضاء
    'بينهم 6500 شخص نزحوا خلال الساعات ...'  -> displaced, scope part, qualifier new
    'مقابل 29 مقعدا لتحالف الكرامة'          -> seats, scope owner:تحالف الكرامة
    'يتوقع أن يحصد نحو 50 مقعدا'            -> seats, modality forecast
"""

from __future__ import annotations

from factcheck.entities.catalogue import Catalogue
from factcheck.entities.names import entity_at
from factcheck.facts.context import Context, nearest
from factcheck.facts.lexicon import AttributeDef, FactLexicon
from factcheck.lexicons import Lexicon
from factcheck.models import FactKey, Quantity
from factcheck.nlp.phrase_index import phrase_index
from factcheck.normalisers.units import is_pint_unit, registry

OWNER_TYPES = ("country", "organisation")


def dimension(unit: str | None, facts: FactLexicon, definitions: tuple[str, ...]) -> str:
    """Counted nouns by group (people), pint units by dimensionality (hectare and km² are one), currencies
    each their own (the units lexicon gives every currency its own dimension)."""
    if unit is None:
        return "number"
    if unit in facts.unit_groups:
        return facts.unit_groups[unit]
    if is_pint_unit(unit, definitions):
        return str(registry(definitions).Unit(unit).dimensionality)
    return unit


OVERRIDE_NOUN = 3  # tokens: a word this close before the figure outranks its counted noun


def _attribute(ctx: Context, q: Quantity, facts: FactLexicon, lo: int, hi: int) -> AttributeDef | None:
    """The counted noun's own attribute (قتيلا: deaths), unless a word of another attribute for that unit sits
    right before the figure (الأغلبية المطلقة البالغة 61 مقعدا: majority, not seats); else the nearest word
    of an attribute that fits the unit."""
    group = facts.group(q.unit)
    own = next((a for a in facts.attributes if q.unit in a.nouns), None)
    kind = "count" if q.kind == "number" else q.kind
    if own is not None:
        specific = [a for a in facts.attributes if a is not own and (q.unit in a.units or group in a.units)
                    and kind in a.kinds]
        name = nearest(ctx, ((a.name, a.words) for a in specific), max(lo, ctx.start - OVERRIDE_NOUN), ctx.start)
        return facts.attribute(name) if name else own
    fits = [a for a in facts.attributes if (not a.units or q.unit in a.units or group in a.units)
            and kind in a.kinds]
    name = nearest(ctx, ((a.name, a.words) for a in fits), lo, hi)
    return facts.attribute(name) if name else None


def _name_after(ctx: Context, k: int, n: int) -> str:
    """Up to n words after position k that are not punctuation, figures or clause openers."""
    words = []
    for j in range(k, min(len(ctx.tokens), k + n)):
        tok = ctx.tokens[j]
        if tok in ctx.facts.clause_breaks or ctx.is_other(j) or (ctx.start <= j < ctx.end) or ctx.opens_clause(j):
            break
        if phrase_index(ctx.facts.alone, ctx.lex).any_at(ctx.tokens, j):
            break
        words.append(tok)
    return " ".join(words)


def _stem(ctx: Context, k: int, phrases) -> str:
    """The matched head word without its proclitic (لتحالف -> تحالف)."""
    for _, stem in ctx.lex.strip_clitics(ctx.tokens[k]):
        for p in phrases:
            if p[0] == stem or (p[-1] == "*" and stem.startswith(p[0])):
                return stem
    return ctx.tokens[k]


def _owner_at(ctx: Context, k: int, cat: Catalogue) -> tuple[str, int] | None:
    facts = ctx.facts
    if k > 0 and phrase_index(facts.not_owner_after, ctx.lex).any_at(ctx.tokens, k - 1):
        return None
    end = phrase_index(facts.owner_heads, ctx.lex).at(ctx.tokens, k)
    if end is not None:
        name = _name_after(ctx, end, facts.owner_words)
        return "owner:" + " ".join(x for x in (_stem(ctx, k, facts.owner_heads), name) if x), end
    hit = phrase_index(facts.owners, ctx.lex).first(ctx.tokens, k)
    if hit is not None:
        return "owner:" + " ".join(facts.owners[hit[0]]), hit[1]
    hit = entity_at(ctx.tokens, k, cat, ctx.lex)
    if hit is not None:
        entity = cat.get(hit.entity)
        if entity is not None and entity.type in OWNER_TYPES:
            return "owner:" + entity.id, hit.end
    return None


def _owner(ctx: Context, cat: Catalogue, hi: int) -> str | None:
    """An owner named right after the figure with ل (لتحالف الكرامة), else the nearest one before it in the
    sentence, not past another figure, nor one that says the figure (أفادت المفوضية بأن ...)."""
    for k in range(ctx.end, min(hi, ctx.end + 2)):
        if any(prefix.endswith("ل") for prefix, _ in ctx.lex.strip_clitics(ctx.tokens[k])):
            found = _owner_at(ctx, k, cat)
            if found:
                return found[0]
    for k in range(ctx.start - 1, ctx.reach_back(ctx.facts.owner_reach) - 1, -1):
        if phrase_index(ctx.facts.said_that, ctx.lex).any_at(ctx.tokens, k):
            return None
        found = _owner_at(ctx, k, cat)
        if found:
            return found[0]
    return None


def _place(ctx: Context, hi: int) -> str | None:
    """A place the figure is said to be for alone (قضاء العين البيضاء ... وحده), or that it sits in right
    after its noun (نازح في مخيم)."""
    facts = ctx.facts
    back = ctx.reach_back(facts.window_before)
    if ctx.has(facts.alone, back, min(hi, ctx.end + 2)):
        hit = ctx.find(facts.place_heads, back, ctx.start)
        if hit is not None:
            k, end, _ = hit
            return "place:" + " ".join(x for x in (_stem(ctx, k, facts.place_heads), _name_after(ctx, end, 2)) if x)
    for k in range(ctx.end, min(len(ctx.tokens), ctx.end + 2)):
        if ctx.tokens[k] == "في":
            if phrase_index(facts.place_heads, ctx.lex).any_at(ctx.tokens, k + 1):
                return "place:" + _stem(ctx, k + 1, facts.place_heads)
    return None


def _hour(ctx: Context) -> str | None:
    """A clock time right after the figure (حتى الساعة الثانية عشرة ظهر، عند الساعة الخامسة مساء، عند
    الظهر): the figure is a reading at that hour."""
    facts, toks = ctx.facts, ctx.tokens
    for k in range(ctx.end, min(len(toks), ctx.end + 2)):
        if phrase_index(facts.noon, ctx.lex).any_at(toks, k):
            return "hour:12"
        for _, end in phrase_index(facts.hour_words, ctx.lex).matches(toks, k):
            if end >= len(toks):
                continue
            hour = _hour_number(toks[end:end + 3], ctx.lex)
            if hour is None:
                continue
            rest = toks[end + 1:end + 4]
            evening = phrase_index(facts.evening, ctx.lex)
            if any(evening.any_at(rest, j) for j in range(len(rest))) and hour < 12:
                hour += 12
            return f"hour:{hour}"
    return None


def _hour_number(words: tuple[str, ...], lex: Lexicon) -> int | None:
    if not words:
        return None
    first = words[0]
    if first.split(":")[0].isdigit():
        return int(first.split(":")[0])
    for _, stem in lex.strip_clitics(first):
        value = lex.ordinals.get(stem) or lex.ordinals.get(stem.removeprefix("ال"))
        if value:
            ten = lex.numbers.get(words[1]) if len(words) > 1 else None
            return value + 10 if ten is not None and ten.value == 10 else value  # الثانية عشرة
    return None


def fact_key(ctx: Context, q: Quantity, cat: Catalogue, definitions: tuple[str, ...],
             sentence_opens_earlier: bool) -> FactKey | None:
    """The key of the figure at ctx (None: too little is said to line it up). `sentence_opens_earlier`: the
    sentence is a pluperfect (وكان ... قد) without a date of its own."""
    facts = ctx.facts
    lo, hi = ctx.clause()
    attr = _attribute(ctx, q, facts, lo, hi)
    if attr is None:
        return None  # a counted noun alone (دولة، البلدين) says too little to line a figure up
    near_lo = max(lo, ctx.start - 3)
    whole = ctx.has(facts.whole, near_lo, ctx.start)
    scope = None if whole else _owner(ctx, cat, hi)
    owned = scope is not None
    if scope is None:
        scope = _place(ctx, hi)
    if scope is None and (ctx.has(facts.part_of, lo, ctx.start) or ctx.has(facts.part_of, ctx.end, min(hi, ctx.end + 2))):
        scope = "part"
    if scope is None and q.unit in facts.populations:
        scope = f"of:{q.unit}"  # 6 من المدنيين: civilians, not everyone
    qualifier = nearest(ctx, facts.qualifiers, max(lo, ctx.start - 3), hi) or _hour(ctx)
    if ctx.has(facts.other_incident, 0, ctx.start):
        qualifier = "other_incident"  # وفي حادث منفصل ...: not the story's incident
    if qualifier is None and not owned and ctx.has(facts.comparison, near_lo, ctx.start):
        qualifier = "comparison"
    forecast = ctx.has(facts.forecast, min(lo, ctx.reach_back(facts.window_before)), hi)
    name, mutable = attr.name, (attr.owned_mutable if owned else attr.mutable)
    return FactKey(name, dimension(q.unit, facts, definitions), scope, qualifier,
                   "forecast" if forecast else "report", sentence_opens_earlier, mutable)
