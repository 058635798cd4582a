"""A finding's message: the topic's template filled in with each claim's value, outlet and dates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.engine.topics import Topic
from factcheck.models import Claim, Document


@dataclass
class Messages:
    topic: Topic
    docs: dict[str, Document]
    sources: dict[str, str] = field(default_factory=dict)  # document -> its wire group, when it has one
    related: Callable[[Claim, Claim], bool] | None = None  # two claims may conflict (None: any two)

    def source(self, doc_id: str) -> str:
        """The source a document counts as: its wire group (one agency text in several outlets) or itself."""
        return self.sources.get(doc_id, doc_id)

    def describe(self, c: Claim) -> dict[str, str]:
        d = self.docs.get(c.document)
        published = (d.published if d else None) or "undated"
        date = c.as_of or "undated"
        return {
            "value": c.describe() or c.text,
            "source": (d.source if d and d.source else c.document),
            "date": date,
            "published": published,
            # the fallback's time: when a figure holds; for a date, when the article said it
            "when": f"published {published}" if c.event_date is not None else date,
            "doc": c.document,
        }

    def message(self, a: Claim, b: Claim) -> str:
        """The topic's `message` with {a} {b} {source_a} {source_b} {date_a} {date_b} {published_a}
        {published_b} {doc_a} {doc_b}; a plain form when the template does not fit."""
        da, db = self.describe(a), self.describe(b)
        try:
            return self.topic.message.format(a=da["value"], b=db["value"], source_a=da["source"],
                                             source_b=db["source"], date_a=da["date"], date_b=db["date"],
                                             published_a=da["published"], published_b=db["published"],
                                             doc_a=da["doc"], doc_b=db["doc"])
        except (KeyError, IndexError, ValueError):
            return (f"{da['value']} ({da['source']}, {da['when']}) "
                    f"vs {db['value']} ({db['source']}, {db['when']})")
