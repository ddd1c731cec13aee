"""Step 5, status: occurred, planned, proposed, possible or negated, and who proposed it.

Cues are data (``resources/de/event_cues.tsv``): negation, refusal, possibility, proposal,
invitation, plan, future.  A cue counts in the trigger's clause, and a proposal also in the
clause that governs a "zu" infinitive ("Lawrow schlug vor, sich mit Blinken zu treffen").
The tense of the clause says whether an act lies before the story's own (the pluperfect).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from ..tokens import TokenTable
from ..triggers import Trigger, TriggerLexicon
from ...lang.de.prepositions import PREPOSITIONS, SCENE_PREPS, SETTING_PREPS
from ..actors.lexicon import PLACE_KINDS
from ...lang.de.adverbs import FUTURE_DEICTIC_STEMS
from ...lang.de.conjunctions import CONDITIONAL_WORDS, SUBORDINATORS, WHEN_QUESTION, WHETHER
from ...lang.de.determiners import DETERMINERS, GENITIVE_ARTICLES
from ...lang.de.nouns import ARRANGEMENT_NOUNS
from ...lang.de.verbs import (ACT_CARRIED_OUT, CONTACT_SUBJUNCTIVE_II, COUNTERFACTUAL_AUX, INFINITIVE_ENDINGS, INVITATION_ACCEPTED,
                              MODAL_INFINITIVES, PAST_AUXILIARIES, PERFECT_AUX, PLAN_PARTICIPLES, PLAN_TOLD_DONE,
                              PLUPERFECT_AUXILIARIES, SOLLEN_FORMS, WUERDE_FORMS)
from ..verb_forms import has_perfect_infinitive, is_participle, looks_participle
from .candidate import Candidate
from .clauses import Clause, chunk_final_word, is_auxiliary, predicate_conjunct
from .dates import clause_dates, relative_to_published, starts_after
from .view import DocView, is_speaker
from .words import attributive_stem, denied_alternative, has_zu_infinitive, noun_preposition


class Status(NamedTuple):
    """An act's status, and the actor of the cue that gave it (who proposed or invited)."""
    status: str
    cue_actor: Optional[str]


def act_status(view: DocView, clause: Clause, clauses: list[Clause], i: int, trig: Trigger, lex: TriggerLexicon,
               anaphoric: Optional[Candidate]) -> Status:
    """The status of the act a trigger reports (``anaphoric``: the act a back-reference names)."""
    toks = view.toks
    status, cue_actor = event_status(view, clause, clauses, i, trig, lex)
    if anaphoric is not None and not clause_dates(view, clause, i):
        status = anaphoric.status  # a back-reference ("aus dem Treffen") is that act, as reported
    if trig.mode == "invitation" and status in ("occurred", "planned", "proposed"):
        # "Putin habe die Einladung angenommen": accepted, still ahead; "folgte einer Einladung": done
        accepted = any(toks.lower[j] in INVITATION_ACCEPTED for j in clause.tokens())
        status = "planned" if accepted else status
    return Status(status, cue_actor)


