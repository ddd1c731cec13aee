""""treffen" with a noun of deciding or arranging is a light verb ("eine Entscheidung treffen",
"Vorkehrungen treffen", "mit X eine Vereinbarung treffen"): to make it, no meeting.  An agreement
without a reported contact is no event (guidelines, "Press")."""
from __future__ import annotations

import pytest

from .helpers import cast_of

ACTORS = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Amselbank": "organization"}


def found(hand_doc, find_events, text):
    return {(e[0], e[1]) for e in find_events(hand_doc(text, actors=cast_of(text, ACTORS),
                                                       published="2022-10-25"))}


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg und Ylva Zorndt trafen am Montag eine Entscheidung.",
    "Xaver Quuxberg hat mit Ylva Zorndt eine Vereinbarung über die Kosten getroffen.",
    "Die Amselbank und Xaver Quuxberg trafen Vorkehrungen für den Winter.",
    "Ob Xaver Quuxberg und Ylva Zorndt eine Absprache getroffen haben, ist unklar.",
    "Die Amselbank trifft mit Xaver Quuxberg eine Grundsatzentscheidung über den Standort.",
])
def test_making_a_decision_is_no_meeting(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg traf am Montag Ylva Zorndt.",
    "Xaver Quuxberg und Ylva Zorndt trafen sich am Montag, um eine Entscheidung zu fällen.",
])
def test_meetings_stay(hand_doc, find_events, text):
    assert {e[0] for e in found(hand_doc, find_events, text)} == {"meeting"}
