"""Claims and documents through their SQLite rows come back equal, every kind and every field."""

import math

from hypothesis import given
from hypothesis import strategies as st

from factcheck.ledger.codec import claim_of, claim_row, document_meta, document_of, quantity_dict, quantity_of
from factcheck.models import Quantity


def test_codec_every_claim_of_the_seeds_and_the_evaluation_set_round_trips(seed_report, rules):
    from factcheck.api import check_corpus
    from tests.conftest import ROOT

    claims = seed_report.claims + check_corpus([ROOT / "tests" / "data" / "eval"], rules).claims
    kinds = {c.kind for c in claims}
    assert kinds == {"quantity", "event_date", "attribute"}
    assert any(c.fact is not None for c in claims) and any(c.speaker for c in claims)
    for k, c in enumerate(claims):
        assert claim_of(claim_row(c, k)) == c


def test_codec_documents_round_trip(seed_report):
    for d in seed_report.documents:
        assert document_of(document_meta(d), d.text) == d


finite = st.floats(allow_nan=False, allow_infinity=False)


@given(low=st.one_of(finite, st.just(-math.inf)), high=st.one_of(finite, st.just(math.inf)),
       value=st.one_of(st.none(), finite, st.just(math.inf)), flags=st.lists(st.booleans(), min_size=5, max_size=5))
def test_codec_quantities_round_trip_with_open_bounds(low, high, value, flags):
    q = Quantity(value, low, high, *flags[:4], kind="count", unit="country", counted="دولة", implicit=flags[4])
    assert quantity_of(quantity_dict(q)) == q
