"""Wire copies: one agency text in several outlets (factcheck/facts/wire.py)."""

from __future__ import annotations

from factcheck.facts.wire import wire_groups
from factcheck.models import Claim, Document

TEXT = ("الصخرة (أ ف ب) - ارتفعت حصيلة الزلزال الذي ضرب محافظة الصخرة الاثنين إلى 168 قتيلا، وفق ما أعلنت "
        "وزارة الصحة الجمعة، فيما يواجه آلاف الناجين البرد في خيام موقتة. وقالت الوزارة في بيان إن عدد الجرحى "
        "تجاوز 1100 جريح، بينهم نحو ستين في حالة حرجة. وقال مسؤول في الهلال الأحمر لوكالة فرانس برس إن نحو "
        "20 ألف شخص باتوا بلا مأوى، مضيفا أن المنظمة وزعت حتى الآن 3500 خيمة.")
EDITED = TEXT.replace("لوكالة فرانس برس", "لفرانس برس").replace("فيما يواجه", "بينما يواجه")


def stating(docs, wording="168 قتيلا"):
    """Each document states one figure in the same words (what blocks wire candidates)."""
    return [Claim(f"{d.id}:0-1", d.id, "quantity", 0, 1, wording, None, d.published, norm=wording) for d in docs]


def test_wire_an_edited_reprint_in_another_outlet_is_one_source():
    docs = [Document("a", TEXT, source="الشرق", published="2024-03-08"),
            Document("b", EDITED, source="الخبر", published="2024-03-08"),
            Document("c", "خبر آخر تماما عن الانتخابات التشريعية ونسبة المشاركة فيها. " * 8, source="النهار",
                     published="2024-03-08")]
    groups = wire_groups(docs, stating(docs))
    assert groups["a"] == groups["b"] == "a" and groups["c"] == "c"


def test_wire_texts_without_a_common_figure_are_never_compared():
    docs = [Document("a", TEXT, source="الشرق", published="2024-03-08"),
            Document("b", EDITED, source="الخبر", published="2024-03-08")]
    claims = stating(docs[:1]) + stating(docs[1:], "169 قتيلا")
    assert wire_groups(docs, claims) == {"a": "a", "b": "b"}


def test_wire_not_one_outlet_nor_far_apart_nor_short_texts():
    same_outlet = [Document("a", TEXT, source="الشرق", published="2024-03-08"),
                   Document("b", EDITED, source="الشرق", published="2024-03-08")]
    far = [Document("a", TEXT, source="الشرق", published="2024-03-08"),
           Document("b", EDITED, source="الخبر", published="2024-03-20")]
    short = [Document("a", "يضم التحالف 35 دولة.", source="الشرق", published="2024-03-08"),
             Document("b", "يضم التحالف 60 دولة.", source="الخبر", published="2024-03-08")]
    for docs in (same_outlet, far, short):
        groups = wire_groups(docs, stating(docs))
        assert groups == {"a": "a", "b": "b"}
