"""The spaCy pipeline factcheck runs on normalised text: blank Arabic, clitics split off digits, sentences.

spaCy's Arabic tokenizer keeps proclitics on their word (وأعلنت، للدول), which suits our clitic-aware
lexicon lookups, but it also keeps them on digits (و20، الـ13); one prefix rule splits those.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
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


# Chunks (text between spaces) whose tokens the tokenizer remembers. spaCy's default, 10,000, is full after a
# few hundred articles, and every chunk after that is split with the affix rules again each time it recurs;
# news repeats its words, so a larger cache halves tokenisation (some 64 bytes a chunk, 16 MB when full).
TOKENIZER_CACHE = 250_000


@Language.factory(
    "factcheck_sentences",
    default_config={"punct_chars": SENTENCE_PUNCT},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str]) -> "SentenceStarts":
    return SentenceStarts(nlp, punct_chars)


class SentenceStarts:
    """Sentence starts from arrays, as spaCy's sentencizer and a line-break rule set them:

    - after a stop (`punct_chars`), the next token that is neither punctuation nor a stop starts a sentence
      (the sentencizer's rule; the first token starts one too);
    - a line break ends a sentence: headlines, datelines and list items have no final stop. spaCy keeps every
      whitespace other than one trailing space as a token of its own, so a line break is always inside a
      whitespace token, and the token after it starts a sentence.

    spaCy's sentencizer builds a Token object for every token (a tenth of the analysis time); the columns
    from to_array give the same starts."""

    def __init__(self, nlp: Language, punct_chars: list[str]):
        self.stops = tuple(numpy.uint64(h) for h in sorted({nlp.vocab.strings.add(c) for c in punct_chars}))

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        rows = doc.to_array([ORTH, IS_PUNCT, IS_SPACE])
        orth = rows[:, 0]
        stop = numpy.zeros(len(doc), dtype=bool)
        for h in self.stops:  # a few comparisons: numpy.isin sorts, slower on arrays this small
            stop |= orth == h
        words = numpy.flatnonzero((rows[:, 1] == 0) & ~stop)
        stops_before = numpy.cumsum(stop) - stop  # stops before each token
        start = numpy.zeros(len(doc), dtype=bool)
        start[0] = True
        if len(words):
            # a word starts a sentence when a stop stands between it and the word before it
            since = stops_before[words] - numpy.concatenate(([0], stops_before[words[:-1]]))
            start[words[since > 0]] = True
        strings = doc.vocab.strings
        for k in numpy.flatnonzero(rows[:-1, 2]).tolist():
            if "\n" in strings[int(rows[k, 0])]:
                start[k + 1] = True
        doc.from_array([SENT_START], numpy.where(start, 1, -1).astype(numpy.uint64).reshape(-1, 1))
        return doc


def build_nlp() -> Language:
    nlp = spacy.blank("ar")
    prefixes = [CLITIC_BEFORE_DIGIT, CLITIC_BEFORE_QUOTE, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = [*nlp.Defaults.suffixes, *CLOSING, *FIGURE_SUFFIXES]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*nlp.Defaults.infixes, *INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    for abbreviation in ABBREVIATIONS:
        form = normalise_text(abbreviation)
        if " " not in form:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("factcheck_sentences")
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    return build_nlp()
