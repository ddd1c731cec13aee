"""Step 8, merging: the mentions of one act in headline, lead, body and caption become one event.

Mentions merge when they have the same participants (a state, capital or role-only office
holder standing in for its named person), a compatible type, the same status and no
conflicting date.  An act told in the pluperfect is an earlier one than the story's own.
"""
from __future__ import annotations

import datetime
import re
from typing import Callable, Optional

from spacy.tokens import Doc

from ..tokens import TokenTable, token_table
from ..types import Actor, ContactEvent, TimeValue
from . import confidence as weight
from .candidate import Candidate, compatible_types
from .codes import event_codes
from .view import SHORT_SEGMENTS, same_side, stands_in

TYPE_RANK = {"talk": 0, "correspondence": 1, "meeting": 2, "call": 2}


def merge_candidates(candidates: list[Candidate], actors: dict[str, Actor]) -> list[list[Candidate]]:
    """Group candidates that report one act: same participants (or states standing for them),
    compatible type, the same status, and no conflicting dates.  Dated mentions anchor groups;
    undated ones join the latest compatible group (news report the latest act first)."""
    if not candidates:
        return []
    groups: list[list[Candidate]] = []

    def fits(c: Candidate, g: list[Candidate], need_same_date: bool) -> bool:
        head = g[0]
        if not (c.status == head.status or announced(c, head)) or not compatible_types(c.type, head.type):
            return False
        if c.status == "negated" and c.type != head.type:
            return False  # "lehnte ein Treffen ab" and "haben nicht miteinander gesprochen" are two statements
        if set(c.participants) != set(head.participants) or c.reply != head.reply:
            return False  # a reply is not the letter it answers
        if c.date is not None and head.date is not None:
            return c.date.value == head.date.value or within_approximate(c.date, head.date) \
                or within_approximate(head.date, c.date)
        return not need_same_date
    # Undated acts told by a verb outside the pluperfect go first: they found the story's own act,
    # which the other undated mentions then prefer to an earlier one told in the pluperfect.
    ordered = sorted(candidates, key=lambda c: (c.date is None, c.anterior is not False,
                                                c.segment in SHORT_SEGMENTS))
    for c in ordered:
        for g in groups:
            if c.date is not None and g[0].date is not None and fits(c, g, True):
                g.append(c)
                break
        else:
            if c.date is not None:
                groups.append([c])
                continue
            # Undated: the latest-dated compatible group not yet fed by this trigger's other acts;
            # a group dated only by pluperfect mentions is an earlier act than one told in the
            # perfect or preterite ("Kishida empfing Yoon. ... hatten bereits im November gesprochen").
            options = [g for g in groups if fits(c, g, False) and not any(x.group == c.group for x in g)]
            fresh = [g for g in options if not _told_before(g)]
            options = fresh if fresh or c.anterior is False else options
            if options:
                best = max(options, key=lambda g: (g[0].date.value if g[0].date else "", -g[0].evidence[0]))
                best.append(c)
            else:
                groups.append([c])
    return _fold_metonymic_groups(groups, actors)


def announced(c: Candidate, head: Candidate) -> bool:
    """An undated headline in the present tells a planned act as if done: "Faymann trifft Orbán
    in Wien" over "wird am Dienstag Orbán empfangen" is that one meeting."""
    return c.segment in SHORT_SEGMENTS and c.date is None and c.status == "occurred" and head.status == "planned"


def within_approximate(vague: TimeValue, exact: TimeValue) -> bool:
    """An approximate month (an act going on, "in den letzten Tagen") does not conflict with a day
    or week inside it: "Die beiden verhandeln seit Tagen" and "verhandelten am 14. März" can be one
    act."""
    if vague.mod != "APPROX" or not re.fullmatch(r"\d{4}-\d\d", vague.value):
        return False
    week = re.match(r"^(\d{4})-W(\d\d)", exact.value)
    if week:
        try:
            monday = datetime.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return False
        return vague.value in (monday.isoformat()[:7], (monday + datetime.timedelta(days=6)).isoformat()[:7])
    return len(exact.value) > 7 and exact.value.startswith(vague.value)


