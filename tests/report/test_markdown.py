"""The Markdown report: what a ticket shows once rendered (CommonMark with tables, via markdown-it-py)."""

from html.parser import HTMLParser

from markdown_it import MarkdownIt

from factcheck.report.markdown import escape, render_markdown
from tests.conftest import HOSTILE


class Tables(HTMLParser):
    """Rendered HTML -> tables as rows of cell texts, plus every start tag seen."""

    def __init__(self):
        super().__init__()
        self.tables, self.tags, self._cell = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def rendered(md: str) -> Tables:
    parser = Tables()
    parser.feed(MarkdownIt("commonmark").enable("table").render(md))
    return parser


def test_markdown_escape_shows_markup_as_text():
    md = f"| {escape(HOSTILE + ' | **x** [a](b) &amp;')} |\n|---|\n| y |\n"
    p = rendered(md)
    assert "script" not in p.tags and "strong" not in p.tags and "a" not in p.tags
    assert p.tables[0][0] == [HOSTILE + " | **x** [a](b) &amp;"]


def test_markdown_conflicts_first_with_claims_side_by_side(conflict_report):
    md = render_markdown(conflict_report)
    assert md.index("## Conflicts") < md.index("## Changes")
    p = rendered(md)
    assert "script" not in p.tags
    summary, *findings = p.tables
    assert summary[1] == [str(len(conflict_report.documents)), str(len(conflict_report.claims)), "3", "2", "1"]
    assert len(findings) == len(conflict_report.findings)
    first = conflict_report.findings[0]
    rows = findings[0][1:]
    assert len(rows) == len(first.claims)
    for row, claim in zip(rows, map(conflict_report.claim, first.claims)):
        assert claim.text in row[3] and claim.document in row[0]
    hostile = next(r for t in findings for r in t[1:] if "hostile" in r[0])
    assert HOSTILE in hostile[3] and hostile[0].startswith("وكالة <b>الاختبار</b>")
    assert any(r[0].startswith("صحيفة | الخط") for t in findings for r in t[1:])  # '|' kept inside its cell


def test_markdown_marks_the_figure_bold(conflict_report):
    html = MarkdownIt("commonmark").enable("table").render(render_markdown(conflict_report))
    assert "<strong>35 دولة فقط</strong>" in html and "<strong>تزيد عن ستين دولة</strong>" in html


def test_markdown_baseline_marks_new_and_counts_them(conflict_report):
    from dataclasses import replace

    first = conflict_report.conflicts[0]
    findings = [replace(f, new=f.type == "conflict" and f is not first) for f in conflict_report.findings]
    md = render_markdown(replace(conflict_report, findings=findings, baseline={first.id}))
    assert md.count("· **NEW**") == 2 and md.count("· baseline") == 1 + 3
    assert rendered(md).tables[0][0][-1] == "new conflicts" and rendered(md).tables[0][1][-1] == "2"


def test_markdown_no_findings_says_so(rules, tmp_path):
    from factcheck.api import check_corpus

    (tmp_path / "a.md").write_text("---\nid: a\npublished: 2020-01-01\n---\nلا شيء هنا.", encoding="utf-8")
    md = render_markdown(check_corpus([tmp_path], rules))
    assert "No conflicts, changes or agreements." in md and "## Conflicts" not in md
