"""The tense of the clause around an expression, which picks the past or future "Montag".
"""
from __future__ import annotations

import re
from typing import Optional

from ...lang.de.verbs import WERDEN_PRESENT
from ..verb_forms import has_perfect_infinitive, is_participle, weak_preterite
from .grammar import TENSES
from .rules import cue_class


CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")
# the cues decide that nothing decides: the date is read on its own
ON_ITS_OWN = "ON_ITS_OWN"
WORD = re.compile(r"[^\W\d_]+")
# the cue classes a participle of the passive may carry without naming a tense of its own: as a
# form it reads as a perfect ("verschickt", "informiert"); "erwartet", "geplant" keep their FUTURE
PASSIVE_PARTICIPLE_CUES = frozenset({"PARTICIPLE", "PERFECT", "PAST"})
# "seit" governing the expression ("seit Mittwoch", "seit dem 3. Mai"): the period began before now
SINCE_BEFORE = re.compile(r"(?<![\w-])[Ss]eit\s+(?:de[mn]\s+|vergangene[mn]?\s+|letzte[mn]?\s+)?\Z")
# the expression with at most its preposition and article opens the clause: its Vorfeld
# ("Am Freitag", "Im Oktober", "An dem Tag", "Zu Ostern")
VORFELD_BEFORE = re.compile(r"\s*(?:[A-ZÄÖÜa-zäöü]{1,4}\s+){0,2}\Z")
# the word right after the Vorfeld is the finite verb (German main clauses put it second); a present form
# of the third person ends in -t or -en ("öffnet", "gilt", "beginnen"); -te/-ten may be a past, left open
PRESENT_FORM = re.compile(r"[a-zäöüß]{2,}(?<!te)(?:t|en)(?<!ten)(?![\w-])")


def clause_around(text: str, sent: tuple[int, int], ext: tuple[int, int], widen: int = 0) -> tuple[int, int]:
    """The comma-delimited clause holding the expression (German clauses are comma-bound),
    with ``widen`` more clauses on each side."""
    breaks = [m for m in CLAUSE_BREAK.finditer(text, sent[0], ext[0])]
    start = breaks[-1 - widen].end() if len(breaks) > widen else sent[0]
    after = []
    for m in CLAUSE_BREAK.finditer(text, ext[1], sent[1]):
        after.append(m)
        if len(after) > widen:
            break
    return start, after[widen].start() if len(after) > widen else sent[1]


def nearest_cues(cues: re.Pattern, text: str, span: tuple[int, int], ext: tuple[int, int],
                 passive: tuple[tuple[int, int], ...] = ()) -> dict[str, int]:
    """Distance of the nearest cue of each class to the expression (``passive``: the auxiliary
    and the participle of a present passive, which name no tense)."""
    nearest: dict[str, int] = {}

    def note(kind: str, m: re.Match) -> None:
        dist = ext[0] - m.end() if m.end() <= ext[0] else m.start() - ext[1]
        if dist < nearest.get(kind, dist + 1):
            nearest[kind] = dist

    listed = set()
    for m in cues.finditer(text, *span):
        listed.add(m.start())
        if m.start() < ext[1] and m.end() > ext[0]:
            continue
        kind = cue_class(m)
        if passive and (m.span() == passive[0] or m.span() == passive[1] and kind in PASSIVE_PARTICIPLE_CUES):
            continue
        if kind == "FORWARD" and m.start() >= ext[1]:
            continue  # "ab", "bis" govern the date after them: "im Mai, bis Juni ..." leaves "Mai" alone
        if kind == "PROSPECT" and not prospect_of_expression(text, m, ext):
            continue  # "führte am Montag die lange geplanten Gespräche": the plan is not the day's
        note(kind, m)
    for m in WEAK_PAST_SHAPE.finditer(text, *span):
        # "Am Montag stattete Kurz Serbien einen Besuch ab": a weak preterite before a name,
        # which the listed cues leave alone (an adjective stands there too: "die gute Nachricht")
        if m.start() not in listed and not ext[0] <= m.start() < ext[1] and weak_preterite(m.group()):
            note("PAST", m)
    return nearest


#: what may stand between an attributive plan participle and the day it plans, when the
#: participle comes first: its noun and the day's preposition ("das geplante Treffen am Freitag")
PROSPECT_NOUN_GAP = re.compile(r"\s+[A-ZÄÖÜ][\w-]*\s+(?:am|für|vom|im|zum|Anfang|Ende|Mitte)?\s*")


def prospect_of_expression(text: str, m: re.Match, ext: tuple[int, int]) -> bool:
    """Does the plan participle at m belong to the expression's own noun phrase?  It follows the
    day directly ("ein für Freitag geplantes Treffen") or precedes it by its noun ("das geplante
    Treffen am Freitag"); elsewhere in the clause it is another noun's attribute."""
    if m.start() >= ext[1]:
        return not text[ext[1]:m.start()].strip()
    return PROSPECT_NOUN_GAP.fullmatch(text, m.end(), ext[0]) is not None


#: a lower-case word ending like a weak preterite: "besuchte", "stattete", "forderten"
WEAK_PAST_SHAPE = re.compile(r"(?<![\w-])[a-zäöüß]{3,}ten?(?![\w-])")


