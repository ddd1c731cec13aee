"""Step 4, participants: who takes part in the act a trigger reports.

The actor mentions of the trigger's clause, sorted into sides by the marker before them
("mit", "zwischen", "an" for letters); sources, topics, places and genitive attributes are
left out (``excluded``).  Pronouns and group words ("er", "die beiden", "beide Seiten") stand
for actors named before; a further or anaphoric act ("ein weiteres Treffen", "die Gespräche")
takes the participants of the last one; an act with only a partner gets the article's
protagonist as its other side.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple, Optional, Sequence

from ..actors import is_place_noun
from ..actors.lexicon import ORG_KINDS, PLACE_KINDS, known_place
from ..actors.words import is_area_noun
from ...resources import load_table, per_folder
from ..tokens import TokenTable
from ..triggers import Trigger, TriggerLexicon, trigger_lexicon
from ..types import Mention
from ...lang.de.determiners import (DEMONSTRATIVE_PRONOUNS, FIRST_PERSON_SUBJECTS, GROUP_SUBJECTS, IMPERSONAL_SUBJECTS,
                                     RELATIVE_SUBJECTS)
from ...lang.de.nouns import GOVERNMENT_NOUNS, OWN_STATE_NOUNS, RELATION_NOUNS, REPLY_STARTS
from ...lang.de.adverbs import ATTENDANCE_WORDS, CONTINUATION_WORDS, SAME_GROUP
from ...lang.de.conjunctions import CLAUSE_SUBORDINATORS, COORDINATORS, EXAMPLE_MARKERS, INFINITIVE_CONJUNCTIONS, LIST_GLUE
from ...lang.de.endings import ADJECTIVE_ENDINGS
from ...lang.de.determiners import (BOTH, DATIVE_ARTICLES, DATIVE_DEFINITE_ARTICLES, DEFINITE_DETERMINERS, DETERMINERS, GENITIVE_ARTICLES,
                                    GENITIVE_POSSESSIVES,
                                    MEANS_DETERMINERS, NUMERAL_GROUP_DETERMINERS, POSSESSIVES, PRONOUNS_FEM,
                                    PRONOUNS_MASC, RECIPROCAL, SUBJECT_PRONOUNS)
from ...lang.de.prepositions import LEADER_PREP
from ...lang.de.nouns import (FOLLOW_UP_PREFIXES, GROUP_NOUNS, INITIATIVE_VON, INITIATIVE_VON_HEADS,
                              REPRESENTATIVE_NOUNS, ROUND_NOUNS, SIDE_NOUNS, SOURCE_NOUNS, BODY_PLURALS, ORGANISATION_PLURALS,
                              ACQUISITION_NOUNS, COALITION_NOUNS, NEGOTIATION_STEMS)
from ...lang.de.numerals import GROUP_WORDS, NUMERALS_AFTER_ARTICLE, PLURAL_WORDS
from ...lang.de.prepositions import (AGENT_PREPS, CONTRACTED_SCENE_PREPS, SCENE_PREPS, DIRECTION_WORDS, MEANS_PREPS, NON_PARTICIPANT_PREPS,
                                     NOUN_MODIFIER_PREPS, ORIGIN_PREPOSITIONS, PARTNER_MARKERS, PARTNER_PREPS, SOURCE_PREPS,
                                     PLACE_PREPS, PREPOSITIONS, ZU_FORMS)
from ...lang.de.punctuation import QUOTATION_MARKS
from ...lang.de.verbs import (ACT_PARTICIPLES, ARRANGING_PARTICIPLES, INSEPARABLE_PREFIXES, PARTICIPLE_PREFIXES, KONJUNKTIV_I, PASSIVE_AUXILIARIES, PLURAL_AUXILIARIES,
                              PLURAL_VERB_ENDINGS, PRESENT_AT, PRESENT_AT_BEFORE, SEIN_FORMS, SINGULAR_AUXILIARIES, TAKE_PART,
                              TAKE_PART_SEPARATED, WERDEN_PRESENT)
from . import confidence as weight
from .candidate import Candidate
from .clauses import Clause
from .triggers import TriggerAt, framing_noun
from .press import saying_words
from .readings import accession_partner, aid_receiver, joined_body, takes_up
from .voices import state_spoken_for
from .view import SHORT_SEGMENTS, DocView, is_speaker, is_unnamed, sex_of, stands_in, view_sentence
from .words import ADJECTIVE_ENDINGS_LONGEST_FIRST, adjective_like, before_noun_phrase, denied_alternative, is_verb_form, noun_before, noun_preposition


class Earlier(NamedTuple):
    """The acts found before a trigger: those of the last trigger that found any, and all of them;
    and the triggers that found none (sentence index, trigger), whose sides may be told later."""
    recent: list[Candidate]
    history: list[Candidate]
    unmatched: Sequence[tuple[int, TriggerAt]] = ()  # (sentence index, trigger)


class Sides(NamedTuple):
    """The clause's participant mentions by the marker they stand after."""
    zwischen: list[str]  # "ein Gespräch zwischen X und Y"
    partners: list[str]  # "mit X", "bei X", "gegenüber X", "an X" (letters)
    others: list[tuple[int, str]]  # (token, actor): the subject's side and direct objects
    initiator_von: Optional[str]  # "auf Initiative von X", "einer Einladung Putins"


class Participants(NamedTuple):
    """Who takes part in the act, how they were found, and the mention's confidence so far."""
    ids: list[str]
    sides: Sides
    pronouns: list[tuple[int, str]]  # (token, actor) that a pronoun or group word stands for
    side_a: list[str]  # the subject's side: a coordinated predicate's subject, the others, the pronouns
    outside: list[str]  # named beside a "zwischen" pair: who may have proposed the act
    in_clause: list[tuple[int, int, Mention]]  # the clause's mentions that may take part
    anaphoric: Optional[Candidate]  # the act a back-reference ("die Gespräche") names
    confidence: float
    voiced: Optional[str] = None  # the state a quoted "sein Land", "man", "wir" is, the subject


