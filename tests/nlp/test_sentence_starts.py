"""The factcheck_sentences component sets the starts spaCy's sentencizer and a line-break rule set."""

import pytest
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START

from factcheck.nlp.normalise import normalise_text
from factcheck.nlp.pipeline import SENTENCE_PUNCT, build_nlp

TEXTS = [
    "",
    " ",
    "\n",
    "...",
    "قال الوزير. وأضاف: «نعم»! ثم غادر؟ انتهى",
    "العنوان\nالرياض - واس\n\nأعلنت الوزارة أن 50 شخصا أصيبوا. (الخبر) . . التالي",
    "في 16. نوفمبر. 2016 قتل 3 أشخاص؛ وجرح 5… آخرون\n",
    "جملة أولى.\n\n\nجملة ثانية .\" جملة ثالثة",
]


def reference_starts(nlp, text):
    """The starts as spaCy's sentencizer and the former line-break component set them."""
    ref = spacy.blank("ar")
    ref.tokenizer = nlp.tokenizer
    ref.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    doc = ref(text)
    rows = doc.to_array([ORTH, IS_SPACE, SENT_START])
    for k in range(len(doc) - 1):
        if rows[k, 1] and "\n" in doc.vocab.strings[int(rows[k, 0])]:
            rows[k + 1, 2] = 1
    return rows[:, 2].tolist()


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_starts_as_the_sentencizer_sets_them(text):
    nlp = build_nlp()
    text = normalise_text(text)
    assert nlp(text).to_array([SENT_START]).tolist() == reference_starts(nlp, text)
