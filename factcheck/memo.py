"""One built object per owner (a lexicon, a catalogue), kept across documents: scanners and readers hold
per-word caches that pay off only if they live as long as the rules they were built from."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


def per_owner(cache: dict, owner: object, build: Callable[[], T], kind: Hashable = None) -> T:
    """`build()` once per (kind, owner); the owner is held with the result so its id cannot be reused."""
    key = (kind, id(owner))
    hit = cache.get(key)
    if hit is None or hit[0] is not owner:
        hit = cache[key] = (owner, build())
    return hit[1]
