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


def per_owners(cache: dict, owners: tuple, build: Callable[[], T], kind: Hashable = None) -> T:
    """`build()` once per (kind, owners): as per_owner, for what several owners (a catalogue, a lexicon, the
    speaker words) together decide; all of them are held with the result."""
    key = (kind, *map(id, owners))
    hit = cache.get(key)
    if hit is None or any(a is not b for a, b in zip(hit[0], owners)):
        hit = cache[key] = (owners, build())
    return hit[1]
