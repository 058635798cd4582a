"""From a document to its claims: analyse the text, keep the quantities that have a unit, align topics."""

from __future__ import annotations

from spacy.language import Language

from factcheck.engine.align import assign_topic
from factcheck.models import Claim, Document
from factcheck.nlp.analyse import analyse
from factcheck.ruleset import RuleSet


def as_of(mention_start: int, mention_end: int, sentence, dates, published: str | None) -> str | None:
    """When a claim holds: the date its own sentence gives, nearest to the figure ('حتى نهاية كانون الثاني',
    'عندما شكلته في 2014', 'اليوم الخميس'), else the article's date."""
    near = [d for d in dates if d.sentence == sentence]
    if not near:
        return published
    def distance(d) -> int:
        return max(0, d.start - mention_end, mention_start - d.end)
    return min(near, key=distance).value


def document_claims(doc: Document, rules: RuleSet, nlp: Language) -> list[Claim]:
    analysis = analyse(doc.text, rules.lexicon, nlp, doc.published)
    claims = []
    for loc in analysis.mentions:
        m = loc.mention
        q = m.quantity
        if q.unit is None or q.kind == "ordinal" or q.implicit:
            continue  # a bare number, a year, an ordinal or 'منذ شهر': no figure to compare
        topic = assign_topic(list(rules.topics), loc, analysis.sentences[loc.sentence], rules.lexicon)
        claims.append(Claim(
            id=f"{doc.id}:{m.start}-{m.end}",
            document=doc.id,
            kind="quantity",
            start=m.start,
            end=m.end,
            text=m.text,
            sentence=m.sentence,
            as_of=as_of(m.start, m.end, m.sentence, analysis.dates, doc.published),
            quantity=q,
            topic=topic.id if topic else None,
            subject=topic.subject if topic else None,
            speaker=None,
            norm=m.norm,
        ))
    return claims
