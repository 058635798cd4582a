"""Word ids and per-word answers kept by id."""

from factcheck.nlp.words import WordAnswers, word_ids


def test_a_word_keeps_its_id_and_is_asked_once():
    asked = []
    answers = WordAnswers(lambda w: asked.append(w) or len(w))
    first = word_ids(["قال", "الوزير", "قال"])
    assert first[0] == first[2] != first[1]
    assert answers.of(["قال", "الوزير", "قال"], first) == [3, 6, 3]
    again = word_ids(["الوزير", "كلمة_جديدة_للاختبار"])
    assert again[0] == first[1]
    assert answers.of(["الوزير", "كلمة_جديدة_للاختبار"], again) == [6, 19]
    assert asked == ["قال", "الوزير", "كلمة_جديدة_للاختبار"]
