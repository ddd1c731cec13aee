"""Step 3, triggers: the contact verbs and nouns of a clause, and the act type they report.

The words come from the trigger lexicon (``components/triggers.py``, read from
``resources/de/contact_verbs.tsv`` and ``contact_nouns.tsv``); here they are checked in their
clause: a separable verb's particle ("rief ... an"), a reflexive's "sich", an invitation
taken up, a noun that only names an occasion ("am Rande des Gipfels").
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from ..tokens import TokenTable
from ..triggers import Trigger, TriggerLexicon
from ...lang.de.conjunctions import CONJUNCTIONS, SUBORDINATORS
from ...lang.de.determiners import DETERMINERS, GENITIVE_ARTICLES
from ...lang.de.nouns import CALL_ACT_NOUNS, CALL_WORDS, IN_PERSON_WORDS, TOPIC_FRAME_NOUNS, WRITTEN_WORDS
from ...lang.de.prepositions import FRAMING_ACT_PREPS, PARTICIPANT_PREPS
from ...lang.de.verbs import FINITE_VERB_AUXILIARIES, INVITATION_TAKEN, SEPARABLE_PARTICLES
from .clauses import Clause, chunk_final_words, clause_final_word
from .words import inflected_lowercase, noun_preposition
from .view import DocView

# beside a contact noun, only the words of a mode: a call noun there is an act of its own
CALL_MODE_WORDS = CALL_WORDS - CALL_ACT_NOUNS


class TriggerAt(NamedTuple):
    """A contact trigger at a token, with the part of its clause it governs."""
    token: int
    trigger: Trigger
    clause: Clause  # the clause, or its part from a coordinated further contact verb on
    subject: list[str]  # the first predicate's subject, which the later ones share


def clause_triggers(view: DocView, clause: Clause, lex: TriggerLexicon, seen: set[int]) -> list[tuple[int, Trigger]]:
    """The contact triggers of a clause not already taken by an earlier clause of the sentence.
    An adverb of means is the act only where no contact verb is: in "hat sich fernmündlich mit Y
    beraten" it gives the verb's act its channel (a call), not an act of its own."""
    found = [(i, t) for i in view.possible_triggers(clause.start, clause.end, lex)
             if i not in seen and clause.covers(i) and (t := match_trigger(view.toks, i, clause, lex)) is not None]
    if any(t.means for _, t in found) and any(t.pos == "verb" and not t.means for _, t in found):
        return [(i, t) for i, t in found if not t.means]
    return found


def coordinated_parts(view: DocView, clause: Clause, triggers: list[tuple[int, Trigger]]) -> list[TriggerAt]:
    """Split a clause at the coordination before a further contact verb.

    "Am Mittwoch traf Neuendorf Faeser und sprach am Abend noch mit Čeferin"; "führte Telefonate
    mit A und B und empfing am Freitag C": separate acts; the subject of the first predicate is
    the subject of the later ones.  A participle or infinitive closes its predicate, so a
    coordinator right after it cuts too: "hat mit A telefoniert und danach mit B gesprochen".
    """
    toks = view.toks
    cuts = [clause.start]
    shared: dict[int, int] = {}  # cut -> the finite auxiliary the later predicate shares
    for (lo, _), (hi, t) in zip(triggers, triggers[1:]):
        if t.pos != "verb":
            continue
        cut = next((j for j in range(hi - 1, lo, -1) if toks.lower[j] in CONJUNCTIONS
                    and (hi - j <= 3 or j == lo + 1)), None)
        if cut is not None and _names_before_final_verb(view, clause, cut, hi):
            continue  # "bevor er den Brief an Rauball und Koch schrieb": "und" joins names
        if cut is not None:
            cuts.append(cut)
            finite = _finite_before(toks, clause, lo)
            if cut == lo + 1 and finite is not None:
                shared[cut] = finite
    if len(cuts) == 1:
        return [TriggerAt(i, t, clause, []) for i, t in triggers]
    cuts.append(clause.end)
    parts = [Clause(x, y, clause.sent_start, clause.sent_end, clause.holes) for x, y in zip(cuts, cuts[1:]) if y > x]
    first = triggers[0][0]
    subject = _first_subject(view, clause, first, parts[0].end)
    out = []
    for i, t in triggers:
        part = next(p for p in parts if p.start <= i < p.end)
        if part.start in shared:
            # "X will am Montag Y treffen und am Dienstag mit Z sprechen": the later predicate
            # shares the subject and the auxiliary ("will", "war ... worden"), not the objects.
            part = Clause(clause.start, part.end, clause.sent_start, clause.sent_end,
                          clause.holes + ((shared[part.start] + 1, part.start + 1),))
        out.append(TriggerAt(i, t, part, subject if part is not parts[0] else []))
    return out