def present_passive(text: str, span: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans of "werden" and its participle when the clause stands in the present passive
    (Vorgangspassiv), else ().  "werden" with a participle is no future: "Der Brief wird im März
    verschickt", "..., weil der Brief im März verschickt wird" (verb-final); but "Sie wird im März
    reisen" and "Der Brief wird im März verschickt werden" (the future passive) are."""
    words = list(WORD.finditer(text, *span))
    if len(words) < 2:
        return ()
    last, before = words[-1], words[-2]
    if last.group().lower() in WERDEN_PRESENT:
        # verb-final: the participle, then the finite "werden", and no other "werden" before them
        if is_participle(before.group()) and not any(w.group().lower() in WERDEN_PRESENT for w in words[:-2]):
            return last.span(), before.span()
        return ()
    aux = next((w for w in words[:-1] if w.group().lower() in WERDEN_PRESENT), None)
    if aux is not None and is_participle(last.group()):
        return aux.span(), last.span()
    return ()


def perfect_infinitive(text: str, span: tuple[int, int]) -> bool:
    """The clause holds a perfect infinitive or a verb-final perfect: a past act (``verb_forms``)."""
    return has_perfect_infinitive([w.group() for w in WORD.finditer(text, *span)])


def tense_at(cues: re.Pattern, text: str, sent: tuple[int, int], ext: tuple[int, int]) -> Optional[str]:
    """PAST, FUTURE, PRESENT or None: the nearest finite cue of the clause, else of the clauses beside it.

    "Nachdem sie am Freitag telefoniert hatten, wollen sie sich am Dienstag
    treffen." - Freitag is past, Dienstag future.  A cue further away belongs to
    another clause's verb: in "Im Mai kam er nicht, und so sagt man: Er spielt am
    9. Dezember in Bozen" nothing near "9. Dezember" is past.  A participle alone means
    past; with "werden" it is the present passive, which names no future ("Die Gespräche werden
    am Freitag fortgesetzt", "Der Brief wird Ende Februar verschickt": PRESENT where nothing else
    in the clause decides), nor with "ist"/"sind", where it names a state ("Das Museum ist
    am Ostermontag geöffnet"), unless it is the participle of a verb whose perfect takes
    "sein" ("Er ist am Montag gestorben").  "seit" before the expression makes it past,
    whatever the verb: "Spätestens seit Mittwoch dürfte der Kreis kleiner sein".  "ab" points forward only where no verb decides:
    "Ab Montag gilt die Regel" is future, "Er hat ab dem 3. Mai umgebaut" past.  An attributive
    plan participle points ahead, but told in the past it leaves the nearest occurrence: "Ein für
    Freitag geplantes Treffen wurde abgesagt"."""
    if SINCE_BEFORE.search(text, max(sent[0], ext[0] - 24), ext[0]):
        return "PAST"  # "seit Mittwoch": a period that began before now, whatever the verb
    own = clause_around(text, sent, ext)
    if perfect_infinitive(text, own):
        return "PAST"  # "soll sich im März mit ihm getroffen haben": a modal reporting a past act
    passive = present_passive(text, own)
    if passive:
        tense = _tense_of(nearest_cues(cues, text, own, ext, passive)) or "PRESENT"
        return None if tense == ON_ITS_OWN else tense
    for span in (own, clause_around(text, sent, ext, widen=1)):
        tense = _tense_of(nearest_cues(cues, text, span, ext))
        if tense is not None:
            return None if tense == ON_ITS_OWN else tense
    return "FUTURE" if present_after_vorfeld(text, own, ext) else None


def present_after_vorfeld(text: str, clause: tuple[int, int], ext: tuple[int, int]) -> bool:
    """The expression opens its clause and the finite verb after it is a present form that no cue
    named: news tell past acts in a past tense, so the present announces ("Am Montag öffnet das
    Freibad", "Im Oktober eröffnet das Kino", "Zu Ostern kommen die Gäste").  Only the Vorfeld
    slot gives the verb for sure; a subject before the verb would need a parse."""
    if not VORFELD_BEFORE.fullmatch(text, clause[0], ext[0]):
        return False
    return PRESENT_FORM.match(text, ext[1] + 1 if text[ext[1]:ext[1] + 1] == " " else ext[1]) is not None


def _tense_of(found: dict[str, int]) -> Optional[str]:
    """The tense the cues found in one clause give: PAST or FUTURE, ON_ITS_OWN where they leave the
    date to be read on its own ("ist ... geöffnet"), or None when they do not decide."""
    if "PROSPECT" in found and "FUTURE" not in found:
        # "ein für Freitag geplantes Treffen": ahead, unless told from the past ("wurde abgesagt"),
        # where the plan's day is the nearest one, as without a cue
        return ON_ITS_OWN if {"PAST", "PERFECT", "PARTICIPLE"} & set(found) else "FUTURE"
    finite = [t for t in ("FUTURE", "PAST") if t in found]
    if finite:
        return min(finite, key=lambda t: (found[t], TENSES.index(t)))
    if "PERFECT" in found or "PARTICIPLE" in found and "STATE" not in found:
        return "PAST"
    if "FORWARD" in found:
        return "FUTURE"
    if "PARTICIPLE" in found:
        return ON_ITS_OWN  # "ist ... geöffnet": a state that holds now, the date is read on its own
    return None
