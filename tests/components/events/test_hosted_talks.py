""""beraten bei X": conferring at a person's place is a meeting with the host (being at the host's
is co-presence), whatever the number of the verb ("berät am Samstag beim Präsidenten X"); "bei"
before a thing or a firm stays advice; "bei X intervenieren" stays a talk."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
HOSTED = [
    ("Olaf Scholz berät am Samstag bei Emmanuel Macron in Paris über die Energiekrise.",
     ["Emmanuel Macron", "Olaf Scholz"]),
    ("Am Freitag wird Annalena Baerbock beim britischen Premier Rishi Sunak in London beraten.",
     ["Annalena Baerbock", "Rishi Sunak"]),
    ("Giorgia Meloni beriet am Montag bei Bundeskanzler Olaf Scholz über die Migration.",
     ["Giorgia Meloni", "Olaf Scholz"]),
    ("Ursula von der Leyen hatte zuvor bei Wolodymyr Selenskyj in Kiew beraten.",
     ["Ursula von der Leyen", "Wolodymyr Selenskyj"]),
    ("Olaf Scholz berät am Samstag beim französischen Präsidenten Emmanuel Macron.",
     ["Emmanuel Macron", "Olaf Scholz"]),
]
# fmt: on


@pytest.mark.parametrize("text, sides", HOSTED)
def test_conferring_at_a_persons_place_is_a_meeting_with_the_host(extractor, text, sides):
    assert [(summary(e)[0], summary(e)[1]) for e in events(extractor, text)] == [("meeting", sides)]


def test_intervening_with_a_person_stays_a_talk(extractor):
    text = "Bürgermeisterin Anna Huber intervenierte am Montag bei Innenminister Karl Nehammer."
    assert [(summary(e)[0], summary(e)[1]) for e in events(extractor, text)] == [
        ("talk", ["Anna Huber", "Karl Nehammer"])]


@pytest.mark.parametrize("text", [
    "Die Unternehmensberaterin Anna Huber berät bei Siemens die Umstrukturierung.",
    "Die Juristin Anna Huber berät Olaf Scholz bei der Reform.",
    "Olaf Scholz war von Anna Huber schlecht beraten worden.",
])
def test_bei_before_a_firm_or_a_thing_keeps_the_advice_reading(extractor, text):
    assert [summary(e) for e in events(extractor, text)] == []
