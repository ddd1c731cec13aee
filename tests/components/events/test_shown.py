""""zu sehen sein" (to be shown, on screen, in a picture) is no meeting, whatever "sich" the
clause holds; "sich zu sehen" without "sein" still is one ("hoffen, sich bald zu sehen")."""
from __future__ import annotations

import pytest

PEOPLE = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}


def found(hand_doc, find_events, text):
    return find_events(hand_doc(text, actors=PEOPLE, mentions={"Xaver Quuxbergs": "Xaver Quuxberg"} if "Quuxbergs" in text else {},
                                published="2022-10-25"))


@pytest.mark.parametrize("text", [
    "Ylva Zorndt stellt sich den Fragen des Publikums und ist danach in Xaver Quuxbergs Film zu sehen.",
    "Xaver Quuxberg und Ylva Zorndt waren sich einig und sind ab Mai gemeinsam im Fernsehen zu sehen.",
    "Auf dem Foto sind sich Xaver Quuxberg und Ylva Zorndt sehr nahe, beide sind lachend zu sehen.",
    "Ylva Zorndt freute sich, dass sie in der Serie neben Xaver Quuxberg zu sehen sein wird.",
    "Xaver Quuxberg und Ylva Zorndt zeigten sich am Sonntag, wie auf Bildern zu sehen war, gut gelaunt.",
])
def test_shown_is_no_meeting(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg und Ylva Zorndt sahen sich am Montag in Quuxburg.",
    "Xaver Quuxberg und Ylva Zorndt hoffen, sich bald wieder zu sehen.",
])
def test_seeing_each_other_stays_a_meeting(hand_doc, find_events, text):
    assert {(e[0], e[1]) for e in found(hand_doc, find_events, text)} == {
        ("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}))}
