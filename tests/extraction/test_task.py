"""One batch of extraction: every document's claims and words, and a failure on one article reported as its
input error while the others go on."""

import factcheck.extraction.task as task
from factcheck.api import check_corpus
from factcheck.claims import document_claims
from factcheck.extraction.task import extract_batch
from factcheck.facts.subjects import document_words


def test_task_batch_equals_one_document_at_a_time(seed_report, rules, nlp):
    docs = seed_report.documents
    results = extract_batch(docs, rules)
    assert [r.document for r in results] == [d.id for d in docs]
    for doc, r in zip(docs, results):
        assert list(r.claims) == document_claims(doc, rules, nlp) and r.error is None
        assert r.words == document_words(doc)


def test_task_a_failing_article_becomes_an_input_error(monkeypatch, rules, seed_corpus):
    def broken(doc, *args, **kwargs):
        if doc.id == "001_545e91c68c60f2ba":
            raise ValueError("a scanner bug")
        return document_claims(doc, *args, **kwargs)

    monkeypatch.setattr(task, "document_claims", broken)
    report = check_corpus([seed_corpus], rules)
    assert "001_545e91c68c60f2ba" not in {d.id for d in report.documents} and len(report.documents) == 4
    (error,) = report.errors
    assert error.input.endswith("001_545e91c68c60f2ba.md")
    assert error.message.startswith("internal error while extracting claims [E901]: ValueError: a scanner bug")
