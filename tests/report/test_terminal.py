import io

from rich.console import Console

from factcheck.api import check_corpus
from factcheck.report.terminal import render_terminal
from tests.conftest import CORPUS


def render(report) -> str:
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=250, color_system=None))
    return buf.getvalue()


def test_terminal_summary_shows_counts_topics_outlets_and_sentences(rules):
    out = render(check_corpus([CORPUS], rules))
    assert "documents     5" in out or "documents  5" in " ".join(out.split("│"))
    assert "coalition.member_count" in out
    assert "CHANGE" in out and "increase" in out
    assert "الشروق" in out and "العرب اليوم" in out
    assert "2014-09-19" in out and "2015-01-22" in out
    assert "أكثر من 50 دولة" in out and "تزيد عن ستين دولة" in out


def test_terminal_lists_input_errors(rules, tmp_path):
    out = render(check_corpus([CORPUS, tmp_path / "missing"], rules))
    assert "input errors" in out and "no such file or directory" in out
