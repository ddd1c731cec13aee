"""Step 4d: a speech before a parliament is a meeting of the speaker with it.

"Der Generalsekretär hielt eine Rede vor dem Nationalrat", "als Redner vor dem Bundestag": the
speaker meets the body he addresses (contact nouns of mode ``appearance``, their partner behind
"vor").  Only a legislature or one of its chambers is such a body (organisations.tsv, type
``parliament``); a speech before students, journalists or a congress is no contact between actors.
"""
from __future__ import annotations

from ..actors.lexicon import lexicon
from .participants import Participants
from .triggers import TriggerAt
from .view import DocView

#: The organisation type of a body one may appear before.
BODY_TYPE = "parliament"


def is_appearance(at: TriggerAt) -> bool:
    return at.trigger.mode == "appearance"


def is_body(view: DocView, actor_id: str) -> bool:
    """A parliament or chamber the lexicon knows by the actor's name ("Nationalrat", "Europaparlament")."""
    actor = view.actors.get(actor_id)
    if actor is None or actor.kind != "organization":
        return False
    ent = lexicon().phrases.get(tuple(actor.name.split()))
    return ent is not None and ent.org_type == BODY_TYPE


def before_a_body(view: DocView, part: Participants) -> bool:
    """A speech whose addressees (the partners behind "vor") are all parliaments."""
    partners = set(part.sides.partners)
    return bool(partners) and all(is_body(view, a) for a in partners)
