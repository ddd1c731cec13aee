"""Idioms of talk nouns that report no talk: "im Gespräch sein als/für" (to be considered for a
post), "in Verhandlung nehmen" (a parliament takes up a report).  "im Gespräch über" and "in
Verhandlung stehen" stay talks."""
from __future__ import annotations

import pytest

from .helpers import cast_of

ACTORS = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Amselbank": "organization"}


def found(hand_doc, find_events, text):
    return {(e[0], e[1]) for e in find_events(hand_doc(text, actors=cast_of(text, ACTORS),
                                                       published="2022-10-25"))}


@pytest.mark.parametrize("text", [
    "Als Nachfolger an der Spitze der Amselbank sind Xaver Quuxberg und Ylva Zorndt im Gespräch.",
    "Für den Posten ist neben Xaver Quuxberg auch Ylva Zorndt im Gespräch.",
    "Als neue Ministerin war zuletzt Ylva Zorndt im Gespräch, hieß es aus dem Umfeld von Xaver Quuxberg.",
    "Der Nationalrat nahm die Berichte von Xaver Quuxberg und Ylva Zorndt in Verhandlung.",
    "Der Ausschuss wird die Anträge der Amselbank und von Xaver Quuxberg am Montag in Verhandlung nehmen.",
])
def test_idioms_report_no_talk(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("text", [
    "Die Amselbank und Xaver Quuxberg sind seit Wochen im Gespräch über eine Fusion.",
    "Xaver Quuxberg und Ylva Zorndt stehen seit Jahren in Verhandlung.",
    "Xaver Quuxberg ist für die Amselbank im Gespräch mit Ylva Zorndt.",
])
def test_talks_stay(hand_doc, find_events, text):
    assert len(found(hand_doc, find_events, text)) == 1
