"""Step 4b: a talk with the press is a statement, not a contact event (guidelines, "Press")."""
from __future__ import annotations

import pytest


# fmt: off
STATEMENTS = [
    # "im Gespräch mit" + a medium
    ("Im Gespräch mit der Zeitung sprach Xaver Quuxberg über Ylva Zorndt.", {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}),
    # "im Gespräch mit" while a verb of saying carries the quote
    ("Die Lage sei ernst, sagte Xaver Quuxberg im Gespräch mit Ylva Zorndt.", {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}),
    # a news organisation is no side of a talk
    ("Xaver Quuxberg sprach am Montag mit der APA über die Lage.", {"Xaver Quuxberg": "person", "APA": "organization"}),
]
# fmt: on


@pytest.mark.parametrize("text,actors", STATEMENTS)
def test_press_statements_are_no_events(hand_doc, find_events, text, actors):
    assert find_events(hand_doc(text, actors=actors, published="2022-10-24")) == set()


def test_press_a_talk_between_sides_stays(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg sprach am Montag mit Ylva Zorndt über die Lage.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert find_events(doc) == {("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred", "2022-10-24",
                                 None, None)}


def test_press_a_letter_to_a_newspaper_stays_correspondence(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg schrieb am Montag einen Brief an die APA.",
                   actors={"Xaver Quuxberg": "person", "APA": "organization"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[0] for e in find_events(doc)} == {"correspondence"}
