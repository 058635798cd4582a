"""What every human-readable report shows of a claim, as plain strings: the sentence cut around the claim with
the claim's own text marked, the outlet, when it holds, what it states and who said it. The terminal,
Markdown and HTML writers style these parts; none of them re-derives them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.api import OFFICE_PREFIX, Report
from factcheck.engine.office_findings import holder_name, office_name
from factcheck.models import Claim, Document, Finding

CONTEXT = 90  # characters of sentence kept either side of the claim
# the two middle columns: when the claim holds and its figure; for an event, when the article was published
# and the date it gives the event; for an office, when the claim holds and who holds it
COLUMNS = {"quantity": ("date", "figure"), "event_date": ("published", "event date"),
           "attribute": ("date", "holder")}


def squash(s: str) -> str:
    """Runs of white space (line breaks in a sentence) as one space."""
    return re.sub(r"\s+", " ", s)


@dataclass(frozen=True)
class Excerpt:
    """lead + before + marked parts + after + tail reads as the quoted sentence. Each marked part is
    (text, role): role 'claim' for a figure or date, 'office' and 'holder' for the two parts of an office
    claim (الرئيس الأميركي / جو بايدن)."""

    lead: str
    before: str
    marked: tuple[tuple[str, str], ...]
    after: str
    tail: str

    @property
    def plain(self) -> str:
        return self.lead + self.before + "".join(t for t, _ in self.marked) + self.after + self.tail


def excerpt(report: Report, claim: Claim, context: int = CONTEXT) -> Excerpt:
    doc = report.document(claim.document)
    text = doc.text if doc else claim.text
    s_start, s_end = claim.sentence or (claim.start, claim.end)
    pre = text[max(s_start, claim.start - context):claim.start]
    post = text[claim.end:min(s_end, claim.end + context)]
    lead = "…" if claim.start - context > s_start else ""
    tail = "…" if claim.end + context < s_end else ""
    if lead and " " in pre:  # cut at a word boundary, not inside a word
        pre = pre[pre.index(" ") + 1:]
    if tail and " " in post:
        post = post[:post.rindex(" ")]
    return Excerpt(lead, squash(pre), marked_parts(claim), squash(post), tail)


def marked_parts(claim: Claim) -> tuple[tuple[str, str], ...]:
    """The claim's own text; for an office, split into the office words and the holder's name."""
    a = claim.attribute
    at = claim.text.rfind(a.holder_text) if a is not None and a.holder_text else -1
    if at < 0:
        return ((squash(claim.text), "claim"),)
    end = at + len(a.holder_text)
    parts = [(squash(claim.text[:at]), "office"), (squash(a.holder_text), "holder"),
             (squash(claim.text[end:]), "office")]
    return tuple(p for p in parts if p[0])


def speaker_name(report: Report, claim: Claim) -> str | None:
    """Who the claim quotes: the catalogue's name for a known speaker (short, and the same in every article,
    as in the holder column), else the speaker as written, else the words of their unlisted id."""
    entity = report.rules.catalogue.get(claim.speaker)
    if entity is not None:
        return entity.display
    if claim.speaker_text:
        return squash(claim.speaker_text)
    return claim.speaker.removeprefix("unlisted:").replace("_", " ") if claim.speaker else None


def what(report: Report, claim: Claim) -> str:
    """What the claim states: the figure, the event's date or the office holder's catalogue name."""
    if claim.attribute is not None:
        return holder_name(report.rules.catalogue, claim.attribute)
    return claim.describe() or ""


def when(claim: Claim, doc: Document | None) -> str:
    """When the claim holds; for an event date, when the article was published."""
    if claim.kind == "event_date":
        return (doc.published if doc else None) or "undated"
    return claim.as_of or "undated"


def outlet(doc: Document | None) -> str:
    return doc.source if doc is not None and doc.source else "—"


def columns(claims: list[Claim]) -> tuple[str, str]:
    return COLUMNS.get(claims[0].kind if claims else "quantity", COLUMNS["quantity"])


def topic_description(report: Report, topic_id: str, findings: list[Finding]) -> str | None:
    """The topic file's description; for an office, which office it is (offices have no topic file)."""
    topic = report.rules.topic(topic_id)
    if topic is not None:
        return topic.description
    if not topic_id.startswith(OFFICE_PREFIX):
        return None
    claim = next((c for f in findings for c in map(report.claim, f.claims) if c and c.attribute), None)
    if claim is None:
        return None
    name = office_name(report.rules.catalogue, claim.attribute.role, claim.attribute.scope)
    return f"Who holds the office of {name}, as the articles name the holder over time."