def event_status(view: DocView, clause: Clause, clauses: list[Clause], i: int, trig: Trigger,
                 lex: TriggerLexicon) -> tuple[str, Optional[str]]:
    """occurred / planned / proposed / possible / negated, and the actor of a proposal cue."""
    doc = view.doc
    toks = view.toks
    kinds = cue_positions(toks, clause, clauses, lex)
    kinds = _own_conjunct_cues(toks, clause, i, kinds)
    words = toks.lower[clause.start:clause.end]
    if "possible" in kinds and _reported_future(view, clause, i, lex, kinds["possible"]):
        kinds["future"] = kinds.pop("possible")
    if _is_question(toks, clause):
        return "possible", None
    opener = toks.lower[clause.start]
    if opener in WHETHER:
        return "possible", None  # "Ob sich X und Y treffen, ist offen"
    if opener in WHEN_QUESTION and trig.pos == "verb" and present_tense(toks, i, clause, lex):
        return "planned", None  # "Wann sich X und Y treffen, ist noch offen": agreed, its day open
    if "possible" in kinds or toks.lower[i] in CONTACT_SUBJUNCTIVE_II:
        return "possible", None
    if "refusal" in kinds:
        # "wollte ein Treffen nicht ausschließen", "nicht verweigern": a denied refusal leaves it open.
        return ("possible", None) if "negation" in kinds else ("negated", None)
    if _negated(toks, clause, i, trig, lex):
        # "Der Termin für das Treffen steht noch nicht fest": a detail is open, the act planned
        return ("planned", None) if trig.pos == "noun" and _arrangement_of(toks, clause, i) else ("negated", None)
    if "invitation" in kinds and "einladung" not in words and "proposal" not in kinds:
        # "X lud Y zum Gipfel am 20. November ein": dated in the future, it is planned;
        # dated in the past, it took place; undated, it is an open invitation.
        inviter = _actor_near(view, clause, kinds["invitation"])
        when = [relative_to_published(t.value, doc._.published) for t in clause_dates(view, clause, i)]
        if when and when[0] is not None and when[0] < 0:
            return "occurred", inviter
        if when and when[0] is not None and when[0] > 0:
            return "planned", inviter
        if any(c.start >= clause.end and _accepts_invitation(toks, c) for c in clauses):
            return "planned", inviter  # "lud ... ein; Tavares nahm die Einladung an": agreed, ahead
        return "proposed", inviter
    if "proposal" in kinds and ((trig.pos == "noun" and abs(kinds["proposal"] - i) <= 8
                                 and not _medium_of_another_act(toks, i, clause)) or kinds["proposal"] < clause.start):
        # "schlug ein Treffen vor", "bot Gespräche an"; "Lawrow schlug vor, sich ... zu treffen"
        return "proposed", _actor_near(view, clause, kinds["proposal"])
    if trig.pos == "noun" and _after_done_prep(toks, i, clause, lex):
        if _setting_prep(toks, i, clause) and ("plan" in kinds and toks.lower[kinds["plan"]] not in PLAN_TOLD_DONE
                                               or "future" in kinds) and not set(words) & PERFECT_AUX:
            # "Sie will bei ihrem Treffen mit dem Kanzler die Frage ansprechen": the act is the
            # setting of what is intended, so it lies ahead ("bei dem Gespräch soll es um X
            # gegangen sein" reports a past one: the perfect infinitive)
            return "planned", None
        return "occurred", None  # "Nach einem Dreiertreffen mit X will Y ...": the meeting took place
    # "Er will sie im Februar getroffen haben": a modal with a perfect infinitive claims a past act
    planned = "plan" in kinds and not (set(words) & PERFECT_AUX and any(w in SOLLEN_FORMS for w in words)
                                       or has_perfect_infinitive(words)
                                       or plan_attribute_carried_out(toks, clause, i, kinds["plan"]))
    future = "future" in kinds and _has_infinitive_after(toks, clause, kinds["future"])
    if _counterfactual(toks, clause):
        return "negated", None  # "hätten sich längst treffen sollen": it did not happen
    if planned or future:
        return "planned", None
    dates = clause_dates(view, clause, i)
    if dates and dates[0].mod != "APPROX":
        when = relative_to_published(dates[0].value, doc._.published)
        if when == 1:
            return "planned", None  # "Am Donnerstag treffen sich ...": a dated act still to come
        if when == 0 and len(dates[0].value) == len("YYYY-MM-DD") and trig.pos == "verb" \
                and present_tense(toks, i, clause, lex):
            # "Heute treffen sich die Minister in Prag", in that day's paper: an act of the day
            # told in the present is announced; a report after it takes a past tense ("trafen")
            return "planned", None
    return "occurred", None


def cue_positions(toks: TokenTable, clause: Clause, clauses: list[Clause], lex: TriggerLexicon) -> dict[str, int]:
    """Kind of status cue -> the token of its first cue in scope: the clause, and the clause before
    when it governs this one's "zu" infinitive."""
    scope = [clause]
    idx = next((k for k, c in enumerate(clauses) if c.start <= clause.start < c.end), 0)
    # "Lawrow schlug vor, sich mit Blinken zu treffen": the governing clause's cue counts.
    if idx > 0 and clauses[idx].start == clause.start and has_zu_infinitive(toks, clause.start, clause.end) \
            and toks.lower[clause.start] not in SUBORDINATORS:
        scope.insert(0, clauses[idx - 1])
    kinds: dict[str, int] = {}
    for cl in scope:
        for j in cl.tokens():  # not the words of an embedded clause ("der nicht ... war")
            low = toks.lower[j]
            for cue in lex.cue(low):
                # the particle closes the clause ("brachte ... ins Gespräch"), is joined ("abgesagt")
                # or stands just before a verb at the end ("ins Gespräch gebracht")
                if cue.particle and chunk_final_word(toks, j, cl) != cue.particle and not low.startswith(cue.particle) \
                        and not (j > cl.start and toks.lower[j - 1] == cue.particle):
                    continue
                kinds.setdefault(cue.kind, j)
    return kinds


