"""Findings for the facts no topic file covers. Claims are blocked by their automatic key (attribute,
dimension, scope, qualifier): a dictionary lookup each, so the cost grows with the number of claims, and
only claims with one key are ever compared; a block is then split by subject (factcheck/facts/subjects.py).
Each fact is then judged as a topic would be, with a topic built from the key: mutable or invariant from the attribute, warnings rather than errors (a key read from
the text is less certain than a rule someone wrote), figures in the block's first unit (pint converts
hectares and km²; a currency is a dimension of its own and is never converted).

Forecasts, plans and targets never take part in a conflict or a change; a figure held at an earlier time the
text does not date (وكان ... قد) takes part only when the fact cannot change.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz import fuzz, process

from factcheck.engine.compare import consensus
from factcheck.engine.findings import topic_findings
from factcheck.engine.topics import Cue, Topic
from factcheck.facts.subjects import (Vocabulary, day_of, document_words, frequencies, related, subject_words,
                                      subjects)
from factcheck.models import Claim, Document, Finding
from factcheck.normalisers.units import compatible, convert
from factcheck.ruleset import RuleSet

PREFIX = "auto."
_NO_CUE = Cue((), None)
MESSAGE = "{a} ({source_a}, {date_a}) vs {b} ({source_b}, {date_b})"


def key_topic(claims: list[Claim], rules: RuleSet) -> Topic:
    """The topic a block of claims is judged by, from their key."""
    key = claims[0].fact
    event = claims[0].event_date is not None
    attr = rules.facts.attribute(key.attribute)
    return Topic(
        id=PREFIX + key.id, path="", extends="event_date" if event else "quantity", level="warning",
        message=f"{key.attribute}: {MESSAGE}", description="", subject=None,
        units=frozenset(), subject_cue=_NO_CUE, require_any=None, require_all=None, exclude_any=None,
        mutable=key.mutable and not event, tolerance=0.0, window_days=0, tests={},
        cumulative=bool(attr and attr.cumulative),
    )


def in_first_unit(claims: list[Claim], definitions: tuple[str, ...]) -> list[Claim]:
    """Figures in the unit of the block's first one when theirs converts (4500 هكتار -> 45 km²); counted
    nouns of one group (قتيلا، أشخاص) are compared as they are."""
    target = claims[0].quantity.unit
    out = []
    for c in claims:
        unit = c.quantity.unit
        if unit != target and compatible(unit, target, definitions):
            c = replace(c, quantity=convert(c.quantity, target, definitions))
        out.append(c)
    return out


SCOPE_SIMILARITY = 90  # rapidfuzz ratio from which two owners or places are one (spelling variants)


def blocks(claims: list[Claim]) -> dict[tuple, list[Claim]]:
    """Claims by key (attribute, dimension, scope, qualifier); vague figures (عشرات القتلى) say too little.
    A scope spelled a little differently from one already seen for the attribute is read as that one."""
    out: dict[tuple, list[Claim]] = defaultdict(list)
    seen: dict[tuple, list[str]] = defaultdict(list)
    for c in claims:
        k = c.fact
        if k is None or c.topic or (c.quantity is not None and c.quantity.vague):
            continue
        scope = k.scope
        if scope and ":" in scope:
            known = seen[(k.attribute, k.dimension, scope.split(":")[0])]
            match = process.extractOne(scope, known, scorer=fuzz.ratio, score_cutoff=SCOPE_SIMILARITY)
            if match is None:
                known.append(scope)
            else:
                scope = match[0]
        out[(k.attribute, k.dimension, scope, k.qualifier)].append(c)
    return out


def unambiguous(block: list[Claim], cumulative: bool) -> list[Claim]:
    """A document does not contradict itself: when it gives one block disjoint figures at one time, the key
    failed to tell two facts apart (18 ألف نازح and a family of تسعة أفراد). Of a running total the largest
    is kept (the whole outgrows its parts); otherwise none of that document's figures at that time."""
    by_doc: dict[tuple, list[Claim]] = defaultdict(list)
    for c in block:
        by_doc[(c.document, c.as_of if c.fact.mutable else None)].append(c)
    out = []
    for same in by_doc.values():
        if consensus([c.quantity for c in same]) is not None or same[0].quantity is None:
            out += same
        elif cumulative:
            out.append(max(same, key=lambda c: (c.quantity.low, c.quantity.high)))
    return out


def vocabulary(documents, rules: RuleSet, words: dict[str, frozenset[str]] | None = None,
               counted: tuple[Counter[str], int] | None = None) -> Vocabulary:
    """Document frequencies of the corpus, leaving out the words that make keys or dates (الليلة الماضية is
    in every story of the day). `words`: each document's words when extraction made them already;
    `counted`: the frequencies and the number of documents, when the ledger kept them."""
    lex = rules.lexicon
    dates = tuple(lex.months) + tuple(lex.relative_days) + tuple((w,) for w in (
        *lex.weekdays, *lex.directions, *lex.periods, *lex.month_parts, *lex.this, *lex.day_word))
    exact, prefixes = rules.facts.key_words(tuple(lex.nouns) + dates)
    if counted is None:
        words = words or {}
        counted = frequencies(words[d.id] if d.id in words else document_words(d) for d in documents)
    return Vocabulary(*counted, exact, prefixes)


def facts_of(claims: list[Claim], docs: dict[str, Document], rules: RuleSet, vocab: Vocabulary | None = None,
             days: dict[str, int | None] | None = None) -> tuple[list[list[Claim]], dict[str, frozenset[str]]]:
    """The claims no topic covers, grouped into facts (by key, then by subject), with each claim's subject
    words. `days`: each document's publication day (computed when not given)."""
    keyed = blocks(claims)
    vocab = vocab or vocabulary(docs.values(), rules)
    days = days if days is not None else {d.id: day_of(d) for d in docs.values()}
    out, words = [], {}
    for block in keyed.values():
        if len({c.document for c in block}) < 2:
            continue
        mine = {c.id: subject_words(c, docs[c.document], vocab) for c in block}
        words.update(mine)
        out += subjects(block, mine, days)
    return out, words


def auto_findings(claims: list[Claim], docs: dict[str, Document], rules: RuleSet,
                  sources: dict[str, str], vocab: Vocabulary | None = None) -> list[Finding]:
    findings: list[Finding] = []
    days = {d.id: day_of(d) for d in docs.values()}
    facts, words = facts_of(claims, docs, rules, vocab, days)
    linked = related(words, days)  # a conflict needs direct evidence of one subject, not a chain of links
    for block in facts:
        if len({sources.get(c.document, c.document) for c in block}) < 2:
            continue  # one source: nothing to line up
        usable = [c for c in block if c.fact.modality == "report" and not (c.fact.mutable and c.fact.earlier)]
        if len(usable) < 2:
            continue
        usable.sort(key=lambda c: (c.as_of or "", c.document, c.start))
        topic = key_topic(usable, rules)
        if topic.extends == "quantity":
            usable = unambiguous(in_first_unit(usable, rules.lexicon.unit_definitions), topic.cumulative)
        findings += topic_findings(topic, usable, docs, rules.lexicon.unit_definitions, sources, linked)
    return findings
