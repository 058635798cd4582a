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


def _secretaries(tmp_path, rules, *extra):
    for name, date, source, text in [
        ("a", "2014-09-19", "الشروق", "قال وزير الخارجية الأميركي جون كيري إن التحالف سيواصل عمله."),
        ("b", "2014-09-21", "وكالة", "قال وزير الخارجية الأمريكي أنتوني بلينكن إن التحالف سيواصل عمله."),
        *extra,
    ]:
        front = f"---\nid: {name}\nsource: {source}\npublished: {date}\n---\n"
        (tmp_path / f"{name}.md").write_text(front + text, encoding="utf-8")
    return check_corpus([tmp_path], rules)


def test_terminal_office_conflict_shows_holders_and_highlights_the_name(rules, tmp_path):
    from factcheck.report.terminal import quote

    report = _secretaries(tmp_path, rules)
    out = render(report)
    assert "office.foreign_minister.usa" in out and "Foreign Minister (United States)" in out
    assert ("CONFLICT [error] Foreign Minister (United States): جون كيري (الشروق, 2014-09-19) "
            "vs أنتوني بلينكن") in out
    header = next(line for line in out.splitlines() if "outlet" in line)
    assert header.split() == ["outlet", "date", "holder", "sentence"]
    row = next(line for line in out.splitlines() if line.lstrip().startswith("الشروق"))
    assert "2014-09-19" in row and "جون كيري" in row
    kerry = next(c for c in report.claims if c.document == "a")
    quoted = quote(report, kerry)
    marked = {quoted.plain[s.start:s.end]: str(s.style) for s in quoted.spans}
    assert marked == {"جون كيري": "bold reverse", "وزير الخارجية الأميركي ": "bold"}


def test_terminal_summary_counts_claims_by_kind(rules, tmp_path):
    newport = ("n", "2014-09-05", "وكالة", "اجتمع الحلفاء في نيوبورت يوم 5 أيلول 2014.")
    report = _secretaries(tmp_path, rules, newport)
    row = next(line for line in render(report).splitlines() if "figures" in line)
    assert row.replace("│", "").split() == ["figures", "0", "dates", "1", "offices", "2"]


def test_terminal_says_who_said_it_at_80_columns(rules, tmp_path):
    from dataclasses import replace

    from factcheck.api import Report

    report = _secretaries(tmp_path, rules)
    speaker = {"a": ("john_kerry", "وزير الخارجية الأميركي جون كيري"),
               "b": ("unlisted:متحدث_باسم_الخارجية", "متحدث باسم الخارجية")}
    claims = [replace(c, speaker=speaker[c.document][0], speaker_text=speaker[c.document][1])
              for c in report.claims]
    report = Report(report.documents, claims, report.findings, report.errors, report.rules)
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=80, color_system=None))
    lines = buf.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    said = [line.split("said by", 1)[1].strip() for line in lines if "said by" in line]
    assert said == ["جون كيري", "متحدث باسم الخارجية"]  # the catalogue's name, else the words of the article


def test_terminal_marks_wire_copies(rules):
    from tests.evaluation import EVAL

    out = render(check_corpus(sorted({p.parent for p in EVAL.glob("*/*.md")}), rules))
    assert "auto.deaths (people)" in out and "wire text, 2 outlets" in out
    assert "one wire text in 2 outlets" in out
