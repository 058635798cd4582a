"""Plain data: documents, quantities, claims, findings. No I/O and no parsing here."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

INF = math.inf


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    title: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, relative to the corpus root
    line: int | None = None  # JSONL line, or the line where the body starts in a front-matter file
    sha256: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Quantity:
    """An interval with its nominal value. Open bounds are +-inf internally and null in JSON."""

    value: float | None
    low: float
    high: float
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    vague: bool = False
    kind: str = "number"  # number | ordinal | percent | count | measure | money | duration
    unit: str | None = None  # canonical counted noun or pint unit
    counted: str | None = None  # the counted noun as written
    implicit: bool = False  # a bare unit read as one of it (منذ شهر): a mention, never a claim

    @classmethod
    def exact(cls, value: float, **kw: Any) -> Quantity:
        return cls(value=value, low=value, high=value, **kw)

    def evolve(self, **changes: Any) -> Quantity:
        return replace(self, **changes)

    def describe(self) -> str:
        """A short human form: '35', '>50', '≥3', '4–5', '~300', '20–99 (vague)'."""
        def fmt(x: float) -> str:
            return str(int(x)) if float(x).is_integer() else f"{x:g}"

        if self.low == self.high:
            s = fmt(self.low)
        elif self.high == INF:
            s = (">" if not self.low_inclusive else "≥") + fmt(self.low)
        elif self.low == -INF:
            s = ("<" if not self.high_inclusive else "≤") + fmt(self.high)
        elif self.approximate and self.value is not None:
            s = "~" + fmt(self.value)
        else:
            s = f"{fmt(self.low)}–{fmt(self.high)}"
        if self.vague:
            s += " (vague)"
        return f"{s} {self.unit}" if self.unit else s


@dataclass(frozen=True)
class Mention:
    """A number expression found in a text; offsets index the original text."""

    start: int
    end: int
    text: str
    quantity: Quantity
    sentence: tuple[int, int] | None = None
    norm: str = ""  # the normalised form of the expression, used for fingerprints


@dataclass(frozen=True)
class DateMention:
    """A date found in a text, resolved against the article's date; offsets index the original text."""

    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year
    relative: bool  # resolved against the article's date
    warning: str | None = None
    sentence: tuple[int, int] | None = None
    until: str | None = None  # a range (بين 13 و15 تموز): its last day, inclusive, at the same precision


@dataclass(frozen=True)
class Attribute:
    """Who holds an office: role (foreign_minister), scope (the country or body, e.g. iraq; None when the text
    and the catalogue do not say), holder (a catalogue id, or 'unlisted:<normalised name>' for a name the
    catalogue does not know), the name as written, and whether the holder is the current one."""

    role: str
    scope: str | None
    holder: str
    holder_text: str
    status: str = "current"  # current | acting | designate | former

    @property
    def current(self) -> bool:
        return self.status in ("current", "acting")

    def describe(self) -> str:
        return self.holder_text + ("" if self.status == "current" else f" ({self.status})")


@dataclass(frozen=True)
class EventDate:
    """The date a claim gives for an event: a day, month or year, or a range of them (until, inclusive)."""

    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year
    until: str | None = None  # the last day (month, year) of a range, at the same precision
    resolved_from: str | None = None  # the article's date, when the expression was relative to it

    @property
    def relative(self) -> bool:
        return self.resolved_from is not None

    def describe(self) -> str:
        """'2014-09-04', '2014-09', '2014-09-04–2014-09-05'."""
        return f"{self.value}–{self.until}" if self.until else self.value


@dataclass(frozen=True)
class FactKey:
    attribute: str  # deaths, pledged, turnout; the counted unit itself when no word says more
    dimension: str  # what the values measure: a unit group (people), a pint dimensionality, a currency
    scope: str | None = None  # owner:<name>, place:<name>, part
    qualifier: str | None = None  # strongest, new, previous, comparison, hour:<h>
    modality: str = "report"  # report | forecast
    earlier: bool = False  # held at an earlier time the text does not date (وكان ... قد)
    mutable: bool = True

    @property
    def id(self) -> str:
        """The key's stable text: attribute[/scope][/qualifier] in dimension."""
        parts = [self.attribute] + [p for p in (self.scope, self.qualifier) if p]
        return "/".join(parts) + f" ({self.dimension})"


@dataclass(frozen=True)
class Claim:
    id: str
    document: str
    kind: str  # quantity | attribute | event_date
    start: int
    end: int
    text: str
    sentence: tuple[int, int] | None
    as_of: str | None
    quantity: Quantity | None = None
    topic: str | None = None
    subject: str | None = None
    speaker: str | None = None
    norm: str = ""
    event_date: EventDate | None = None
    attribute: Attribute | None = None
    speaker_text: str | None = None  # the speaker as written (وزير الخارجية العراقي إبراهيم الجعفري)
    fact: FactKey | None = None  # the automatic key of a figure or event date no topic covers

    def describe(self) -> str | None:
        """What the claim states, in short: its figure ('>50 country'), its date ('2014-09-04') or its office
        holder ('جون كيري')."""
        if self.quantity is not None:
            return self.quantity.describe()
        if self.event_date is not None:
            return self.event_date.describe()
        if self.attribute is not None:
            return self.attribute.describe()
        return None


@dataclass(frozen=True)
class Finding:
    id: str
    type: str  # conflict | change | agreement
    severity: str  # error | warning | info
    topic: str | None
    message: str
    claims: tuple[str, ...]
    direction: str | None = None  # increase | decrease for changes
    new: bool | None = None


@dataclass(frozen=True)
class InputError:
    input: str
    message: str
