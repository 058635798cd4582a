"""Fact keys for one document's claims: a key for every figure no topic took, and the dates of events no
event topic names (a date near an event noun and an event verb: 'افتتح صباح اليوم الثلاثاء مؤتمر
المانحين', 'الفيضانات التي ضربت المحافظة منذ السادس من سبتمبر')."""

from __future__ import annotations

from dataclasses import replace

from factcheck.facts.context import Context
from factcheck.facts.keys import fact_key
from factcheck.models import FactKey
from factcheck.nlp.analyse import Analysis, Located, LocatedDate
from factcheck.nlp.phrase_index import phrase_index
from factcheck.normalisers.calendar import date_ordinal
from factcheck.ruleset import RuleSet



def _figures(analysis: Analysis, sentence: int) -> tuple[tuple[int, int], ...]:
    """Token ranges of the sentence's figures (a unit, not an ordinal: المرتبة الأولى does not end a clause)."""
    return tuple((m.start_tok, m.end_tok) for m in analysis.mentions if m.sentence == sentence
                 and m.mention.quantity.unit is not None and m.mention.quantity.kind != "ordinal")


def opens_earlier(tokens: tuple[str, ...], rules: RuleSet) -> bool:
    """A pluperfect sentence (وكان المؤتمر ... قد انتهى): it opens with كان and has قد."""
    facts, lex = rules.facts, rules.lexicon
    if not tokens or not phrase_index(facts.earlier_openers, lex).any_at(tokens, 0):
        return False
    return _near(tokens, facts.earlier_marker, lex, 1, len(tokens)) is not None


LONG_RUN_DAYS = 90  # a total 'since' a date this long before the article is a long-run total


def figure_key(analysis: Analysis, loc: Located, rules: RuleSet, dated_in_sentence: bool,
               published: str | None = None) -> FactKey | None:
    sentence = analysis.sentences[loc.sentence]
    others = tuple(r for r in _figures(analysis, loc.sentence) if r != (loc.start_tok, loc.end_tok))
    ctx = Context(sentence.tokens, loc.start_tok, loc.end_tok, others, rules.lexicon, rules.facts)
    earlier = not dated_in_sentence and (opens_earlier(sentence.tokens, rules) or _near(
        sentence.tokens, rules.facts.earlier_words, rules.lexicon, 0, loc.start_tok) is not None)
    key = fact_key(ctx, loc.mention.quantity, rules.catalogue, rules.lexicon.unit_definitions, earlier)
    since = long_run(analysis, loc, rules, published)
    if key is not None and since and key.qualifier is None:
        key = replace(key, qualifier=f"since:{since}")
    return key


def long_run(analysis: Analysis, loc: Located, rules: RuleSet, published: str | None) -> str | None:
    """The year of a 'since' date in the figure's sentence long before the article (قتلت أكثر من 14 ألف
    شخص منذ عام 2009: a total over years, not this week's toll), else None."""
    if not published:
        return None
    for d in analysis.located_dates:
        if d.sentence != loc.sentence:
            continue
        if not rules.lexicon.after_since(analysis.sentences[d.sentence].tokens, d.start_tok):
            continue
        if _days_between(d.date.value, published) > LONG_RUN_DAYS:
            return d.date.value[:4]
    return None


def _days_between(earlier: str, later: str) -> int:
    try:
        return date_ordinal(later) - date_ordinal(earlier)
    except ValueError:
        return 0


def _near(tokens, phrases, lex, lo: int, hi: int) -> int | None:
    """Distance-free test: the first position in [lo, hi) where one of the phrases matches."""
    index = phrase_index(phrases, lex)
    for k in range(max(0, lo), min(len(tokens), hi)):
        if index.any_at(tokens, k):
            return k
    return None


def event_of(analysis: Analysis, loc: LocatedDate, rules: RuleSet) -> tuple[str, int] | None:
    """(event key, rank: nearer the event verb, then the noun) when the date is an event's: an event verb in
    its clause and an event noun within reach. After منذ the date is the day the event began ('began:flood'), else its date."""
    facts, lex = rules.facts, rules.lexicon
    toks = analysis.sentences[loc.sentence].tokens
    lo, hi = loc.start_tok - facts.event_reach, loc.end_tok + facts.event_reach
    ctx = Context(toks, loc.start_tok, loc.end_tok, _figures(analysis, loc.sentence), lex, facts)
    verb = ctx.find(facts.event_verbs, *ctx.clause(facts.event_reach, facts.event_reach))
    if verb is None:
        return None  # the verb must be in the date's own clause (اليوم السبت، أن ... التي ضربت: not the event's)
    best = None
    for name, phrases in facts.events:
        k = _near(toks, phrases, lex, lo, hi)
        if k is not None and _near(toks, facts.other_event, lex, k + 1, k + 3) is not None:
            continue  # وقع هجوم آخر: another event than the one the story is about
        if k is not None:
            gap = loc.start_tok - k if k < loc.start_tok else k - loc.end_tok
            if best is None or gap < best[1]:
                best = (name, gap)
    if best is None:
        return None
    since = lex.after_since(toks, loc.start_tok)
    # ranked by the verb first: 'أعلنت الهيئة للانتخابات اليوم الاثنين أن ... الانتخابات التي جرت أمس': أمس
    return ("began:" if since else "date:") + best[0], ctx.distance(verb[0]) * 100 + best[1]


def event_dates(analysis: Analysis, rules: RuleSet, taken: set[int], published: str | None
                ) -> list[tuple[LocatedDate, FactKey]]:
    """The event dates of a document that no event topic took (`taken`: ids of their DateMentions), one per
    sentence and event: the one nearest the event noun. A date after the article's is a schedule, not a
    report ('تستضيف جنيف يوم الثلاثاء المقبل مؤتمرا')."""
    best: dict[tuple[int, str], tuple[int, LocatedDate]] = {}
    for loc in analysis.located_dates:
        if id(loc.date) in taken or loc.date.warning:
            continue  # a date the scanner doubts (its weekday disagrees) is no evidence of a conflict
        found = event_of(analysis, loc, rules)
        if found is None:
            continue
        key = (loc.sentence, found[0])
        if key not in best or found[1] < best[key][0]:
            best[key] = (found[1], loc)
    out = []
    for (_, event), (_, loc) in sorted(best.items(), key=lambda kv: kv[1][1].date.start):
        n = min(len(published or ""), len(loc.date.value))
        future = bool(published) and loc.date.value[:n] > published[:n]
        out.append((loc, FactKey(event, "date", modality="forecast" if future else "report", mutable=False)))
    return out
