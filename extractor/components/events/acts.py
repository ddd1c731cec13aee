"""Steps 3 to 7 per trigger: the acts a sentence reports, one ``Candidate`` per act.

For each sentence with a contact word (or right after an act), its clauses; for each clause,
its triggers (step 3); for each trigger, the participants (4), the status (5), the initiative
(7) and the date (6); then one candidate per act: objects met one after the other, partners of
a plural noun ("Telefonate mit A, B und C") and coordinated dates ("am Freitag und am Sonntag")
each make an act of their own.
"""
from __future__ import annotations

import datetime
from typing import Any, Optional

from spacy.tokens import Doc

from ..segmenter import strip_span
from ..tokens import TokenTable
from ..triggers import TriggerLexicon
from ..types import TimeValue
from ...lang.de.adverbs import EARLIER_WORDS, NOW_WORDS, ONGOING_SPANS, ONGOING_WORDS, SPAN_UNITS
from ...lang.de.adverbs import FIRST_WORDS, SEQUENCE_WORDS
from ...lang.de.conjunctions import LIST_GLUE, SEQUENCE_GLUE
from ...lang.de.determiners import DEFINITE_DETERMINERS, DETERMINERS
from ...lang.de.numerals import SPAN_COUNTS, TWICE
from ...lang.de.prepositions import PREPOSITIONS, PROGRESSIVE_PREPS
from ...lang.de.verbs import HOSTED_CONFERRING_VERBS, PAST_AUXILIARIES, PROGRESSIVE_STATE_VERBS, VISIT_ONLY
from . import confidence as weight
from .candidate import Candidate
from .words import adjective_like, before_noun_phrase
from .clauses import Clause
from .dates import (clause_dates, clause_prospect, coming_weekday, coordinated_date_run, dates_the_plan, in_the_future, named_before_date,
                    referred_date, sentence_date, starts_after)
from .initiative import clause_initiative
from .participants import (Earlier, Participants, add_attendees, attributive_participle, governing_index, has_reciprocal,
                           is_reply, participants_of, subject_of, unique)
from .objects import generic_object, without_unnamed_place
from .press import is_medium, press_formula, press_interviewer, saying_words, shown_in_medium
from .readings import other_reading, person_host
from .appearances import before_a_body, is_appearance
from .visits import (co_visitors, drop_hosted_visits, hosted_by_inviter, is_place_visit, is_travel, is_visit,
                     visit_participants)
from .status import act_status, anterior_of, present_tense
from .summons import is_summons, summons_participants
from .triggers import TriggerAt, clause_triggers, coordinated_parts, type_of
from .view import SHORT_SEGMENTS, DocView, Sentence


#: Words between two members of one list of objects ("bei PSOE und der liberalen Ciudadanos").
LIST_GAP = 5


def find_candidates(doc: Doc, lex: TriggerLexicon, min_participants: int = 2,
                    view: Optional[DocView] = None) -> list[Candidate]:
    """Every mention of a contact act in the Doc, in text order."""
    view = view or DocView(doc)
    out: list[Candidate] = []
    group = 0
    recent: list[Candidate] = []
    unmatched: list[tuple[int, TriggerAt]] = []  # triggers that found no act: later ones may tell their sides
    for s_idx, sent in enumerate(view.sentences):
        if not (recent and recent[0].sentence >= s_idx - 1) and not view.possible_triggers(sent.start, sent.end, lex):
            continue  # no contact word, no act just before: nothing to find here
        clauses = view.clauses(s_idx, lex)
        seen_triggers: set[int] = set()
        for clause in clauses:
            triggers = clause_triggers(view, clause, lex, seen_triggers)
            if not triggers and recent and recent[0].sentence >= s_idx - 1:
                add_attendees(view, clause, recent)
            for at in coordinated_parts(view, clause, triggers):
                seen_triggers.add(at.token)
                group += 1
                found = candidates_for(view, lex, sent, clauses, at, Earlier(recent, out, unmatched), min_participants)
                for c in found:
                    c.group, c.sentence = group, s_idx
                out.extend(found)
                if not found:
                    unmatched.append((s_idx, at))
                if found and not all(is_place_visit(view, c) for c in found):
                    recent = found
    return drop_hosted_visits(view, out)


