"""Helpers of the event tests: run the extractor on a sentence, summarise an event, build actors."""
from __future__ import annotations

import re
from typing import Optional

from extractor.components.types import Actor


def events(extractor, text, published="2022-10-24"):
    """The events of the record the whole pipeline makes of a text."""
    from extractor.article import Article
    record = extractor.extract_article(Article(id="t", text=text, published=published))
    return record.events


def summary(ev):
    """(type, participant names, status, date value, initiator, proposer) of a record's event."""
    return (ev.type, sorted(p.name for p in ev.participants), ev.status,
            ev.date.value if ev.date else None, ev.initiator, ev.proposer)


def person(name: str, *roles: str, country: Optional[str] = None) -> Actor:
    """A person actor (its id is set by ``hand_doc``)."""
    return Actor(id="", name=name, kind="person", roles=list(roles), country=country)


def actor(name: str, kind: str, country: Optional[str] = None) -> Actor:
    """An organisation, country, city or group."""
    return Actor(id="", name=name, kind=kind, country=country)


def occurrences(text: str, surfaces: list[str]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of each surface form, longest first, none overlapping."""
    taken: list[tuple[int, int, str]] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in taken):
                taken.append((m.start(), m.end(), surface))
    return sorted(taken)


def cast_of(text: str, actors: dict) -> dict:
    """The actors of a test's cast that the sentence names (``hand_doc`` wants a mention of each)."""
    return {name: spec for name, spec in actors.items() if name in text}