def participants_of(view: DocView, lex: TriggerLexicon, at: TriggerAt, earlier: Earlier,
                    min_participants: int) -> Optional[Participants]:
    """The participants of the act at a trigger, or None when it has too few or lacks a partner."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    if trig.pos == "noun" and setting_back_reference(view, at, earlier):
        return None
    in_clause = framing_split(view, lex, clause, i, participant_mentions(view, clause))
    if trig.partner_preps:
        kept = {(s, e) for s, e, _ in in_clause}
        in_clause = sorted(in_clause + [x for x in own_partner_mentions(view, clause, trig) if x[:2] not in kept],
                           key=lambda x: (x[0], x[1]))
    confidence = weight.BASE
    sides = sides_of(view, clause, in_clause, i, trig, lex)
    zwischen, partners, others = sides.zwischen, sides.partners, sides.others
    pronoun_actors = references(view, clause, in_clause, i, trig, sides, earlier)
    if pronoun_actors:
        confidence -= weight.RESOLVED_REFERENCE
    side_a = list(at.subject or []) + [a for _, a in others] + [a for _, a in pronoun_actors]
    # "mit den Koalitionsparteien reden": a group word behind a partner marker is the partner side
    partners = partners + [a for j, a in pronoun_actors if toks.lower[j] in COALITION_NOUNS
                           and governing_prep(toks, j, clause.start, limit=3) in PARTNER_MARKERS]
    if len(set(zwischen)) >= 2:
        participants = unique(zwischen)
        explicit = True
        outside = unique(side_a + partners)
    else:
        sender = letter_sender(view, i, clause) if trig.pos == "noun" and trig.type == "correspondence" \
            and partners else None
        if sender is not None and sender not in partners:
            # "verärgert über einen Brief von X an Y": a letter's sender and addressee are its
            # sides, not whoever else the clause names
            side_a = [sender]
        participants = unique(side_a + zwischen + partners)
        explicit = bool(partners) or has_reciprocal(toks, clause)
        outside = []
    # Compound names: "Putin-Biden-Telefonat", "EU-Türkei-Gipfel".
    if trig.pos == "noun" and "-" in toks.text[i]:
        inside = [m.actor_id for _, _, m in view.mentions_covering(i)]
        for part in toks.text[i].split("-")[:-1]:
            inside.append(actor_by_surname(view, part))
        for aid in inside:
            if aid and aid not in participants:
                participants.append(aid)
                explicit = True
    if trig.pos == "noun" and not partners and len(set(zwischen)) < 2 and unnamed_partner(view, i, clause, trig):
        return None  # "Gespräche mit Wirtschaftsvertretern": the other side has no name
    anaphoric: Optional[Candidate] = None
    inherited = inherited_participants(view, at, participants, earlier)
    if inherited is not None:
        participants, anaphoric = inherited
        confidence -= weight.INFERRED_SIDE
    participants = drop_metonymic_duplicates(view, participants)
    voiced = voiced_state_side(view, clause, set(partners), participants) if partners else None
    state = None
    if voiced is not None:
        speaker, state = voiced
        participants = unique([state] + [a for a in participants if a != speaker])
    if len(set(participants)) == 1 and is_reply(toks, clause):
        wrote = _first_writer(view, participants[0], earlier)
        if wrote is not None:
            participants = participants + [wrote]
            confidence -= weight.INFERRED_SIDE
    if trig.type == "talk" and not partners and len(set(zwischen)) < 2 and len(set(participants)) == 1 \
            and any(stem in toks.lower[i] for stem in NEGOTIATION_STEMS):
        target = acquisition_target(view, clause, participants)
        if target is not None:
            participants, partners = participants + [target], [target]
    if trig.pos == "noun" and trig.type == "talk" and not partners and len(set(zwischen)) < 2:
        body = accession_partner(view, clause, i)
        if body is not None and body not in participants:
            participants, partners = participants + [body], [body]
    if trig.pos == "noun" and trig.type == "talk" and len(set(zwischen)) < 2 and inherited is None:
        # (talks that take their sides from earlier ones keep them: "Die Gespräche über Hilfen für
        # Irland" after "X verhandelt mit Y" are X's and Y's)
        receiver = aid_receiver(view, clause, i) or earlier_aid_receiver(view, at, earlier)
        if receiver is not None and not speaks_for(view, participants, receiver):
            participants = participants + [receiver]
    if partners and len(set(zwischen)) < 2 and not [a for a in participants if a not in partners]:
        topic = _other_side(view, at, partners)
        if topic is None:
            return None
        participants = [topic] + participants
        confidence -= weight.INFERRED_SIDE
    if trig.pos == "verb" and not partners and len(set(zwischen)) < 2 and len(set(participants)) == 1:
        # "um dort Merkel zu treffen", "..., den sie am Montag empfangen hatte": the subject or
        # the object stands outside the clause
        outside_side = subject_outside_clause(view, clause, set(participants))
        if outside_side is not None:
            participants = [outside_side] + participants
            confidence -= weight.INFERRED_SIDE
    if trig.partner_preps and not partners:
        return None  # "intervenierten in Syrien": without its own preposition the verb names no partner
    if trig.needs_partner and not (partners or zwischen or has_reciprocal(toks, clause)
                                   or len(others) + len(pronoun_actors) >= 2
                                   and (trig.pos != "verb" or not singular_predicate(toks, i, clause))):
        # "X und Y berieten" has two sides; "X beriet Jobs und Page" (a singular verb) advised them
        return None
    if len(participants) < min_participants:
        return None
    if explicit:
        confidence += weight.EXPLICIT
    return Participants(participants, sides, pronoun_actors, side_a, outside, in_clause, anaphoric, confidence, state)


def framing_split(view: DocView, lex: TriggerLexicon, clause: Clause, i: int,
                  in_clause: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """The mentions of the act at ``i`` when a contact noun with its own "mit" partner frames
    another act of the clause in time: "Vor dem Treffen mit Obama hatte Merkel mit Cameron
    gesprochen", "Nach dem Treffen mit Obama traf Merkel Hollande" tell two acts.  The framing
    noun takes its partner and the clause's first unmarked mention (the subject); the other act
    leaves the noun's partner to it."""
    toks = view.toks
    triggers = [k for k in view.possible_triggers(clause.start, clause.end, lex) if clause.covers(k)]
    framing = [k for k in triggers if framing_noun(toks, clause, k) and lex.noun(toks.text[k]) is not None]
    if not framing or not any(k not in framing and toks.text[k][:1].islower() for k in triggers):
        return in_clause

    def marker(s: int) -> tuple[Optional[str], Optional[int]]:
        j = governing_index(toks, s, clause.start)
        return (toks.lower[j], j) if j is not None and toks.lower[j] in PREPOSITIONS else (None, None)

    markers = [marker(x[0]) for x in in_clause]
    # the noun's partners: behind the "mit" right after it, and behind a "mit" said again right
    # after them ("Nach Gesprächen mit der Kanzlerin und mit dem Minister reiste X ab")
    owner: dict[int, int] = {}  # mention index -> framing noun
    mit_owner: dict[int, int] = {}  # "mit" token -> framing noun
    last_end: dict[int, int] = {}  # framing noun -> end of its last partner mention
    for n, (x, (prep, j)) in enumerate(zip(in_clause, markers)):
        if prep != "mit":
            continue
        if j not in mit_owner:
            k = j - 1 if j - 1 in framing else next(
                (f for f, end in last_end.items() if j - 1 == end and toks.lower[end] in COORDINATORS), None)
            if k is None:
                continue
            mit_owner[j] = k
        owner[n] = mit_owner[j]
        last_end[owner[n]] = x[1]
    if i not in framing:
        return [x for n, x in enumerate(in_clause) if n not in owner]
    kept, subject = [], False
    for n, (x, (prep, j)) in enumerate(zip(in_clause, markers)):
        if prep is None and not subject:
            kept.append(x)
            subject = True
        elif owner.get(n) == i:
            kept.append(x)
    return kept


def setting_back_reference(view: DocView, at: TriggerAt, earlier: Earlier) -> bool:
    """"Wierzbicki brachte bei dem Telefonat ein Dreiertreffen ins Gespräch": a definite contact
    noun that sets the scene of another act ("bei dem Telefonat", "im Gespräch") names the act of
    its kind the article has reported, not a new one with this clause's names."""
    toks, i, clause = view.toks, at.token, at.clause
    if i <= clause.start or toks.lower[i - 1] not in DATIVE_DEFINITE_ARTICLES | CONTRACTED_SCENE_PREPS \
            or noun_preposition(toks, i, clause.start) not in SCENE_PREPS:
        return False
    return any(c.type == at.trigger.type and c.status == "occurred" for c in earlier.history or [])


#: Sentences back that "die Gespräche" may look for the talks it names ("Die Verhandlungen über
#: X haben begonnen. Die Gespräche führen A und B.").
TALKS_BACK = 2


def speaks_for(view: DocView, participants: list[str], state: str) -> bool:
    """The state is among the participants already, or is the country of one of them ("die
    Regierung in Rom" for Italy)."""
    country = view.actors[state].country
    return any(a == state or country is not None and view.actors[a].country == country for a in participants)


def earlier_aid_receiver(view: DocView, at: TriggerAt, earlier: Earlier) -> Optional[str]:
    """"Die Verhandlungen über einen Kredit für Argentinien haben begonnen. Die Gespräche führen
    der IWF und die Weltbank.": the definite talks name the talks just told, which had only
    their receiving state as a side, so that state joins the lenders named now."""
    toks = view.toks
    i, clause = at.token, at.clause
    if not (i > clause.start and toks.lower[i - 1] in DEFINITE_DETERMINERS):
        return None
    here = view_sentence(view, clause)
    for s_idx, before in reversed(earlier.unmatched):
        if s_idx < here - TALKS_BACK:
            return None
        if before.trigger.type == "talk" and before.trigger.pos == "noun" and before.token < i:
            return aid_receiver(view, before.clause, before.token)
    return None


def acquisition_target(view: DocView, clause: Clause, participants: list[str]) -> Optional[str]:
    """"in Verhandlungen zum Kauf des Chipherstellers SanDisk", "verhandelt über die Übernahme von
    X": the organisation or state named right after a noun of buying (its genitive or "von", a
    describing noun between) is the other side of takeover talks."""
    toks = view.toks
    for k in range(clause.start, clause.end):
        if toks.lower[k] not in ACQUISITION_NOUNS:
            continue
        for s, e, m in view.mentions_starting(k + 1, min(clause.end, k + 6)):
            between = range(k + 1, s)
            if view.actors[m.actor_id].kind != "person" and m.actor_id not in participants and all(
                    toks.lower[j] in GENITIVE_ARTICLES or toks.lower[j] == "von" or toks.text[j][:1].isupper()
                    for j in between):
                return m.actor_id
            break
    return None


def is_reply(toks: TokenTable, clause: Clause) -> bool:
    """"antwortete mit einem Schreiben", "in ihrem Antwortschreiben": the clause tells a reply."""
    return any(toks.lower[j].startswith(REPLY_STARTS) for j in clause.tokens())


def _first_writer(view: DocView, replier: str, earlier: Earlier) -> Optional[str]:
    """The other side of the last letter the replier took part in: the one being answered."""
    for c in reversed(earlier.history):
        if c.type == "correspondence" and replier in c.participants and len(set(c.participants)) == 2:
            return next(a for a in c.participants if a != replier)
    return None


def participant_mentions(view: DocView, clause: Clause) -> list[tuple[int, int, Mention]]:
    """The mentions of a clause that may take part (``excluded`` drops the others);
    several triggers of one clause ask for the same."""
    key = (clause.start, clause.end, clause.sent_start, clause.sent_end, clause.holes)
    found = view.participant_memo.get(key)
    if found is None:
        found = view.participant_memo[key] = [
            (s, e, m) for s, e, m in view.mentions_in(clause.start, clause.end, clause)
            if not excluded(view.toks, view, s, e, m, clause)]
    return found


def own_partner_mentions(view: DocView, clause: Clause, trig: Trigger) -> list[tuple[int, int, Mention]]:
    """The mentions behind the trigger's own partner preposition: "intervenierte bei der
    Landesregierung" asks for a partner there, so "bei" is no place ("arbeitet bei Siemens")."""
    return [(s, e, m) for s, e, m in view.mentions_in(clause.start, clause.end, clause)
            if not is_speaker(view.actors[m.actor_id])
            and governing_prep(view.toks, s, clause.start, limit=4) in trig.partner_preps]


