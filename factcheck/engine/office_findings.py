"""Findings for the attribute claims of one office (a role in a scope: office.foreign_minister.usa). Who holds
an office may change, so these follow the rules of a mutable quantity, with holders in place of intervals:

* Only current and acting claims take part, and a name the catalogue does not know only once two articles
  name that person in the office; a former holder (وزير الخارجية السابق) never conflicts with the
  current one and never marks a change. Claims without a date take no part.
* Two holders are one person when `same_name` says so: equal catalogue ids, or two unlisted names spelled
  alike.
* conflict: two claims from different documents within the office's window (the catalogue office's
  `window`, 7 days by default) that name different holders: an error when the catalogue knows both, a
  warning when neither (unlisted names may be misread words); a catalogue holder against an unlisted name is
  no conflict, since a misread name is far likelier than a newspaper naming the wrong minister; nor are two
  catalogue holders who each held the office on their own claim's date (a handover inside the window). One finding per pair of documents and pair of
  holders (an article that repeats the name does not multiply it), citing the first claim of each.
* change: consecutive time points (claims within the window of the point's first, as for quantities) whose
  holder moved, direction "holder_changed". A point's holder is the one most of its documents name; a point whose
  documents split evenly has no holder and gives no change to or from it (its conflicts say why), so three
  articles naming Kerry and one naming Hagel still mark Kerry -> Blinken a year later.
* agreement: a time point where two or more documents name the same holder and none names another.

Messages are English sentences with the articles' names in Arabic: the office and its scope by their latin
catalogue names (an Arabic office beside an Arabic country beside an Arabic name runs together into one
right-to-left stretch in which the reader cannot see where the office ends and the name begins), the holder
by the catalogue's display name, else as written. Ids are fingerprints of the claims' documents, normalised
wording and holder (fingerprints.py), never of offsets.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.engine.findings import time_points
from factcheck.engine.fingerprints import fingerprint
from factcheck.entities.catalogue import Catalogue
from factcheck.entities.names import same_name
from factcheck.nlp.normalise import normalise_text
from factcheck.normalisers.calendar import date_ordinal
from factcheck.models import Attribute, Claim, Document, Finding

DEFAULT_WINDOW = 7


def _latin_or_display(cat: Catalogue, entity_id: str) -> str:
    e = cat.get(entity_id)
    if e is None:  # not in the catalogue: its id's words ('unlisted:الليبي' -> 'الليبي')
        return entity_id.removeprefix("unlisted:").replace("_", " ")
    return e.latin[0] if e.latin else e.display


def office_name(cat: Catalogue, role: str, scope: str | None) -> str:
    """'Foreign Minister (United States)'. An office that names its own body (the coalition's envoy, the UN's
    Secretary-General) is not followed by it; a country always follows (Supreme Leader (Iran))."""
    name = _latin_or_display(cat, role)
    if scope is None:
        return name
    office, body = cat.get(role), cat.get(scope)
    if office is not None and office.scope == scope and body is not None and body.type != "country":
        return name
    return f"{name} ({_latin_or_display(cat, scope)})"


def holder_name(cat: Catalogue, a: Attribute) -> str:
    """The catalogue's display name of a known holder, else the name as written; '(acting)' when acting."""
    e = cat.get(a.holder) if not a.holder.startswith("unlisted:") else None
    name = e.display if e is not None else a.holder_text
    return name + ("" if a.status == "current" else f" ({a.status})")


class _Office:
    def __init__(self, topic: str, cat: Catalogue, docs: dict[str, Document], role: str, scope: str | None):
        self.topic, self.cat, self.docs = topic, cat, docs
        self.name = office_name(cat, role, scope)
        office = cat.get(role)
        self.window = office.window_days if office is not None else DEFAULT_WINDOW

    def in_office(self, c: Claim) -> bool:
        """The catalogue says the claim's holder held this office on the claim's date."""
        person = self.cat.get(c.attribute.holder)
        return person is not None and any(t.role == c.attribute.role and t.scope in (c.attribute.scope, None)
                                          and t.covers(c.as_of) for t in person.tenures)

    def trusted(self, c: Claim) -> bool:
        """A holder the catalogue knows (an unlisted name may be a misread word)."""
        return not c.attribute.holder.startswith("unlisted:")

    def misread(self, c: Claim) -> bool:
        """A catalogued person who never held this office, named otherwise than by one of their full names: a
        misreading, never part of a dispute (الرئيس الأميركي ليندون جونسون is not Boris Johnson, whose surname
        the catalogue lists; وزير الخارجية بالوكالة تشاك هيغل is Hagel, wrongly, and may be disputed)."""
        person = self.cat.get(c.attribute.holder)
        if person is None or any(t.role == c.attribute.role and t.scope in (c.attribute.scope, None)
                                 for t in person.tenures):
            return False
        written = normalise_text(c.attribute.holder_text)
        return not any(" " in n and normalise_text(n) == written for n in person.names)

    def cite(self, c: Claim) -> str:
        d = self.docs.get(c.document)
        source = d.source if d and d.source else c.document
        return f"{holder_name(self.cat, c.attribute)} ({source}, {c.as_of})"

    def finding(self, kind: str, severity: str, message: str, claims: list[Claim], **kw) -> Finding:
        return Finding(fingerprint(kind, self.topic, claims), kind, severity, self.topic,
                       f"{self.name}: {message}", tuple(c.id for c in claims), **kw)


