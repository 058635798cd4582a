"""The spaCy pipeline factcheck runs on normalised text: blank Arabic, clitics split off digits, sentences.

spaCy's Arabic tokenizer keeps proclitics on their word (وأعلنت، للدول), which suits our clitic-aware
lexicon lookups, but it also keeps them on digits (و20، الـ13); one prefix rule splits those.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from factcheck.nlp.normalise import normalise_text

# A proclitic glued to a digit: و20، ب50، ال13 (tatweel is gone after normalisation), وال30.
CLITIC_BEFORE_DIGIT = r"(?:[وفبلك]?ال|لل|[وفبلك])(?=[0-9])"
# A conjunction glued to an opening quote or bracket: و"صفر"، و(داعش).
CLITIC_BEFORE_QUOTE = r"[وف](?=[\"«“(\[])"
# Closing punctuation glued to a word, one character at a time: سياسي". ، الوقت"، (داعش)،
CLOSING = [r"\.", r"\"", r"”", r"»", r"\)", r"\]", r"،", r",", r":", r"!", r"\?", r"؟", r"؛", r";", r"…"]
# A currency symbol or cent sign glued after a figure: 10$، 20€، 43c، 10¢; a dash or slash left hanging
# after one (يوم 2- أكتوبر).
FIGURE_SUFFIXES = [r"(?<=[0-9])[$€£¢₪]", r"(?<=[0-9])c", r"(?<=[\u0621-\u064a])[0-9]+", r"(?<=[0-9])[-/]"]
# Operators and joiners glued between figures: x>10، 10$-20$، 20~100.
INFIXES = [r"(?<=[A-Za-z0-9])[<>=](?=[0-9-])", r"(?<=[$€£¢])-(?=[0-9])", r"(?<=[0-9])~(?=[0-9])",
           r"(?<=[0-9])[$€£¢₪](?=-)"]
# Abbreviations kept whole (their stops end no sentence): currencies and news agencies.
ABBREVIATIONS = ["ج.م.", "ج.م", "أ.ش.أ", "أ.ف.ب", "أ ف ب", "د.ب.أ", "و.ا.س", "ق.م", "ص.ب", "م.ت"]
SENTENCE_PUNCT = [".", "!", "?", "؟", "۔", "…", ";", "؛"]


@Language.component(
    "factcheck_paragraphs",
    requires=["token.is_sent_start"],
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items have no final stop.

    spaCy keeps every whitespace other than one trailing space as a token of its own, so a line break is
    always inside a whitespace token; we read those from arrays (Doc.text and Token objects would cost a
    pass over every token) and set the starts with from_array (token.is_sent_start rescans the doc)."""
    rows = doc.to_array([ORTH, IS_SPACE, SENT_START])
    strings = doc.vocab.strings
    changed = False
    for k in (rows[:-1, 1] == 1).nonzero()[0].tolist():
        if "\n" in strings[int(rows[k, 0])]:
            rows[k + 1, 2] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], rows[:, 2:3])
    return doc


def build_nlp() -> Language:
    nlp = spacy.blank("ar")
    prefixes = [CLITIC_BEFORE_DIGIT, CLITIC_BEFORE_QUOTE, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = [*nlp.Defaults.suffixes, *CLOSING, *FIGURE_SUFFIXES]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*nlp.Defaults.infixes, *INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in ABBREVIATIONS:
        form = normalise_text(abbreviation)
        if " " not in form:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    nlp.add_pipe("factcheck_paragraphs")
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    return build_nlp()
