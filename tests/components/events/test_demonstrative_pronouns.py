"""A demonstrative standing alone ("diese", "dieser", "jene") is a pronoun for the one named last, not
for the subject before it (participants.demonstrative_pronoun, DocView.actor_before)."""
from __future__ import annotations

import pytest

CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Wanda Quast": "person",
        "Quuxpartei": "organization", "Zorndbund": "organization", "Quastliste": "organization"}


def _cast(text):
    return {name: kind for name, kind in CAST.items() if name in text}


@pytest.mark.parametrize("text,expected", [
    ("Die Quuxpartei lehnt ein Bündnis mit dem Zorndbund ab, solange dieser mit der Quastliste verhandelt.",
     frozenset({"Zorndbund", "Quastliste"})),
    ("Xaver Quuxberg lobte Ylva Zorndt, bevor diese mit Wanda Quast telefonierte.",
     frozenset({"Ylva Zorndt", "Wanda Quast"})),
    ("Xaver Quuxberg kritisierte Ylva Zorndt scharf. Diese hatte am Vortag Wanda Quast getroffen.",
     frozenset({"Ylva Zorndt", "Wanda Quast"})),
    ("Die Quastliste wartet auf den Zorndbund, weil jener zuerst mit der Quuxpartei sprechen will.",
     frozenset({"Zorndbund", "Quuxpartei"})),
])
def test_demonstrative_pronoun_stands_for_the_one_named_last(hand_doc, find_events, text, expected):
    found = {e[1] for e in find_events(hand_doc(text, actors=_cast(text)))}
    assert expected in found


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg telefonierte diese Woche mit Ylva Zorndt.",
    "Xaver Quuxberg hat diese beiden Fragen mit Ylva Zorndt besprochen und mit ihr telefoniert.",
])
def test_demonstrative_before_a_noun_is_no_pronoun(hand_doc, find_events, text):
    found = {e[1] for e in find_events(hand_doc(text, actors=_cast(text)))}
    assert found == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}
