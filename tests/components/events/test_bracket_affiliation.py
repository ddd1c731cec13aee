"""What a bracket right after a person's name says describes that person ("Eva Lind (Bauernbund
Quuxlands)"): a state or organisation named anywhere inside it is her affiliation, no side of
the act."""
from __future__ import annotations

import pytest

from .helpers import actor, cast_of

CAST = {"Eva Lind": "person", "Max Roth": "person", "Quuxland": actor("Quuxland", "country", country="QUX")}
GENITIVE = {"Quuxlands": "Quuxland"}


# fmt: off
AFFILIATIONS = [
    "Am Montag trafen sich Eva Lind (Bauernbund Quuxlands) und Max Roth in der Hauptstadt.",
    "Ministerin Eva Lind telefonierte am Montag mit Max Roth (Industriellenvereinigung von Quuxland).",
    "Eva Lind sprach am Dienstag mit Max Roth (Handelskammer, Quuxland) über die Zölle.",
    "Ein Treffen zwischen Eva Lind (Partei der Mitte in Quuxland) und Max Roth ist für Mai geplant.",
]
# fmt: on


@pytest.mark.parametrize("text", AFFILIATIONS)
def test_a_state_inside_a_bracket_after_a_name_is_no_side(hand_doc, find_events, text):
    cast = cast_of(text, CAST)
    cast["Quuxland"] = CAST["Quuxland"]
    doc = hand_doc(text, actors=cast, mentions=cast_of(text, GENITIVE),
                   published="2023-05-10")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Eva Lind", "Max Roth"})}


def test_a_state_after_the_bracket_stays_a_side(hand_doc, find_events):
    text = "Eva Lind (Bauernbund) sprach am Dienstag mit Max Roth und Quuxland über die Zölle."
    doc = hand_doc(text, actors=cast_of(text, CAST), published="2023-05-10")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Eva Lind", "Max Roth", "Quuxland"})}
