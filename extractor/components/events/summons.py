"""Step 4d: a summons told in the passive names its summoner by the house it calls to.

The guidelines' initiator cue "Summoning": "Das Außenministerium bestellte den Botschafter ein"
and "zitierte den Botschafter ins Ministerium" are meetings the summoning side starts.  Told in
the passive without an agent, "Der Botschafter wurde ins Außenministerium einbestellt", the
ministry behind "ins" is that side; in the active it is only where the subject receives him.
"""
from __future__ import annotations

from typing import Optional

from ...lang.de.verbs import PASSIVE_AUXILIARIES, SUMMONS_VERBS, WERDEN_PRESENT
from ..actors.lexicon import PLACE_KINDS
from . import confidence as weight
from .participants import Participants, Sides, participant_mentions, unique
from .readings import summoned_house
from .triggers import TriggerAt
from .view import DocView

def is_summons(at: TriggerAt) -> bool:
    return at.trigger.lemma in SUMMONS_VERBS


def summons_participants(view: DocView, at: TriggerAt) -> Optional[Participants]:
    """[summoned, house] for an agentless passive summons naming one summoned and the house."""
    toks, clause = view.toks, at.clause
    if not any(toks.lower[k] in PASSIVE_AUXILIARIES or toks.lower[k] in WERDEN_PRESENT for k in clause.tokens()):
        return None
    found = summoned_house(view, clause.start, clause.end)
    if found is None:
        return None
    house = found[1]
    summoned = unique([m.actor_id for _, _, m in participant_mentions(view, clause)
                       if m.actor_id != house and view.actors[m.actor_id].kind not in PLACE_KINDS])
    if len(summoned) != 1:
        return None
    return Participants([summoned[0], house], Sides([], [house], [], house), [], summoned, [], [], None,
                        weight.BASE - weight.INFERRED_SIDE)
