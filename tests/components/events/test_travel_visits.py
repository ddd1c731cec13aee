"""A visit told as travel (guidelines, "Visits"): an official's arrival, stay or flight names the
place he visits ("traf in Chile ein", "landete in Peking", "nach einem Aufenthalt in Kuba",
"wird in Moskau erwartet"), a meeting of the visitor with the place when no host is named.  Who
travels as an official is data (visitors.tsv): a train, tourists, a footballer or a person named
without an office make no visit; nor does a return home."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
TRAVEL = [
    # arrival, separable verb with its particle at the clause end
    ("Der Papst traf am Dienstag in Chile ein.",
     ("meeting", ["Chile", "vatikanischer Papst"], "occurred", "2022-10-18")),
    # arrival, perfect tense, the participle joined
    ("Die Außenministerin Annalena Baerbock ist am Montagabend in Kiew eingetroffen.",
     ("meeting", ["Annalena Baerbock", "Kiew"], "occurred")),
    # landing, in a subordinate clause whose verb stands last
    ("Als Präsident Joe Biden in Warschau landete, regnete es.",
     ("meeting", ["Joe Biden", "Warschau"], "occurred")),
    # a stay, reflexive separable verb, going on at publication
    ("Außenminister Sebastian Kurz hält sich derzeit zu Gesprächen in Washington auf.",
     ("meeting", ["Sebastian Kurz", "Washington"], "occurred", "2022-10")),
    # expected: the passive announces a coming visit
    ("Außenminister Sebastian Kurz wird am Freitag in Moskau erwartet.",
     ("meeting", ["Moskau", "Sebastian Kurz"], "planned", "2022-10-28")),
    # arrival with "ankommen", past tense
    ("Kanzlerin Angela Merkel kam am Sonntag in Peking an.",
     ("meeting", ["Angela Merkel", "Peking"], "occurred", "2022-10-23")),
]
# fmt: on


@pytest.mark.parametrize("text, expected", TRAVEL)
def test_an_officials_travel_is_a_visit_of_the_place(extractor, text, expected):
    found = [summary(e)[:len(expected)] for e in events(extractor, text)]
    assert found == [expected]


def test_a_stay_and_a_flight_on_are_two_visits(extractor):
    text = "Nach einem Aufenthalt in Kuba fliegt Papst Franziskus am Dienstag in die USA weiter."
    found = {(s[1][0], s[1][1]) for s in map(summary, events(extractor, text))}
    # "in Kuba" belongs to "Aufenthalt", "in die USA" to "fliegt"
    assert found == {("Franziskus", "Kuba"), ("Franziskus", "USA")}


# fmt: off
NO_VISIT = [
    "Der Zug traf am Montag in Salzburg ein.",
    "Tausende Flüchtlinge kamen am Wochenende in Wien an.",
    "Touristen reisen im Sommer nach Italien.",
    "Die Ware trifft am Montag in Linz ein.",
    "Der Stürmer David Alaba landete am Abend in Madrid.",
    "Sebastian Kurz hält sich derzeit in Washington auf.",  # no office named
    "Bundeskanzler Olaf Scholz kehrte am Abend nach Berlin zurück.",
    "Finanzministerin Maria Fekter erwartet in Österreich ein Wachstum von zwei Prozent.",
    "Bundeskanzler Olaf Scholz traf Emmanuel Macron in Paris.",  # "traf" without "ein": the meeting only
]
# fmt: on


@pytest.mark.parametrize("text", NO_VISIT)
def test_travel_of_no_official_or_no_arrival_is_no_visit(extractor, text):
    places = {"Salzburg", "Wien", "Italien", "Linz", "Madrid", "Washington", "Berlin", "Österreich", "Paris"}
    assert not [e for e in events(extractor, text) if places & {p.name for p in e.participants}]


@pytest.mark.parametrize("text,expected", [
    ("Auf Einladung von Präsident Joe Biden reiste Kanzler Olaf Scholz nach Washington.",
     ("meeting", ["Joe Biden", "Olaf Scholz"], "occurred", None, "Joe Biden")),
    ("Auf Einladung des Premiers Petr Fiala besuchte Kanzler Karl Nehammer am Freitag Prag.",
     ("meeting", ["Karl Nehammer", "Petr Fiala"], "occurred", "2022-10-21", "Petr Fiala")),
    ("Auf Einladung der spanischen Ministerin Teresa Ribera reist Minister Robert Habeck am Mittwoch nach Madrid.",
     ("meeting", ["Robert Habeck", "Teresa Ribera"], "planned", "2022-10-26", "Teresa Ribera")),
])
def test_travel_the_inviter_hosts_the_visit(extractor, text, expected):
    assert [summary(e)[:5] for e in events(extractor, text)] == [expected]


def test_travel_an_inviting_body_without_a_name_leaves_the_place_as_host(extractor):
    text = "Auf Einladung der Universität reiste Kanzler Olaf Scholz nach Washington."
    assert [summary(e)[:2] for e in events(extractor, text)] == [("meeting", ["Olaf Scholz", "Washington"])]
