"""A travel verb closing its clause still governs the destination before it: "werde im Herbst
nach Chile reisen", "ist nach Kiew gereist".  The visit without a host names the place (guidelines,
"Visits"); the destination is no mere location."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
VERB_FINAL = [
    ("Bundespräsident Heinz Fischer werde im Herbst nach Chile reisen, sagte ein Sprecher.",
     ["Chile", "Heinz Fischer"], "planned"),
    ("Außenministerin Karin Kneissl ist am Montag nach Kiew gereist.",
     ["Karin Kneissl", "Kiew"], "occurred"),
    ("Kanzler Werner Faymann will in der kommenden Woche nach Brüssel reisen.",
     ["Brüssel", "Werner Faymann"], "planned"),
    ("Weil Innenminister Wolfgang Sobotka am Dienstag nach Rom reiste, fiel die Sitzung aus.",
     ["Rom", "Wolfgang Sobotka"], "occurred"),
]
# fmt: on


@pytest.mark.parametrize("text, sides, status", VERB_FINAL)
def test_a_verb_final_travel_verb_visits_the_destination(extractor, text, sides, status):
    found = [summary(e) for e in events(extractor, text, published="2016-04-10")]
    assert [(s[0], s[1], s[2]) for s in found] == [("meeting", sides, status)]


@pytest.mark.parametrize("text", [
    "Wer in Europa reisen will, braucht einen gültigen Pass.",
    "Die Touristen aus Chile reisen gern im Herbst.",
])
def test_travelling_within_or_from_a_place_is_no_visit(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text", [
    "Mit einem knappen Vorsprung ist der FC Basel zum Europa-League-Achtelfinale nach Sevilla gereist.",
    "Die Mannschaft von Trainer Peter Stöger wird am Dienstag zum Cup-Halbfinale nach Graz reisen.",
])
def test_a_team_travelling_to_a_match_is_no_visit(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []
