"""The HTML report as a file: self-contained, right to left, every finding with its claims side by side, and
article text always escaped. (tests/report/test_html_browser.py opens it in Chromium.)"""

import re
from html.parser import HTMLParser

from factcheck.report.html_report import isolate_arabic, render_html, topic_views
from factcheck.report.timeline import timelines
from tests.conftest import HOSTILE


class Page(HTMLParser):
    """Start tags with their attributes, the text of each finding, and every URL-bearing attribute."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    return p


def test_html_is_self_contained_rtl_and_scriptless(seed_report):
    html = render_html(seed_report)
    page = parse(html)
    assert page.tags[0] == ("html", {"lang": "ar", "dir": "rtl"})
    assert not [t for t, _ in page.tags if t in ("script", "link", "iframe", "img", "object", "embed")]
    for tag, attrs in page.tags:  # nothing is fetched: the only addresses are the articles' own links
        for name in ("src", "srcset", "data", "poster"):
            assert name not in attrs, (tag, attrs)
        if "href" in attrs:
            assert tag == "a" and (attrs["href"].startswith("#") or attrs["href"].startswith("https://"))
    assert "@import" not in html and "url(" not in html
    csp = next(a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp["content"] and "script-src" not in csp["content"]


def test_html_every_finding_with_each_claim_and_its_source(seed_report):
    page = parse(render_html(seed_report))
    found = [a["data-finding"] for t, a in page.tags if t == "article"]
    assert found == [f.id for v in topic_views(seed_report, charts=False) for f in (x.finding for x in v.findings)]
    assert sorted(found) == sorted(f.id for f in seed_report.findings)
    html = render_html(seed_report)
    for f in seed_report.findings:
        block = html[html.index(f'data-finding="{f.id}"'):]
        block = block[:block.index("</article>")]
        rows = re.findall(r'<tr class="claim', block)
        assert len(rows) == len(f.claims)
        for claim in map(seed_report.claim, f.claims):
            doc = seed_report.document(claim.document)
            assert claim.document in block and (doc.source or "—") in block
            marked = "".join(re.findall(r"<mark class=\"(?:claim|holder|office)\">(.*?)</mark>",
                                        block[block.index(claim.document):]))
            assert " ".join(claim.text.split()) in marked


def test_html_one_chart_per_timeline_with_a_mark_per_claim(seed_report):
    html = render_html(seed_report)
    lines = [t for ts in timelines(seed_report).values() for t in ts]
    assert len(lines) == html.count('<figure class="timeline">') >= 3
    coalition = timelines(seed_report)["coalition.member_count"][0]
    assert [c.as_of for c in coalition.claims] == sorted(c.as_of for c in coalition.claims)
    section = html[html.index('data-topic="coalition.member_count"'):]
    svg = section[section.index("<svg"):section.index("</svg>")]
    labels = re.findall(r">(#\d+(?: #\d+)*)</text>", svg)
    assert sorted(n for label in labels for n in label.split()) == sorted(f"#{i}" for i in
                                                                         range(1, len(coalition.claims) + 1))


def test_html_hostile_article_text_is_escaped(conflict_report):
    html = render_html(conflict_report)
    page = parse(html)
    assert "script" not in [t for t, _ in page.tags]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    text = "".join(page.text)
    assert HOSTILE + " قال مسؤول" in text  # the sentence, as the reader sees it
    assert "وكالة <b>الاختبار</b>" in text and HOSTILE + " تقرير" in text  # outlet and title as written


def test_html_conflicts_are_red_in_the_chart_and_first_in_the_page(conflict_report):
    html = render_html(conflict_report)
    views = topic_views(conflict_report, charts=False)
    assert views[0].id == "coalition.member_count" and views[0].count("conflict") == 3
    section = html[html.index('data-topic="coalition.member_count"'):]
    svg = section[section.index("<svg"):section.index("</svg>")]
    assert "#c62828" in svg and "#1f5f99" in svg  # claims in a conflict, and the others


def test_html_baseline_marks_new_conflicts(conflict_report):
    from dataclasses import replace

    first = conflict_report.conflicts[0]
    findings = [replace(f, new=f.type == "conflict" and f is not first) for f in conflict_report.findings]
    html = render_html(replace(conflict_report, findings=findings, baseline={first.id}), charts=False)
    assert html.count('<span class="badge new">') == 2
    assert re.search(r"<b>2</b>تعارضات جديدة", html)


def test_html_isolate_arabic_wraps_runs_and_escapes():
    out = str(isolate_arabic("Coalition size: >50 country (الشروق, 2014-09-19) <i>"))
    assert out == "Coalition size: &gt;50 country (<bdi>الشروق</bdi>, 2014-09-19) &lt;i&gt;"


def test_html_draws_at_most_max_charts_timelines_first_topics_first(seed_report):
    views = topic_views(seed_report, max_charts=1)
    drawn = [v for v in views if v.charts]
    assert len(drawn) == 1 and drawn[0] is views[0]
    assert sum(v.undrawn for v in views) == sum(len(ts) for ts in timelines(seed_report).values()) - 1
