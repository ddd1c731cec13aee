"""The tense of the clause around an expression, which picks the past or future "Montag".
"""
from __future__ import annotations

import re
from typing import Optional

from .grammar import TENSES


CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")
# "seit" governing the expression ("seit Mittwoch", "seit dem 3. Mai"): the period began before now
SINCE_BEFORE = re.compile(r"(?<![\w-])[Ss]eit\s+(?:de[mn]\s+|vergangene[mn]?\s+|letzte[mn]?\s+)?\Z")


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


def nearest_cues(cues: re.Pattern, text: str, span: tuple[int, int], ext: tuple[int, int]) -> dict[str, int]:
    """Distance of the nearest cue of each class to the expression."""
    nearest: dict[str, int] = {}
    for m in cues.finditer(text, *span):
        if m.start() < ext[1] and m.end() > ext[0]:
            continue
        if m.lastgroup == "FORWARD" and m.start() >= ext[1]:
            continue  # "ab", "bis" govern the date after them: "im Mai, bis Juni ..." leaves "Mai" alone
        dist = ext[0] - m.end() if m.end() <= ext[0] else m.start() - ext[1]
        if dist < nearest.get(m.lastgroup, dist + 1):
            nearest[m.lastgroup] = dist
    return nearest


def tense_at(cues: re.Pattern, text: str, sent: tuple[int, int], ext: tuple[int, int]) -> Optional[str]:
    """PAST, FUTURE or None: the nearest finite cue of the clause, else of the clauses beside it.

    "Nachdem sie am Freitag telefoniert hatten, wollen sie sich am Dienstag
    treffen." - Freitag is past, Dienstag future.  A cue further away belongs to
    another clause's verb: in "Im Mai kam er nicht, und so sagt man: Er spielt am
    9. Dezember in Bozen" nothing near "9. Dezember" is past.  A participle alone means
    past; governed by a future auxiliary it does not: "Die Gespräche werden
    am Freitag fortgesetzt", nor with "ist"/"sind", where it names a state ("Das Museum ist
    am Ostermontag geöffnet"), unless it is the participle of a verb whose perfect takes
    "sein" ("Er ist am Montag gestorben").  "seit" before the expression makes it past,
    whatever the verb: "Spätestens seit Mittwoch dürfte der Kreis kleiner sein".  "ab" points forward only where no verb decides:
    "Ab Montag gilt die Regel" is future, "Er hat ab dem 3. Mai umgebaut" past.  An attributive
    plan participle points ahead, but told in the past it leaves the nearest occurrence: "Ein für
    Freitag geplantes Treffen wurde abgesagt"."""
    if SINCE_BEFORE.search(text, max(sent[0], ext[0] - 24), ext[0]):
        return "PAST"  # "seit Mittwoch": a period that began before now, whatever the verb
    for span in (clause_around(text, sent, ext), clause_around(text, sent, ext, widen=1)):
        found = nearest_cues(cues, text, span, ext)
        if "PROSPECT" in found and "FUTURE" not in found:
            # "ein für Freitag geplantes Treffen": ahead, unless told from the past ("wurde abgesagt"),
            # where the plan's day is the nearest one, as without a cue
            return None if {"PAST", "PERFECT", "PARTICIPLE"} & set(found) else "FUTURE"
        finite = [t for t in ("FUTURE", "PAST") if t in found]
        if finite:
            return min(finite, key=lambda t: (found[t], TENSES.index(t)))
        if "PERFECT" in found or "PARTICIPLE" in found and "STATE" not in found:
            return "PAST"
        if "FORWARD" in found:
            return "FUTURE"
        if "PARTICIPLE" in found:
            return None  # "ist ... geöffnet": a state that holds now, the date is read on its own
    return None
