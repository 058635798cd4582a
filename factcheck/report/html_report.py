"""The HTML report: one self-contained static page (no script, no network: styles inline, charts inline SVG),
right to left, for editors. The page is a Jinja2 template with autoescaping on, so article text, outlets,
titles and messages are always text, never markup; a Content-Security-Policy forbids scripts as well.

This module only prepares what the template shows (a view of the Report); the template lays it out and
timeline.py draws the charts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from factcheck.api import Report
from factcheck.models import Claim, Finding
from factcheck.report.excerpt import Excerpt, columns, excerpt, outlet, speaker_name, topic_description, what, when
from factcheck.report.timeline import svg, timelines

TEMPLATES = Path(__file__).parent / "templates"
TYPE_ORDER = ("conflict", "change", "agreement")
# column headings, by the English names excerpt.columns gives
HEADINGS = {"date": "التاريخ", "figure": "الرقم", "published": "تاريخ النشر", "event date": "تاريخ الحدث",
            "holder": "صاحب المنصب"}


@dataclass
class ClaimRow:
    number: int | None  # the claim's mark on its topic's timeline
    outlet: str
    document: str
    title: str | None
    url: str | None  # only http(s) addresses become links
    wire: int  # outlets that carry the same wire text (0: none)
    when: str
    what: str
    excerpt: Excerpt
    speaker: str | None
    conflicted: bool


@dataclass
class FindingView:
    finding: Finding
    when_heading: str
    what_heading: str
    rows: list[ClaimRow]


@dataclass
class TopicView:
    id: str
    anchor: str
    description: str | None
    findings: list[FindingView] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)  # inline SVG, rendered by vl-convert
    undrawn: int = 0  # timelines left out (MAX_CHARTS)

    def count(self, kind: str) -> int:
        return sum(1 for f in self.findings if f.finding.type == kind)


def _url(u: str | None) -> str | None:
    return u if u and u.lower().startswith(("http://", "https://")) else None


def _row(report: Report, claim: Claim, number: int | None, conflicted: set[str]) -> ClaimRow:
    doc = report.document(claim.document)
    copies = report.wire_copies(claim.document)
    return ClaimRow(number, outlet(doc), claim.document, doc.title if doc else None, _url(doc.url if doc else None),
                    len(copies) + 1 if copies else 0, when(claim, doc), what(report, claim),
                    excerpt(report, claim), speaker_name(report, claim), claim.id in conflicted)


MAX_CHARTS = 200  # timelines drawn at the most (about 0.05 s each); the first topics, conflicts first


def topic_views(report: Report, charts: bool = True, max_charts: int = MAX_CHARTS) -> list[TopicView]:
    """Topics with findings (those with conflicts first, then changes, then the rest), then topics that only
    have a timeline. The first `max_charts` timelines in that order are drawn; a view whose timelines were
    not drawn says how many (`undrawn`)."""
    lines = timelines(report)
    numbers: dict[str, int] = {}
    for ts in lines.values():
        for t in ts:
            numbers.update(t.numbers)
    conflicted = {cid for f in report.conflicts for cid in f.claims}
    views: dict[str, TopicView] = {}
    grouped: dict[str, list[Finding]] = {}
    for f in report.findings:
        grouped.setdefault(f.topic or "(no topic)", []).append(f)
    for topic, findings in grouped.items():
        view = views[topic] = TopicView(topic, _anchor(topic, len(views)), topic_description(report, topic, findings))
        for f in findings:
            claims = [c for c in map(report.claim, f.claims) if c is not None]
            when_head, what_head = columns(claims)
            view.findings.append(FindingView(f, HEADINGS.get(when_head, when_head), HEADINGS.get(what_head, what_head),
                                             [_row(report, c, numbers.get(c.id), conflicted) for c in claims]))
    for topic in lines:
        if topic not in views:
            views[topic] = TopicView(topic, _anchor(topic, len(views)), topic_description(report, topic, []))
    ordered = sorted(views.values(), key=lambda v: tuple(-v.count(k) for k in TYPE_ORDER))
    budget = max_charts if charts else 0
    for view in ordered:
        mine = lines.get(view.id, [])
        drawn = mine[:max(0, budget)]
        budget -= len(drawn)
        view.charts = [svg(report, t) for t in drawn]
        view.undrawn = len(mine) - len(drawn)
    return ordered


def _anchor(topic: str, n: int) -> str:
    """An id attribute for the topic's section: its ASCII letters, made unique by its position."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else "-" for ch in topic)
    return f"t{n}-{safe}"[:80]


ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+"
                        r"(?:[\s\u0640]+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*")


def isolate_arabic(text: str):
    """Escaped text with each run of Arabic words in <bdi>, for a left-to-right line that quotes Arabic
    (an engine message: "Coalition size: >50 country (الشروق, 2014-09-19)"). Without isolation the bidi
    algorithm carries the date and the document id that follow an Arabic name into its right-to-left run."""
    from markupsafe import Markup, escape

    out, at = [], 0
    for m in ARABIC_RUN.finditer(text):
        out += [escape(text[at:m.start()]), Markup("<bdi>"), escape(m.group()), Markup("</bdi>")]
        at = m.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["isolate_arabic"] = isolate_arabic
    env.globals["LABELS"] = {"conflict": ("تعارض", "conflict"), "change": ("تغيّر", "change"),
                             "agreement": ("اتفاق", "agreement")}
    return env


def render_html(report: Report, charts: bool = True) -> str:
    counts = report.counts()
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        counts=counts,
        topics=(topics := topic_views(report, charts)),
        undrawn_limit=MAX_CHARTS,
        kinds={k: sum(1 for c in report.claims if c.kind == k) for k in ("quantity", "event_date", "attribute")},
        new_conflicts=len(report.failing) if report.baseline is not None else None,
        documents=sorted(report.documents, key=lambda d: (d.published or "", d.id)),
    )