def sides_of(view: DocView, clause: Clause, in_clause: list[tuple[int, int, Mention]], i: int, trig: Trigger,
             lex: TriggerLexicon) -> Sides:
    """Sort the clause's mentions by the marker before them; note who an initiative cue names."""
    toks = view.toks
    zwischen: list[str] = []
    partners: list[str] = []
    others: list[tuple[int, str]] = []
    initiator_von: Optional[str] = None
    detached: set[str] = set()
    for s, e, m in in_clause:
        prep = governing_prep(toks, s, clause.start)
        aid = m.actor_id
        if trig.partner_preps and (prep in PARTNER_MARKERS or prep in trig.partner_preps):
            if prep in trig.partner_preps and (trig.pos != "noun" or noun_attribute(toks, i, s, trig.partner_preps)):
                partners.append(aid)  # "intervenierte beim Minister": the verb's own preposition
            continue  # "intervenierte gemeinsam mit Paris": who acts with the subject is no side
        if prep == "zwischen":
            if zwischen_attaches(toks, s, clause, lex):
                zwischen.append(aid)
            else:
                detached.add(aid)  # the pair of another noun, in every mention of the phrase
            continue
        elif prep == "an" and trig.type != "correspondence" and trig.frame != "sender":
            continue  # "appellierte an Deutschland"
        elif prep == "bei" and trig.type == "correspondence":
            continue  # "Verstimmung bei X löst ein Brief an Y aus": a letter goes "an" its addressee
        elif prep in PARTNER_MARKERS or (prep == "durch" and trig.mode == "host"):
            partners.append(aid)  # "beim Empfang durch Präsident al-Sisi": the host
        elif prep in ZU_FORMS and trig.lemma == "Kontakt" and takes_up(set(toks.lower[clause.start:clause.end])):
            partners.append(aid)  # "nahm Kontakt zum Ministerium auf"
        elif prep in AGENT_PREPS and trig.pos == "noun" and of_another_noun(view, s, clause, i):
            continue  # "beim Gipfel ein Pakt von EU und Türkei": who the pact is of is no summit's side
        elif prep == "von" and s >= 2 and toks.lower[s - 2] in INITIATIVE_VON_HEADS:
            initiator_von = aid
            others.append((s, aid))
        elif trig.pos == "noun" and s > clause.start and toks.lower[s - 1] in DATIVE_ARTICLES \
                and not (clause.start <= s - 2 and toks.lower[s - 2] in PARTNER_PREPS) \
                and not (trig.type == "correspondence" and means_phrase(toks, i)):
            if trig.type == "correspondence" and s < i and sent_in_clause(toks, clause, lex):
                partners.append(aid)  # "überreichte dem Botschafter eine Protestnote": its addressee
            continue  # "... will X die Aufnahme dem Parlament vorlegen": an object of another verb
        else:
            others.append((s, aid))
        # "auf Initiative von X", "auf Einladung von X", "einer Einladung von X"
        back = [toks.lower[j] for j in range(max(clause.start, s - 3), s)]
        if "von" in back and any(w in INITIATIVE_VON for w in back):
            initiator_von = aid
        # "auf Einladung der CDU", "einer Einladung Putins", "auf Initiative Umjerows"
        if s >= 1 and (toks.lower[s - 1] in INITIATIVE_VON or (
                s >= 2 and toks.lower[s - 1] in GENITIVE_ARTICLES and toks.lower[s - 2] in INITIATIVE_VON)):
            initiator_von = aid
    others = [(s, a) for s, a in others if a not in detached]
    return Sides(zwischen, partners, others, initiator_von)


def references(view: DocView, clause: Clause, in_clause: list[tuple[int, int, Mention]], i: int, trig: Trigger,
               sides: Sides, earlier: Earlier) -> list[tuple[int, str]]:
    """(token, actor) for the pronouns and group words of the clause: "er", "sie" beside a
    singular verb, "die beiden", "beide Seiten", "sein Telefonat"; they stand for actors named
    before.  With two sides named, only the words before the first mention are read."""
    toks = view.toks
    zwischen, partners, others = sides.zwischen, sides.partners, sides.others
    pronoun_actors: list[tuple[int, str]] = []
    mention_tokens = {j for s, e, _ in in_clause for j in range(s, e)}
    named = set(zwischen) | set(partners) | {a for _, a in others}
    first_mention = in_clause[0][0] if in_clause else clause.end
    for j in range(clause.start, clause.end if len(named) < 2 else first_mention):
        if j in mention_tokens:
            continue
        low = toks.lower[j]
        nxt = j + 1 if j + 1 < clause.end else None  # the next token in the clause
        masculine = low in PRONOUNS_MASC and toks.text[j][:1].islower() or (low == "er" and j == clause.sent_start)
        if masculine or low in PRONOUNS_FEM and singular_verb_beside(toks, j, clause):
            aid = quoted_self(view, clause, j, named, female=not masculine)
            if aid is None:
                aid = view.person_before(j if j > clause.start else clause.start, named, female=not masculine)
                aid = _acting_subject(view, clause, earlier, aid, named, j, not masculine) or aid
            if aid:
                pronoun_actors.append((j, aid))
        elif low in FIRST_PERSON_SUBJECTS and trig.pos == "verb" and not partners \
                and (aid := frame_speaker(view, clause.end, clause.sent_end, named)) is not None:
            pronoun_actors.append((j, aid))  # "Ich habe Orbán getroffen, sagte Faymann"
        elif low in PRONOUNS_FEM and verb_number_beside(toks, j, clause) == "plural" and earlier.recent \
                and len(earlier.recent[0].participants) >= 2 \
                and earlier.recent[0].sentence >= view_sentence(view, clause) - 1:
            # "Sie vereinbarten, sich bald wieder zu treffen": "sie" with a plural verb are the
            # sides of the act just told
            pronoun_actors.extend((j, aid) for aid in earlier.recent[0].participants if aid not in named)
        elif low in DEMONSTRATIVE_PRONOUNS and demonstrative_pronoun(toks, j, clause):
            aid = view.actor_before(j, named)
            if aid:
                pronoun_actors.append((j, aid))
        elif low in COALITION_NOUNS and j > clause.start and toks.lower[j - 1] in DEFINITE_DETERMINERS:
            # "werden sich die Koalitionsparteien zusammensetzen": the parties named before
            for aid in coalition_parties(view, j):
                pronoun_actors.append((j, aid))
        elif low in GROUP_WORDS and (nxt is None or not toks.text[nxt][:1].isupper() or toks.lower[nxt] in RECIPROCAL
                                     or toks.lower[nxt] in GROUP_NOUNS or is_role_plural(toks.text[nxt])
                                     or len(named) < 2 and attributive_both(toks, j) and is_body_plural(toks.text[nxt])) \
                and (not low.startswith(NUMERALS_AFTER_ARTICLE) or j > 0 and toks.lower[j - 1] in NUMERAL_GROUP_DETERMINERS):
            # a numeral stands for people only after an article: "die drei", not "Platz drei"
            # "die beiden", "beide Seiten", "der drei Minister": the actors of the last act, or
            # the last persons named.
            for aid in group_reference(view, earlier.recent, GROUP_WORDS[low], j, earlier.history):
                pronoun_actors.append((j, aid))
        elif low in POSSESSIVES and j + 1 == i and trig.pos == "noun" and not any(s < j for s, _ in others):
            # "sein Telefonat mit Macron": the possessor is a participant; after a subject
            # ("Dorm verschickt seine Briefe") it is that subject, no one named before.
            aid = view.person_before(j, {a for _, a in others} | set(partners), female=low.startswith("ihr") or None)
            if aid:
                pronoun_actors.append((j, aid))
    return pronoun_actors


def quoted_self(view: DocView, clause: Clause, j: int, named: set[str], female: bool) -> Optional[str]:
    """"Er habe am Montag mit Merkel telefoniert, sagte Faymann": the subject pronoun of reported
    speech (Konjunktiv I) that a frame of saying closes is the speaker telling of himself, when
    the speaker is a person of the pronoun's gender or of none known."""
    toks = view.toks
    if toks.lower[j] not in SUBJECT_PRONOUNS or not any(toks.lower[k] in KONJUNKTIV_I for k in clause.tokens()):
        return None
    speaker = frame_speaker(view, clause.end, clause.sent_end, named)
    actor = view.actors.get(speaker) if speaker is not None else None
    if actor is None or sex_of(actor) not in (None, female):
        return None
    return speaker


def demonstrative_pronoun(toks: TokenTable, j: int, clause: Clause) -> bool:
    """"solange diese mit X spricht", "ehe jener ihn anrief": a demonstrative with no noun after it
    (no capitalised word, no inflected adjective: "diese Woche", "diese neue Regierung") is a pronoun."""
    if j + 1 >= clause.end or toks.is_punct[j + 1]:
        return j + 1 < clause.end or j > clause.start
    nxt = toks.text[j + 1]
    return nxt[:1].islower() and not adjective_like(nxt) and not nxt.isdigit() and toks.lower[j + 1] not in PLURAL_WORDS


def _acting_subject(view: DocView, clause: Clause, earlier: Earlier, nearest: Optional[str], exclude: set[str],
                    j: int, female: bool) -> Optional[str]:
    """"Am Montag empfing Al-Kuwari den Vizeaußenminister Kasongo. Am Dienstag sprach er dann mit
    ...": a subject pronoun right after the act just told goes on with the one who initiated it
    (host, caller, sender), not with its object named last."""
    recent = earlier.recent
    if not recent or nearest is None or view.toks.lower[j] not in SUBJECT_PRONOUNS:
        return None
    c = recent[0]
    if c.initiator is None or c.initiator in exclude or nearest not in c.participants \
            or c.sentence < view_sentence(view, clause) - 1:
        return None
    # the initiator is the next person of the pronoun's gender before the nearest one
    if view.person_before(j if j > clause.start else clause.start, exclude | {nearest}, female=female) != c.initiator:
        return None
    return c.initiator


class Inherited(NamedTuple):
    """Participants taken from an earlier act."""
    participants: list[str]
    anaphoric: Optional[Candidate]  # the act a back-reference names (None for a further act)