def _conflicts(o: _Office, claims: list[Claim]) -> list[Finding]:
    out: dict[frozenset, Finding] = {}
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if date_ordinal(b.as_of) - date_ordinal(a.as_of) > o.window:
                break  # sorted by date: nothing later is at a's time either
            if a.document == b.document or same_name(a.attribute.holder, b.attribute.holder):
                continue
            if o.trusted(a) != o.trusted(b) or o.misread(a) or o.misread(b):
                continue  # the catalogue's holder against a name it does not know: a misread name, not a dispute
            if o.in_office(a) and o.in_office(b):
                continue  # each held it on their own claim's date: a handover inside the window, not a dispute
            severity = "error" if o.trusted(a) else "warning"  # two unlisted names: less sure
            key = frozenset({(a.document, a.attribute.holder), (b.document, b.attribute.holder)})
            if key not in out:
                out[key] = o.finding("conflict", severity, f"{o.cite(a)} vs {o.cite(b)}", [a, b])
    return list(out.values())


def _holders(point: list[Claim]) -> list[list[Claim]]:
    """The point's claims grouped by holder (same_name), the group most documents name first."""
    groups: list[list[Claim]] = []
    for c in point:
        group = next((g for g in groups if same_name(g[0].attribute.holder, c.attribute.holder)), None)
        if group is None:
            groups.append([c])
        else:
            group.append(c)
    return sorted(groups, key=lambda g: -len({c.document for c in g}))


def _changes_and_agreements(o: _Office, claims: list[Claim]) -> list[Finding]:
    out: list[Finding] = []
    previous: list[Claim] | None = None
    for point in time_points(claims, o.window):
        groups = _holders(point)
        docs = [len({c.document for c in g}) for g in groups]
        if len(groups) == 1 and docs[0] >= 2:
            out.append(o.finding("agreement", "info", f"{docs[0]} articles agree: {o.cite(point[0])}", point))
        if len(groups) > 1 and docs[0] == docs[1]:
            continue  # no holder at this time: the articles split evenly (reported as conflicts)
        now = groups[0]
        if previous is not None and not same_name(previous[0].attribute.holder, now[0].attribute.holder):
            message = f"{o.cite(previous[-1])} → {o.cite(now[0])}"
            out.append(o.finding("change", "info", message, previous + now, direction="holder_changed"))
        previous = now
    return out


def _corroborated(c: Claim, claims: list[Claim]) -> bool:
    """A catalogue holder always counts; a name the catalogue does not know counts once two articles name that
    person in this office (a name read from one article only is too often a misread word)."""
    if not c.attribute.holder.startswith("unlisted:"):
        return True
    docs = {o.document for o in claims if same_name(o.attribute.holder, c.attribute.holder)}
    return len(docs) >= 2


def office_findings(topic: str, claims: list[Claim], docs: dict[str, Document],
                    cat: Catalogue, plausible: Callable[[str], bool] | None = None) -> list[Finding]:
    """All findings of one office: `claims` are its attribute claims (one role, one scope). `plausible`:
    whether an unlisted name as written can be a name (most of its words rare in the corpus: اجتماعا موسعا
    بحثا, read after an office, cannot)."""
    live = [c for c in claims if c.attribute is not None and c.attribute.current and c.as_of]
    if plausible is not None:
        live = [c for c in live if not c.attribute.holder.startswith("unlisted:") or plausible(c.attribute.holder_text)]
    live = sorted((c for c in live if _corroborated(c, live)), key=lambda c: (date_ordinal(c.as_of), c.document, c.start))
    if not live:
        return []
    o = _Office(topic, cat, docs, live[0].attribute.role, live[0].attribute.scope)
    return _conflicts(o, live) + _changes_and_agreements(o, live)
