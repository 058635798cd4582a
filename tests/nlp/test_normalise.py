from hypothesis import given
from hypothesis import strategies as st

from factcheck.nlp.normalise import normalise, normalise_text


def test_normalise_unifies_alef_ya_teh_marbuta_and_drops_diacritics():
    assert normalise_text("أإآٱ") == "اااا"
    assert normalise_text("إحدى عشرة") == "احدي عشره"
    assert normalise_text("دولةٌ مَـــرحبًا") == "دوله مرحبا"


def test_normalise_digits_and_separators():
    assert normalise_text("٣٥ و۱۲") == "35 و12"
    assert normalise_text("٣٫٥") == "3.5"  # the Arabic decimal separator is a decimal point
    assert normalise_text("١٬٥٠٠") == "1,500"  # the Arabic thousands separator a comma


def test_normalise_drops_bidi_marks_and_blanks_control_characters():
    assert normalise("a\u200fb\x07c\u202bd").text == "ab cd"
    assert normalise("25799\u202a,\u202a52").text == "25799,52"  # marks inside a figure vanish
    assert normalise("x\ny").text == "x\ny"


def test_normalise_keeps_visible_symbols_arclean_would_drop():
    assert normalise_text("20€ 10¢ 5₪ 30°") == "20€ 10¢ 5₪ 30°"


def test_span_maps_back_over_dropped_marks_and_ligatures():
    s = "أكثرَ مِن ٥٠ دولةٌ ﻻ"
    n = normalise(s)
    i = n.text.index("50")
    start, end = n.span_to_original(i, i + len("50 دوله"))
    assert s[start:end] == "٥٠ دولةٌ"  # the trailing tanween belongs to the word
    j = n.text.index("لا")
    assert s[slice(*n.span_to_original(j, j + 2))] == "ﻻ"  # one ligature, two letters


@given(st.text(alphabet=st.sampled_from(list("دولةٌأإآىـ٣٥ ,.\u200f\u064b\u0651abc\nﻻ٫")), max_size=60))
def test_every_normalised_span_maps_to_a_covering_original_span(text):
    n = normalise(text)
    for i in range(len(n.text)):
        start, end = n.span_to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        # the original piece normalises to a string that contains the normalised character
        assert n.text[i] in normalise_text(text[start:end]) or normalise_text(text[start:end]) == ""


@given(st.text(max_size=200))
def test_normalise_never_raises_and_keeps_a_complete_map(text):
    n = normalise(text)
    if n.text:
        start, end = n.span_to_original(0, len(n.text))
        assert 0 <= start <= end <= len(text)
