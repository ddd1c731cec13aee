""""beide X": a group word with a plural noun of organisations or states stands for the two
organisations or states named before, whichever noun news uses ("beider Vereine", "zwischen
beiden Konzernen", "die Regierungen beider Staaten"); with a role noun before it ("die Außenminister
beider Länder") the two persons just named in those roles."""
from __future__ import annotations

import pytest

ORGS = {"Quuxburger Stadtwerke": "organization", "Amselbank": "organization"}
STATES = {"Quuxland": "country", "Zorndtland": "country"}
PAIR_ORGS = frozenset(ORGS)
PAIR_STATES = frozenset(STATES)


def found(hand_doc, find_events, text, actors):
    return find_events(hand_doc(text, actors=actors, published="2022-10-25"))


# fmt: off
CASES = [
    ("Die Quuxburger Stadtwerke wollen die Amselbank übernehmen. Am Dienstag endeten die Verhandlungen "
     "beider Unternehmen erfolgreich.", ORGS, PAIR_ORGS),
    ("Die Amselbank soll die Quuxburger Stadtwerke kaufen. Zwischen beiden Konzernen gab es bereits "
     "ein erstes Gespräch.", ORGS, PAIR_ORGS),
    ("Die Quuxburger Stadtwerke gehören seit Jahren zur Amselbank. Die Chefs beider Firmen trafen sich "
     "gestern in Quuxburg.", ORGS, PAIR_ORGS),
    ("Quuxland und Zorndtland streiten seit Jahren um die Grenze. Nun wollen die Regierungen beider "
     "Länder verhandeln.", STATES, PAIR_STATES),
    ("Zorndtland hatte Quuxland lange misstraut. Die Außenminister beider Staaten kamen dennoch am "
     "Montag zusammen.", STATES, PAIR_STATES),
    ("Quuxland liefert Gas an Zorndtland. Seit Wochen gibt es zwischen beiden Ländern Gespräche über den Preis.",
     STATES, PAIR_STATES),
]
# fmt: on


@pytest.mark.parametrize("text, actors, pair", CASES)
def test_both_with_a_plural_noun_of_bodies_stands_for_the_two_named(hand_doc, find_events, text, actors, pair):
    assert {e[1] for e in found(hand_doc, find_events, text, actors)} == {pair}


@pytest.mark.parametrize("text", [
    # a time or a thing after "beide": no side
    "Die Amselbank legte am Montag Zahlen vor. In beiden Fällen verhandelten die Quuxburger Stadtwerke mit der Amselbank.",
    "Die Quuxburger Stadtwerke verhandelten an beiden Tagen mit der Amselbank.",
])
def test_both_with_other_plural_nouns_adds_no_side(hand_doc, find_events, text):
    assert {e[1] for e in found(hand_doc, find_events, text, ORGS)} == {PAIR_ORGS}


def test_both_after_a_role_noun_is_the_two_persons_just_named(hand_doc, find_events):
    text = ("Quuxland und Zorndtland hatten lange gestritten. Xaver Quuxberg und Ylva Zorndt trafen sich "
            "am Montag. Es war das erste Treffen von Außenministern beider Länder seit Jahren.")
    actors = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"} | STATES
    assert {e[1] for e in found(hand_doc, find_events, text, actors)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}


def test_a_subject_both_that_sums_up_is_left_alone(hand_doc, find_events):
    text = "An der Grenze zwischen Quuxland und Zorndtland haben beide Regierungen ihre Gespräche intensiviert."
    assert found(hand_doc, find_events, text, STATES) == set()


def test_both_with_a_plural_of_organisations_passes_over_a_city(hand_doc, find_events):
    # a city named between the clubs (the club's home, a dateline) is no club
    text = ("Der SK Eichbach verkauft seinen Stürmer an den FC Quuxburg. Der Spieler zieht nach Zorndstadt. "
            "Am Dienstag endeten die Verhandlungen beider Vereine erfolgreich.")
    actors = {"SK Eichbach": "organization", "FC Quuxburg": "organization", "Zorndstadt": "city"}
    assert {e[1] for e in found(hand_doc, find_events, text, actors)} == {frozenset({"SK Eichbach", "FC Quuxburg"})}
