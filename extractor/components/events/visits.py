"""Step 4c: a visit without a named host is a meeting with the place visited.

The guidelines ("Visits"): "Die Präsidentin reist nach Chile" is a meeting between the
president and Chile, "bei ihrem Besuch in Ottawa" one with Ottawa, when the text names no
host; when it names the people met ("in Lima traf sie ..."), those meetings are the events.
So a visit word (``frame``/``mode`` visit) whose clause names the visitor and a country or
city it governs, and no other side, makes [visitor, place].  News tell a visit as travel too:
"traf am Dienstag in Santiago ein", "landete in Peking", "nach einem Aufenthalt in Kuba" (frame/
mode ``travel``); that is a visit only when the traveller holds an office that travels as such
(``visitors.tsv``): the pope, a minister, not a train or tourists.
"""
from __future__ import annotations

from typing import Optional

from ...lang.de.adverbs import COMPANION_ADVERBS
from ...lang.de.conjunctions import COORDINATORS
from ...lang.de.nouns import INITIATIVE_VON
from ...lang.de.prepositions import DESTINATION_PREPS
from ...lang.de.verbs import PASSIVE_TRAVEL, VISIT_ONLY, WERDEN_FORMS
from ...resources import per_folder
from ..actors.lexicon import PLACE_KINDS, known_place
from ..triggers import trigger_lexicon
from . import confidence as weight
from .participants import Participants, Sides, governing_prep, is_building_noun, participant_mentions
from .triggers import TriggerAt
from .view import DocView
from .voices import RoleList, holds_listed_role, load_role_list

#: How far from the visit word the place may stand.
REACH = 6
#: A travel verb's destination may stand after the subject and a date ("fliegt der Papst am
#: Dienstag in die USA weiter").
TRAVEL_REACH = 10
#: "Besuch in Ottawa", "reist nach Chile", or no preposition: "besuchte Peking".
VISITED_PREPS = DESTINATION_PREPS | {None}


VISIT_KINDS = ("visit", "travel")


def is_visit(at: TriggerAt) -> bool:
    return at.trigger.frame in VISIT_KINDS or at.trigger.mode in VISIT_KINDS


def is_travel(at: TriggerAt) -> bool:
    """An arrival, stay or flight ("traf in Kiew ein", "Aufenthalt in Prag"): a contact only as a visit."""
    return at.trigger.frame == "travel" or at.trigger.mode == "travel"


@per_folder
def visitors(root) -> RoleList:
    """The roles whose holders travel as officials (``visitors.tsv``)."""
    return load_role_list("visitors.tsv", root)


def travels_officially(view: DocView, actor_id: str) -> bool:
    """A person whose office makes his travel a visit: "der Papst", "die Außenministerin"."""
    actor = view.actors.get(actor_id)
    return actor is not None and actor.kind == "person" and holds_listed_role(actor.roles, visitors())


def noun_attached(view: DocView, at: TriggerAt, s: int) -> bool:
    """A place in the phrase of another visit noun: for "fliegt" in "Nach einem Aufenthalt in Kuba
    fliegt er nach Mexiko", Kuba belongs to "Aufenthalt" (a phrase right after a noun is its
    attribute), Mexiko to the verb."""
    toks, k = view.toks, s - 1
    while k > at.clause.start and toks.lower[k] not in VISITED_PREPS and s - k <= 3:
        k -= 1
    noun = k - 1
    return noun >= at.clause.start and noun != at.token and toks.text[noun][:1].isupper() \
        and (trig := trigger_lexicon().noun(toks.text[noun])) is not None and trig.mode in VISIT_KINDS


def visited_place(view: DocView, at: TriggerAt) -> Optional[str]:
    """The country or city the visit word governs: after "in"/"nach" or as its object, near it."""
    toks, clause, i = view.toks, at.clause, at.token
    # a travel verb's or "reisen"'s destination may stand after a companion or a date: "reist am
    # Dienstag gemeinsam mit dem Verteidigungsminister nach Graz"
    reach = TRAVEL_REACH if at.trigger.pos == "verb" and (is_travel(at) or at.trigger.lemma in VISIT_ONLY) else REACH
    for s, e, m in view.mentions_in(max(clause.start, i - REACH), min(clause.end, i + reach + 1), clause):
        actor = view.actors[m.actor_id]
        if actor.kind in PLACE_KINDS and governing_prep(toks, s, clause.start, limit=3) in VISITED_PREPS:
            if s > clause.start and is_building_noun(toks.text[s - 1]):
                continue  # "Besuch in der Universität Wien": a building, not the city
            if at.trigger.pos == "verb" and noun_attached(view, at, s):
                continue
            return actor.id
    return None


