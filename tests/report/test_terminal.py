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


def test_terminal_event_conflict_shows_dates_and_quotes_the_date(rules, tmp_path):
    for name, date, source, text in [
        ("a", "2014-09-05", "شبكة فولتير", "حول الاجتماع في نيوبورت، ويلز، يوم 4 أيلول/سبتمبر الجاري."),
        ("b", "2014-09-08", "وكالة", "اجتمع الحلفاء في نيوبورت يوم 5 أيلول 2014."),
    ]:
        front = f"---\nid: {name}\nsource: {source}\npublished: {date}\n---\n"
        (tmp_path / f"{name}.md").write_text(front + text, encoding="utf-8")
    out = render(check_corpus([tmp_path], rules))
    assert "events.newport_summit" in out and "CONFLICT" in out
    assert "Newport summit: 2014-09-04 (شبكة فولتير, published 2014-09-05) vs 2014-09-05 (وكالة" in out
    header = next(line for line in out.splitlines() if "outlet" in line)
    assert header.split() == ["outlet", "published", "event", "date", "sentence"]
    row = next(line for line in out.splitlines() if line.lstrip().startswith("شبكة فولتير"))
    assert "2014-09-05" in row and "4 أيلول/سبتمبر الجاري" in row  # published, the event's date, the quote
