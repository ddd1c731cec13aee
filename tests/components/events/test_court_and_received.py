"""Two other senses of contact words:

- a court's hearing: the singular "Verhandlung" and "verhandeln" in a clause with a word of a
  court ("Bei der Verhandlung von X am Landesgericht war auch Y anwesend") are a trial, no
  negotiation; talks ("Verhandlungen", plural, or without a court) stay;
- a thing as the object of "empfangen" ("empfing die Glückwünsche von X", "die Nachricht vom
  Sieg") is received, no guest hosted; a person received stays a meeting."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
TRIALS = [
    "Bei der Verhandlung von Josef Schuster am Landesgericht war auch Peter Pilz anwesend.",
    "Richterin Marion Hohenecker vertagte die Verhandlung mit Walter Meischberger und Ernst Plech.",
    "Am Straflandesgericht wurde am Montag mit Karl Petrikovics und Ernst Plech weiter verhandelt.",
    "Zur Verhandlung am Bezirksgericht kamen Heinz-Christian Strache und Peter Westenthaler.",
]
RECEIVED = [
    "Papst Franziskus empfing am Sonntag die Glückwünsche von Heinz Fischer.",
    "Bundespräsident Heinz Fischer empfing im Stephansdom den Segen von Kardinal Christoph Schönborn.",
    "Die Kinder empfingen von Kardinal Christoph Schönborn die Erstkommunion.",
    "Michael Haneke empfing in Cannes den Preis aus den Händen von Jane Campion.",
]
STAY = [
    ("Die Gewerkschaft GPA verhandelt am Montag mit der Wirtschaftskammer.",
     ("talk", ["GPA", "Wirtschaftskammer"])),
    ("Nachdem der Verfassungsgerichtshof entschieden hatte, verhandelte Kanzler Werner Faymann mit Reinhold Mitterlehner.",
     ("talk", ["Reinhold Mitterlehner", "Werner Faymann"])),
    ("Trotz des Prozesses führte Kanzler Werner Faymann Verhandlungen mit Angela Merkel.",
     ("talk", ["Angela Merkel", "Werner Faymann"])),
    ("Papst Franziskus empfing am Sonntag Bundespräsident Heinz Fischer.",
     ("meeting", ["Franziskus", "Heinz Fischer"])),
]
# fmt: on


@pytest.mark.parametrize("text", TRIALS)
def test_a_court_hearing_is_no_negotiation(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text", RECEIVED)
def test_a_thing_received_is_no_guest(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", STAY)
def test_talks_and_guests_stay(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
