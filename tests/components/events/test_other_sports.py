"""Sports other than football report their races and matches with contact words too: a skier
"trifft im Riesentorlauf auf" a rival, a team "empfängt in der WM-Qualifikation" a country, an
athlete "reist zum Weltcupauftakt nach" a resort.  A word of such a sport makes the sentence a
sports report (other_readings.tsv, reading sport); a politician's meeting stays one."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
SPORTS = [
    "Marcel Hirscher trifft im Riesentorlauf in Kranjska Gora auf Henrik Kristoffersen.",
    "Anna Veith reist nach ihrer Verletzung wieder nach Sölden zum Weltcupauftakt.",
    "Österreich empfängt am Freitag Ungarn in der WM-Qualifikation.",
    "Skispringer Stefan Kraft reist mit Selbstvertrauen nach Planica.",
    "Im Wiener Stadtderby trifft Steffen Hofmann am Sonntag auf Alexander Grünwald.",
    "Der Tennisprofi Dominic Thiem trifft in Madrid auf Rafael Nadal.",
    "Die Begegnung zwischen Österreich und Ungarn in Bordeaux endete torlos.",
]
NOT_SPORT = [
    ("Sportminister Hans Peter Doskozil traf am Montag in Wien Angela Merkel.",
     ("meeting", ["Angela Merkel", "Hans Peter Doskozil"])),
]
# fmt: on


@pytest.mark.parametrize("text", SPORTS)
def test_a_race_or_match_of_any_sport_is_no_event(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", NOT_SPORT)
def test_a_meeting_without_sports_words_stays(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
