"""Step 7, initiative: who initiated an act, told in its own clause or in another sentence.

Only explicit cues count: a caller, host or sender ("rief ... an", "empfing"), "auf
Initiative/Wunsch/Einladung von X", the inviter of an accepted invitation; and stated apart
from the report ("Austin soll die Gespräche initiiert haben", "Das Gespräch sei auf Wunsch
Macrons zustande gekommen").
"""
from __future__ import annotations

import bisect
from typing import NamedTuple, Optional

from spacy.tokens import Doc

from ..tokens import TokenTable
from ..triggers import Trigger, TriggerLexicon, trigger_lexicon
from ...lang.de.determiners import DEFINITE_ARTICLES, DEFINITE_DETERMINERS
from ...lang.de.nouns import INITIATIVE_VON, INITIATIVE_WORDS
from ...lang.de.prepositions import INITIATIVE_PREPS
from ...lang.de.prepositions import AGENT_PREPS
from ...lang.de.verbs import SOUGHT, WERDEN_PASSIVE
from .candidate import Candidate, compatible_types
from .clauses import Clause
from .participants import Participants, excluded, governing_prep, subject_of
from .status import Status, has_invitation
from .triggers import TriggerAt, match_trigger
from .view import DocView, is_speaker, same_side

# "soll die Gespräche initiiert haben" names acts told up to this many characters after it
INITIATIVE_REACH = 2000


class Roles(NamedTuple):
    """Who initiated the act and who proposed it (actor ids), if a cue says so."""
    initiator: Optional[str]
    proposer: Optional[str]


def clause_initiative(view: DocView, lex: TriggerLexicon, at: TriggerAt, part: Participants, found: Status) -> Roles:
    """The initiator and proposer the trigger's own clause names."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    status, cue_actor = found
    participants = part.ids
    proposer = None
    if status == "proposed":
        proposer = cue_actor or (part.outside[0] if part.outside else (part.side_a[0] if part.side_a else None))
    invited = status == "proposed" and has_invitation(toks, clause, lex)
    initiator = part.sides.initiator_von if part.sides.initiator_von in participants else None
    if initiator is None and cue_actor in participants and (status in ("occurred", "planned") or invited):
        initiator = cue_actor  # the host who invited (an open invitation too: corpus/GUIDELINES.md)
    if initiator is None and (trig.frame in ("caller", "host", "sender") or trig.mode in ("letter", "host")) \
            and status in ("occurred", "planned") and not _exchanged_with(view, trig, part, clause):
        initiator = (at.subject[0] if at.subject and at.subject[0] in participants and not _agent_passive(toks, clause)
                     else part.voiced or subject_of(toks, view, clause, i, participants, part.sides.partners,
                                                    part.pronouns))
    if trig.pos == "noun" and trig.mode == "host" and initiator is None:
        # "beim Empfang durch Präsident al-Sisi": the one who receives is the host
        host = [m.actor_id for s, e, m in part.in_clause if governing_prep(toks, s, clause.start) == "durch"]
        initiator = host[0] if host and host[0] in participants else None
    if trig.pos == "noun" and trig.lemma == "Anruf" and initiator is None:
        von = [m.actor_id for s, e, m in part.in_clause if governing_prep(toks, s, clause.start) == "von"]
        initiator = von[0] if von and von[0] in participants else None
    return Roles(initiator, proposer)


def _agent_passive(toks: TokenTable, clause: Clause) -> bool:
    """A passive with its agent: "X war eingetroffen und von Gastgeber Y empfangen worden" -- the
    shared subject X is received; the host is the agent behind "von"."""
    words = {toks.lower[j] for j in clause.tokens()}
    return bool(words & WERDEN_PASSIVE) and bool(words & AGENT_PREPS)


def _exchanged_with(view: DocView, trig: Trigger, part: Participants, clause: Clause) -> bool:
    """A letter noun whose partner stands behind "mit" is the channel of an exchange, not a letter
    sent: "tauschte sich per SMS mit X aus", "verhandelte per Brief mit X" name no sender; nor
    does a host's noun its host: "Bei einem Arbeitsessen mit X sprach Y" (who invited is not said)."""
    if trig.pos != "noun" or trig.mode not in ("letter", "host") or not part.sides.partners:
        return False
    preps = [governing_prep(view.toks, s, clause.start) for s, e, m in part.in_clause
             if m.actor_id in part.sides.partners]
    return bool(preps) and all(p == "mit" for p in preps)


