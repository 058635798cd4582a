"""Cue matching around any token span: a figure's or a date's."""

import pytest

from factcheck.engine.align import all_present, cue_distance, cue_present
from factcheck.engine.topics import Cue
from factcheck.lexicons import tokens_of
from factcheck.nlp.analyse import Sentence


def cue(*words, window=None):
    phrases = tuple(tokens_of(w.replace("*", "")) + (("*",) if w.endswith("*") else ()) for w in words)
    return Cue(phrases, window)


SENTENCE = Sentence(0, 0, tokens_of("عقد الاجتماع في نيوبورت ، ويلز ، يوم 4 أيلول"))  # the date: tokens 8-10


@pytest.mark.parametrize("c,distance", [
    (cue("ويلز"), 2),
    (cue("نيوبورت", "ويلز"), 2),
    (cue("اجتماع"), 6),  # with its proclitic ال
    (cue("عقد*"), 7),
    (cue("عقد", window=3), None),
    (cue("باريس"), None),
    (cue("أيلول"), None),  # the date itself is not its own cue
])
def test_align_cue_distance_from_a_span(lexicon, c, distance):
    assert cue_distance(c, SENTENCE, 8, 10, lexicon) == distance
    assert cue_present(c, SENTENCE, 8, 10, lexicon) is (distance is not None)


@pytest.mark.parametrize("words,present", [
    (("اجتماع", "نيوبورت"), True),
    (("اجتماع", "باريس"), False),
    (("عقد*",), True),
])
def test_align_require_all_needs_every_phrase(lexicon, words, present):
    assert all_present(cue(*words), SENTENCE, 8, 10, lexicon) is present
