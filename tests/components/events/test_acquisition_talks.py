"""Takeover talks: "Verhandlungen zum Kauf von X", "verhandelt über die Übernahme des X": the
company or state to be bought is the other side of the negotiation, when no partner is named."""
from __future__ import annotations

import pytest

from .helpers import cast_of

ACTORS = {"Amselbank": "organization", "Quuxburger Stadtwerke": "organization", "Zorndtwerk": "organization",
          "Xaver Quuxberg": "person"}


def found(hand_doc, find_events, text):
    actors = cast_of(text, ACTORS)
    return {(e[0], e[1]) for e in find_events(hand_doc(text, actors=actors, published="2022-10-25"))}


# fmt: off
TAKEOVER_TALKS = [
    ("Die Amselbank befindet sich Insidern zufolge in fortgeschrittenen Verhandlungen zum Kauf der "
     "Quuxburger Stadtwerke.", {"Amselbank", "Quuxburger Stadtwerke"}),
    ("Die Amselbank verhandelt seit Wochen über die Übernahme des Versorgers Zorndtwerk.",
     {"Amselbank", "Zorndtwerk"}),
    ("Wie am Montag bekannt wurde, führt die Amselbank Gespräche über den Erwerb von Zorndtwerk.",
     {"Amselbank", "Zorndtwerk"}),
    ("Die Amselbank will noch im Herbst Verhandlungen zur Übernahme von Zorndtwerk aufnehmen.",
     {"Amselbank", "Zorndtwerk"}),
    ("Zorndtwerk hatte mit Blick auf eine Übernahme der Quuxburger Stadtwerke verhandelt.",
     {"Zorndtwerk", "Quuxburger Stadtwerke"}),
]
# fmt: on


@pytest.mark.parametrize("text, sides", TAKEOVER_TALKS)
def test_the_company_to_be_bought_is_the_other_side(hand_doc, find_events, text, sides):
    assert found(hand_doc, find_events, text) == {("talk", frozenset(sides))}


def test_a_named_partner_stays_the_other_side(hand_doc, find_events):
    text = "Die Amselbank verhandelt mit Zorndtwerk über die Übernahme der Quuxburger Stadtwerke."
    assert found(hand_doc, find_events, text) == {("talk", frozenset({"Amselbank", "Zorndtwerk"}))}


@pytest.mark.parametrize("text", [
    # speaking about a takeover is a statement
    "Xaver Quuxberg sprach am Montag über die Übernahme der Quuxburger Stadtwerke.",
    # the thing sold has no say
    "Die Amselbank verhandelt über den Verkauf von Zorndtwerk.",
])
def test_no_takeover_talk(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()