def apply_document_initiatives(doc: Doc, candidates: list[Candidate], view: Optional[DocView] = None) -> None:
    """Initiative stated apart from the report of the act:

    "Austin soll die Gespräche initiiert haben" names the initiator of the latest acts Austin
    took part in; "Das Gespräch sei auf Wunsch des US-Präsidenten zustande gekommen" names the
    initiator of the latest act before it with that actor.
    """
    if not candidates:
        return  # no act to give an initiator
    view = view or DocView(doc)
    toks = view.toks
    lex = trigger_lexicon()
    # only clauses with one of the words the rules below look for can state an initiative
    cue_at = [k for k, w in enumerate(toks.lower) if w in INITIATIVE_WORDS or w.startswith("initiier")]
    if not cue_at:
        return

    def has_cue(start: int, end: int) -> bool:
        k = bisect.bisect_left(cue_at, start)
        return k < len(cue_at) and cue_at[k] < end

    for s_idx, sent in enumerate(view.sentences):
        if not has_cue(sent.start, sent.end):
            continue
        for clause in view.clauses(s_idx, lex):
            if not has_cue(clause.start, clause.end):
                continue
            words = toks.lower[clause.start:clause.end]
            mentions = [(s, e, m) for s, e, m in view.mentions_in(clause.start, clause.end)
                        if not is_speaker(view.actors[m.actor_id])]
            nouns = [t for t in (lex.noun(toks.text[k]) for k in range(clause.start, clause.end)) if t]
            # "soll die Gespräche initiiert haben"; "Erdoğan habe das Gespräch gesucht" (sought it)
            if any(w.startswith("initiier") for w in words) or (nouns and set(words) & SOUGHT):
                actors = [m.actor_id for s, e, m in mentions if not excluded(toks, view, s, e, m, clause)]
                if actors:
                    _assign_latest(candidates, actors[0], sent.end_char, nouns[0].type if nouns else None)
                continue
            if any(match_trigger(toks, k, clause, lex) is not None and not _definite_before(toks, k)
                   for k in view.possible_triggers(clause.start, clause.end, lex)):
                continue  # the act is reported here; its own clause gave the initiator
            for j in range(clause.start, clause.end):
                if toks.lower[j] not in INITIATIVE_VON or j == 0 or toks.lower[j - 1] not in INITIATIVE_PREPS:
                    continue
                who = next((m.actor_id for s, e, m in mentions if j < s <= j + 4), None)
                if who is not None:
                    _assign_nearest(view, candidates, who, sent.start_char)


def apply_host_elaborations(view: DocView, candidates: list[Candidate], lex: TriggerLexicon) -> None:
    """A host clause right after an act, with the host named and the guest only described, tells
    who hosted that act: "Am Montag traf der Papst Kurt Weber. Weber empfing den Gast in seinem
    Haus." The definite description ("den Gast", "die Ministerin") refers back to the other side;
    the clause has no time of its own, which would make it another scene."""
    if not candidates:
        return
    toks = view.toks
    for k in view.possible_triggers(0, toks.n, lex):
        if not any(t.frame == "host" for t in lex.verb(toks.lower[k])):
            continue
        here = view.sentence_of_char(toks.idx[k])
        if here == 0 or any(c.sentence == here for c in candidates):
            continue  # the clause told an act of its own, with its own host
        clause = next((c for c in view.clauses(here, lex) if c.covers(k)), None)
        if clause is None or not _described_guest(view, clause, k):
            continue
        if any(clause.start <= s and e <= clause.end for s, e, _ in view.times_from(clause.start, clause.end)):
            continue  # a time of its own ("Am Abend empfing Weber die Delegation") tells another scene
        named = {m.actor_id for s, e, m in view.mentions_in(clause.start, clause.end, clause)
                 if not is_speaker(view.actors[m.actor_id])}
        if len(named) != 1:
            continue
        host = named.pop()
        before = [c for c in candidates if c.sentence == here - 1 and host in c.participants
                  and len(c.participants) == 2 and c.initiator is None and c.status in ("occurred", "planned")]
        for c in before:
            c.initiator = host


def _described_guest(view: DocView, clause: Clause, k: int) -> bool:
    """After the host verb a definite article and a common noun that names no actor: "empfing den
    Argentinier", "empfing die Ministerin am Flughafen"."""
    toks = view.toks
    for j in range(k + 1, min(clause.end - 1, k + 3)):
        if toks.lower[j] in DEFINITE_ARTICLES and toks.text[j + 1][:1].isupper() and toks.is_alpha[j + 1]:
            return not view.mentions_in(j + 1, j + 2, clause)
    return False


def _definite_before(toks: TokenTable, k: int) -> bool:
    """"Das Gespräch sei auf Wunsch ... zustande gekommen": a back-reference, not a new report."""
    return k > 0 and toks.lower[k - 1] in DEFINITE_DETERMINERS


def _assign_latest(candidates: list[Candidate], who: str, before: int, etype: Optional[str] = None) -> None:
    """"hat das Treffen initiiert": the latest acts of that kind (any kind for "Gespräche")."""
    mine = [c for c in candidates if who in c.participants and c.status in ("occurred", "planned")
            and c.initiator is None and c.evidence[0] <= before + INITIATIVE_REACH
            and (etype in (None, "talk") or compatible_types(c.type, etype))]
    dated = [c for c in mine if c.date is not None]
    if dated:
        latest = max(c.date.value[:7] for c in dated)
        mine = [c for c in mine if c.date is None or c.date.value[:7] == latest]
    for c in mine:
        c.initiator = who


def _assign_nearest(view: DocView, candidates: list[Candidate], who: str, sent_start: int) -> None:
    """The act this sentence comments on: the latest one at or before it with ``who`` (or an actor
    ``who`` stands in for) among its participants."""
    here = view.sentence_of_char(sent_start)
    pool = [c for c in candidates if c.evidence[0] <= sent_start and c.initiator is None
            and c.status in ("occurred", "planned") and c.sentence >= here - 3]
    for c in sorted(pool, key=lambda c: -c.evidence[0]):
        match = next((p for p in c.participants if same_side(view.actors, who, p)), None)
        if match is not None:
            same_act = [x for x in candidates if x.group == c.group or (x.participants == c.participants and x.date == c.date)]
            for x in same_act:
                x.initiator = match
            return
