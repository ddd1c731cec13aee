""""das von X als echt bestätigte Schreiben", "das von X kritisierte Treffen": the "von" of an
attributive participle names who did that (confirmed, criticised, welcomed), no side of the act;
only the participles of doing the act itself ("der von X geschriebene Brief", "die von X
geführten Gespräche") name a side."""
from __future__ import annotations

import pytest

from .helpers import cast_of

ACTORS = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Amselbank": "organization", "Quuxland": "country"}


def found(hand_doc, find_events, text):
    return {e[1] for e in find_events(hand_doc(text, actors=cast_of(text, ACTORS),
                                               published="2022-10-25"))}


PAIR = frozenset({"Xaver Quuxberg", "Ylva Zorndt"})


@pytest.mark.parametrize("text, expected", [
    ("Ylva Zorndt betont in dem von der Amselbank als echt bestätigten Schreiben, die Lage sei ernst.", set()),
    ("Das von der Amselbank kritisierte Treffen von Xaver Quuxberg mit Ylva Zorndt fand am Montag statt.", {PAIR}),
    ("Ein von Quuxland begrüßtes Telefonat führte Xaver Quuxberg am Montag mit Ylva Zorndt.", {PAIR}),
    ("In einem von der Amselbank veröffentlichten Brief warnt Xaver Quuxberg vor einer Krise.", set()),
    ("Das von Quuxland lange erwartete Gespräch von Xaver Quuxberg mit Ylva Zorndt blieb ohne Ergebnis.", {PAIR}),
])
def test_the_agent_of_a_participle_is_no_side(hand_doc, find_events, text, expected):
    assert found(hand_doc, find_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ein von Xaver Quuxberg geschriebener Brief an Ylva Zorndt wurde am Montag bekannt.", {PAIR}),
    ("Die von der Amselbank geführten Gespräche mit Ylva Zorndt scheiterten.",
     {frozenset({"Amselbank", "Ylva Zorndt"})}),
])
def test_the_agent_of_the_act_itself_is_a_side(hand_doc, find_events, text, expected):
    assert found(hand_doc, find_events, text) == expected
