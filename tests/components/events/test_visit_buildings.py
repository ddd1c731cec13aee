"""A building or institution named after its city ("besuchte die Universität Wien", "den
Flughafen Quuxburg", "das Gymnasium Quuxburg") is no visit of the city and the city no side:
attending school, passing through, seeing a site.  A city after an area noun ("die Hauptstadt
Quuxburg") is visited."""
from __future__ import annotations

import pytest

from .helpers import cast_of

ACTORS = {"Xaver Quuxberg": "person", "Quuxburg": "city", "Ylva Zorndt": "person"}


def found(hand_doc, find_events, text):
    return {e[1] for e in find_events(hand_doc(text, actors=cast_of(text, ACTORS),
                                               published="2022-10-25"))}


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg besuchte das Gymnasium Quuxburg und studierte danach Jus.",
    "Heute besucht Xaver Quuxberg die Universität Quuxburg.",
    "Xaver Quuxberg hat in seiner Jugend die Handelsschule Quuxburg besucht.",
    "Xaver Quuxberg besuchte das Krankenhaus Quuxburg.",
    "Xaver Quuxberg besuchte den Flughafen Quuxburg und reiste weiter.",
    "Bei seinem Besuch in der Universität Quuxburg sprach Xaver Quuxberg über Forschung.",
])
def test_a_building_of_the_city_is_no_visit_of_the_city(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Xaver Quuxberg besuchte die Hauptstadt Quuxburg.", {frozenset({"Xaver Quuxberg", "Quuxburg"})}),
    ("Xaver Quuxberg besuchte Quuxburg.", {frozenset({"Xaver Quuxberg", "Quuxburg"})}),
    ("Im Museum Quuxburg traf Xaver Quuxberg Ylva Zorndt.", {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}),
])
def test_the_city_itself_is_visited(hand_doc, find_events, text, expected):
    assert found(hand_doc, find_events, text) == expected
