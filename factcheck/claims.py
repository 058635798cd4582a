"""From a document to its claims: analyse the text, keep the quantities that have a unit, the dates an
event topic claims and the offices the text says someone holds; align topics."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from factcheck.engine.align import assign_events, assign_topic
from factcheck.engine.topics import Topic
from factcheck.entities.attributes import AttributeHit, reader_for
from factcheck.entities.speakers import speaker_fields, speakers
from factcheck.facts.extract import event_dates, figure_key
from factcheck.models import Attribute, Claim, Document, EventDate
from factcheck.nlp.analyse import Analysis, LocatedDate, analyse
from factcheck.ruleset import RuleSet


def as_of(mention_start: int, mention_end: int, sentence, dates, published: str | None,
          described: dict | None = None) -> str | None:
    """When a claim holds: the date its own sentence gives, nearest to the figure ('حتى نهاية كانون الثاني',
    'عندما شكلته في 2014', 'اليوم الخميس'), else the article's date. `dates` are the sentence anchors;
    `described` maps a date inside a relative clause to where the clause starts: such a date tells when the
    event happened ('حصيلة الزلزال الذي ضرب المحافظة فجر أمس الاثنين ارتفعت إلى 120 قتيلا'), not when a
    figure outside the clause holds."""
    described = described or {}

    def applies(d) -> bool:
        opened = described.get(id(d))
        return opened is None or opened <= mention_start < d.start

    near = [d for d in dates if d.sentence == sentence and applies(d)]
    if not near:
        return published
    def distance(d) -> int:
        return max(0, d.start - mention_end, mention_start - d.end)
    value = min(near, key=distance).value
    if published and value != published and published.startswith(value):
        return published  # 'هذا العام' in an article of that year: the figure holds on the article's day
    return value


def anchors(analysis, lex) -> list:
    """The dates that can say when a figure in their sentence holds: not those after a 'since' word (منذ عام
    2014: the figure holds now, and has since 2014)."""
    out = []
    for loc in analysis.located_dates:
        if not lex.after_since(analysis.sentences[loc.sentence].tokens, loc.start_tok):
            out.append(loc.date)
    return out


def relative_clauses(analysis, facts) -> dict[int, int]:
    """Dates that sit in a relative clause (الذي ضرب المحافظة فجر أمس الاثنين), by id, with the original
    offset where the clause starts."""
    out = {}
    for loc in analysis.located_dates:
        toks = analysis.sentences[loc.sentence].tokens
        for k in range(loc.start_tok - 1, max(-1, loc.start_tok - 1 - facts.relative_reach), -1):
            if (toks[k],) in facts.relative_pronouns:
                out[id(loc.date)] = analysis.span_of(loc.sentence, k, k + 1)[0]
                break
    return out


def event_claim(doc: Document, loc: LocatedDate, topic: Topic | None) -> Claim:
    """The date an event topic takes ('عقد في باريس منتصف الشهر الماضي'), or an event no topic names: the
    span is the date expression, as_of the event's date."""
    d = loc.date
    return Claim(
        id=f"{doc.id}:{d.start}-{d.end}",
        document=doc.id,
        kind="event_date",
        start=d.start,
        end=d.end,
        text=d.text,
        sentence=d.sentence,
        as_of=d.value,
        topic=topic.id if topic else None,
        subject=topic.subject if topic else None,
        norm=loc.norm,
        event_date=EventDate(d.value, d.precision, d.until, doc.published if d.relative else None),
    )


def document_claims(doc: Document, rules: RuleSet, nlp: Language, analysis: Analysis | None = None) -> list[Claim]:
    """The claims of one document. `analysis`: its analysis when the caller made it already (a batch of
    documents through nlp.pipe), else it is made here."""
    analysis = analysis or analyse(doc.text, rules.lexicon, nlp, doc.published)
    claims = []
    dates = anchors(analysis, rules.lexicon)
    described = relative_clauses(analysis, rules.facts)
    hits = reader_for(rules.catalogue, rules.lexicon).read(analysis.sentences)
    said = speakers(analysis, rules.catalogue, rules.lexicon, doc.published, attributes=hits)
    for loc in analysis.mentions:
        m = loc.mention
        q = m.quantity
        if q.unit is None or q.kind == "ordinal" or q.implicit:
            continue  # a bare number, a year, an ordinal or 'منذ شهر': no figure to compare
        topic = assign_topic(list(rules.topics), loc, analysis.sentences[loc.sentence], rules.lexicon)
        when = as_of(m.start, m.end, m.sentence, dates, doc.published, described)
        fact = None if topic else figure_key(analysis, loc, rules, when != doc.published, doc.published)
        claims.append(Claim(
            id=f"{doc.id}:{m.start}-{m.end}",
            document=doc.id,
            kind="quantity",
            start=m.start,
            end=m.end,
            text=m.text,
            sentence=m.sentence,
            as_of=when,
            quantity=q,
            topic=topic.id if topic else None,
            subject=topic.subject if topic else None,
            norm=m.norm,
            fact=fact,
            **speaker_fields(said, loc.sentence, loc.start_tok),
        ))
    events = assign_events(list(rules.topics), analysis.located_dates, analysis.sentences, rules.lexicon)
    claims += [replace(event_claim(doc, loc, topic), **speaker_fields(said, loc.sentence, loc.start_tok))
               for loc, topic in events]
    taken = {id(loc.date) for loc, _ in events}
    dated = {loc.sentence for loc, _ in events}  # a sentence a topic dates says no more about events
    taken |= {id(loc.date) for loc in analysis.located_dates if loc.sentence in dated}
    claims += [replace(event_claim(doc, loc, None), fact=key, **speaker_fields(said, loc.sentence, loc.start_tok))
               for loc, key in event_dates(analysis, rules, taken, doc.published)]
    claims += [replace(attribute_claim(doc, analysis, hit, rules, dates),
                       **speaker_fields(said, hit.sentence, hit.start_tok)) for hit in hits]
    return claims


DESIGNATE_DAYS = 120  # a holder whose tenure starts this soon after the claim's date is the one designated


def attribute_claim(doc: Document, analysis, hit: AttributeHit, rules: RuleSet, dates) -> Claim:
    """An office and its holder ('وزير الخارجية العراقي إبراهيم الجعفري'): the span runs from the office to the
    name, as_of is the date the sentence gives (else the article's), and a scope the text leaves out is the
    holder's in the catalogue at that date. Its topic is office.<role>.<scope> when the scope is known."""
    start, end = analysis.span_of(hit.sentence, hit.start_tok, hit.end_tok)
    n_start, n_end = analysis.span_of(hit.sentence, hit.name_start, hit.name_end)
    sentence = analysis.sentences[hit.sentence]
    when = as_of(n_start, n_end, (sentence.start, sentence.end), dates, doc.published)
    scope = hit.scope
    status = hit.status
    role = hit.role
    holder = rules.catalogue.get(hit.holder)
    if holder is not None and hit.counterpart and not any(t.role == role for t in holder.tenures):
        # 'نظيره الأميركي جون كيري' after a president: the counterpart's own office, as the catalogue knows it
        now = [t for t in holder.tenures if t.covers(when) and t.scope in (scope, None)]
        if now:
            role, scope = now[0].role, now[0].scope or scope
    hit = replace(hit, role=role)
    if holder is not None and when != doc.published and doc.published:
        mine = [t for t in holder.tenures if t.role == role]
        if mine and not any(t.covers(when) for t in mine) and any(t.covers(doc.published) for t in mine):
            when = doc.published  # the sentence's date is of something else ('ولد عام 1961'): the office holds now
    if holder is not None:
        tenure = holder.held(hit.role, when)
        if scope is None:
            scope = tenure.scope if tenure else None
        mine = [t for t in holder.tenures if t.role == hit.role and t.scope in (scope, None)]
        if status == "current" and mine and all(t.ended_before(when) for t in mine):
            status = "former"  # their tenure was over by then: a mention of the past (جمال عبد الناصر)
        elif status == "current" and mine and not any(t.covers(when) for t in mine) and \
                any(t.starts_within(when, DESIGNATE_DAYS) for t in mine):
            status = "designate"  # named, not yet in office (بومبيو a month before he took over)
    return Claim(
        id=f"{doc.id}:{start}-{end}",
        document=doc.id,
        kind="attribute",
        start=start,
        end=end,
        text=doc.text[start:end],
        sentence=(sentence.start, sentence.end),
        as_of=when,
        topic=f"office.{hit.role}.{scope}" if scope else None,
        subject=f"{hit.role}@{scope}" if scope else hit.role,
        norm=" ".join(sentence.tokens[hit.start_tok:hit.end_tok]),
        attribute=Attribute(hit.role, scope, hit.holder, doc.text[n_start:n_end], status),
    )
