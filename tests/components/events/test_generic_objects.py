"""Step 3c: "treffen" with a generic object (a bare plural, an indefinite noun) names no partner."""
from __future__ import annotations

import pytest

from .helpers import cast_of

PEOPLE = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person"}

# fmt: off
NOBODY_NAMED = [
    "Am Wochenende trafen Xaver Quuxberg und Ylva Zorndt alte Freunde.",
    "Xaver Quuxberg und Ylva Zorndt wollen am Abend noch Gleichgesinnte treffen.",
    "Neue Leute kennenlernen und treffen wollen Xaver Quuxberg und Ylva Zorndt in Graz.",
    "Xaver Quuxberg und Ylva Zorndt haben dort viele Kollegen getroffen.",
    "Einmal noch Fans treffen, das wäre schön: Xaver Quuxberg und Ylva Zorndt sind aus Linz.",
    "Xaver Quuxberg und Ylva Zorndt treffen regelmäßig einen alten Bekannten.",
]
# fmt: on


@pytest.mark.parametrize("text", NOBODY_NAMED)
def test_treffen_with_a_generic_object_names_no_partner(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


# fmt: off
PARTNER_NAMED = [
    "Xaver Quuxberg und Ylva Zorndt haben sich am Abend mit Freunden getroffen.",
    "Xaver Quuxberg und Ylva Zorndt wollen einander am Abend treffen.",
    "Am Montag traf Xaver Quuxberg Freunde und Ylva Zorndt.",
    "Am Sonntag will Xaver Quuxberg Ylva Zorndt zu einem langen Gespräch treffen.",
    "Xaver Quuxberg traf am Montag Ylva Zorndt (Grüne).",
]
# fmt: on


@pytest.mark.parametrize("text", PARTNER_NAMED)
def test_treffen_with_a_named_partner_stays_a_meeting(hand_doc, find_events, text):
    actors = cast_of(text, PEOPLE) | ({"Grüne": "party"} if "Grüne" in text else {})
    found = find_events(hand_doc(text, actors=actors, published="2022-10-24"))
    assert {e[1] for e in found} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}