def visit_participants(view: DocView, at: TriggerAt) -> Optional[Participants]:
    """[visitor, place] when the clause names one visitor, a place visited and nobody else;
    [visitor, inviter] when it names whose invitation the visitor followed."""
    place = visited_place(view, at)
    others = {m.actor_id for _, _, m in participant_mentions(view, at.clause)
              if m.actor_id != place and view.actors[m.actor_id].kind not in PLACE_KINDS}
    others |= set(at.subject or []) - {place}
    inviter = invited_by(view, at, others) if len(others) == 2 else None
    if inviter is not None:
        # "Auf Einladung von Präsident X reiste Y nach Washington": the inviter hosts the visit
        visitor = next(a for a in others if a != inviter)
        return Participants([visitor, inviter], Sides([], [inviter], [], inviter), [], [visitor], [], [], None,
                            weight.BASE - weight.INFERRED_SIDE)
    if place is None:
        return None
    party = travel_party(view, at, others) if len(others) > 1 else sorted(others)
    if not party:
        return None  # no visitor, or a host named: those are the acts
    if is_travel(at) and not all(travels_officially(view, visitor) for visitor in party):
        return None  # "Der Stürmer landete in Madrid": travel of no office
    if at.trigger.lemma in PASSIVE_TRAVEL and not any(view.toks.lower[k] in WERDEN_FORMS for k in at.clause.tokens()):
        return None  # "Die Ministerin erwartet in Wien Regen": no one is expected there
    return Participants([*party, place], Sides([], [place], [], None), [], party, [], [], None,
                        weight.BASE - weight.INFERRED_SIDE)


def travel_party(view: DocView, at: TriggerAt, visitors: set[str]) -> list[str]:
    """The visitors in text order when they travel as one party, else []: each is joined to the one
    before by a coordination ("Fabius und Steinmeier reisen nach Kiew") or as a companion
    ("besucht gemeinsam mit Doskozil Spielfeld").  The party visits the place together, one
    event with all of them (guidelines, "Several counterparts": together, not separate acts)."""
    toks = view.toks
    found = [(s, e, m.actor_id) for s, e, m in participant_mentions(view, at.clause) if m.actor_id in visitors]
    firsts = {}
    for s, e, aid in found:
        firsts.setdefault(aid, (s, e))
    spans = sorted(firsts.values())
    if len(spans) != len(visitors) and not (at.subject and len(spans) == len(visitors) - 1):
        return []
    for (_, e1), (s2, _) in zip(spans, spans[1:]):
        between = [toks.lower[k] for k in range(e1, s2)]
        coordinated = all(w in COORDINATORS for w in between)  # "und", "sowie", ","
        # "gemeinsam mit (Verteidigungsminister) X": the companion's phrase may hold a role
        k = len(between) - 1 - between[::-1].index("mit") if "mit" in between else 0
        companion = k > 0 and between[k - 1] in COMPANION_ADVERBS and "," not in between[k:]
        if not (coordinated or companion):
            return []
    order = {aid: s for aid, (s, _) in firsts.items()}
    return sorted(visitors, key=lambda a: order.get(a, -1))


def hosted_by_inviter(view: DocView, part: Participants) -> Participants:
    """"Auf Einladung des Premiers X besuchte Y Prag": the inviter hosts, the place is no side."""
    inviter = part.sides.initiator_von
    kept = [a for a in part.ids if view.actors[a].kind not in PLACE_KINDS]
    if inviter is None or inviter not in kept or len(kept) != 2 or len(kept) == len(part.ids):
        return part
    return part._replace(ids=kept)


def invited_by(view: DocView, at: TriggerAt, actors: set[str]) -> Optional[str]:
    """The one of ``actors`` whose invitation the visit follows: "auf Einladung von X", "auf
    Einladung des Präsidenten X", "einer Einladung Putins folgend"."""
    toks, clause = view.toks, at.clause
    for s, _e, m in view.mentions_in(clause.start, clause.end, clause):
        if m.actor_id in actors and any(toks.lower[k] in INITIATIVE_VON for k in range(max(clause.start, s - 4), s)):
            return m.actor_id
    return None


# statuses of a meeting that did not or need not take place
UNREALISED = frozenset({"negated", "possible", "proposed"})


