"""Contact words news uses often that the lexicon lacked (issue 14): "sich abstimmen",
"sich absprechen", "debattieren mit", "korrespondieren mit", "Kontakt zu X aufnehmen"; "Audienz", "Rücksprache", "Verhandlungsmarathon", and the
nouns of an exchange both ways ("Briefwechsel", "Schriftverkehr", "Korrespondenz"), which name no
sender.  Each sentence is new, not taken from an article.  ("besprechen" and "SMS" were tried and
dropped: each added a false alarm on real news, "X und Y besprechen alles rund um ..." in a TV listing.)"""
from __future__ import annotations

import pytest

from .helpers import person

ACTORS = {"Xaver Quuxberg": person("Xaver Quuxberg", "Minister"),
          "Zora Amselmann": person("Zora Amselmann", "Präsidentin"),
          "Amselpartei": "organization", "Quuxpartei": "organization", "Zorndtwerk": "organization",
          "Landesregierung": "organization", "Quuxland": "country"}
MENTIONS = {"Quuxberg": "Xaver Quuxberg", "Amselmann": "Zora Amselmann"}


def found(hand_doc, find_events, text):
    actors = {k: v for k, v in ACTORS.items() if k in text or any(m in text and n == k for m, n in MENTIONS.items())}
    mentions = {m: n for m, n in MENTIONS.items() if n in actors}
    return {(e[0], e[1], e[4]) for e in find_events(hand_doc(text, actors=actors, mentions=mentions,
                                                            published="2022-10-25"))}


PAIR = frozenset({"Xaver Quuxberg", "Zora Amselmann"})
PARTIES = frozenset({"Amselpartei", "Quuxpartei"})

# fmt: off
CONTACTS = [
    # sich abstimmen, sich absprechen: "sich" makes it a talk, not a vote or a denial
    ("Xaver Quuxberg stimmte sich am Montag eng mit Zora Amselmann ab.", ("talk", PAIR, None)),
    ("Die Amselpartei und die Quuxpartei haben sich in der Frage abgestimmt.", ("talk", PARTIES, None)),
    ("Zora Amselmann sprach sich vor der Sitzung mit Xaver Quuxberg ab.", ("talk", PAIR, None)),
    # debattieren, korrespondieren with a partner
    ("Im Ausschuss debattierte Xaver Quuxberg am Sonntag mit Zora Amselmann.", ("talk", PAIR, None)),
    ("Zora Amselmann korrespondierte jahrelang mit Xaver Quuxberg.", ("correspondence", PAIR, None)),
    # Audienz: a meeting; its word order names no initiator ("hatte eine Audienz bei X" is the guest's),
    # "empfangen" does
    ("Xaver Quuxberg hatte am Montag eine Audienz bei Zora Amselmann.", ("meeting", PAIR, None)),
    ("Xaver Quuxberg wurde am Montag von Zora Amselmann zu einer Audienz empfangen.",
     ("meeting", PAIR, "Zora Amselmann")),
    ("Zora Amselmann gewährte Xaver Quuxberg am Montag eine Audienz.", ("meeting", PAIR, None)),
    # Rücksprache
    ("Nach Rücksprache mit der Quuxpartei zog die Amselpartei den Antrag am Montag zurück.", ("talk", PARTIES, None)),
    ("Die Amselpartei hat vor der Abstimmung Rücksprache mit der Quuxpartei gehalten.", ("talk", PARTIES, None)),
    # an exchange both ways has no sender
    ("Der Briefwechsel zwischen Xaver Quuxberg und Zora Amselmann wurde am Montag veröffentlicht.",
     ("correspondence", PAIR, None)),
    ("Im Schriftverkehr mit der Landesregierung verlangte Zorndtwerk Auskunft.",
     ("correspondence", frozenset({"Landesregierung", "Zorndtwerk"}), None)),
    ("In seiner Korrespondenz mit Zora Amselmann forderte Xaver Quuxberg mehr Geld.", ("correspondence", PAIR, None)),
    # Verhandlungsmarathon: long negotiations
    ("Nach einem Verhandlungsmarathon einigten sich die Amselpartei und die Quuxpartei am Montag.",
     ("talk", PARTIES, None)),
    ("Der Verhandlungsmarathon zwischen Zorndtwerk und der Landesregierung endete ohne Ergebnis.",
     ("talk", frozenset({"Landesregierung", "Zorndtwerk"}), None)),
    ("Nach einem nächtlichen Verhandlungsmarathon mit Quuxberg stimmte Amselmann zu.", ("talk", PAIR, None)),
    # "Kontakt zu X aufnehmen": taking up contact is an act, "zu" names the other side
    ("Zora Amselmann nahm am Montag Kontakt zu Xaver Quuxberg auf.", ("talk", PAIR, None)),
    ("Zorndtwerk hat inzwischen Kontakt zur Landesregierung aufgenommen.",
     ("talk", frozenset({"Landesregierung", "Zorndtwerk"}), None)),
    ("Die Amselpartei will noch diese Woche Kontakt zur Quuxpartei aufnehmen.", ("talk", PARTIES, None)),
    ("Nachdem Quuxberg Kontakt zu Amselmann aufgenommen hatte, wurde ein Treffen vereinbart.", ("talk", PAIR, None)),
]
# fmt: on


@pytest.mark.parametrize("text, event", [c for c in CONTACTS if c[1] is not None])
def test_news_contact_words(hand_doc, find_events, text, event):
    assert found(hand_doc, find_events, text) == {event}


@pytest.mark.parametrize("text", [
    # "stimmten ab" without "sich" is a vote; "sprach sich ... aus" is another verb
    "Die Abgeordneten der Amselpartei stimmten am Montag mit der Quuxpartei ab.",
    "Xaver Quuxberg sprach sich am Montag für Zora Amselmann aus.",
    # a debate of one body, a text corresponding to another: no partner
    "Die Amselpartei debattierte am Montag über das Budget.",
    # contacts as a standing tie, and another thing taken up
    "Die Amselpartei unterhält seit Jahren Kontakte zur Quuxpartei.",
    "Xaver Quuxberg hat gute Kontakte zu Zora Amselmann.",
    "Die Amselpartei nahm die Ermittlungen zur Quuxpartei auf.",
    # a pope's general audience names no one received
    "Bei der Generalaudienz am Mittwoch sprach der Papst über Quuxland.",
])
def test_no_contact(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()