def inherited_participants(view: DocView, at: TriggerAt, participants: list[str],
                           earlier: Earlier) -> Optional[Inherited]:
    """A contact noun with too few participants of its own that continues an earlier act
    ("ein weiteres Treffen") or refers back to it ("die Gespräche") takes its participants."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    recent, history = earlier.recent, earlier.history
    if len(participants) < 2 and trig.pos == "noun" and recent and toks.text[i].count("-") < 2 \
            and continues_previous(toks, i, clause):
        # "Ein weiteres Treffen in dieser Runde ist für März geplant", "Ein Folgetreffen ...":
        # the same people meet again as at the last act of this kind.
        same_kind = [c for c in (history or []) if c.type == trig.type and len(c.participants) >= 2]
        previous = same_kind[-1] if same_kind else recent[0]
        return Inherited(unique(participants + list(previous.participants)), None)
    if (not participants or (trig.mode == "invitation" and len(participants) == 1 and recent
                             and participants[0] in recent[0].participants)) \
            and trig.pos == "noun" and recent and toks.text[i].count("-") < 2 \
            and recent[0].sentence >= view_sentence(view, clause) - 2 \
            and i > clause.start and toks.lower[i - 1] in DEFINITE_DETERMINERS \
            and (trig.mode != "summit" or recent[0].mode == "summit"):
        # ("den Gipfel" names no talk between two: only a summit refers back to a summit)
        # "Die Gespräche sollen am 4. März fortgesetzt werden": the talks just reported.
        return Inherited(list(recent[0].participants), recent[0])
    return None


def _other_side(view: DocView, at: TriggerAt, partners: list[str]) -> Optional[str]:
    """"Ein Treffen mit Erdoğan gab es am Montag nicht": the article's current protagonist
    (the last person named before this sentence) is the other side; a headline has none.
    In reported speech ("sei ... nicht zustande gekommen") the side is the one just quoted;
    so is the side of a contact verb with an impersonal subject ("werde man mit X reden",
    guidelines, "Speaker as participant")."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    if view.segment_kind(toks.idx[i]) in SHORT_SEGMENTS:
        return None
    outside = subject_outside_clause(view, clause, set(partners))
    if outside is not None or opens_relative_clause(toks, clause):
        return outside  # "zwei Frauen, die zu einer Begegnung mit X eingeladen waren": no name
    # a verb's side is missing only behind "man", "wir", "es": "Außerdem werde man mit Ikea reden"
    impersonal = any(toks.lower[j] in IMPERSONAL_SUBJECTS for j in clause.tokens())
    if trig.pos != "noun" and not impersonal:
        return None
    speaker = _speaker_as_side(view, clause, set(partners))
    if speaker is not None:
        return speaker
    reported = any(toks.lower[j] in KONJUNKTIV_I for j in clause.tokens())
    if trig.pos != "noun":
        quoted = view.person_before(clause.sent_start, set(partners)) if reported else None
        return _group_of(view, clause, quoted, set(partners))
    if reported:
        # "Ein Treffen mit Putin sei nicht geplant, sagte Scholz": the person quoted before, else
        # the speaker the sentence's own frame names
        return view.person_before(clause.sent_start, set(partners)) \
            or frame_speaker(view, clause.end, clause.sent_end, set(partners))
    return view.protagonist_before(clause.sent_start, set(partners))


def subject_outside_clause(view: DocView, clause: Clause, partners: set[str]) -> Optional[str]:
    """The side a relative or infinitive clause names outside itself: the antecedent of its
    relative pronoun ("Faymann, der am Montag mit Merkel telefoniert hatte, ..."), or the
    subject of the clause it depends on ("Faymann reist nach Berlin, um dort Merkel zu treffen")."""
    toks = view.toks
    k = clause.start
    if k <= clause.sent_start or toks.text[k - 1] != ",":
        return None
    if opens_relative_clause(toks, clause):
        end = k - 1
        if toks.text[end - 1] == ")":
            # "Innenministerin X (ÖVP), die ...": the party in brackets stands between
            opening = next((j for j in range(end - 2, max(clause.sent_start, end - 8) - 1, -1) if toks.text[j] == "("), None)
            end = opening if opening is not None else end
        before = [m.actor_id for s, e, m in view.mentions_in(clause.sent_start, end) if e == end]
        found = before[-1] if before else None
    elif toks.lower[k] in INFINITIVE_CONJUNCTIONS:
        # the first actor of the sentence no preposition governs: the main clause's subject
        found = next((m.actor_id for s, e, m in view.mentions_in(clause.sent_start, k - 1)
                      if governing_prep(toks, s, clause.sent_start) is None
                      and view.actors[m.actor_id].kind not in PLACE_KINDS), None)
    else:
        return None
    return found if found is not None and found not in partners else None


def opens_relative_clause(toks: TokenTable, clause: Clause) -> bool:
    """The clause is a relative clause after a comma: ", der ...", ", die ..."."""
    k = clause.start
    return k > clause.sent_start and toks.text[k - 1] == "," and toks.lower[k] in RELATIVE_SUBJECTS


def _speaker_as_side(view: DocView, clause: Clause, partners: set[str]) -> Optional[str]:
    """"Schon am Montag habe es mit der Ministerin ein Gespräch gegeben, sagte der Bürgermeister",
    "Wir führen Verhandlungen mit der Türkei, erklärte Mitrow": a contact told without its
    own subject ("es", "man", "wir") in a quote is the speaker's (guidelines, "Speaker as
    participant"); the speaker is the person named after the verb of saying, or as the source
    of the clause ("nach Angaben Gruberbauers", "Gruberbauer zufolge")."""
    toks = view.toks
    if not any(toks.lower[j] in IMPERSONAL_SUBJECTS for j in clause.tokens()):
        return None
    for s, e, m in view.mentions_in(clause.start, clause.end, clause):
        actor = view.actors.get(m.actor_id)
        if actor is not None and actor.kind == "person" and m.actor_id not in partners \
                and (_in_source_formula(toks, s, e, clause) or e < clause.end and toks.lower[e] == "zufolge"
                     or governing_prep(toks, s, clause.start) in SOURCE_PREPS):
            # "hat es nach Angaben Gruberbauers nicht gegeben": the source speaks
            return _group_of(view, clause, m.actor_id, partners)
    speaker = frame_speaker(view, clause.end, clause.sent_end, partners) \
        or speaker_before(view, clause.sent_start, clause.start, partners)
    return _group_of(view, clause, speaker, partners)


def frame_speaker(view: DocView, start: int, end: int, partners: set[str]) -> Optional[str]:
    """The person a frame of saying in [start, end) names: ", sagte der Bürgermeister"."""
    toks, saying = view.toks, saying_words()
    for k in range(max(start, 1), end):
        if toks.lower[k] in saying and toks.text[k - 1] == ",":
            for s, e, m in view.mentions_starting(k + 1, min(end, k + 8)):
                actor = view.actors.get(m.actor_id)
                if actor is not None and actor.kind == "person" and m.actor_id not in partners:
                    return m.actor_id
            return None
    return None


def speaker_before(view: DocView, start: int, end: int, partners: set[str]) -> Optional[str]:
    """The person a verb of saying before the clause names as its subject: "Der Kanzler sagte,
    man sei mit X im Gespräch", "..., sagte der Kanzler mit Blick darauf, dass man mit X rede"."""
    toks, saying = view.toks, saying_words()
    for k in range(end - 1, start - 1, -1):
        if toks.lower[k] not in saying:
            continue
        after = [m.actor_id for s, e, m in view.mentions_starting(k + 1, min(end, k + 4))]
        before = [m.actor_id for s, e, m in view.mentions_in(max(start, k - 4), k) if e == k]
        for aid in after + before:
            actor = view.actors.get(aid)
            if actor is not None and actor.kind == "person" and aid not in partners:
                return aid
        return None
    return None


def voiced_state_side(view: DocView, clause: Clause, partners: set[str],
                      participants: list[str]) -> Optional[tuple[str, str]]:
    """"Sein Land werde eine Protestnote an X schicken, sagte Außenminister Y", "Außenminister Y
    sagte, man sei mit X in Verhandlungen": the subject "sein Land", "man" or "wir" is the state
    Y speaks for, and Y, named in the frame of saying, is no side.  (speaker, state) or None;
    for "man"/"wir" only where the speaker was taken for a side."""
    toks = view.toks
    for j in clause.tokens():
        low = toks.lower[j]
        own_state = low in POSSESSIVES and j + 1 < clause.end and toks.lower[j + 1] in OWN_STATE_NOUNS \
            and not (j > clause.start and toks.lower[j - 1] in PREPOSITIONS)
        if not (own_state or low in GROUP_SUBJECTS):
            continue
        speaker = frame_speaker(view, j + 1, clause.sent_end, partners) \
            or speaker_before(view, clause.sent_start, j, partners)
        if speaker is None and own_state:
            speaker = view.person_before(j, partners, female=low.startswith("ihr") or None)
        if speaker is None or not own_state and speaker not in participants:
            return None
        state = state_spoken_for(view, speaker, j, partners)
        return (speaker, state) if state else None
    return None


def _group_of(view: DocView, clause: Clause, speaker: Optional[str], partners: set[str]) -> Optional[str]:
    """The side a quoted "wir" or "man" is: a government member's state ("Wir verhandeln mit
    Kanada, sagte der Außenminister": his state talks), else the speaker himself."""
    if speaker is None or not any(view.toks.lower[j] in GROUP_SUBJECTS for j in clause.tokens()):
        return speaker
    return state_spoken_for(view, speaker, clause.start, partners) or speaker