def drop_hosted_visits(view: DocView, candidates: list) -> list:
    """A visit of a place is no act of its own when the text names whom the visitor met:
    in the same sentence ("besuchte China und traf dort Wang Yi") or anywhere, a host of the
    place's country ("reist nach Japan ... traf Kishida"), or a host whose country is not said at a
    meeting when the visitor went to one country only."""
    def kind(a: str) -> str:
        return view.actors[a].kind if a in view.actors else ""

    def visited_countries(visitor: set, past_only: bool) -> set:
        """The countries the visitor visited, or (``past_only``) visited already: a meeting that
        took place was hosted by no trip still to come ("In Havanna hatte er Castro getroffen"
        is no less Cuban for a flight to the USA planned)."""
        return {view.actors[a].country or a for o in candidates if is_place_visit(view, o) and visitor & set(o.participants)
                and (o.status == "occurred" or not past_only) for a in o.participants if kind(a) in PLACE_KINDS
                and not town_of_unknown_state(view, a)}

    def elsewhere(o, place: str) -> bool:
        """"ein Treffen mit Rodríguez in Washington": the meeting's sentence names a place of
        another country than the one visited."""
        sent = view.sentences[o.sentence]
        country = view.actors[place].country or place
        if any(kind(m.actor_id) in PLACE_KINDS and (view.actors[m.actor_id].country or m.actor_id) != country
               for _, _, m in view.mentions_in(sent.start, sent.end)):
            return True
        # a capital the actor stage took for no side ("in Washington")
        toks = view.toks
        return any(toks.lower[k - 1] == "in" and (ent := known_place(toks.text[k])) is not None
                   and ent.country is not None and ent.country != country
                   for k in range(max(sent.start, 1), sent.end))

    def hosted(c, visitor: set, place: str) -> bool:
        country = view.actors[place].country
        # "reist nach Ägypten ... Beim Empfang durch Präsident al-Sisi": a host whose country the
        # text does not say hosts the visit when the visitor went to one country only
        one_country = {occurred: len(visited_countries(visitor, occurred)) == 1 for occurred in (True, False)}
        for o in candidates:
            if o is c or not visitor & set(o.participants) or o.status in UNREALISED:
                continue  # "Ein Treffen mit Putin sei nicht geplant": a meeting denied hosts no visit
            hosts = [a for a in o.participants if a not in visitor and kind(a) not in PLACE_KINDS]
            if hosts and (o.sentence == c.sentence or any(
                    country is not None and view.actors[h].country == country or one_country[o.status == "occurred"] and o.type == "meeting"
                    and view.actors[h].country is None and not elsewhere(o, place) for h in hosts)):
                return True
        return False

    out = []
    for c in candidates:
        if is_place_visit(view, c):
            places = [a for a in c.participants if kind(a) in PLACE_KINDS]
            if hosted(c, {a for a in c.participants if a not in places}, places[0]):
                continue
        out.append(c)
    return out


def town_of_unknown_state(view: DocView, actor_id: str) -> bool:
    """A town no list places in a state ("bei der Station in Holguin"): it names no other
    state than those visited, nor the visited one."""
    actor = view.actors[actor_id]
    return actor.kind == "city" and actor.country is None


def is_place_visit(view: DocView, c) -> bool:
    """A visit whose other side is a place (weak: later references do not take its sides)."""
    kinds = [view.actors[a].kind for a in c.participants if a in view.actors]
    return (c.mode in VISIT_KINDS or c.frame in VISIT_KINDS) and any(k in PLACE_KINDS for k in kinds) \
        and not all(k in PLACE_KINDS for k in kinds)


def co_visitors(view: DocView, at: TriggerAt, part) -> bool:
    """"Mikl-Leitner und Doskozil besuchen am Dienstag die Grenze": a visit verb whose every
    participant is named before it in a main clause (the subjects) and that has no "sich"
    ("besuchen sich" is a mutual visit): the visitors went together, the visited is not among them."""
    toks, clause, i = view.toks, at.clause, at.token
    if at.trigger.pos != "verb" or at.trigger.frame != "visit" or part.sides.partners or part.sides.zwischen:
        return False
    if any(toks.lower[k] == "sich" for k in range(clause.start, clause.end)):
        return False
    if not any(toks.is_alpha[k] for k in range(i + 1, clause.end)):
        return False  # the verb closes the clause: a subordinate clause, objects stand before it too
    mentions = [s for s, _, m in participant_mentions(view, clause) if m.actor_id in part.ids]
    return bool(mentions) and all(s < i for s in mentions)
