""""nicht mit X, sondern mit Y" inside a verb-final clause: the comma before "sondern" ends the
denied phrase, not the clause, so the verb at the clause's end ("reden würde", "zu telefonieren")
still joins its subject and Y.  A "sondern" that opens a clause of its own ("sondern er schwieg")
and one after a verb ("nicht kam, sondern absagte") are left as they were.  Sentences of our own."""
from __future__ import annotations

import pytest

CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Otto Amselmann": "person"}


def found(hand_doc, find_events, text):
    actors = {name: kind for name, kind in CAST.items() if name in text}
    return {(e[0], e[1], e[2]) for e in find_events(hand_doc(text, actors=actors, published="2022-10-25"))}


PAIR = frozenset({"Xaver Quuxberg", "Ylva Zorndt"})


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Die Berater hielten es für klüger, wenn Xaver Quuxberg zunächst nicht mit ihnen, sondern noch einmal "
     "mit Ylva Zorndt reden würde.", ("talk", PAIR, "possible")),
    ("Es hieß, dass Xaver Quuxberg nicht mit ihm, sondern mit Ylva Zorndt verhandeln wolle.",
     ("talk", PAIR, "planned")),
    ("Als Xaver Quuxberg nicht mit ihr, sondern nur mit Ylva Zorndt telefonierte, war die Partei verärgert.",
     ("call", PAIR, "occurred")),
    ("Xaver Quuxberg versuchte, nicht mit Otto Amselmann, sondern mit Ylva Zorndt zu telefonieren.",
     ("call", PAIR, "occurred")),
    ("Bekannt wurde, dass Xaver Quuxberg nicht mit Otto Amselmann, sondern lieber mit Ylva Zorndt "
     "zusammengetroffen war.", ("meeting", PAIR, "occurred")),
])
# fmt: on
def test_sondern_phrase_closed_by_the_clause_verb_keeps_its_subject(hand_doc, find_events, text, expected):
    assert found(hand_doc, find_events, text) == {expected}


@pytest.mark.parametrize("text", [
    # "sondern" opens a clause of its own; the denied talk stays denied
    "Xaver Quuxberg sprach am Montag nicht mit Ylva Zorndt, sondern er schwieg.",
    # the comma closes a verb: the subordinate clause ends there
    "Obwohl Xaver Quuxberg nicht kam, sondern absagte, wartete Ylva Zorndt im Saal.",
])
def test_other_sondern_clauses_join_no_one(hand_doc, find_events, text):
    assert {(e[0], e[1]) for e in found(hand_doc, find_events, text) if e[2] != "negated"} == set()
