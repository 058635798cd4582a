"""Timelines of the HTML report: for each topic (and each story of an automatic fact) with more than one dated
claim, the claims over time. What to draw is decided here; the drawing is a Vega-Lite chart (built with
altair, rendered to SVG offline by vl-convert), so the page needs no script and no network.

One mark per claim, numbered as in the claim tables: an exact figure is a point, an interval a bar, an open
interval ("more than 50") a bar running to the edge of the chart with an arrow head; an office holder is a
point on the holder's row; an event date is a point (a range a bar) at the date the article gives, placed at
the article's publication date. Claims in a conflict are red."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from factcheck.api import Report
from factcheck.engine.office_findings import holder_name
from factcheck.models import Claim
from factcheck.normalisers.calendar import date_ordinal
from factcheck.normalisers.units import compatible, convert

CONFLICT, OTHER = "in a conflict", "no conflict"
COLOURS = {CONFLICT: "#c62828", OTHER: "#1f5f99"}
WIDTH, HEIGHT, ROW = 620, 190, 34  # chart size in pixels; ROW: one holder's row in an office chart
AUTO_PREFIX = "auto."


@dataclass
class Timeline:
    """The dated claims of one topic (or one story of an automatic fact), oldest first."""

    topic: str
    kind: str  # quantity | event_date | attribute
    claims: list[Claim]
    conflicted: set[str] = field(default_factory=set)
    unit: str | None = None

    @property
    def numbers(self) -> dict[str, int]:
        """Claim id -> its mark's number on the chart (1 = the oldest)."""
        return {c.id: n for n, c in enumerate(self.claims, 1)}


def _date(report: Report, claim: Claim) -> str | None:
    if claim.kind == "event_date":
        doc = report.document(claim.document)
        return doc.published if doc else None
    return claim.as_of


def _components(groups: list[tuple[str, ...]]) -> list[set[str]]:
    """Claim sets of findings joined where they share a claim: one story each."""
    out: list[set[str]] = []
    for g in groups:
        joined = set(g)
        rest = []
        for s in out:
            if s & joined:
                joined |= s
            else:
                rest.append(s)
        out = rest + [joined]
    return out


def timelines(report: Report) -> dict[str, list[Timeline]]:
    """topic -> its timelines. A rule topic or an office has one, over all its claims; an automatic fact one
    per story (the claims of findings that share claims), since one key spans unrelated stories."""
    conflicted = {cid for f in report.conflicts for cid in f.claims}
    groups: dict[str, list[list[Claim]]] = {}
    by_topic: dict[str, list[Claim]] = {}
    for c in report.claims:
        if c.topic:
            by_topic.setdefault(c.topic, []).append(c)
    for topic, claims in by_topic.items():
        groups[topic] = [claims]
    auto: dict[str, list[tuple[str, ...]]] = {}
    for f in report.findings:
        if f.topic and f.topic.startswith(AUTO_PREFIX):
            auto.setdefault(f.topic, []).append(f.claims)
    for topic, claim_sets in auto.items():
        groups[topic] = [[c for c in map(report.claim, sorted(s)) if c is not None] for s in _components(claim_sets)]
    out: dict[str, list[Timeline]] = {}
    for topic, stories in groups.items():
        for claims in stories:
            t = _timeline(report, topic, claims, conflicted)
            if t is not None:
                out.setdefault(topic, []).append(t)
    return out


def _timeline(report: Report, topic: str, claims: list[Claim], conflicted: set[str]) -> Timeline | None:
    dated = [c for c in claims if _date(report, c)]
    if len(dated) < 2:
        return None
    kind = Counter(c.kind for c in dated).most_common(1)[0][0]
    dated = [c for c in dated if c.kind == kind]
    unit = None
    if kind == "quantity":
        defs = report.rules.lexicon.unit_definitions
        unit = Counter(c.quantity.unit for c in dated).most_common(1)[0][0]
        dated = [c for c in dated if compatible(c.quantity.unit, unit, defs)]
    if len(dated) < 2:
        return None
    dated.sort(key=lambda c: (_date(report, c), c.document, c.start))
    return Timeline(topic, kind, dated, {c.id for c in dated} & conflicted, unit)


