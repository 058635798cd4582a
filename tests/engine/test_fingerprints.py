"""Finding ids: stable, and unique within a run."""

from factcheck.engine.fingerprints import distinct, fingerprint
from factcheck.models import Claim, Finding, Quantity


def claim(cid, doc, as_of, start):
    q = Quantity.exact(4, kind="count", unit="civilian")
    return Claim(cid, doc, "quantity", start, start + 9, "4 مدنيين", None, as_of, quantity=q, norm="4 مدنيين")


def test_fingerprints_ignore_offsets():
    a = [claim("a:1-10", "a", "2015-07-21", 1), claim("b:5-14", "b", "2015-07-21", 5)]
    b = [claim("a:70-79", "a", "2015-07-21", 70), claim("b:9-18", "b", "2015-07-21", 9)]
    assert fingerprint("agreement", "t", a) == fingerprint("agreement", "t", b)


def test_fingerprints_two_findings_alike_but_for_dates_get_distinct_ids():
    # one pair of articles states '4 مدنيين' twice: for 2015-07-15 and for 2015-07-21 (SaudiNewsNet)
    early = [claim("a:1-10", "a", "2015-07-15", 1), claim("b:1-10", "b", "2015-07-15", 1)]
    late = [claim("a:90-99", "a", "2015-07-21", 90), claim("b:90-99", "b", "2015-07-21", 90)]
    other = [claim("c:1-10", "c", "2015-07-21", 1), claim("b:90-99", "b", "2015-07-21", 90)]
    claims = {c.id: c for c in early + late + other}
    found = [Finding(fingerprint("agreement", "t", cs), "agreement", "info", "t", "m", tuple(c.id for c in cs))
             for cs in (early, late, other)]
    assert found[0].id == found[1].id != found[2].id
    unique = distinct(found, claims)
    assert len({f.id for f in unique}) == 3
    assert unique[2] is found[2]  # an id no other finding shares is kept: baselines of it still hold
    assert distinct(found, claims) == unique  # and the new ids are stable