def _own_conjunct_cues(toks: TokenTable, clause: Clause, i: int, kinds: dict[str, int]) -> dict[str, int]:
    """Without the cues of the predicate before when "und" opens the act's own with its finite
    verb: "Der Fonds will die Filialen übernehmen und verhandelt seit Mai mit der Bank" (the
    talks go on; "will" is the other predicate's).  "will übernehmen und mit der Bank verhandeln"
    shares the modal: the second predicate has no finite verb of its own."""
    lo, _ = predicate_conjunct(toks, clause, i)
    if lo == clause.start or not (lo == i or is_auxiliary(toks.lower[lo])):
        return kinds
    return {kind: j for kind, j in kinds.items() if not clause.start <= j < lo}


def _reported_future(view: DocView, clause: Clause, i: int, lex: TriggerLexicon, j: int) -> bool:
    """"würde(n)" + infinitive with a date ahead and no condition is the future of indirect speech,
    not a hypothesis: "Am Montag würden die Minister zusammenkommen, hieß es" (Konjunktiv II stands
    in for "werden", whose Konjunktiv I equals the indicative); "Wenn X zustimmt, würden sie sich
    am Montag treffen" stays possible."""
    toks = view.toks
    possible = [k for k in clause.tokens() if any(c.kind == "possible" for c in lex.cue(toks.lower[k]))]
    if not possible or any(toks.lower[k] not in WUERDE_FORMS for k in possible) or not _has_infinitive_after(toks, clause, j):
        return False
    if any(toks.lower[k] in CONDITIONAL_WORDS for k in range(clause.sent_start, clause.sent_end)):
        return False
    published = view.doc._.published
    return any(starts_after(t.value, published) or any(w.startswith(FUTURE_DEICTIC_STEMS) for w in t.text.lower().split())
               for t in clause_dates(view, clause, i))


def _counterfactual(toks: TokenTable, clause: Clause) -> bool:
    """"hätten sich längst treffen sollen": hätte + a modal infinitive, it did not happen."""
    words = [toks.lower[j] for j in clause.tokens()]
    return any(w in COUNTERFACTUAL_AUX for w in words) and any(w in MODAL_INFINITIVES for w in words)


def _negated(toks: TokenTable, clause: Clause, i: int, trig: Trigger, lex: TriggerLexicon) -> bool:
    """Negation in scope of the contact: "nicht telefoniert", "nie miteinander gesprochen";
    for a noun, "kein Treffen" (kein right before it) or a "nicht" after it ("Ein Treffen gab es
    nicht", "kam nicht zustande"); "nicht nur ... sondern auch" is no negation."""
    denied = denied_alternative(toks, clause.start, clause.end)
    for j in clause.tokens():
        low = toks.lower[j]
        cues = lex.cue(low)
        if not cues or not any(c.kind == "negation" for c in cues):
            continue
        if low == "nicht" and j + 1 < toks.n and toks.lower[j + 1] == "nur":
            continue
        if denied is not None and j == denied[0]:
            continue  # "nicht mit X, sondern mit Y": only X is denied
        if trig.pos == "verb":
            return True
        if low.startswith("kein"):
            if 0 < i - j <= 3:
                return True
        elif j > i:
            return True
    return False


def plan_attribute_carried_out(toks: TokenTable, clause: Clause, i: int, j: int) -> bool:
    """Is the plan cue at j an attribute of the act's noun, and the act carried out by the
    clause's verb?  "Die lange geplanten Gespräche fanden am Montag statt", "Die Regierung
    eröffnete die vereinbarten Verhandlungen": the plan lies behind, the act took place.  "Das
    geplante Treffen soll im Mai stattfinden" keeps its plan (no past form that carries it out)."""
    if not (j < i <= j + 2 and toks.text[j].islower()):
        return False
    if attributive_stem(toks.lower[j]) not in PLAN_PARTICIPLES:
        return False
    return any(toks.lower[k] in ACT_CARRIED_OUT for k in clause.tokens())


def _arrangement_of(toks: TokenTable, clause: Clause, i: int) -> bool:
    """The contact noun at i completes a noun of its arrangement: "der Termin für das Treffen",
    "ein Datum für die Gespräche", "der Ort des Gipfels"."""
    k = i - 1
    while k > clause.start and (toks.lower[k] in DETERMINERS or toks.text[k][:1].islower()
                                and toks.lower[k] not in PREPOSITIONS):
        k -= 1  # back over the noun's article and adjectives
    if toks.lower[k] == "für":
        k -= 1  # "der Termin für das Treffen"
    elif toks.lower[k + 1] not in GENITIVE_ARTICLES:
        return False  # "der Ort des Gipfels": the genitive follows its head
    return k >= clause.start and toks.lower[k] in ARRANGEMENT_NOUNS