def _finite_before(toks: TokenTable, clause: Clause, verb: int) -> Optional[int]:
    """The finite auxiliary or modal before a clause-final participle or infinitive, if any."""
    return next((k for k in range(clause.start, verb) if toks.lower[k] in FINITE_VERB_AUXILIARIES
                 and toks.text[k][:1].islower()), None)


def _first_subject(view: DocView, clause: Clause, verb: int, end: int) -> list[str]:
    """The subject of the first predicate: the names before its finite verb, else the first name
    after it ("Am Montag traf X Y").  A participle or infinitive stands last, behind its objects,
    so the finite verb is the auxiliary before it: in "X hat mit Y telefoniert und ..." Y is an
    object, X the subject."""
    finite = _finite_before(view.toks, clause, verb)
    finite = verb if finite is None else finite
    subject = [m.actor_id for s, e, m in view.mentions_in(clause.start, finite, clause)]
    if not subject:  # "Am Montag traf X Y": the subject follows the verb
        after = view.mentions_in(finite + 1, end, clause)
        subject = [after[0][2].actor_id] if after else []
    return subject


def _names_before_final_verb(view: DocView, clause: Clause, cut: int, verb: int) -> bool:
    """A subordinate clause whose contact verb closes it, with a name between "und" and the
    verb: the "und" joins two names, not two predicates (the finite verb stands last)."""
    toks = view.toks
    if toks.lower[clause.start] not in SUBORDINATORS:
        return False
    if any(toks.is_alpha[k] for k in range(verb + 1, clause.end)):
        return False
    return bool(view.mentions_in(cut + 1, verb, clause))