def add_attendees(view: DocView, clause: Clause, recent: list[Candidate]) -> None:
    """"Daran soll neben X und Y auch Z teilnehmen": attendees named right after the act join it."""
    toks = view.toks
    words = {toks.lower[j] for j in clause.tokens()}
    takes_part = bool(words & TAKE_PART) or ("teil" in words and bool(words & TAKE_PART_SEPARATED)) \
        or is_present_at(toks, clause, words)
    if not (words & ATTENDANCE_WORDS and takes_part):
        return
    people = [m.actor_id for s, e, m in view.mentions_in(clause.start, clause.end, clause)
              if not excluded(toks, view, s, e, m, clause)]
    for c in recent:
        c.participants = unique(c.participants + people)


def is_present_at(toks: TokenTable, clause: Clause, words: set[str]) -> bool:
    """"Mit dabei ist auch die Weltbank", "Ebenfalls dabei waren zwei Minister", "Auch Rom war
    dabei": "dabei sein" after "mit", "auch", "ebenfalls" or at the clause end tells attendance;
    "Dabei ist auch klar, dass ..." does not (``words``: the clause's lower-case words)."""
    if not words & SEIN_FORMS:
        return False
    last = max((j for j in clause.tokens() if toks.text[j][:1].isalnum()), default=None)
    return any(toks.lower[j] == PRESENT_AT and (j > clause.start and toks.lower[j - 1] in PRESENT_AT_BEFORE or j == last)
               for j in clause.tokens())


def is_role_plural(word: str) -> bool:
    """"der beiden Chefdiplomaten", "die drei Minister": a role noun, not "allen drei Gesprächen"."""
    from ..actors import role_of
    return role_of(word) is not None


def is_body_plural(word: str) -> bool:
    """"beider Vereine", "beiden Nachbarländern": a capitalised plural noun of organisations or states
    (the word itself or the head of its compound)."""
    low = word.lower()
    return word[:1].isupper() and any(low == p or low.endswith(p) and len(low) - len(p) >= 3 for p in BODY_PLURALS)


def attributive_both(toks: TokenTable, j: int) -> bool:
    """"die Verhandlungen beider Vereine", "zwischen beiden Konzernen": "beide" as the genitive
    attribute of a noun or after "zwischen", where it names the sides of the act.  A subject
    "beide Regierungen" that sums up acts told with their people ("haben beide Regierungen ihre
    Gespräche intensiviert") is left alone."""
    low = toks.lower[j]
    return low == "beider" or low == "beiden" and j > 0 and toks.lower[j - 1] == "zwischen"


@per_folder
def party_names(root) -> frozenset[str]:
    """Canonical names of political parties (``organisations.tsv``, type ``party``)."""
    return frozenset(r["name"] for r in load_table("organisations.tsv", key="name", root=root) if r["type"] == "party")


#: How many parties a coalition has at most; with more named it is not said which govern.
COALITION_SIZE = 3


def coalition_parties(view: DocView, token: int) -> list[str]:
    """"die Koalitionsparteien": the two or three parties named before ``token``, else none."""
    parties = party_names()
    found: list[str] = []
    for s, e, m in view.mentions[:bisect.bisect_right(view.mention_starts, token)]:
        a = view.actors[m.actor_id]
        if e <= token and a.kind == "organization" and a.name in parties and a.id not in found:
            found.append(a.id)
    return found if 2 <= len(found) <= COALITION_SIZE else []


def body_pair(view: DocView, recent: list[Candidate], token: int, history: Optional[list[Candidate]],
              plural: str = "") -> list[str]:
    """The two organisations or states "beide Unternehmen" stands for: those of the last act
    between two of them, else the last two named before; never persons, and only organisations
    when the plural names organisations ("beider Vereine": no club's city)."""
    kinds = ORG_KINDS if plural.lower().endswith(ORGANISATION_PLURALS) else None

    def fits(actor_id: str) -> bool:
        kind = view.actors[actor_id].kind
        return kind != "person" and (kinds is None or kind in kinds)

    for c in ([recent[0]] if recent else []) + (history or [])[-6:][::-1]:
        if len(c.participants) == 2 and all(fits(a) for a in c.participants):
            return list(c.participants)
    found: list[str] = []
    for s, e, m in reversed(view.mentions[:bisect.bisect_right(view.mention_starts, token)]):
        a = view.actors[m.actor_id]
        if e > token or not fits(a.id) or a.id in found:
            continue
        found.append(a.id)
        if len(found) == 2:
            return found[::-1]
    return []


def group_reference(view: DocView, recent: list[Candidate], n: int, token: int,
                    history: Optional[list[Candidate]] = None) -> list[str]:
    """Who "die beiden" / "die drei" are: the last act with that many participants, else the last
    n distinct persons named before."""
    # "beide Seiten" are often organisations; "die beiden" are people
    any_kind = token + 1 < view.toks.n and view.toks.lower[token + 1] in SIDE_NOUNS
    if token + 1 < view.toks.n and view.toks.lower[token] in BOTH and not any_kind \
            and is_body_plural(view.toks.text[token + 1]):
        # "beider Vereine", "die Regierungen beider Länder": the last two organisations or states;
        # "die Außenminister beider Länder" are the two persons just named in these roles, if any.
        if token > 0 and is_role_plural(view.toks.text[token - 1]):
            people = group_reference(view, recent, 2, token - 1, history)
            if people and all(view.actors[a].kind == "person" for a in people):
                return people
        return body_pair(view, recent, token, history, view.toks.text[token + 1])
    if any_kind:
        # "Vertreter von Verdi und KAV kamen zusammen. ... Verdi-Verhandlungsführer Brandstätter schlug
        # ein Gespräch mit KAV-Chefin Okonkwo-Maier vor. ... wollen sich beide Seiten im März treffen":
        # the sides are the last organisations or states that met, not their negotiators.
        for c in ([recent[0]] if recent else []) + (history or [])[-6:][::-1]:
            if len(c.participants) == n and all(view.actors[a].kind != "person" for a in c.participants):
                return list(c.participants)
    if recent and len(recent[0].participants) == n:
        return list(recent[0].participants)
    earlier = [c for c in (history or [])[-6:] if len(c.participants) == n]
    if n > 2 and earlier:
        return list(earlier[-1].participants)
    found: list[str] = []
    # mentions starting after the token also end after it: skip them
    for s, e, m in reversed(view.mentions[:bisect.bisect_right(view.mention_starts, token)]):
        if e > token:
            continue
        a = view.actors[m.actor_id]
        if (a.kind == "person" or any_kind) and a.id not in found and not is_speaker(a):
            found.append(a.id)
        if len(found) == n:
            return found[::-1]
    return []


def _number_adjective(text: str) -> bool:
    """"der 83-jährigen Mutter", "eine 20-köpfige Delegation": a number joined to an adjective."""
    head, _, tail = text.rpartition("-")
    return head.replace(".", "").replace(",", "").isdigit() and tail.isalpha() and tail[:1].islower() \
        and adjective_like(tail)


#: Words between a noun and its prepositional attribute at most: "ein Gesuch der Gemeinde an X".
NOUN_ATTRIBUTE_GAP = 4


def noun_attribute(toks: TokenTable, i: int, s: int, preps: frozenset[str]) -> bool:
    """The preposition before the mention at ``s`` stands right after the noun at ``i``, as its
    attribute: "ein Ansuchen an die Schweiz", "eine Anfrage der Grünen an die Ministerin"; in
    "das Gesuch bezieht sich auf Aufträge an den Konzern" the "an" belongs to another noun."""
    prep = next((j for j in range(s - 1, i, -1) if toks.lower[j] in preps), None)
    return prep is not None and prep - i <= NOUN_ATTRIBUTE_GAP


def of_another_noun(view: DocView, s: int, clause: Clause, i: int) -> bool:
    """Does the "von" before the mention at ``s`` make it the attribute of a common noun other
    than the contact noun at ``i``?  "von X" after a noun is the genitive's analytic form ("ein
    Pakt von EU und Türkei" = "der Pakt der EU und der Türkei", "ein Plan von Polen"): whose
    pact or plan, not who meets.  Kept: the contact noun's own "von" ("ein Treffen von X und
    Y"), nouns that stand for their holders (roles, "Vertreter von", "die Regierung von"), the
    cue of an initiative ("auf Einladung von X"), a source ("nach Angaben von X"), a time ("am Montag von X empfangen") and the
    host's place ("im Amtssitz von X")."""
    toks = view.toks
    k = s - 1
    while k > clause.start and toks.lower[k] not in AGENT_PREPS and s - k <= 6 and (
            toks.lower[k] in DETERMINERS or toks.lower[k] in LIST_GLUE or adjective_like(toks.text[k])
            or view.in_mention_at[k]):
        k -= 1  # articles, adjectives and the list members before ("von Polen und Litauen")
    h = k - 1
    if toks.lower[k] not in AGENT_PREPS or h <= clause.start or h == i:
        return False
    word, low = toks.text[h], toks.lower[h]
    if not (toks.is_alpha[h] and word[:1].isupper()) or toks.is_sent_start[h] or view.in_mention_at[h] \
            or view.in_time_at[h] or trigger_lexicon().noun(word) is not None:
        return False
    return not (low in REPRESENTATIVE_NOUNS or low in GOVERNMENT_NOUNS or low in INITIATIVE_VON
                or low in SOURCE_NOUNS or low in ACQUISITION_NOUNS or is_role_plural(word) or is_body_plural(word) or is_place_noun(word))


