"""Whose side a quoted "wir", "man" or "sein Land" is: a government member speaks for his state.

"Wir verhandeln mit Kanada, sagte der Außenminister" reports talks of the minister's state with
Canada; the minister is only the one who tells of them.  The state is the speaker's country when
the text gives it ("der dänische Außenminister"); news leave it out when the paragraph is about
that state ("Dänemark baut seine Grenzanlagen aus. ..., sagte Außenminister Holm."), so then the
state named in the speaker's sentence, or the one that opens a sentence shortly before, is his.
"""
from __future__ import annotations

import bisect
from typing import Iterable, NamedTuple, Optional

from ...lang.de.determiners import DEFINITE_ARTICLES
from ...resources import load_table, per_folder
from ..actors import lexicon
from .view import DocView

#: How many sentences back the state a paragraph is about may have been named.
TOPIC_REACH = 10


class RoleList(NamedTuple):
    """The roles of a role list (``state_voices.tsv``, ``visitors.tsv``): base forms, and endings
    of base forms."""
    roles: frozenset[str]
    endings: tuple[str, ...]


def load_role_list(name: str, root) -> RoleList:
    rows = [r["role"] for r in load_table(name, key="role", root=root)]
    return RoleList(frozenset(r for r in rows if not r.startswith("-")),
                    tuple(r[1:] for r in rows if r.startswith("-")))


def holds_listed_role(roles: Iterable[str], listed: RoleList) -> bool:
    """Does one of a person's roles (as the text gives them, "Außenministerin") belong to the list?"""
    pairs = lexicon().role_pairs
    for role in roles:
        base = pairs.get(role, (role, role))[0].lower()
        if base in listed.roles or base.endswith(listed.endings):
            return True
    return False


@per_folder
def state_voices(root) -> RoleList:
    """The roles whose holders speak for a state (``state_voices.tsv``)."""
    return load_role_list("state_voices.tsv", root)


def speaks_for_state(roles: Iterable[str]) -> bool:
    """Does one of a person's roles speak for a state?"""
    return holds_listed_role(roles, state_voices())


def state_spoken_for(view: DocView, person: str, token: int, sides: set[str]) -> Optional[str]:
    """The state actor a government member's "wir" stands for at ``token``, or None: his country's,
    else the state his sentence names or a sentence shortly before opens with.  Never one of the
    act's other ``sides`` nor a state of theirs."""
    actor = view.actors.get(person)
    if actor is None or actor.kind != "person" or not speaks_for_state(actor.roles):
        return None
    taken = {view.actors[a].country for a in sides if a in view.actors and view.actors[a].country}
    if actor.country:
        if actor.country in taken:
            return None
        return next((a.id for a in view.actors.values() if a.kind == "country" and a.country == actor.country), None)
    return topic_state(view, token, sides, taken)


def topic_state(view: DocView, token: int, sides: set[str], taken: set[str]) -> Optional[str]:
    """The state the text at ``token`` is about: one named in its sentence, else one that opens
    a sentence of the same paragraph shortly before ("Dänemark baut ... aus.")."""
    def fits(aid: str) -> bool:
        a = view.actors[aid]
        return a.kind == "country" and aid not in sides and a.country not in taken

    k = max(0, bisect.bisect_right(view.sentence_starts, token) - 1)
    sent = view.sentences[k]
    for s, e, m in view.mentions_in(sent.start, sent.end):
        if fits(m.actor_id):
            return m.actor_id
    toks = view.toks
    for j in range(k - 1, max(-1, k - 1 - TOPIC_REACH), -1):
        start = view.sentences[j].start
        if not view.same_paragraph(start, token):
            break
        first = start + 1 if toks.lower[start] in DEFINITE_ARTICLES else start
        opening = view.mentions_starting(first, first + 1)
        if opening and fits(opening[0][2].actor_id):
            return opening[0][2].actor_id
    return None