def match_trigger(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> Optional[Trigger]:
    """The contact trigger at token i, checking separable particles in the clause."""
    text = toks.text[i]
    if text[:1].isupper():
        noun = lex.noun(text)
        if noun is not None and noun.mode == "invitation" and not _invitation_taken(toks, clause):
            return None  # an invitation alone is a cue for the status, not yet an act
        if noun is not None and _genitive_noun_trigger(toks, i, clause):
            return None
        if noun is not None and _idiom_particle(toks, i, clause, lex):
            return None  # "brachte ein Treffen ins Gespräch": proposed it; no talk took place
        if noun is not None and _topic_of_other_act(toks, i, clause, lex):
            return None
        if noun is not None:
            return noun
        if i != clause.sent_start:
            return None
    options = lex.verb(toks.lower[i])
    if not options:
        return None
    final = clause_final_word(toks, i, clause)
    sich = any(toks.lower[j] == "sich" for j in range(clause.start, clause.end))
    options = tuple(t for t in options if not t.reflexive or sich)
    chunk_ends = chunk_final_words(toks, i, clause)
    for trig in options:
        if trig.particle:
            # "kam ... mit Whitfield zusammen, dem Gründer von ...": an apposition may follow
            if final == trig.particle or trig.particle in chunk_ends or _particle_before(toks, i, clause, trig.particle):
                return trig
    for trig in options:
        if trig.means:
            return trig  # "forderte Polen schriftlich ... auf": the channel, whatever the verb
        if not trig.particle:
            # "sprach sich für ... aus", "traf ... ein": another particle makes another verb.
            if final in SEPARABLE_PARTICLES and final != "zusammen" and final != "statt":
                continue
            return trig
    return None


def _particle_before(toks: TokenTable, i: int, clause: Clause, particle: str) -> bool:
    """The particle written apart right before the participle or infinitive: "hat ihn davon in
    Kenntnis gesetzt", "in Kenntnis zu setzen", "hatten sich direkt gegenüber gesessen"."""
    j = i - 1
    if j > clause.start and toks.lower[j] == "zu":
        j -= 1
    return j >= clause.start and toks.lower[j] == particle


def _genitive_noun_trigger(toks: TokenTable, i: int, clause: Clause) -> bool:
    """"am Rande des Gipfels", "die Tagesordnung des Gipfels": a contact noun in the genitive of
    another noun names an occasion, not an act, unless its participants follow."""
    j = i - 1
    while j >= clause.start and toks.is_alpha[j] and toks.text[j][:1].islower() and toks.lower[j] not in DETERMINERS:
        j -= 1
    if j < clause.start + 1 or toks.lower[j] not in GENITIVE_ARTICLES:
        return False
    if not (toks.is_alpha[j - 1] and toks.text[j - 1][:1].isupper()):  # the head noun
        return False
    follow = {toks.lower[k] for k in range(i + 1, min(clause.end, i + 3))}
    return not follow & PARTICIPANT_PREPS


def _idiom_particle(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """A contact noun after "ins" that closes a cue of the clause as its particle ("brachte ...
    ins Gespräch") is part of the idiom, not an act."""
    if i == clause.start or toks.lower[i - 1] != "ins":
        return False
    word = toks.lower[i]
    return any(cue.particle == word for j in clause.tokens() for cue in lex.cue(toks.lower[j]))


def _topic_of_other_act(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """A contact noun that a topic frame of another act governs names what that act was about,
    not an act: "Im Mittelpunkt des Gesprächs standen die Verhandlungen mit Kiew", "Thema der
    Unterredung waren die Gespräche mit der Opposition" (only the "Gespräch" is an act)."""
    for j in clause.tokens():
        if toks.lower[j] not in TOPIC_FRAME_NOUNS or j + 1 >= clause.end or toks.lower[j + 1] not in GENITIVE_ARTICLES:
            continue
        k = j + 2
        while k < clause.end and inflected_lowercase(toks, k):
            k += 1  # "im Mittelpunkt des zweistündigen Treffens"
        if k < clause.end and k != i and lex.noun(toks.text[k]) is not None:
            return True
    return False


def _invitation_taken(toks: TokenTable, clause: Clause) -> bool:
    """"folgte einer Einladung von X", "hat die Einladung angenommen": the visit is real (or planned)."""
    return any(toks.lower[j] in INVITATION_TAKEN for j in range(clause.start, clause.end))


def framing_noun(toks: TokenTable, clause: Clause, k: int) -> bool:
    """A noun with its own "mit" partner in a phrase that frames another act in time ("Nach dem
    Telefonat mit X sprach er mit Y"): its mode is its own act's, not the verb's."""
    return toks.text[k][:1].isupper() and k + 1 < clause.end and toks.lower[k + 1] == "mit" \
        and noun_preposition(toks, k, clause.start) in FRAMING_ACT_PREPS


def type_of(trig: Trigger, toks: TokenTable, clause: Clause) -> str:
    """The trigger's type, refined by mode words: "sprachen am Telefon" is a call."""
    if trig.type in ("talk", "meeting"):
        words = set(toks.lower[clause.start:clause.end]) if trig.pos == "noun" else {
            toks.lower[k] for k in range(clause.start, clause.end) if not framing_noun(toks, clause, k)}
        if words & (CALL_MODE_WORDS if trig.pos == "noun" else CALL_WORDS):
            return "call"
        if trig.type == "talk" and words & WRITTEN_WORDS:
            return "correspondence"  # "wandte sich schriftlich an den Minister"
        if trig.type == "talk" and (words & IN_PERSON_WORDS or toks.lower[clause.start] == "dort"
                                    or any(w[:-1] in IN_PERSON_WORDS or w[:-2] in IN_PERSON_WORDS for w in words)):
            # "Dort sprach er mit ...": there, at the place just visited, in person; "ein
            # persönliches Gespräch" (the adjective's inflected forms)
            return "meeting"
    return trig.type