def example_of_class(view: DocView, s: int, clause: Clause) -> bool:
    """"Europäische Staaten wie Österreich und Ungarn sprechen wieder mit Russland", "Firmen wie
    die Voestalpine": names after "wie" and a noun of a class are examples of a generic group,
    which is no identifiable side (guidelines: generic statements); "sowohl mit X wie mit Y" has
    no noun before its "wie"."""
    toks = view.toks
    k = s - 1
    while k > clause.start and (toks.lower[k] in DETERMINERS or toks.lower[k] in LIST_GLUE or view.in_mention_at[k]):
        k -= 1
    if toks.lower[k] not in EXAMPLE_MARKERS or k - 1 < clause.start:
        return False
    word = toks.text[k - 1]
    return word[:1].isupper() and toks.is_alpha[k - 1] and not view.in_mention_at[k - 1] and not toks.is_sent_start[k - 1]


def led_body(view: DocView, s: int, clause: Clause) -> bool:
    """"Das Außenministerium unter Sebastian Kurz informiert ...", "die Behörde unter ihrem Chef
    X": a person after "unter" right after a body's name leads that body, one side with it, no
    partner of its own."""
    toks = view.toks
    k = next((j for j in range(s - 1, max(clause.start, s - 5) - 1, -1) if toks.lower[j] == LEADER_PREP), None)
    if k is None or k - 1 < clause.start:
        return False
    return any(view.actors[m.actor_id].kind != "person" for _s, _e, m in view.mentions_covering(k - 1))


def governing_prep(toks: TokenTable, start: int, clause_start: int, limit: int = 30,
                   in_time: Optional[list[bool]] = None) -> Optional[str]:
    """The preposition a mention stands in: 'mit dem russischen Präsidenten' -> 'mit'
    (``governing_index``)."""
    j = governing_index(toks, start, clause_start, limit, in_time)
    return None if j is None else toks.lower[j]


def governing_index(toks: TokenTable, start: int, clause_start: int, limit: int = 30,
                    in_time: Optional[list[bool]] = None) -> Optional[int]:
    """The token of the preposition a mention stands in.

    Walks back over determiners, adjectives, nouns, other list members and list
    glue ("mit A, B und C"; "mit den Amtskollegen aus F (A), G (B) und H (C)").
    Returns the first other word's token (a preposition, a verb, ...) or None.  A time
    expression (``in_time``: per token) closes its own phrase: in "traf am Montag
    Vertreter der Gewerkschaft" the union stands in no "am".
    """
    j = start - 1
    while j >= clause_start and start - j <= limit:
        if in_time is not None and in_time[j]:
            return None
        text, low = toks.text[j], toks.lower[j]
        if low in DETERMINERS or low in LIST_GLUE or toks.is_space[j]:
            j -= 1
            continue
        if text == "(" and j - 1 > clause_start and toks.text[j - 1][:1].isupper():
            j -= 1  # "mit der Sozialistischen Arbeiterpartei (PSOE)": the letters name the noun before
            continue
        if (text[:1].isupper() or "-" in text and any(p[:1].isupper() for p in text.split("-"))) \
                and j != clause_start:
            j -= 1  # nouns and names, also "al-Burhan"
            continue
        if (toks.is_alpha[j] or "-" in text and text.replace("-", "").isalpha()) and adjective_like(text) \
                and low not in PREPOSITIONS or _number_adjective(text):
            j -= 1  # an adjective ("dem russischen Präsidenten", "nordrhein-westfälischen"), not a verb
            continue
        if low in NOUN_MODIFIER_PREPS and j - 1 >= clause_start and noun_before(toks, j - 1, clause_start):
            j -= 1
            continue
        if text[:1].isupper() and low not in PREPOSITIONS:  # the clause's first word ("Mit X selbst ...")
            return None
        if low in PREPOSITIONS and toks.text[j + 1] == ",":
            # A preposition needs its noun right after it; one before a comma is a separable
            # particle closing the clause ("kündigte an, Fico zu treffen") and governs nothing.
            return None
        return j
    return None


def excluded(toks: TokenTable, view: DocView, s: int, e: int, m: Mention, clause: Clause) -> bool:
    """Mentions that are no participant: sources, topics, places and origins, speakers."""
    actor = view.actors[m.actor_id]
    if is_speaker(actor):
        return True
    denied = denied_alternative(toks, clause.start, clause.end)
    if denied is not None and denied[0] < s < denied[1]:
        return True  # "telefonierte nicht mit X, sondern mit Y": X takes no part
    prep = governing_prep(toks, s, clause.start, limit=4, in_time=view.in_time_at)
    if prep in NON_PARTICIPANT_PREPS or prep == "angaben":
        return True
    if actor.kind != "person" and any(s2 == e and view.actors[m2.actor_id].kind == "person" and m2.actor_id != actor.id
                                      for s2, e2, m2 in view.mentions_starting(e, e + 1)):
        return True  # "Bundesrat Albert Rösti": an office before the name
    if (s > clause.start and is_place_noun(toks.text[s - 1]) or is_place_noun(toks.text[s])) \
            and governing_prep(toks, s, clause.start, limit=4) in PLACE_PREPS:
        return True  # "auf dem Weltraumbahnhof Wostotschny", "im Küstenort Mamallapuram"
    if actor.kind in ("country", "city") and s > clause.start and is_building_noun(toks.text[s - 1]):
        return True  # "besuchte die Universität Wien", "den Flughafen Wien": a building named by its city
    if prep == "von" and arranged_by(toks, s, e, clause):
        return True
    if prep == LEADER_PREP and actor.kind == "person" and led_body(view, s, clause):
        return True
    if example_of_class(view, s, clause):
        return True
    if joined_body(toks, s, clause):
        return True
    prep = governing_prep(toks, s, clause.start, in_time=view.in_time_at)
    if actor.kind in ("country", "city") and prep in NON_PARTICIPANT_PREPS and s > clause.start \
            and toks.lower[s - 1] in COORDINATORS:
        return True  # "sprachen über Flüchtlinge aus Syrien, Irak und Afghanistan": the whole list is the topic
    if e < clause.end and toks.lower[e] == "zufolge":
        return True
    # "nach Söders Worten", "nach Angaben des Ministeriums", "nach einem Bericht der Athener Zeitung X":
    # a source formula; the mention must stand inside it, not after it ("Nach Angaben des Kremls
    # hat Putin ..." keeps Putin).
    if _in_source_formula(toks, s, e, clause):
        return True
    # "Stephan Weil (SPD)", "Katrin de Groot (VfL Wolfsburg)", "Theo Maier (Bauernbund Tirols)":
    # an affiliation in brackets; "die Studentin Jill (Emma Stone)": a name alone in brackets after
    # a person's name is that person's other name or, in a review, the player of the part.
    # Neither is a further participant.
    if bracket_after_person(toks, view, s, clause, actor.id) and (
            actor.kind != "person" or toks.text[s - 1] == "(" and e < clause.end and toks.text[e] == ")"):
        return True
    if actor.kind in ("country", "city") and s - 1 == clause.start and toks.lower[clause.start] in PLACE_PREPS:
        return True  # "In Brüssel lud sie ...": the clause opens with the place
    if actor.kind in ("country", "city", "organization") and prep in PLACE_PREPS \
            and not (prep == "vom" and actor.kind == "organization" and _passive(toks, clause)) \
            and not (actor.kind in ("country", "city") and _after_government(toks, s, prep, clause)):
        return True  # but "war vom Innenministerium informiert worden": the passive's agent
    if actor.kind != "person" and affiliation_of_person(toks, view, s, clause):
        return True
    start = view.phrase_start(s)
    if _genitive_attribute(toks, view, start, clause, actor.name) \
            or actor.kind == "person" and _saxon_genitive(toks, start, e, clause, actor.name):
        return True
    if actor.kind in ("country", "city") and view.possessive_of_person(s, e):
        return True  # "Chinas Staats- und Parteichef Xi Jinping"
    if actor.kind in ("country", "city") and any(toks.lower[k] in DIRECTION_WORDS for k in range(max(clause.start, s - 3), s)):
        return True  # "westlich von Paris"
    return False


def _saxon_genitive(toks: TokenTable, s: int, e: int, clause: Clause, name: str) -> bool:
    """"man intervenierte, Eigrubers Pläne zu verhindern": a name in the genitive before a noun
    owns the thing and takes no part; but a contact noun after it is the owner's own act, which
    the name is a side of ("Merkels Treffen mit Obama")."""
    word = toks.text[e - 1]
    if e >= clause.end or word != name.split()[-1] + "s" or s > clause.start and toks.lower[s - 1] in DETERMINERS:
        return False  # "des Ministers Pläne" is no Saxon genitive
    k = e
    while k < clause.end and toks.text[k][:1].islower() and toks.text[k].endswith(ADJECTIVE_ENDINGS):
        k += 1  # "Eigrubers neue Pläne"
    return k < clause.end and toks.text[k][:1].isupper() and toks.is_alpha[k] \
        and trigger_lexicon().noun(toks.text[k]) is None


def bracket_after_person(toks: TokenTable, view: DocView, s: int, clause: Clause, actor_id: str) -> bool:
    """Does the mention at ``s`` (of ``actor_id``) stand inside a bracket opened right after the
    name of another person ("mit Max Roth (Handelskammer, Quuxland)")?  What the bracket says
    describes that person."""
    for k in range(s - 1, max(clause.start, s - 8) - 1, -1):
        if toks.text[k] == ")":
            return False
        if toks.text[k] == "(":
            return k - 1 >= clause.start and any(
                x[1] == k and x[2].actor_id != actor_id and view.actors[x[2].actor_id].kind == "person"
                for x in view.mentions_covering(k - 1))
    return False