def _told_before(group: list[Candidate]) -> bool:
    """Every dated mention of the group is in the pluperfect."""
    dated = [x for x in group if x.date is not None]
    return bool(dated) and all(x.anterior is True for x in dated)


def _fold_metonymic_groups(groups: list[list[Candidate]], actors: dict[str, Actor]) -> list[list[Candidate]]:
    """Mentions naming states or capitals ("US-Minister telefoniert mit Moskau", "USA und
    Russland reden wieder miteinander") fold into the person-level event they summarise:
    same status, compatible type, and each state standing for one of its participants."""
    def stands_for(g: list[Candidate], h: list[Candidate]) -> bool:
        a, b = g[0], h[0]
        if a.status != b.status or not compatible_types(a.type, b.type):
            return False
        if a.date is not None and b.date is not None and a.date.value != b.date.value:
            return False
        if len(a.participants) != len(b.participants):
            # a headline sums up a delegation ("López Obrador empfängt US-Delegation"): each of its
            # sides is one of the act's participants or a state standing for some of them
            return all(x.segment in SHORT_SEGMENTS for x in g) and len(a.participants) < len(b.participants) \
                and all(p in b.participants or any(same_side(actors, p, q) for q in b.participants if q not in a.participants)
                        for p in a.participants)
        return _bijection(a.participants, b.participants, lambda x, y: same_side(actors, x, y))

    def is_metonymic(g: list[Candidate]) -> bool:
        return any(stands_in(actors[p]) for p in g[0].participants if p in actors)

    kept = [g for g in groups if not is_metonymic(g)]
    for g in groups:
        if not is_metonymic(g):
            continue
        targets = [h for h in kept if h is not g and stands_for(g, h)]
        if targets:
            best = max(targets, key=lambda h: (h[0].date.value if h[0].date else "", -h[0].evidence[0]))
            best.extend(g)
        else:
            kept.append(g)
    return sorted(kept, key=lambda g: min(x.evidence[0] for x in g))


def _bijection(a: list[str], b: list[str], same: Callable[[str, str], bool]) -> bool:
    """The actors of a pair off one to one with those of b by ``same``."""
    if len(a) != len(b):
        return False
    if not a:
        return True
    first = a[0]
    return any(same(first, y) and _bijection(a[1:], b[:k] + b[k + 1:], same) for k, y in enumerate(b))


def to_event(group: list[Candidate], doc: Doc, toks: Optional[TokenTable] = None) -> ContactEvent:
    """One ContactEvent from the mentions of one act (``toks``: the Doc's token table, if at hand)."""
    group = sorted(group, key=lambda c: c.evidence[0])
    body = [c for c in group if c.segment not in SHORT_SEGMENTS] or group
    best = max(body, key=lambda c: (TYPE_RANK[c.type], c.confidence))
    etype = max((c.type for c in body), key=lambda t: TYPE_RANK[t])
    date = next((c.date for c in body if c.date is not None), None) or next((c.date for c in group if c.date), None)
    initiator = next((c.initiator for c in group if c.initiator), None)
    if initiator is not None and initiator not in best.participants:
        # A folded headline mention's initiator ("empfängt den israelischen Chefdiplomaten")
        # is the participant it stands for, if any.
        actors = {a.id: a for a in doc._.actors or []}
        initiator = next((p for p in best.participants if same_side(actors, initiator, p)), None)
    proposer = next((c.proposer for c in group if c.proposer), None)
    participants = list(dict.fromkeys(p for p in best.participants))
    evidence = list(dict.fromkeys(c.evidence for c in group))
    confidence = min(weight.CEILING, max(c.confidence for c in group) + weight.PER_FURTHER_MENTION * (len(evidence) - 1))
    mode = next((c.mode for c in group if c.mode != "none"), "none")
    frame = best.frame
    cameo, plover, plover_mode = event_codes(etype, best.status, mode, frame, len(participants))
    toks = toks or token_table(doc)
    ev = ContactEvent(type=etype, participants=participants, status=best.status, initiator=initiator,
                      proposer=proposer, date=date, evidence=evidence, confidence=round(max(weight.FLOOR, confidence), 3),
                      cameo=cameo, plover=plover, plover_mode=plover_mode,
                      trigger=(toks.idx[best.trigger[0]], toks.end[best.trigger[1] - 1]))
    return ev