def candidates_for(view: DocView, lex: TriggerLexicon, sent: Sentence, clauses: list[Clause], at: TriggerAt,
                   earlier: Earlier, min_participants: int) -> list[Candidate]:
    """The acts one trigger reports: participants, status, initiative and date, one Candidate each."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    if other_reading(view, lex, sent, at) or generic_object(view, at):
        return []
    at = without_unnamed_place(view, at)
    clause = at.clause
    # "reist nach Chile": travel is a contact only as a visit of a place; "Besuch in Ottawa" without a host too
    part = None if trig.lemma in VISIT_ONLY or is_travel(at) else participants_of(view, lex, at, earlier, min_participants)
    if part is not None and co_visitors(view, at, part):
        part = None  # "Mikl-Leitner und Doskozil besuchen die Grenze": they visit together, not each other
    if part is None and is_visit(at):
        part = visit_participants(view, at)
    elif part is not None and is_visit(at):
        part = hosted_by_inviter(view, part)
    if part is None and is_summons(at):
        part = summons_participants(view, at)
    if part is not None and is_appearance(at) and not before_a_body(view, part):
        return []  # "eine Rede vor Studenten", "vor dem Parteitag": no body met
    if part is None or (trig.type == "talk" and trig.pos == "noun"
                        and (press_formula(view, sent, i) or shown_in_medium(view, sent, i))):
        return []
    if trig.type != "correspondence" and press_interviewer(view, clause, part.ids):
        return []  # "Reporterin X sprach mit Y": an interview
    found = act_status(view, clause, clauses, i, trig, lex, part.anaphoric)
    status = found.status
    sent_chars = strip_span(toks.doc_text, sent.start_char, sent.end_char)
    segment = view.segment_kind(toks.idx[i])
    confidence = part.confidence
    if segment in SHORT_SEGMENTS:
        confidence -= weight.SHORT_SEGMENT
    initiator, proposer = clause_initiative(view, lex, at, part, found)
    reply = trig.type != "call" and is_reply(toks, clause)
    if reply:
        initiator = None  # the one who answers did not start the exchange
    dates = clause_dates(view, clause, i)
    etype = type_of(trig, toks, clause)
    if etype == "talk" and trig.lemma in HOSTED_CONFERRING_VERBS and person_host(view, at):
        etype = "meeting"
    common = dict(type=etype, trigger=(i, i + 1), evidence=sent_chars, segment=segment,
                  status=status, initiator=initiator, proposer=proposer, confidence=confidence,
                  mode=trig.mode, frame=trig.frame,
                  anterior=anterior_of(toks, i, clause, trig, lex) if status == "occurred" else None,
                  reply=reply)
    acts = separate_acts(view, at, part, dates, common) or dated_act(view, lex, at, part, dates, common)
    if trig.type == "correspondence":
        told = told_media(view, clause)
        return without_media(view, acts, min_participants, told) if told else acts
    return without_media(view, acts, min_participants)


#: Words (punctuation not counted) between a verb of saying and the medium it addresses.
SAID_TO_GAP = 3


def told_media(view: DocView, clause: Clause) -> set[str]:
    """"Der Zeitung sagte sie", "sagte er dem Sender": a medium beside a verb of saying, only its
    speaker, pronouns or adverbs between, is the one told; it gets a statement, not the letter the
    clause may name (the guidelines' press convention).  A holed clause is read without its hole
    ("Der Zeitung, die das Interview druckt, sagte er")."""
    toks, saying = view.toks, saying_words()
    words = [k for k in clause.tokens() if not toks.is_punct[k]]

    def reaches_saying(side: list[int]) -> bool:
        for k in side:
            if toks.lower[k] in saying:
                return True
            if toks.lower[k] in PREPOSITIONS or not (view.in_mention_at[k] or toks.text[k].islower()):
                return False  # "Vertrauen seitens der ARD": the medium belongs to another phrase
        return False

    told: set[str] = set()
    for s, e, m in view.mentions_in(clause.start, clause.end, clause):
        if is_medium(view, m.actor_id) and (reaches_saying([k for k in words if k < s][::-1][:SAID_TO_GAP])
                                            or reaches_saying([k for k in words if k >= e][:SAID_TO_GAP])):
            told.add(m.actor_id)
    return told


def without_media(view: DocView, acts: list[Candidate], min_participants: int,
                  only: Optional[set[str]] = None) -> list[Candidate]:
    """A news medium is no side of a call, talk or meeting (an interview is a statement);
    ``only``: just these media are dropped (those told something, beside a letter)."""
    out = []
    for c in acts:
        kept = [a for a in c.participants if not (is_medium(view, a) and (only is None or a in only))]
        if len(kept) == len(c.participants):
            out.append(c)
        elif len(kept) >= max(2, min_participants):
            c.participants = kept
            out.append(c)
    return out


def separate_acts(view: DocView, at: TriggerAt, part: Participants, dates: list[TimeValue],
                  common: dict[str, Any]) -> list[Candidate]:
    """One act per object met in sequence, per partner of a plural noun, or per coordinated date
    (none when the trigger reports one act)."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    participants, partners = part.ids, part.sides.partners
    # "traf Baerbock zunächst Han Zheng, anschließend Wang Yi": one act per object in sequence.
    if trig.pos == "verb" and trig.frame in ("object", "host", "visit", "caller") and _in_sequence(toks, clause):
        subject = subject_of(toks, view, clause, i, participants, partners, part.pronouns)
        objects = [a for a in participants if a != subject]
        if subject is not None and len(objects) >= 2:
            date = dates[0] if dates else sentence_date(view, clause, i)
            return [Candidate(participants=[subject, o], date=date, **common) for o in objects]
    # "rief A und B an", "warb bei A und B für den Plan": a caller reaches each one by one.
    if trig.pos == "verb" and trig.frame == "caller" and not has_reciprocal(toks, clause) \
            and len(set(part.sides.zwischen)) < 2:
        subject = subject_of(toks, view, clause, i, participants, partners, part.pronouns)
        objects = [a for a in participants if a != subject]
        if subject is not None and len(objects) >= 2 and _one_list(view, clause, objects):
            date = dates[0] if dates else sentence_date(view, clause, i)
            return [Candidate(participants=[subject, o], date=date, **common) for o in objects]
    # "Telefonate mit den Amtskollegen aus F (A), G (B) und H (C)": one act per partner.
    if trig.pos == "noun" and trig.plural and len(set(partners)) >= 2 and part.side_a:
        subject = [a for a in participants if a not in partners]
        date = dates[0] if dates else None
        return [Candidate(participants=subject + [p], date=date, **common) for p in unique(partners)]
    # "traf am Montag A und am Dienstag B": each object told after its own date met on that day.
    if trig.pos == "verb" and len(dates) >= 2:
        subject = subject_of(toks, view, clause, i, participants, partners, part.pronouns)
        paired = objects_by_date(view, clause, [a for a in participants if a != subject], dates)
        if subject is not None and paired:
            return [Candidate(participants=[subject, o], date=d, **common) for o, d in paired]
    # "sprach mit A und danach mit B", "nach Gesprächen mit der Kanzlerin und mit ihrem
    # Amtskollegen": the partner preposition said again opens another act, one per counterpart.
    groups = _partner_groups(view, clause, part)
    side = [a for a in participants if a not in partners]
    if len(groups) >= 2 and side:
        date = dates[0] if dates else sentence_date(view, clause, i)
        return [Candidate(participants=side + g, date=date, **common) for g in groups]
    run = coordinated_date_run(toks, dates)
    if len(run) >= 2:
        return [Candidate(participants=list(participants), date=d, **common) for d in run]
    return []


def _partner_groups(view: DocView, clause: Clause, part: Participants) -> list[list[str]]:
    """The partners by the "mit" they stand behind: "mit A und B" is one group, "mit A und mit B",
    "zuerst mit A, dann mit B" are two."""
    toks = view.toks
    groups: dict[int, list[str]] = {}
    for s, e, m in part.in_clause:
        if m.actor_id not in part.sides.partners:
            continue
        k = governing_index(toks, s, clause.start)
        if k is not None and toks.lower[k] == "mit" and m.actor_id not in groups.setdefault(k, []):
            groups[k].append(m.actor_id)
    found = [g for _, g in sorted(groups.items()) if g]
    return found if len({a for g in found for a in g}) == sum(len(g) for g in found) else []


def dated_act(view: DocView, lex: TriggerLexicon, at: TriggerAt, part: Participants, dates: list[TimeValue],
              common: dict[str, Any]) -> list[Candidate]:
    """The one act a trigger reports, dated by its clause, its sentence or a date referred to;
    "zweimal" with one date is two acts, the other undated."""
    toks = view.toks
    i, trig, clause = at.token, at.trigger, at.clause
    published = view.doc._.published
    status = common["status"]
    twice = any(toks.lower[j] in TWICE for j in range(clause.start, clause.end))
    back_reference = trig.pos == "noun" and i > clause.start and toks.lower[i - 1] in DEFINITE_DETERMINERS
    date = dates[0] if dates else (sentence_date(view, clause, i) or referred_date(view, clause, back_reference)
                                   or (named_before_date(view, i) if _definite_noun(toks, i, clause) else None))
    if status in ("occurred", "possible") and date is not None and trig.pos == "verb" and present_tense(toks, i, clause, lex):
        # "Am Montag trifft Macron Scholz in Paris": in news, the present tense with a weekday
        # announces the coming one; a speculation in the present looks ahead as well ("Womöglich
        # trifft er am Montag X"), and stays possible.
        ahead = coming_weekday(date, published)
        if ahead is not None:
            date = ahead
            status = common["status"] = "planned" if status == "occurred" else status
        elif status == "occurred" and starts_after(date.value, published):
            # "Die Präsidentin reist nächste Woche nach Chile": the present with a later date plans
            status = common["status"] = "planned"
    elif status == "occurred" and date is not None and trig.pos == "noun" and starts_after(date.value, published) \
            and not any(toks.lower[j] in PAST_AUXILIARIES for j in clause.tokens()) \
            and not told_done(toks, i, clause):
        # "Nach einem Aufenthalt in Lima am Dienstag fliegt sie weiter": an act dated after the
        # report, in a clause told in the present, is still to come; not one a participle tells
        # done ("Nach den gescheiterten Verhandlungen gilt das Votum am Sonntag als ...")
        status = common["status"] = "planned"
    if status == "planned" and date is None:
        date = clause_prospect(view, clause, i)
    if status == "planned" and date is not None and dates and dates_the_plan(view, clause, i, date, published):
        date = None
    if status == "planned" and date is not None:
        # a weekday of the last days is the coming one, not the same day a year on
        date = coming_weekday(date, published) or in_the_future(date, published)
    if date is None and status == "occurred" and published and len(published) >= 7:
        date = vague_date(toks, clause, published, ongoing=present_tense(toks, i, clause, lex) if trig.pos == "verb"
                          else _told_now(toks, clause))
        if date is None and trig.pos == "noun" and in_progress(toks, i, clause):
            end = toks.idx[i] + len(toks.text[i])
            date = TimeValue(toks.idx[i], end, toks.text[i], "DATE", published[:7], "APPROX")
    if twice and len(dates) <= 1:
        return [Candidate(participants=list(part.ids), date=date, **common),
                Candidate(participants=list(part.ids), date=None, **common)]
    return [Candidate(participants=list(part.ids), date=date, **common)]


def _definite_noun(toks: TokenTable, i: int, clause: Clause) -> bool:
    """A contact noun with its definite article, adjectives and their adverbs between ("vor dem
    vorläufig gescheiterten Gipfel")."""
    j = i - 1
    while j > max(clause.start, i - 4) and toks.lower[j] not in DETERMINERS and toks.is_alpha[j] \
            and toks.text[j][:1].islower():
        j -= 1
    return j >= clause.start and j < i and toks.lower[j] in DEFINITE_DETERMINERS and toks.text[i][:1].isupper()


def vague_date(toks: TokenTable, clause: Clause, published: str, ongoing: bool) -> Optional[TimeValue]:
    """An act still going on when the article appeared ("verhandelt seit Monaten mit X", "spricht
    derzeit mit X": a verb in the present) or told as just before the report with no day named
    ("hatten zuvor miteinander gesprochen") is dated as the guidelines date vague times: the
    month of publication, approximately (the marker's words are the evidence)."""
    for j in clause.tokens():
        low = toks.lower[j]
        nxt = toks.lower[j + 1] if j + 1 < clause.end else ""
        if ongoing and low == "seit":
            start = span_start(toks, j, clause, published)
            if start is not None:
                return start
        if low in EARLIER_WORDS or (ongoing and (low in ONGOING_WORDS or (low, nxt) == ("im", "moment")
                                                 or (low == "seit" and nxt in ONGOING_SPANS))):
            end = toks.idx[j] + len(toks.text[j])
            return TimeValue(toks.idx[j], end, toks.text[j], "DATE", published[:7], "APPROX")
    return None


def _told_now(toks: TokenTable, clause: Clause) -> bool:
    """A contact noun in a clause with a word of now and no past auxiliary: "Wir führen im Moment
    Gespräche mit X", "Derzeit laufen Verhandlungen mit X" tell an act going on at publication."""
    words = [toks.lower[j] for j in clause.tokens()]
    now = any(w in NOW_WORDS or (w, nxt) == ("im", "moment") for w, nxt in zip(words, words[1:] + [""]))
    return now and not any(w in PAST_AUXILIARIES for w in words)


def in_progress(toks: TokenTable, i: int, clause: Clause) -> bool:
    """"X befindet sich in Verhandlungen mit Y", "steht in engem Kontakt mit Y": "in" + the contact
    noun with a present form of sein/stehen/sich befinden tells an act going on at publication."""
    j = before_noun_phrase(toks, i, clause.start)
    # clause-initial, the phrase sets a scene ("Im Gespräch mit X zeigte er sich ...")
    if j <= clause.start or toks.lower[j] not in PROGRESSIVE_PREPS:
        return False
    return any(toks.lower[k] in PROGRESSIVE_STATE_VERBS for k in clause.tokens())


def span_start(toks: TokenTable, j: int, clause: Clause, published: str) -> Optional[TimeValue]:
    """"verhandelt seit einem Jahr mit X", "seit drei Wochen": an act going on at publication
    began the counted span before it; its start, to the month (the guidelines' date is when
    the act took place, and a span counted back from the publication gives no day)."""
    words = [toks.lower[k] for k in range(j + 1, min(j + 4, clause.end))]
    if not words or not (words[0] in SPAN_COUNTS or words[0].isdigit()):
        return None
    count = SPAN_COUNTS.get(words[0]) or int(words[0])
    rest = words[1:]
    half = bool(rest) and rest[0] == "halben"
    if half:
        rest = rest[1:]
    if not rest or rest[0] not in SPAN_UNITS or count > 60:
        return None
    unit, size = SPAN_UNITS[rest[0]]
    try:
        pub = datetime.date(int(published[:4]), int(published[5:7]), int(published[8:10]) if len(published) >= 10 else 15)
    except ValueError:
        return None
    if unit == "months":
        months = count * size // (2 if half else 1)
        total = pub.year * 12 + pub.month - 1 - months
        value = f"{total // 12:04d}-{total % 12 + 1:02d}"
    else:
        day = pub - datetime.timedelta(weeks=count * size)
        value = day.isoformat()[:7]
    end = toks.idx[j] + len(toks.text[j])
    return TimeValue(toks.idx[j], end, toks.text[j], "DATE", value, "APPROX")


def told_done(toks: TokenTable, i: int, clause: Clause) -> bool:
    """An attributive participle in the contact noun's phrase ("nach den gescheiterten
    Verhandlungen") tells the act done."""
    return any(attributive_participle(toks.lower[j]) for j in range(before_noun_phrase(toks, i, clause.start) + 1, i))


def objects_by_date(view: DocView, clause: Clause, objects: list[str],
                    dates: list[TimeValue]) -> list[tuple[str, TimeValue]]:
    """Each object with the date told right before it, when every one has a date of its own
    between it and the object before ("am Montag A und am Dienstag B"); else none."""
    firsts: dict[str, int] = {}
    for s, _e, m in view.mentions_in(clause.start, clause.end, clause):
        if m.actor_id in objects and m.actor_id not in firsts:
            firsts[m.actor_id] = view.toks.idx[s]
    if len(objects) < 2 or len(firsts) < len(set(objects)):
        return []
    paired: list[tuple[str, TimeValue]] = []
    after = -1
    for actor, start in sorted(firsts.items(), key=lambda kv: kv[1]):
        own = [d for d in dates if after < d.start and d.end <= start]
        if not own:
            return []
        paired.append((actor, own[-1]))
        after = start
    return paired if len({d.value for _a, d in paired}) == len(paired) else []


def _one_list(view: DocView, clause: Clause, objects: list[str]) -> bool:
    """The objects are named as one list ("bei PSOE und Ciudadanos", "A, B sowie C"): between
    one and the next only a few words, a list word among them, and no verb."""
    firsts: dict[str, tuple[int, int]] = {}
    for s, e, m in view.mentions_in(clause.start, clause.end, clause):
        if m.actor_id in objects and m.actor_id not in firsts:
            firsts[m.actor_id] = (s, e)
    if len(firsts) < len(set(objects)):
        return False
    spans = sorted(firsts.values())
    toks = view.toks
    def glue(k: int) -> bool:
        return toks.lower[k] in LIST_GLUE or toks.lower[k] in DETERMINERS or toks.text[k][:1].isupper() \
            or adjective_like(toks.text[k])
    return all(a[1] < b[0] <= a[1] + LIST_GAP and any(toks.lower[k] in LIST_GLUE for k in range(a[1], b[0]))
               and all(glue(k) for k in range(a[1], b[0])) for a, b in zip(spans, spans[1:]))


def _in_sequence(toks: TokenTable, clause: Clause) -> bool:
    """"zunächst X, anschließend Y" / "X und danach Y": the objects were met one after the other
    (a sequence word right after a comma or "und", or "zunächst ... dann")."""
    positions = clause.tokens()
    words = {toks.lower[j] for j in positions}
    glued = any(toks.lower[j] in SEQUENCE_WORDS and j - 1 >= clause.start and toks.text[j - 1] in SEQUENCE_GLUE
                for j in positions)
    return glued or (bool(words & FIRST_WORDS) and bool(words & SEQUENCE_WORDS))
