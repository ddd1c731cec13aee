"""A talk shown in a medium ("Festspielgespräche mit X auf ORF", "das Gespräch mit X im Fernsehen",
"in seinem Gespräch mit X in der Tageszeitung") is a broadcast or an interview: a statement
(guidelines, "Press"), no contact event.  A talk at another place stays one."""
from __future__ import annotations

import pytest

from .helpers import cast_of

ACTORS = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "ORF": "organization"}


def found(hand_doc, find_events, text):
    return find_events(hand_doc(text, actors=cast_of(text, ACTORS), published="2022-10-25"))


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg plant viel: Im Programm stehen Festspielgespräche mit Ylva Zorndt auf ORF sowie Konzerte.",
    "Das Gespräch mit Xaver Quuxberg im Fernsehen sorgte für Aufsehen, sagte Ylva Zorndt.",
    "Am Sonntag ist ein langes Gespräch von Ylva Zorndt mit Xaver Quuxberg im Radiosender Quuxwelle zu hören.",
    "In seinem Gespräch mit Ylva Zorndt in der Tageszeitung Quuxblatt kritisierte Xaver Quuxberg die Regierung.",
    "Die Diskussion zwischen Xaver Quuxberg und Ylva Zorndt im ORF wurde von vielen gesehen.",
])
def test_a_talk_shown_in_a_medium_is_no_contact(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("text", [
    "Nach einem Gespräch mit Ylva Zorndt im Kanzleramt sagte Xaver Quuxberg, die Lage sei ernst.",
    "Das Treffen von Xaver Quuxberg mit Ylva Zorndt in der Hofburg dauerte eine Stunde.",
])
def test_a_talk_at_another_place_stays(hand_doc, find_events, text):
    assert {e[1] for e in found(hand_doc, find_events, text)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}
