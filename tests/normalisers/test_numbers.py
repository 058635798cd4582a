import pytest

from factcheck.nlp.normalise import normalise_text
from factcheck.normalisers.numbers import parse_digits, parse_number


@pytest.mark.parametrize("words,value", [
    ("واحد", 1), ("ستين", 60), ("ستون", 60), ("واحد وعشرون", 21), ("أربعٍ وستين", 64),
    ("ثلاثة عشر", 13), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("مئة", 100), ("مائتين", 200),
    ("ثلاثمئة", 300), ("ثلاث مئة وخمسة", 305), ("مئة وخمسون ألفا", 150000), ("ألف", 1000), ("ألفين", 2000),
    ("ثلاثة آلاف وخمسمئة", 3500), ("مليون ومئتي ألف", 1200000), ("ملياري", 2e9), ("ثلاثة عشر ألفا", 13000),
    ("10 آلاف", 10000), ("عشرين ألفا", 20000), ("ألفا", 2000), ("مليونا", 2e6), ("2.5 مليار", 2.5e9), ("الأربعة", 4), ("والخمسة", 5),
])
def test_numbers_parse_words_and_digits(lexicon, words, value):
    p = parse_number(normalise_text(words).split(), 0, lexicon)
    assert p is not None and p.value == value
    assert p.end == len(normalise_text(words).split())


@pytest.mark.parametrize("text", ["أحد المسؤولين", "آلاف", "إحدى الدول", "الحرب"])
def test_numbers_reject_words_that_are_not_numbers_alone(lexicon, text):
    assert parse_number(normalise_text(text).split(), 0, lexicon) is None


@pytest.mark.parametrize("s,value", [("35", 35), ("1,500", 1500), ("2.5", 2.5), ("1.000.000", 1e6),
                                     ("2,5", 2.5), ("1,500.25", 1500.25), ("1.2.3", None), ("x1", None)])
def test_numbers_parse_digit_separators(s, value):
    assert parse_digits(s) == value
