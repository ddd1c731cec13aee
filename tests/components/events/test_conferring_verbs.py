"""Verbs and nouns of conferring (contact_verbs.tsv, contact_nouns.tsv): "besprechen" and "plaudern"
are a talk only with their "mit" partner, "beratschlagen" like "beraten", "Besprechung" with its
partner; a review of a book or a show's hosts talking about a topic is no contact."""
from __future__ import annotations

import pytest

CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Quuxland": "country", "Zorndland": "country",
        "Quuxpost": "organization"}


def _cast(text):
    return {name: kind for name, kind in CAST.items() if name in text}


@pytest.mark.parametrize("text,expected", [
    ("Xaver Quuxberg besprach am Montag mit Ylva Zorndt die Lage an der Grenze.",
     ("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred")),
    ("Die Regierung von Quuxland will sich noch mit Zorndland besprechen.",
     ("talk", frozenset({"Quuxland", "Zorndland"}), "planned")),
    ("Am Rande des Empfangs plauderte Xaver Quuxberg lange mit Ylva Zorndt.",
     ("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred")),
    ("Quuxland hatte mit Zorndland über die Grenzfrage beratschlagt.",
     ("talk", frozenset({"Quuxland", "Zorndland"}), "occurred")),
    ("Nach einer Besprechung mit Ylva Zorndt trat Xaver Quuxberg zurück.",
     ("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred")),
])
def test_conferring_with_a_partner_is_a_talk(hand_doc, find_events, text, expected):
    found = {(e[0], e[1], e[2]) for e in find_events(hand_doc(text, actors=_cast(text)))}
    assert expected in found


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg besprach in der Quuxpost das neue Buch von Ylva Zorndt.",
    "In ihrer Sendung besprechen Xaver Quuxberg und Ylva Zorndt jede Woche die Lage der Wirtschaft.",
    "Die Buchbesprechung von Xaver Quuxberg über Ylva Zorndt erschien am Sonntag.",
    "Xaver Quuxberg plauderte gern über seine Zeit in Zorndland.",
])
def test_reviews_and_shows_are_no_contact(hand_doc, find_events, text):
    assert not find_events(hand_doc(text, actors=_cast(text)))