def _accepts_invitation(toks: TokenTable, clause: Clause) -> bool:
    """"nahm die Einladung an", "hat die Einladung angenommen": a later clause accepts it."""
    words = {toks.lower[j] for j in clause.tokens()}
    return bool(words & INVITATION_ACCEPTED) and any(w.startswith("einladung") for w in words)


def has_invitation(toks: TokenTable, clause: Clause, lex: TriggerLexicon) -> bool:
    """The clause holds an invitation cue ("lud ... ein", "Einladung")."""
    return any(c.kind == "invitation" for j in clause.tokens() for c in lex.cue(toks.lower[j]))


def _after_done_prep(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """"Nach einem Dreiertreffen mit X": a preposition that places the act before (PAST_CONTACT_PREPOSITIONS)."""
    return noun_preposition(toks, i, clause.start) in lex.past_preps


def _setting_prep(toks: TokenTable, i: int, clause: Clause) -> bool:
    """The preposition before the contact noun places something during the act ("bei", "während")."""
    return noun_preposition(toks, i, clause.start) in SETTING_PREPS


def _medium_of_another_act(toks: TokenTable, i: int, clause: Clause) -> bool:
    """"In einem Brief an Tusk forderte Cameron Reformen": the letter is the medium of the demand,
    not what is demanded, so the demand proposes no contact."""
    return noun_preposition(toks, i, clause.start) in SCENE_PREPS  # "in", "bei", "während"


def _is_question(toks: TokenTable, clause: Clause) -> bool:
    """A headline question ("folgt Putin-Biden-Telefonat?") asserts nothing."""
    last = clause.end - 1
    while last > clause.start and toks.is_space[last]:
        last -= 1
    return toks.text[last] == "?"


def _has_infinitive_after(toks: TokenTable, clause: Clause, j: int) -> bool:
    """werden + infinitive (future), not werden + participle (passive: "wird gesprochen", "wird
    angerufen")."""
    for k in range(clause.end - 1, j, -1):
        if toks.is_alpha[k] and toks.text[k][:1].islower():
            return toks.lower[k].endswith(INFINITIVE_ENDINGS) and not toks.lower[k].startswith("ge") \
                and not is_participle(toks.lower[k])
    return False


def _actor_near(view: DocView, clause: Clause, j: int) -> Optional[str]:
    """The subject of a cue verb: the first mention of its clause (not a place after a
    preposition: "In Brüssel lud Lehtikangas ... ein")."""
    toks = view.toks
    for s, e, m in view.mentions_in(clause.start, clause.end):
        actor = view.actors[m.actor_id]
        if is_speaker(actor) or (actor.kind in PLACE_KINDS and s > clause.start and toks.lower[s - 1] in PREPOSITIONS):
            continue
        return m.actor_id
    return None


# --- tense: the present announces, the pluperfect tells an earlier act ----------------------------

def present_tense(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """The contact verb stands in the present tense, with no perfect or past auxiliary."""
    return toks.lower[i] in lex.present_forms and not any(toks.lower[j] in PAST_AUXILIARIES for j in clause.tokens())


def anterior_of(toks: TokenTable, i: int, clause: Clause, trig: Trigger, lex: TriggerLexicon) -> Optional[bool]:
    """True when the clause stands in the pluperfect: "hatte"/"war" with a participle, the contact
    verb itself ("hatten ... gesprochen") or another ("Das Treffen hatte ... stattgefunden");
    False for a contact verb in another tense; None for a noun in another tense."""
    words = [toks.lower[j] for j in clause.tokens() if toks.is_alpha[j]]
    verb = trig.pos == "verb" and toks.lower[i] not in PLUPERFECT_AUXILIARIES
    if PLUPERFECT_AUXILIARIES.intersection(words) and (
            verb and toks.lower[i] not in lex.present_forms or looks_participle(right_bracket(words))):
        return True
    return False if verb else None


def right_bracket(words: list[str]) -> str:
    """The verb at the clause's end: the participle of "hatte ... stattgefunden", or the one before
    the auxiliary in a verb-final clause ("nachdem sie telefoniert hatten")."""
    if words and words[-1] in PLUPERFECT_AUXILIARIES:
        words = words[:-1]
    return words[-1] if words else ""


