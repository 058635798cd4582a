import gzip
import json

import pytest

from factcheck.corpus.readers import iter_inputs
from factcheck.models import Document, InputError

FM = "---\nid: a1\nsource: الشروق\npublished: 2014-09-19\ntitle: عنوان\n---\n"
BODY = "يضم التحالف الدولي 35 دولة."


def read(*paths):
    items = list(iter_inputs(paths))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def test_readers_front_matter_and_unchanged_body(tmp_path):
    (tmp_path / "a.md").write_text(FM + BODY, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert errors == []
    d = docs[0]
    assert (d.id, d.source, d.published, d.title) == ("a1", "الشروق", "2014-09-19", "عنوان")
    assert d.text == BODY and d.line == 7 and len(d.sha256) == 64


def test_readers_plain_text_without_front_matter(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(BODY, encoding="utf-8")
    docs, _ = read(tmp_path)
    assert (docs[0].id, docs[0].published, docs[0].source) == ("b", None, None)


def test_readers_jsonl_and_gz(tmp_path):
    rec = {"id": "j1", "source": "okaz", "published": "2015-07-21", "title": None, "text": BODY}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({**rec, "id": "j2"}, ensure_ascii=False) + "\n")
    docs, errors = read(tmp_path / "c.jsonl", tmp_path / "d.jsonl.gz")
    assert [d.id for d in docs] == ["j1", "j2"] and errors == []


@pytest.mark.parametrize("name,content,reason", [
    ("bin.md", b"\x00\x01\x02abc", "binary"),
    ("latin.md", "قال".encode("cp1256"), "not UTF-8"),
    ("broken.md", ("---\nid: [unclosed\n---\n" + BODY).encode(), "invalid YAML"),
    ("open.md", ("---\nid: x\n" + BODY).encode(), "never closed"),
    ("date.md", ("---\nid: x\npublished: 2014-13-45\n---\n" + BODY).encode(), "invalid date"),
    ("empty.md", ("---\nid: x\n---\n  \n").encode(), "empty text"),
])
def test_readers_bad_input_is_reported_and_the_rest_is_read(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.md").write_text(FM + BODY, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [d.id for d in docs] == ["a1"]
    assert len(errors) == 1 and name in errors[0].input and reason in errors[0].message


def test_readers_error_names_the_line(tmp_path):
    (tmp_path / "date.md").write_text("---\nid: x\npublished: 2014-02-30\n---\n" + BODY, encoding="utf-8")
    _, errors = read(tmp_path)
    assert errors[0].input.endswith("date.md:3")


def test_readers_duplicate_id_is_an_error_naming_the_first(tmp_path):
    (tmp_path / "a.md").write_text(FM + BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text(FM + BODY, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert len(docs) == 1 and "duplicate id 'a1'" in errors[0].message and "a.md" in errors[0].message


def test_readers_jsonl_bad_lines_are_errors_with_line_numbers(tmp_path):
    lines = [json.dumps({"id": "ok", "text": BODY}), "{not json", json.dumps({"id": "e", "text": ""}),
             json.dumps({"text": BODY}), json.dumps({"id": "d", "text": BODY, "published": "yesterday"})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read(tmp_path / "x.jsonl")
    assert [d.id for d in docs] == ["ok"]
    assert [e.input.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4", "5"]


def test_readers_missing_path_and_unsupported_file(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    _, errors = read(tmp_path / "nope", tmp_path / "x.pdf")
    assert "no such file" in errors[0].message and "unsupported" in errors[1].message


def test_readers_corrupt_gzip(tmp_path):
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    _, errors = read(tmp_path / "bad.jsonl.gz")
    assert errors and "cannot read" in errors[0].message
