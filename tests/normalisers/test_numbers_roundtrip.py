"""Every integer up to 10**12, written in Arabic words, reads back through the parser as itself.

The words come from tests/normalisers/arabic_words.py (masculine / feminine counted noun, nominative /
accusative-genitive); the parser is reached through the public path, ``extract_mentions``: a bare number
phrase must come out as exactly one mention that spans the whole phrase and has the number as its value.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.mentions import extract_mentions
from tests.normalisers.arabic_words import to_words


def assert_round_trip(phrase: str, n: int) -> None:
    mentions = extract_mentions(phrase)
    got = [(m["text"], m["value"]) for m in mentions]
    assert len(mentions) == 1, f"{phrase!r} ({n}): expected one mention, got {got}"
    m = mentions[0]
    assert (m["start"], m["end"], m["text"]) == (0, len(phrase), phrase), f"{phrase!r} ({n}): got {got}"
    assert m["value"] == n, f"{phrase!r}: expected {n}, got {got}"


# --- the generator itself, against phrases checked by hand -------------------------------------------------

HAND_CHECKED = [
    (0, "m", "nom", "صفر"),
    (1, "f", "nom", "واحدة"),
    (2, "m", "acc", "اثنين"),
    (3, "m", "nom", "ثلاثة"),
    (3, "f", "nom", "ثلاث"),
    (8, "f", "nom", "ثماني"),
    (11, "f", "nom", "إحدى عشرة"),
    (12, "m", "acc", "اثني عشر"),
    (12, "f", "nom", "اثنتا عشرة"),
    (15, "f", "acc", "خمس عشرة"),
    (20, "m", "acc", "عشرين"),
    (22, "f", "acc", "اثنتين وعشرين"),
    (43, "m", "nom", "ثلاثة وأربعون"),
    (105, "f", "nom", "مئة وخمس"),
    (200, "m", "nom", "مئتان"),
    (350, "m", "acc", "ثلاثمئة وخمسين"),
    (2000, "m", "acc", "ألفين"),
    (3000, "m", "nom", "ثلاثة آلاف"),
    (11000, "m", "nom", "أحد عشر ألفا"),
    (13000, "f", "nom", "ثلاثة عشر ألفا"),  # the thousands agree with ألف, not with the counted noun
    (20000, "m", "acc", "عشرين ألفا"),
    (103000, "m", "nom", "مئة وثلاثة آلاف"),
    (200000, "m", "nom", "مئتا ألف"),
    (200000, "m", "acc", "مئتي ألف"),
    (2_000_000, "m", "nom", "مليونان"),
    (5_000_000, "m", "nom", "خمسة ملايين"),
    (25_000_000_000, "m", "acc", "خمسة وعشرين مليارا"),
    (1_234_567, "m", "nom", "مليون ومئتان وأربعة وثلاثون ألفا وخمسمئة وسبعة وستون"),
    (10**12, "m", "nom", "تريليون"),
]


@pytest.mark.parametrize("n,gender,case,phrase", HAND_CHECKED, ids=[f"{n}-{g}-{c}" for n, g, c, _ in HAND_CHECKED])
def test_generator_matches_hand_checked_phrases(n, gender, case, phrase):
    assert to_words(n, gender, case) == phrase


def test_generator_older_hundred_spelling():
    assert to_words(250_300, "m", "acc", hundred="مائة") == "مائتين وخمسين ألفا وثلاثمائة"
    assert to_words(200_000, "m", "nom", hundred="مائة") == "مائتا ألف"


@pytest.mark.parametrize("n", [-1, 10**12 + 1])
def test_generator_rejects_out_of_range(n):
    with pytest.raises(ValueError):
        to_words(n)


# --- round trip: one example per grammatical class, and the boundaries --------------------------------------

EXAMPLES = [
    # units, duals, gender polarity
    (0, "m", "nom"), (1, "m", "nom"), (1, "f", "nom"), (2, "m", "nom"), (2, "f", "nom"), (2, "m", "acc"),
    (2, "f", "acc"), (3, "m", "nom"), (3, "f", "nom"), (8, "m", "nom"), (8, "f", "nom"), (10, "m", "nom"),
    (10, "f", "nom"),
    # teens
    (11, "m", "nom"), (11, "f", "nom"), (12, "m", "nom"), (12, "f", "nom"), (12, "m", "acc"), (12, "f", "acc"),
    (13, "m", "nom"), (13, "f", "nom"), (18, "f", "acc"), (19, "m", "nom"), (19, "f", "nom"),
    # tens and units-first compounds
    (20, "m", "nom"), (20, "m", "acc"), (21, "f", "nom"), (22, "m", "acc"), (22, "f", "nom"), (28, "f", "nom"),
    (43, "m", "nom"), (99, "m", "nom"), (99, "f", "acc"),
    # hundreds
    (100, "m", "nom"), (101, "m", "nom"), (102, "f", "acc"), (111, "f", "nom"), (200, "m", "nom"),
    (200, "m", "acc"), (215, "m", "acc"), (300, "m", "nom"), (800, "m", "nom"), (999, "m", "nom"),
    # thousands
    (1000, "m", "nom"), (1001, "m", "nom"), (1012, "m", "acc"), (1013, "f", "nom"), (2000, "m", "nom"), (2000, "m", "acc"), (2500, "m", "nom"),
    (3000, "m", "nom"), (8000, "m", "nom"), (10000, "m", "nom"), (11000, "m", "nom"), (12000, "m", "nom"),
    (12000, "m", "acc"), (20000, "m", "acc"), (21000, "m", "nom"), (99000, "m", "nom"),
    (100000, "m", "nom"), (101000, "m", "nom"), (102000, "m", "acc"), (103000, "m", "nom"),
    (111000, "m", "nom"), (150000, "m", "nom"), (200000, "m", "nom"), (200000, "m", "acc"),
    (202000, "m", "nom"), (300000, "m", "nom"), (999999, "f", "acc"),
    # millions, billions, trillion
    (1_000_000, "m", "nom"), (2_000_000, "m", "nom"), (2_000_000, "m", "acc"), (3_000_000, "m", "nom"),
    (11_000_000, "m", "nom"), (200_000_000, "m", "acc"), (210_000_000, "m", "nom"), (1_234_567, "m", "nom"), (2_002_002, "m", "acc"),
    (10**9, "m", "nom"), (2 * 10**9, "m", "nom"), (2 * 10**9, "m", "acc"), (3 * 10**9, "m", "nom"),
    (15 * 10**9, "m", "nom"), (100 * 10**9, "m", "nom"), (999_999_999_999, "f", "acc"), (10**12, "m", "nom"),
]


@pytest.mark.parametrize("n,gender,case", EXAMPLES, ids=[f"{n}-{g}-{c}" for n, g, c in EXAMPLES])
def test_round_trip_examples(n, gender, case):
    assert_round_trip(to_words(n, gender, case), n)


OLD_SPELLING = [(100, "m", "nom"), (200, "m", "acc"), (300, "m", "nom"), (200_000, "m", "nom"),
                (250_300, "m", "acc"), (900_000_000, "m", "nom")]


@pytest.mark.parametrize("n,gender,case", OLD_SPELLING, ids=[f"{n}-{g}-{c}" for n, g, c in OLD_SPELLING])
def test_round_trip_with_older_hundred_spelling(n, gender, case):
    assert_round_trip(to_words(n, gender, case, hundred="مائة"), n)


# --- round trip: any integer up to 10**12 --------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.sampled_from(["m", "f"]), st.sampled_from(["nom", "acc"]))
def test_round_trip_any_integer(n, gender, case):
    assert_round_trip(to_words(n, gender, case), n)
