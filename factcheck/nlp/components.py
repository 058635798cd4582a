"""spaCy pipeline component `factcheck_quantities`, registered through the package's entry points.

    nlp = spacy.blank("ar")
    nlp.add_pipe("factcheck_quantities")
    doc = nlp("أعلنت أكثر من 50 دولة انضمامها")
    doc._.fc_mentions   # [Mention(start=6, end=21, text='أكثر من 50 دولة', quantity=Quantity(...))]
    doc.spans["fc_quantities"]

The component reads doc.text (whatever tokenizer the user's pipeline has), runs factcheck's own normalised
analysis on it and maps each mention onto the user's tokens (the span is widened to whole tokens).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEY = "fc_quantities"

if not Doc.has_extension("fc_mentions"):
    Doc.set_extension("fc_mentions", default=None)


class QuantitiesComponent:
    def __init__(self, nlp: Language, name: str, rules: str | None):
        self.name = name
        self.rules = rules
        self._lexicon = None

    @property
    def lexicon(self):
        if self._lexicon is None:
            from factcheck.lexicons import load_lexicon
            from factcheck.ruleset import default_rules_dir

            self._lexicon = load_lexicon(Path(self.rules) if self.rules else default_rules_dir())
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        from factcheck.nlp.analyse import analyse
        from factcheck.nlp.pipeline import get_nlp

        analysis = analyse(doc.text, self.lexicon, get_nlp())
        mentions = [loc.mention for loc in analysis.mentions]
        doc._.fc_mentions = mentions
        spans = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.quantity.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory(
    "factcheck_quantities",
    default_config={"rules": None},
    assigns=["doc._.fc_mentions"],
)
def make_quantities(nlp: Language, name: str, rules: str | None) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name, rules)
