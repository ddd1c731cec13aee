"""``Candidate``: one mention of a contact act, as the steps find it and before merging."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..types import TimeValue
from . import confidence as weight


@dataclass
class Candidate:
    """One mention of a contact act, before merging."""
    type: str
    participants: list[str]
    trigger: tuple[int, int]  # token span
    evidence: tuple[int, int]  # char span (the sentence)
    segment: str
    status: str = "occurred"
    initiator: Optional[str] = None
    proposer: Optional[str] = None
    date: Optional[TimeValue] = None
    confidence: float = weight.BASE
    mode: str = "none"
    frame: str = "symmetric"
    group: int = 0  # candidates of one trigger that stand for separate acts
    sentence: int = 0
    # True: told in the pluperfect, an act before the story's own; False: told by a contact verb
    # in another tense; None: not known (a noun, often a back-reference: "aus dem Treffen")
    anterior: Optional[bool] = None
    reply: bool = False  # told as a reply ("antwortete mit einem Schreiben"): not the letter it answers
    merged: list[Candidate] = field(default_factory=list)


def compatible_types(a: str, b: str) -> bool:
    """Two mentions may tell one act: the same type, or one of them an unspecified talk."""
    return a == b or "talk" in (a, b)
