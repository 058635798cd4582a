"""Timelines: which claims a chart shows, in what order, and how each mark is drawn."""

from factcheck.report.timeline import CONFLICT, OTHER, _labels, _quantity_rows, rows, spec, svg, timelines


def test_timeline_topics_of_the_seeds(seed_report):
    lines = timelines(seed_report)
    assert {"coalition.member_count", "office.foreign_minister.usa", "office.foreign_minister.iraq"} <= set(lines)
    for ts in lines.values():
        for t in ts:
            assert len(t.claims) >= 2
            assert len({c.kind for c in t.claims}) == 1


def test_timeline_quantity_marks_points_bars_and_open_bounds(seed_report):
    t = timelines(seed_report)["coalition.member_count"][0]
    data = _quantity_rows(rows(seed_report, t))
    by_text = {c.text: r for c, r in zip(t.claims, data)}
    more = by_text["أكثر من 50 دولة"]
    assert more["open"] == "up" and more["y1"] == 50 and more["y2"] == more["tip"] > 60
    exact = [r for r in data if r["exact"]]
    assert all(r["low"] == r["y"] for r in exact)
    assert all(r["state"] == OTHER for r in data)  # the seeds have no conflict


def test_timeline_conflicting_claims_are_marked(conflict_report):
    t = timelines(conflict_report)["coalition.member_count"][0]
    states = {c.document: r["state"] for c, r in zip(t.claims, rows(conflict_report, t))}
    assert states["hostile"] == states["wire1"] == states["002_d71025899ae3674d"] == CONFLICT
    assert states["000_e24ef0227a9d806f"] == OTHER


def test_timeline_office_chart_has_a_row_per_holder(seed_report):
    t = timelines(seed_report)["office.foreign_minister.usa"][0]
    data = rows(seed_report, t)
    holders = {r["holder"] for r in data}
    assert len(holders) == 2
    layer = spec(seed_report, t)
    assert layer["height"] == 2 * 34


def test_timeline_labels_share_a_place():
    data = [{"date": "2015-01-22", "n": "#1", "y": 35, "state": OTHER},
            {"date": "2015-01-22", "n": "#2", "y": 34, "state": CONFLICT},
            {"date": "2014-09-01", "n": "#3", "y": 90, "state": OTHER}]
    labels = _labels(data, "y")
    assert sorted(p["n"] for p in labels) == ["#1 #2", "#3"]
    assert next(p for p in labels if p["n"] == "#1 #2")["state"] == CONFLICT


def test_timeline_svg_renders_offline(seed_report):
    t = timelines(seed_report)["coalition.member_count"][0]
    out = svg(seed_report, t)
    assert out.startswith("<svg") and out.rstrip().endswith("</svg>") and "<script" not in out


def test_timeline_specs_are_valid_vega_lite(seed_report):
    import altair as alt

    for ts in timelines(seed_report).values():
        for t in ts:
            alt.LayerChart.from_dict(spec(seed_report, t))  # validates against the Vega-Lite schema
