"""Plain data that the components hand to each other on the Doc.

All offsets are character offsets into ``doc.text`` (which is the decoded
article text), so ``doc.text[start:end] == text`` always holds.  Pydantic is
kept for the edges (``extractor.schema``); inside the pipeline these small
dataclasses are enough and cheap.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

# Segment kinds the segmenter gives to each paragraph-level region.
META, HEADLINE, BYLINE, BODY, SUBHEAD, CAPTION, CREDIT = (
    "meta", "headline", "byline", "body", "subhead", "caption", "credit")


@dataclass
class Segment:
    """A paragraph-level region of the article (headline, byline, body, ...)."""
    start: int
    end: int
    kind: str


@dataclass
class Mention:
    """One place in the text that refers to an actor."""
    start: int
    end: int
    text: str
    actor_id: Optional[str] = None
    role: Optional[str] = None
    country: Optional[str] = None
    kind: Optional[str] = None


@dataclass
class Actor:
    """A participant candidate, resolved within the document."""
    id: str
    name: str
    kind: str  # person|organization|country|city|group
    roles: list[str] = field(default_factory=list)
    country: Optional[str] = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class TimeValue:
    """A normalised time expression (TIMEX3 style)."""
    start: int
    end: int
    text: str
    type: str  # DATE|TIME|DURATION|SET
    value: str
    mod: Optional[str] = None  # START|MID|END|APPROX
    # The date an act told with this expression is given, where the TIMEX3 value (TimeML's) is
    # none: "kürzlich" is PAST_REF, an act "kürzlich" lies in the month of publication
    # (approximately); "vor fünf Jahren" holds the DURATION "fünf Jahren", its act lies five
    # years back.  Not part of the record's times; the events stage dates acts by it.
    dating: Optional["TimeValue"] = None


@dataclass
class ContactEvent:
    """One act of communication between two or more actors."""
    type: str  # call|meeting|talk|correspondence
    participants: list[str]  # actor ids
    status: str = "occurred"
    initiator: Optional[str] = None  # actor id
    proposer: Optional[str] = None  # actor id
    date: Optional[TimeValue] = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    cameo: Optional[str] = None
    plover: Optional[str] = None
    plover_mode: Optional[str] = None
    trigger: Optional[tuple[int, int]] = None


def register_extensions() -> None:
    """Register the Doc extensions once; safe to call repeatedly."""
    for name, default in (("published", None), ("segments", None), ("actors", None),
                          ("mentions", None), ("times", None), ("events", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
