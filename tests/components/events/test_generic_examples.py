"""Names after "wie" and a noun of a class are examples of a generic group ("Europäische Staaten
wie Österreich und Ungarn sprechen wieder mit Russland", "Firmen wie die Voestalpine verhandeln
mit China"): the guidelines count no generic statement, so the examples are no side.  A "wie"
with no noun before it ("sowohl mit X wie mit Y") lists sides."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
GENERIC = [
    "Europäische Staaten wie Österreich und Ungarn sprechen wieder mit Russland.",
    "Immer mehr Firmen wie die Voestalpine verhandeln mit China über Investitionen.",
    "Auch Nachbarländer wie Slowenien und Kroatien verhandeln seit Wochen mit der EU-Kommission.",
    "Viele Politiker wie Heinz-Christian Strache treffen sich gern mit Wladimir Putin.",
]
SIDES = [
    ("Kanzler Werner Faymann telefonierte am Montag sowohl mit Angela Merkel wie mit Viktor Orbán.",
     {"Angela Merkel", "Viktor Orbán", "Werner Faymann"}),
    ("Wie Werner Faymann sagte, traf er am Montag Angela Merkel.", {"Angela Merkel", "Werner Faymann"}),
]
# fmt: on


@pytest.mark.parametrize("text", GENERIC)
def test_examples_of_a_class_are_no_side(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, names", SIDES)
def test_wie_without_a_class_noun_keeps_its_sides(extractor, text, names):
    found = events(extractor, text, published="2016-04-10")
    assert {n for e in found for n in summary(e)[1]} == names
