""""besuchen" of an event, a course or a school is to attend it ("besuchte eine Wahlveranstaltung
in Graz", "besucht eine HTL in Linz"): the city after it is where it takes place, no place visited
as a side.  Attended with a partner ("besuchte mit X das Spiel") the two were together, a meeting;
a camp, a plant, a person or a city stays a visit, and an event in a prepositional
phrase ("nach dem Konzert") only dates the visit."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
ATTENDED = [
    "Alexander Van der Bellen besuchte am Sonntag eine Wahlveranstaltung in Graz.",
    "Der 19-jährige Kevin Huber besuchte eine HTL in Linz.",
    "Teamchef Marcel Koller besucht am Samstag das Spiel von Marko Arnautović in Stoke.",
    "Sportdirektor Ralf Rangnick hat mehrere Spiele in Dänemark besucht.",
    "Kulturminister Josef Ostermayer wird die Buchmesse in Frankfurt besuchen.",
    "Die Skirennläuferin Anna Veith besuchte am Dienstag das Training in Sölden.",
]
VISITS = [
    ("Kanzler Werner Faymann besuchte am Montag eine Fabrik in Steyr.",
     ("meeting", ["Steyr", "Werner Faymann"])),
    ("Nach dem Konzert besuchte Außenminister Sebastian Kurz den Präsidenten Hassan Rohani.",
     ("meeting", ["Hassan Rohani", "Sebastian Kurz"])),
    ("Kanzler Werner Faymann besuchte mit Angela Merkel das Spiel in Paris.",
     ("meeting", ["Angela Merkel", "Werner Faymann"])),
    ("Innenministerin Johanna Mikl-Leitner besuchte am Dienstag Slowenien.",
     ("meeting", ["Johanna Mikl-Leitner", "Slowenien"])),
]
# fmt: on


@pytest.mark.parametrize("text", ATTENDED)
def test_attending_an_event_or_school_is_no_visit(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", VISITS)
def test_a_visit_of_a_place_or_person_stays(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