def _finite(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else x


def rows(report: Report, t: Timeline) -> list[dict]:
    """The chart's data: one row per claim."""
    out = []
    for n, c in enumerate(t.claims, 1):
        row = {"n": f"#{n}", "date": _date(report, c), "state": CONFLICT if c.id in t.conflicted else OTHER}
        if t.kind == "quantity":
            q = convert(c.quantity, t.unit, report.rules.lexicon.unit_definitions) if t.unit else c.quantity
            row.update(low=_finite(q.low), high=_finite(q.high), value=_finite(q.value), vague=q.vague)
        elif t.kind == "event_date":
            row.update(event=c.event_date.value, until=c.event_date.until)
        else:
            row.update(holder=holder_name(report.rules.catalogue, c.attribute))
        out.append(row)
    return out


def _quantity_rows(data: list[dict]) -> list[dict]:
    """Point or bar for each figure; an open bound runs to the edge of the value scale."""
    finite = [x for r in data for x in (r["low"], r["high"], r["value"]) if x is not None]
    top = max(finite) * 1.15 if finite else 1.0
    bottom = min(0.0, min(finite)) if finite else 0.0
    for r in data:
        low, high = r["low"], r["high"]
        r["exact"] = low is not None and low == high
        r["open"] = "up" if high is None else "down" if low is None else None
        r["y"] = low if r["exact"] else (r["value"] if r["value"] is not None else low if low is not None else high)
        r["y1"] = low if low is not None else bottom
        r["y2"] = high if high is not None else top
        r["tip"] = top if r["open"] == "up" else bottom if r["open"] == "down" else None
    return data


def _labels(data: list[dict], y: str) -> list[dict]:
    """One label per place on the chart: claims whose dates lie within a twelfth of the time axis (about a
    label's width) of each other, at one value (for figures: within a twenty-fifth of the value axis), share
    a label (#1 #2 #3), which would otherwise print over each other."""
    days = [date_ordinal(r["date"]) for r in data]
    near = max(1, (max(days) - min(days)) // 12)
    numbers = [r[y] for r in data if isinstance(r[y], (int, float))]
    close = (max(numbers) - min(numbers)) / 25 if numbers else 0

    def same(a, b) -> bool:
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return abs(a - b) <= close
        return a == b

    places: list[dict] = []
    for r, day in sorted(zip(data, days), key=lambda p: p[1]):
        place = next((p for p in places if same(p[y], r[y]) and day - p["day"] <= near), None)
        if place is None:
            places.append({"date": r["date"], "day": day, y: r[y], "n": r["n"], "state": r["state"]})
            continue
        place["n"] += " " + r["n"]
        if r["state"] == CONFLICT:
            place["state"] = CONFLICT
    return places


def _label_layer(alt, data: list[dict], x, y, field: str, colour):
    return alt.Chart(alt.Data(values=_labels(data, field))).mark_text(
        dx=8, dy=-10, align="left", fontSize=11, fontWeight="bold").encode(x=x, y=y, text="n:N", color=colour)


def spec(report: Report, t: Timeline) -> dict:
    """The Vega-Lite specification of a timeline (altair builds and checks it)."""
    import altair as alt

    data = rows(report, t)
    colour = alt.Color("state:N", title=None, scale=alt.Scale(domain=list(COLOURS), range=list(COLOURS.values())),
                       legend=alt.Legend(orient="top", direction="horizontal"))
    x = alt.X("date:T", title="date of the claim" if t.kind != "event_date" else "published",
              axis=alt.Axis(format="%Y-%m-%d", labelAngle=0, tickCount=6))
    height = HEIGHT
    if t.kind == "quantity":
        data = _quantity_rows(data)
        base = alt.Chart(alt.Data(values=data))
        y_title = t.unit or "value"
        bars = base.transform_filter("!datum.exact").mark_rule(strokeWidth=7, strokeCap="round").encode(
            x=x, y=alt.Y("y1:Q", title=y_title), y2="y2:Q", color=colour,
            opacity=alt.Opacity("vague:N", legend=None, scale=alt.Scale(domain=[False, True], range=[0.45, 0.18])))
        tips = base.transform_filter("datum.open").mark_point(shape="triangle-up", filled=True, size=110).encode(
            x=x, y="tip:Q", color=colour, shape=alt.Shape("open:N", legend=None,
                                                           scale=alt.Scale(domain=["up", "down"],
                                                                           range=["triangle-up", "triangle-down"])))
        points = base.transform_filter("datum.exact").mark_point(filled=True, size=90, opacity=1).encode(
            x=x, y=alt.Y("y:Q", title=y_title), color=colour)
        labels = _label_layer(alt, data, x, "y:Q", "y", colour)
        layers = [bars, tips, points, labels]
    elif t.kind == "event_date":
        base = alt.Chart(alt.Data(values=data))
        y = alt.Y("event:T", title="date the article gives the event", axis=alt.Axis(format="%Y-%m-%d"))
        bars = base.transform_filter("datum.until").mark_rule(strokeWidth=7, opacity=0.45, strokeCap="round").encode(
            x=x, y=y, y2="until:T", color=colour)
        points = base.mark_point(filled=True, size=90, opacity=1).encode(x=x, y=y, color=colour)
        labels = _label_layer(alt, data, x, "event:T", "event", colour)
        layers = [bars, points, labels]
    else:
        base = alt.Chart(alt.Data(values=data))
        holders = list(dict.fromkeys(r["holder"] for r in data))
        height = max(2, len(holders)) * ROW
        y = alt.Y("holder:N", title=None, sort=holders, axis=alt.Axis(labelFontSize=13, labelLimit=220))
        points = base.mark_point(filled=True, size=90, opacity=1).encode(x=x, y=y, color=colour)
        labels = _label_layer(alt, data, x, y, "holder", colour)
        layers = [points, labels]
    chart = alt.layer(*layers).properties(width=WIDTH, height=height, background="white")
    return chart.configure_view(stroke="#ddd").configure_axis(labelFont="sans-serif", titleFont="sans-serif",
                                                             grid=True, gridColor="#eee").to_dict(validate=False)


def svg(report: Report, t: Timeline) -> str:
    """The chart as an SVG element for inline use (no XML prolog, no script)."""
    import vl_convert

    out = vl_convert.vegalite_to_svg(spec(report, t))
    return out[out.index("<svg"):]
