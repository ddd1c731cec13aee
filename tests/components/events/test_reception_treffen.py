""""auf Widerstand treffen", "auf Kritik treffen", "auf starke Konkurrenz treffen": what a plan or a
person meets with is a response, no one met, even when a place or a person is named beside it.
"auf" before a person still tells of whom one comes across, and a meeting "auf" a summit stays."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
RESPONSES = [
    "Der Vorschlag von Sebastian Kurz trifft in Berlin auf Widerstand.",
    "Angela Merkel trifft mit ihrer Flüchtlingspolitik in Polen und Ungarn auf Ablehnung.",
    "Die Pläne von Hans Jörg Schelling trafen in Brüssel auf große Skepsis.",
    "Werner Faymann ist mit seinem Vorstoß in Deutschland auf Kritik getroffen.",
    "Conchita Wurst trifft beim Song Contest in Stockholm auf starke Konkurrenz.",
    "Die Forderung von Norbert Hofer traf bei Reinhold Mitterlehner auf wenig Gegenliebe.",
]
MET = [
    ("Kanzler Werner Faymann traf auf dem Gipfel in Brüssel Angela Merkel.",
     ("meeting", ["Angela Merkel", "Werner Faymann"])),
    ("Trotz der Kritik traf Außenminister Sebastian Kurz am Montag Sergej Lawrow.",
     ("meeting", ["Sebastian Kurz", "Sergej Lawrow"])),
]
# fmt: on


@pytest.mark.parametrize("text", RESPONSES)
def test_meeting_with_a_response_is_no_event(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", MET)
def test_a_meeting_beside_a_response_word_stays(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
