"""A visit is no act of its own when the article names whom the visitor met there (guidelines,
"Visits"), also when the host's country is not said ("Empfang durch Präsident X"): a host of
unknown country hosts the visit when all the visitor's visits in the article lie in one country."""
from __future__ import annotations

import pytest

from .helpers import actor, cast_of, person

PEOPLE = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person"}
PLACES = {"Quuxland": actor("Quuxland", "country", country="QUX"),
          "Zorndtland": actor("Zorndtland", "country", country="ZOR")}


def found(hand_doc, find_events, text):
    actors = cast_of(text, PEOPLE | PLACES)
    return {e[1] for e in find_events(hand_doc(text, actors=actors, published="2022-10-25"))}


# fmt: off
HOSTED = [
    ("Ylva Zorndt bringt von ihrem Besuch in Quuxland Verträge heim. Beim feierlichen Empfang durch "
     "Präsident Xaver Quuxberg spielte die Kapelle.", {frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}),
    ("Ylva Zorndt reist am Montag nach Quuxland. Dort will sie auch Xaver Quuxberg treffen.",
     {frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}),
    ("Während des Besuchs von Ylva Zorndt in Quuxland wurden Demonstranten festgenommen. Zuvor hatte "
     "sie den Oppositionsführer Bert Amsel getroffen.", {frozenset({"Ylva Zorndt", "Bert Amsel"})}),
    ("Ylva Zorndt besuchte am Dienstag Quuxland. Am Abend empfing Xaver Quuxberg Ylva Zorndt zu "
     "einem Essen.", {frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}),
    ("Bei ihrem Besuch in Quuxland sprach Ylva Zorndt über Handel. Am Mittwoch traf sie Xaver Quuxberg.",
     {frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", HOSTED)
def test_a_host_of_unknown_country_hosts_the_only_country_visited(hand_doc, find_events, text, expected):
    assert found(hand_doc, find_events, text) == expected


def test_visits_of_two_countries_stay_when_the_host_could_be_of_either(hand_doc, find_events):
    text = ("Ylva Zorndt reist am Montag nach Quuxland. Am Mittwoch reist Ylva Zorndt nach Zorndtland. "
            "Am Dienstag trifft sie Xaver Quuxberg.")
    assert found(hand_doc, find_events, text) == {
        frozenset({"Ylva Zorndt", "Quuxland"}), frozenset({"Ylva Zorndt", "Zorndtland"}),
        frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}


def test_a_host_of_another_country_hosts_no_visit(hand_doc, find_events):
    text = "Ylva Zorndt reist am Montag nach Quuxland. Am Freitag hatte sie noch Xaver Quuxberg getroffen."
    doc = hand_doc(text, actors={"Ylva Zorndt": "person", "Xaver Quuxberg": person("Xaver Quuxberg", country="ZOR"),
                                 "Quuxland": PLACES["Quuxland"]}, published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Ylva Zorndt", "Quuxland"}),
                                                 frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}


@pytest.mark.parametrize("where", ["Zorndtland", "Washington"])
def test_a_meeting_at_another_place_hosts_no_visit(hand_doc, find_events, where):
    # a place named as an actor, or a capital the actor stage left out
    text = ("Ylva Zorndt reist im August nach Quuxland. Nun belässt sie es bei einem Treffen mit "
            f"Xaver Quuxberg in {where}.")
    assert found(hand_doc, find_events, text) == {frozenset({"Ylva Zorndt", "Quuxland"}),
                                                  frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}


def test_a_trip_still_to_come_leaves_a_past_visit_hosted(hand_doc, find_events):
    # the meeting took place on the visit to Quuxland: the flight on to Zorndtland comes after it
    text = ("Ylva Zorndt besuchte am Samstag Quuxland. Dort hatte sie Xaver Quuxberg getroffen. Am Donnerstag will "
            "Ylva Zorndt Zorndtland besuchen.")
    assert found(hand_doc, find_events, text) == {frozenset({"Ylva Zorndt", "Xaver Quuxberg"}),
                                                   frozenset({"Ylva Zorndt", "Zorndtland"})}


@pytest.mark.parametrize("meeting", [
    "Ein Treffen mit Xaver Quuxberg sei nicht geplant.",
    "Ob sie Xaver Quuxberg treffen könnte, blieb offen.",
])
def test_a_meeting_denied_or_open_hosts_no_visit(hand_doc, find_events, meeting):
    text = f"Ylva Zorndt reiste am Montag nach Quuxland. {meeting}"
    assert frozenset({"Ylva Zorndt", "Quuxland"}) in found(hand_doc, find_events, text)


TOWNS = PLACES | {"Quuxstadt": actor("Quuxstadt", "city", country="QUX"), "Lunzenau": actor("Lunzenau", "city")}


def found_with_towns(hand_doc, find_events, text):
    actors = cast_of(text, PEOPLE | TOWNS)
    return {e[1] for e in find_events(hand_doc(text, actors=actors, published="2022-10-25"))}


# fmt: off
UNPLACED_TOWNS = [
    # a host whose state is not said met in another town hosts no visit of a town no list places
    ("Ylva Zorndt reist am Montag nach Lunzenau. In Quuxstadt hatte sie zuvor Xaver Quuxberg getroffen.",
     {frozenset({"Ylva Zorndt", "Lunzenau"}), frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}),
    ("Bei ihrem Besuch in Lunzenau sprach Ylva Zorndt über Handel. Am Sonntag hatte sie Xaver Quuxberg "
     "in Quuxstadt getroffen.",
     {frozenset({"Ylva Zorndt", "Lunzenau"}), frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}),
    # nor does such a town make a second state: the host still hosts the one state visited
    ("Ylva Zorndt besuchte am Montag Quuxland. In Quuxstadt traf sie Xaver Quuxberg. Am Dienstag "
     "reiste Ylva Zorndt nach Lunzenau.",
     {frozenset({"Ylva Zorndt", "Xaver Quuxberg"}), frozenset({"Ylva Zorndt", "Lunzenau"})}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", UNPLACED_TOWNS)
def test_a_town_no_list_places_neither_shares_nor_adds_a_state(hand_doc, find_events, text, expected):
    assert found_with_towns(hand_doc, find_events, text) == expected

