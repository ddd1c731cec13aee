"""Which actors and mentions lie at a place of the text: the helpers the event stage uses."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..types import Actor, Mention


def mentions_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Mentions lying inside the character range [start, end), in text order."""
    return [m for m in doc._.mentions or () if m.start >= start and m.end <= end]


def actors_at(doc: Doc, start: int, end: int) -> list[Actor]:
    """All actors with a mention overlapping [start, end), most overlap first."""
    by_id = {a.id: a for a in doc._.actors or ()}
    scored: dict[str, int] = {}
    for m in doc._.mentions or ():
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > 0 or (start == end and m.start <= start < m.end):
            scored[m.actor_id] = max(scored.get(m.actor_id, 0), overlap)
    return [by_id[i] for i in sorted(scored, key=lambda i: -scored[i]) if i in by_id]


def actor_at(doc: Doc, start: int, end: int) -> Optional[Actor]:
    """The actor whose mention overlaps [start, end) most, or None."""
    found = actors_at(doc, start, end)
    return found[0] if found else None


def actor_by_id(doc: Doc, actor_id: str) -> Optional[Actor]:
    return next((a for a in doc._.actors or () if a.id == actor_id), None)