def letter_sender(view: DocView, i: int, clause: Clause) -> Optional[str]:
    """The sender a letter noun names right after it: "ein Brief von Präsidentin X an ...", or
    its genitive attribute: "in einem Schreiben der Gewerkschaft X an ...", "laut einem Brief des
    Wiener Bürgermeisters X an ...", "die Protestnote Serbiens an ..." (the letter noun's own
    preposition, "in" or "laut", does not make its sender a place or a source)."""
    toks = view.toks
    if i + 1 >= clause.end:
        return None
    if toks.lower[i + 1] == "von":
        start = i + 2
    elif toks.lower[i + 1] in GENITIVE_ARTICLES:
        start = i + 2
    else:
        start = i + 1  # a name in the genitive right after the noun
    for s, e, m in view.mentions_starting(start, min(clause.end, start + 4)):
        if all(toks.lower[k] in DETERMINERS or view.in_mention_at[k] or adjective_like(toks.text[k])
               or toks.lower[i + 1] in GENITIVE_ARTICLES and toks.text[k][:1].isupper() and toks.is_alpha[k]
               for k in range(start, s)):
            return m.actor_id
        break
    return None


def unnamed_partner(view: DocView, i: int, clause: Clause, trig: Optional[Trigger] = None) -> bool:
    """Does "mit" after the contact noun (or "an" after a letter), also behind the one named with
    "von" ("ein Brief von X an zahlreiche Schulsprecher"), name its partner by a common noun only
    ("Gespräche mit Wirtschaftsvertretern", "ein Treffen mit den Bürgermeistern der Region")?
    The guidelines count no side without a name, so no other actor may be taken for it."""
    toks = view.toks
    k = i + 1
    letter = trig is not None and trig.type == "correspondence"
    if k < clause.end and toks.lower[k] in AGENT_PREPS:
        # the sender or the one who held it: "ein Brief von Präsidentin Maier an ...", "eine
        # Telefonkonferenz vom früheren Minister Kurt Weber mit führenden Bankern"
        k += 1
        while k < clause.end and k - i <= 9 and (view.in_mention_at[k] or toks.lower[k] in DETERMINERS
                                                 or adjective_like(toks.text[k])):
            k += 1
        if not view.in_mention_at[k - 1]:
            return False
    if k >= clause.end or not (toks.lower[k] == "mit" or letter and toks.lower[k] == "an"):
        return False
    k += 1
    while k < clause.end and (toks.lower[k] in DETERMINERS or adjective_like(toks.text[k])):
        k += 1
    if k >= clause.end or not toks.text[k].replace("-", "").isalpha() or not toks.text[k][:1].isupper() \
            or view.in_mention_at[k]:
        return False  # a word, also a compound: "mit Hedgefonds-Mitarbeitern"
    if toks.lower[k] in REPRESENTATIVE_NOUNS:
        return False  # "mit Vertretern der Regierung": the body follows
    if is_role_plural(toks.text[k]):
        # "mit den Amtskollegen aus Frankreich (Lecornu)": names follow; "an zahlreiche
        # Schulsprecher", "mit den Bürgermeistern der Region": none do
        return not any(view.in_mention_at[m] for m in range(k + 1, min(clause.end, k + 6)))
    return trigger_lexicon().noun(toks.text[k]) is None


def affiliation_of_person(toks: TokenTable, view: DocView, s: int, clause: Clause) -> bool:
    """"mit Ulrich Brenner aus dem Verkehrsministerium", "mit Hans Maier von der SPD": where a
    named person comes from says who he is; it is no side of its own."""
    k = s - 1
    if k > clause.start and toks.lower[k] in DETERMINERS:
        k -= 1
    if k <= clause.start or toks.lower[k] not in ORIGIN_PREPOSITIONS:
        return False
    return any(e2 == k and view.actors[m2.actor_id].kind == "person" for _, e2, m2 in view.mentions_covering(k - 1))


def is_building_noun(word: str) -> bool:
    """"Universität", "Flughafen", "Hotel": a place noun naming a building or institution, not an area."""
    return is_place_noun(word) and not is_area_noun(word)


def arranged_by(toks: TokenTable, s: int, e: int, clause: Clause) -> bool:
    """Does an arranging participle follow "von X" ("ein von X angekündigtes Treffen"), or any
    attributive participle but one of doing the act itself ("das von X als echt bestätigte
    Schreiben", "das von X kritisierte Treffen"; not "der von X geschriebene Brief")?"""
    for k in range(e, min(clause.end, e + 4)):
        word = toks.lower[k]
        if any(word == stem + end for stem in ARRANGING_PARTICIPLES for end in ADJECTIVE_ENDINGS):
            return True
        stem = attributive_participle(word)
        if stem is not None and k + 1 < clause.end and toks.text[k + 1][:1].isupper() and opens_phrase(toks, s, clause):
            return stem not in ACT_PARTICIPLES
        if not word.isalpha() or toks.text[k][:1].isupper():
            return False
    return False


def opens_phrase(toks: TokenTable, s: int, clause: Clause) -> bool:
    """"das (mittlerweile) von X ...": an article stands before the "von" of the mention at ``s``,
    so "von X" opens an attribute of a noun phrase ("Auf Initiative von X telefonierten" is none)."""
    j = s - 1
    while j > clause.start and toks.lower[j] in DETERMINERS:
        j -= 1
    if toks.lower[j] not in AGENT_PREPS:
        return False
    j -= 1
    for _ in range(2):  # adverbs between: "in dem mittlerweile von X bestätigten Schreiben"
        if j >= clause.start and toks.text[j][:1].islower() and toks.lower[j] not in DETERMINERS and toks.text[j].isalpha():
            j -= 1
    return j >= clause.start and toks.lower[j] in DETERMINERS


def attributive_participle(word: str) -> Optional[str]:
    """"bestätigten" -> "bestätigt", "angekündigtes" -> "angekündigt", "geschriebene" ->
    "geschrieben": the participle an inflected attributive word is, or None."""
    for end in ADJECTIVE_ENDINGS_LONGEST_FIRST:
        if not word.endswith(end) or len(word) - len(end) < 6:
            continue
        stem = word[:-len(end)]
        if not stem.endswith(("t", "en")):
            continue
        if "ge" in stem[:5] or stem.endswith("iert") or stem.startswith(INSEPARABLE_PREFIXES + PARTICIPLE_PREFIXES):
            return stem
    return None


def _after_government(toks: TokenTable, s: int, prep: Optional[str], clause: Clause) -> bool:
    """"die Regierungen in Lissabon, Helsinki und Dublin": the places stand for their governments."""
    for k in range(s - 1, max(clause.start, s - 30) - 1, -1):
        if toks.lower[k] == prep:
            return k > clause.start and toks.lower[k - 1] in GOVERNMENT_NOUNS
    return False


def _passive(toks: TokenTable, clause: Clause) -> bool:
    """A passive auxiliary in the clause ("wurde", "worden"): "vom"/"von" may name the agent."""
    return any(toks.lower[j] in PASSIVE_AUXILIARIES for j in clause.tokens())


def _werden_passive(view: DocView, clause: Clause, agent: int, i: int) -> bool:
    """The present passive with its agent: "wird am Mittwoch von Präsident X empfangen". A
    present "werden" with the verb after a "von" phrase; the future active names no agent
    ("X wird am Mittwoch Y empfangen"), and a "von" after a common noun is its attribute
    ("wird Vertreter von Greenpeace empfangen")."""
    toks = view.toks
    von = next((k for k in range(agent - 1, clause.start - 1, -1) if toks.lower[k] in AGENT_PREPS), None)
    if von is None or von >= i or not any(toks.lower[j] in WERDEN_PRESENT for j in range(clause.start, von)):
        return False
    if von == clause.start or not toks.text[von - 1][:1].isupper() or view.in_mention_at[von - 1] \
            or view.in_time_at[von - 1]:
        return True
    return known_place(toks.text[von - 1]) is not None  # "in Wien von X empfangen"


def _in_source_formula(toks: TokenTable, s: int, e: int, clause: Clause) -> bool:
    """Is the mention the holder of a "nach Angaben/Worten/einem Bericht ..." formula?"""
    if e < clause.end and toks.lower[e] in SOURCE_NOUNS and s - 1 >= clause.start and toks.lower[s - 1] == "nach":
        return True  # "nach Söders Worten"
    k = s - 1
    # between the source noun and the mention only articles, adjectives, descriptive nouns and the
    # quotation marks of a title ("der Athener Zeitung „Kathimerini“"), no verb
    while k >= clause.start and s - k <= 6 and toks.lower[k] not in SOURCE_NOUNS:
        word = toks.text[k]
        if not (toks.lower[k] in DETERMINERS or word[:1].isupper() or word in QUOTATION_MARKS or
                (word.isalpha() and adjective_like(word))):
            return False
        k -= 1
    if k < clause.start or toks.lower[k] not in SOURCE_NOUNS:
        return False
    return any(toks.lower[j] == "nach" for j in range(max(clause.start, k - 3), k))


