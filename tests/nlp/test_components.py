import spacy


def test_components_factory_is_registered_through_entry_points():
    nlp = spacy.blank("ar")
    nlp.add_pipe("factcheck_quantities")
    doc = nlp("وأعلنت أكثر من 50 دولة التزامها، وحضر ٣٥ وزيراً.")
    assert [m.text for m in doc._.fc_mentions] == ["أكثر من 50 دولة", "٣٥ وزيراً"]
    assert [s.label_ for s in doc.spans["fc_quantities"]] == ["count", "count"]
    assert doc._.fc_mentions[0].quantity.unit == "country"


def test_components_pipeline_splits_clitics_and_sentences(nlp):
    doc = nlp('وإجراء حوار سياسي". وأعلنت و20 الـ13\nسطر')
    assert [t.text for t in doc][:5] == ["وإجراء", "حوار", "سياسي", '"', "."]
    assert "20" in [t.text for t in doc]
    assert len(list(doc.sents)) == 3
