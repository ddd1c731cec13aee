"""A defined plural group ("die internationalen Gläubiger", "die Tuareg-Rebellen", "die
EU-Außenminister", "die Landeshauptleute") is one side of a contact event; a vague plural ("die
Rebellen", "die Minister") is none, so no event is made of it."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
CASES = [
    ("Der ukrainische Finanzminister Serhij Marchenko verhandelte am Dienstag mit den internationalen Gläubigern.",
     ("talk", ["Serhij Marchenko", "internationale Gläubiger"], "occurred")),
    ("Am Freitag trafen sich die EU-Außenminister mit ihrem amerikanischen Kollegen John Kerry in Luxemburg.",
     ("meeting", ["EU-Außenminister", "John Kerry"], "occurred")),
    ("Bundeskanzler Werner Faymann empfing am Mittwoch die Landeshauptleute im Kanzleramt.",
     ("meeting", ["Landeshauptleute", "Werner Faymann"], "occurred")),
    ("Die libysche Regierung führt seit Wochen Gespräche mit den Tuareg-Rebellen.",
     ("talk", ["Tuareg-Rebellen", "libysche Regierung"], "occurred")),
    ("Die österreichische Finanz schickte im Frühjahr ein Schreiben an die Schweiz.",
     ("correspondence", ["Schweiz", "österreichische Finanz"], "occurred")),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_defined_plural_group_is_a_side(extractor, text, expected):
    assert [summary(e)[:3] for e in events(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    "Die Rebellen verhandelten am Montag mit der libyschen Regierung.",
    "Die Gläubiger trafen sich am Montag mit Finanzminister Serhij Marchenko.",
])
def test_vague_plural_is_no_side(extractor, text):
    assert events(extractor, text) == []
