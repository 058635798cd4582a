"""Subjects: figures of one key split by the distinctive words they share (factcheck/facts/subjects.py)."""

from __future__ import annotations

import pytest

from factcheck.facts.subjects import Vocabulary, document_words, frequencies, related, stem, subjects, words_of
from factcheck.models import Claim, Document


@pytest.mark.parametrize("word, expected", [
    ("والصخره", "صخر"), ("الانتخابات", "انتخاب"), ("الانتخابيه", "انتخاب"), ("نيجيريا", "نيجيريا"), ("في", "في"),
])
def test_subjects_light_stem(word, expected):
    assert stem(word) == expected


def test_subjects_words_leave_out_stop_words_and_short_words():
    assert words_of("في زلزال الصخرة من") == {"زلزال", "صخر"}


def test_subjects_vocabulary_keeps_words_of_a_few_documents_only():
    docs = [Document(f"d{i}", f"خبر عام رقم {i} عن الصخرة" if i < 2 else f"خبر عام رقم {i}") for i in range(12)]
    vocab = Vocabulary(*frequencies(document_words(d) for d in docs))
    assert vocab.distinctive("زلزال الصخرة خبر") == {"صخر"}  # خبر is in all 12, زلزال in none


def _claim(cid: str, doc: str) -> Claim:
    return Claim(cid, doc, "quantity", 0, 1, "x", None, "2024-03-06")


def test_subjects_split_by_shared_words_and_time():
    block = [_claim("a:1", "a"), _claim("b:1", "b"), _claim("c:1", "c"), _claim("d:1", "d")]
    words = {"a:1": frozenset({"صخر", "زلزال"}), "b:1": frozenset({"صخر", "زلزال", "قضاء"}),
             "c:1": frozenset({"نيجيريا", "زلزال"}), "d:1": frozenset({"صخر", "زلزال"})}
    days = {"a": 1, "b": 2, "c": 2, "d": 40}
    groups = sorted(sorted(c.id for c in g) for g in subjects(block, words, days))
    assert groups == [["a:1", "b:1"], ["c:1"], ["d:1"]]  # d is 39 days later
    linked = related(words, days)
    assert linked(block[0], block[1]) and not linked(block[0], block[2])  # one shared word is not enough
    assert not linked(block[0], block[3])  # the same words 39 days later: another event
