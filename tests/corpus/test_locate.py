"""Claims located in their source files: line and column in code points, front matter and JSON escapes
counted as written."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.locate import Locator, Region, jsonl_region, raw_offsets, string_value_start, text_region
from factcheck.models import Document


def test_locate_text_region_counts_lines_from_the_body_start():
    body = "سطر أول.\nقال مسؤول إن 35 دولة"
    at = body.index("35")
    assert text_region(body, at, at + 7, first_line=7) == Region(8, 14, 8, 21)


def test_locate_text_region_spanning_lines():
    body = "أ\nب ج\nد"
    assert text_region(body, 2, 7, 1) == Region(2, 1, 3, 2)


def test_locate_string_value_start_skips_other_fields_and_nested_values():
    raw = '{"id": "a", "meta": {"text": "no"}, "list": [1, "text"], "text" : "هنا"}'
    assert raw[string_value_start(raw):].startswith('"هنا"')
    assert string_value_start('{"id": 1}') is None
    assert string_value_start('{"text": 5}') is None
    assert string_value_start("[1, 2]") is None


def test_locate_jsonl_region_counts_escapes_as_written():
    rec = {"id": "x", "text": 'قال "هو"\nإن 35 دولة'}
    raw = json.dumps(rec, ensure_ascii=True)
    text = rec["text"]
    at = text.index("35")
    r = jsonl_region(raw, 4, at, at + 7)
    assert r.start_line == r.end_line == 4
    assert json.loads('"' + raw[r.start_column - 1:r.end_column - 1] + '"') == "35 دولة"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60), st.booleans(), st.data())
def test_locate_raw_offsets_round_trip(text, ascii_only, data):
    raw = json.dumps({"id": 1, "text": text}, ensure_ascii=ascii_only)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quote = string_value_start(raw)
    cols = raw_offsets(raw, quote, [start, end])
    assert json.loads('"' + raw[cols[start]:cols[end]] + '"') == text[start:end]


def test_locate_locator_reads_jsonl_lines_once(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": str(i), "text": f"نص رقم {i}"}, ensure_ascii=False) for i in range(5)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = [Document(id=str(i), text=f"نص رقم {i}", path=str(path), line=i + 1) for i in range(5)]
    loc = Locator()
    loc.wanted(docs[2:4])
    r = loc.region(docs[3], 0, 2)
    assert r.start_line == 4 and lines[3][r.start_column - 1:r.end_column - 1] == "نص"
    assert loc.region(docs[0], 0, 2).start_line == 1  # not asked for beforehand: read on demand