def _genitive_attribute(toks: TokenTable, view: DocView, s: int, clause: Clause, name: str = "") -> bool:
    """"der Chefunterhändler der Huthi-Miliz", "Gouverneur der Banque de France": the
    organisation qualifies a noun; it is no participant (unless that noun is the contact)."""
    # "das Interesse Deutschlands": a genitive -s name right after a common noun ("die Partei
    # Vamos" is the name itself, -s and all).
    if toks.text[s].endswith("s") and toks.text[s] != name and s - 1 > clause.start and not toks.is_sent_start[s - 1] \
            and not any(x[0] <= s < x[1] and view.actors[x[2].actor_id].kind == "person" for x in view.mentions_covering(s)) \
            and not view.in_time_at[s - 1] \
            and toks.is_alpha[s - 1] and toks.text[s - 1][:1].isupper() \
            and trigger_lexicon().noun(toks.text[s - 1]) is None and toks.lower[s - 1] not in DETERMINERS \
            and toks.lower[s - 1] not in REPRESENTATIVE_NOUNS and not view.in_mention_at[s - 1] \
            and toks.lower[s - 1] not in INITIATIVE_VON:
        return True  # but "Delegationen Saudi-Arabiens und Irans" stand for the states, "auf Initiative Lissabons" names the initiator
    # a role reference holds its article: "die Tagesordnung [der Bischöfe]"
    j = s if toks.lower[s] in GENITIVE_ARTICLES and view.in_mention_at[s] else s - 1
    nouns = 0
    while j >= clause.start and toks.is_alpha[j] and toks.lower[j] not in DETERMINERS and (
            adjective_like(toks.text[j]) or (nouns < 2 and toks.text[j][:1].isupper() and lex_noun_free(toks.text[j]))):
        nouns += toks.text[j][:1].isupper()
        j -= 1  # adjectives, an apposition noun ("der amerikanischen Notenbank Federal Reserve")
    if j < clause.start or toks.lower[j] not in GENITIVE_ARTICLES and toks.lower[j] not in GENITIVE_POSSESSIVES:
        return False  # "den Schwerpunkt seines Unternehmens" is a genitive as "des Unternehmens" is
    if view.in_time_at[j]:
        return False  # "traf Anfang des Monats Kanzlerin X": the genitive belongs to the time
    if j < s and view.in_mention_at[j]:
        return False  # "traf Ursula von der Leyen Olaf Scholz": the article is part of the name before
    h = j - 1  # the head noun
    return (h >= clause.start and toks.is_alpha[h] and toks.text[h][:1].isupper()
            and trigger_lexicon().noun(toks.text[h]) is None and toks.lower[h] not in REPRESENTATIVE_NOUNS
            and toks.lower[h] not in INITIATIVE_VON  # "auf Wunsch des Präsidenten": the initiator
            and toks.lower[h] not in PREPOSITIONS)  # "Mit der Kommissarin telefonierte ...": no noun at all


def lex_noun_free(text: str) -> bool:
    """A capitalised word that is no contact noun."""
    return trigger_lexicon().noun(text) is None


def sent_in_clause(toks: TokenTable, clause: Clause, lex: TriggerLexicon) -> bool:
    """The clause has a verb of sending or handing over (cue kind ``sending``), whose dative
    object receives the letter: "schickte dem Ministerium einen Brief", "ließ dem Kanzler ein
    Schreiben zukommen"."""
    return any(c.kind == "sending" for j in clause.tokens() for c in lex.cue(toks.lower[j]))


def means_phrase(toks: TokenTable, i: int) -> bool:
    """"hatte die GHL dem Verband in einem Schreiben übermittelt": a letter noun in a "in
    einem"/"per" phrase is the means of the clause's verb, whose objects are the recipients."""
    return i >= 2 and toks.lower[i - 1] in MEANS_DETERMINERS \
        and toks.lower[i - 2] in MEANS_PREPS


def singular_predicate(toks: TokenTable, i: int, clause: Clause) -> bool:
    """Is the verb at i (or its auxiliary) singular, so that it has one subject?"""
    words = [toks.lower[k] for k in range(clause.start, clause.end) if toks.text[k][:1].islower()]
    if any(w in PLURAL_AUXILIARIES for w in words):
        return False
    if any(w in SINGULAR_AUXILIARIES for w in words):
        return True
    return not toks.lower[i].endswith(PLURAL_VERB_ENDINGS)


def singular_verb_beside(toks: TokenTable, j: int, clause: Clause) -> bool:
    """"bot sie ... an", "sie hatte": a singular finite verb beside "sie" makes it "she"; the
    plural ("boten sie", "sie hatten", "sie verhandeln", "sind sie") makes it "they"."""
    return verb_number_beside(toks, j, clause) == "singular"


def verb_number_beside(toks: TokenTable, j: int, clause: Clause) -> Optional[str]:
    """"singular" or "plural": the number of the finite verb right beside token j, else None."""
    for k in (j - 1, j + 1):
        # a pronoun opening a main clause has the finite verb right after it (German verb second:
        # "Sie vereinbarten ...", whatever the lemma table makes of the form)
        if clause.start <= k < clause.end and toks.is_alpha[k] and toks.text[k][:1].islower() \
                and (is_verb_form(toks.lower[k]) or k == j + 1 and j == clause.sent_start):
            return verb_number(toks.lower[k])
    if j - 1 == clause.start and toks.lower[clause.start] in CLAUSE_SUBORDINATORS:
        return _final_verb_number(toks, clause)
    return None


def verb_number(word: str) -> str:
    """The number of a finite verb form: "treffen", "sind" plural, "trifft", "werde" singular."""
    return "plural" if word.endswith(PLURAL_VERB_ENDINGS) or word == "sind" else "singular"


def _final_verb_number(toks: TokenTable, clause: Clause) -> Optional[str]:
    """A subordinate clause has its finite verb last: "dass sie Fico am Montag treffen werde"
    ("she"), "weil sie einander lange nicht gesehen hatten" ("they")."""
    k = clause.end - 1
    while k > clause.start and not toks.is_alpha[k]:
        k -= 1
    if not (toks.text[k][:1].islower() and is_verb_form(toks.lower[k])):
        return None
    return verb_number(toks.lower[k])


def zwischen_attaches(toks: TokenTable, s: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """"ein Gespräch zwischen X und Y", "gab es zwischen X und Y": yes; "an der Grenze zwischen
    Mexiko und den USA", "Stillstand zwischen dem Westen und Russland": no."""
    j = s - 1
    while j >= clause.start and toks.lower[j] != "zwischen":
        j -= 1
    k = before_noun_phrase(toks, j, clause.start)
    if k < clause.start or not (toks.is_alpha[k] and toks.text[k][:1].isupper()):
        # "Zwischen X und Y ist ein Streit ausgebrochen", "die Konflikte in Syrien und zwischen
        # X und Y": a noun of relation in the clause takes the pair, not the contact word
        return not any(toks.lower[m] in RELATION_NOUNS for m in range(clause.start, clause.end))
    return lex.noun(toks.text[k]) is not None


def has_reciprocal(toks: TokenTable, clause: Clause) -> bool:
    """"telefonierten miteinander", "trafen sich": the clause names both sides at once."""
    return any(toks.lower[j] in RECIPROCAL or toks.lower[j] == "sich" for j in range(clause.start, clause.end))


def continues_previous(toks: TokenTable, i: int, clause: Clause) -> bool:
    """"ein weiteres Treffen", "das nächste Treffen", "ein Folgetreffen", "in gleicher Runde"."""
    if toks.lower[i].startswith(FOLLOW_UP_PREFIXES):
        return True
    words = [toks.lower[j] for j in clause.tokens()]
    before = [toks.lower[j] for j in range(max(clause.start, i - 3), i)]
    if any(w in CONTINUATION_WORDS for w in before):
        return True
    return any(a in SAME_GROUP and b in ROUND_NOUNS
               for a, b in zip(words, words[1:]))


def actor_by_surname(view: DocView, word: str) -> Optional[str]:
    """The person whose name ends in a word ("Biden" in "Putin-Biden-Telefonat")."""
    for actor in view.actors.values():
        if actor.kind == "person" and actor.name.split()[-1] == word:
            return actor.id
    return None


def drop_metonymic_duplicates(view: DocView, ids: list[str]) -> list[str]:
    """A state, capital or unnamed office holder beside a named person of that state is the same
    side, not another participant ("mit Katars Regierungschef ... Al Thani", "Putin ... Moskau")."""
    named = [view.actors[a] for a in ids if view.actors[a].kind == "person" and not is_unnamed(view.actors[a])]
    countries = {p.country for p in named if p.country}
    return [a for a in ids if not (stands_in(view.actors[a]) and view.actors[a].country in countries)]


def subject_of(toks: TokenTable, view: DocView, clause: Clause, i: int, participants: list[str],
               partners: list[str], pronouns: Optional[list[tuple[int, str]]] = None) -> Optional[str]:
    """The subject of a directed contact verb: "X rief Y an", "Am Montag rief X Y an", "von X angerufen",
    "empfängt er den Chefdiplomaten" (a pronoun right after the verb is its subject)."""
    mentions = [(s, m.actor_id) for s, e, m in view.mentions_in(clause.start, clause.end) if m.actor_id in participants]
    mentions = sorted(mentions + [(j, a) for j, a in (pronouns or [])
                                  if toks.lower[j] in SUBJECT_PRONOUNS or toks.lower[j] in FIRST_PERSON_SUBJECTS])
    for s, aid in mentions:
        if governing_prep(toks, s, clause.start) in AGENT_PREPS and (_passive(toks, clause)
                                                                      or _werden_passive(view, clause, s, i)):
            return aid
    before = [a for s, a in mentions if s < i and a not in partners]
    if before:
        return before[0]
    after = [a for s, a in mentions if s > i and a not in partners]
    return after[0] if after else None


def unique(ids: list[str]) -> list[str]:
    """The ids in order, each once."""
    return list(dict.fromkeys(ids))
