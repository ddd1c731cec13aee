"""Getting in touch: "sich mit X in Verbindung setzen" is a talk the subject starts (like
"kontaktieren"), "sich kurzschließen" a talk of both, and an SMS a letter ("schickte X eine SMS",
"in einer SMS an X").  Other senses of the words are none."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
CONTACTS = [
    ("Innenministerin Johanna Mikl-Leitner setzte sich am Montag mit Thomas de Maizière in Verbindung.",
     ("talk", ["Johanna Mikl-Leitner", "Thomas de Maizière"], "Johanna Mikl-Leitner")),
    ("Reinhold Mitterlehner und Werner Faymann haben sich am Sonntag kurzgeschlossen.",
     ("talk", ["Reinhold Mitterlehner", "Werner Faymann"], None)),
    ("Angela Merkel schickte Alexis Tsipras am Abend eine SMS.",
     ("correspondence", ["Alexis Tsipras", "Angela Merkel"], "Angela Merkel")),
    ("In einer SMS an Werner Faymann bat Angela Merkel um Geduld.",
     ("correspondence", ["Angela Merkel", "Werner Faymann"], "Angela Merkel")),
]
NONE = [
    "Die beiden Stecker wurden von Peter Huber kurzgeschlossen.",
    "Die Firma Voestalpine setzte die neue Anlage in Linz in Betrieb.",
    "Die Polizei setzte sich mit dem Vater in Verbindung.",
]
# fmt: on


@pytest.mark.parametrize("text, expected", CONTACTS)
def test_getting_in_touch_is_a_contact(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text, published="2016-04-10")]
    assert [(s[0], s[1], s[4]) for s in found] == [expected]


@pytest.mark.parametrize("text", NONE)
def test_other_senses_are_no_contact(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []
