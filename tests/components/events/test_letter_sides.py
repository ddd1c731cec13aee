"""The sides of a letter: who sent it, and who it went to.

A letter noun governed by a verb of sending or handing over ("schickte", "überreichte", "ließ ...
zukommen", cue kind ``sending``) has its addressee as the verb's dative object: "überreichte dem
Botschafter eine Protestnote".  Without such a verb a dative stays the object of another verb
("zeigte dem Sender einen Brief" is no letter to the broadcaster).  A letter noun's genitive names
its sender even where the noun stands behind "in" or "laut" ("in einem Schreiben der Gewerkschaft
X an Y", "laut einem Brief des Ministeriums an Y"): the preposition governs the letter, so the
sender is neither a place nor a source.  A written channel ("per SMS", "über das Internet", "im
Chat") makes a talk correspondence; a letter noun behind "per" with its partner behind "mit" is
the channel of an exchange and names no sender.  Each sentence is new, not taken from an article."""
from __future__ import annotations

import pytest

from .helpers import cast_of, events, person, summary

ACTORS = {"Xaver Quuxberg": person("Xaver Quuxberg", "Bürgermeister"),
          "Zora Amselmann": person("Zora Amselmann", "Ministerin"),
          "Quuxpartei": "organization", "Zorndtwerk": "organization", "Amselbank": "organization",
          "Innenministerium": "organization", "Landesregierung": "organization", "Quuxland": "country",
          "Amselland": "country", "Quuxfunk": "organization"}
MENTIONS = {"Quuxberg": "Xaver Quuxberg", "Amselmann": "Zora Amselmann", "Quuxlands": "Quuxland",
            "Amsellands": "Amselland", "Innenministeriums": "Innenministerium"}


def found(hand_doc, find_events, text):
    actors = cast_of(text, ACTORS)
    mentions = {m: n for m, n in MENTIONS.items() if m in text}
    actors.update({n: ACTORS[n] for n in mentions.values()})
    events = find_events(hand_doc(text, actors=actors, mentions=mentions, published="2022-06-20"))
    return {(e[0], e[1], e[4]) for e in events}


PAIR = frozenset({"Xaver Quuxberg", "Zora Amselmann"})


def letter(sender, addressee):
    return ("correspondence", frozenset({sender, addressee}), sender)


# fmt: off
SENT_TO_THE_DATIVE = [
    ("Die Quuxpartei überreichte dem Innenministerium am Montag eine Protestnote.",
     letter("Quuxpartei", "Innenministerium")),
    ("Zorndtwerk hatte dem Innenministerium bereits im Mai einen Brief geschickt.",
     letter("Zorndtwerk", "Innenministerium")),
    ("Quuxland ließ dem Innenministerium eine Verbalnote zukommen.",
     letter("Quuxland", "Innenministerium")),
    ("Am Freitag übergab die Amselbank dem Innenministerium ein Schreiben mit ihren Forderungen.",
     letter("Amselbank", "Innenministerium")),
    ("Die Quuxpartei hat dem Innenministerium eine E-Mail gesendet.", letter("Quuxpartei", "Innenministerium")),
]
# fmt: on


@pytest.mark.parametrize("text, event", SENT_TO_THE_DATIVE)
def test_dative_of_a_sending_verb_is_the_addressee(hand_doc, find_events, text, event):
    assert found(hand_doc, find_events, text) == {event}


@pytest.mark.parametrize("text", [
    "Die Quuxpartei zeigte dem Quuxfunk einen Brief.",
    "Zorndtwerk legte dem Innenministerium eine Stellungnahme vor.",
])
def test_dative_of_another_verb_is_no_addressee(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


# fmt: off
GENITIVE_SENDER = [
    ("In einem Schreiben der Amselbank an die Landesregierung heißt es, die Frist sei zu kurz.",
     letter("Amselbank", "Landesregierung")),
    ("Laut einem Brief des Innenministeriums an Zorndtwerk fehlen noch Unterlagen.",
     letter("Innenministerium", "Zorndtwerk")),
    ("In einem Offenen Brief des Bürgermeisters Xaver Quuxberg an Zora Amselmann verlangt er mehr Geld.",
     letter("Xaver Quuxberg", "Zora Amselmann")),
    ("Die Protestnote Quuxlands an Amselland wurde am Montag übergeben.", letter("Quuxland", "Amselland")),
]
# fmt: on


@pytest.mark.parametrize("text, event", GENITIVE_SENDER)
def test_genitive_of_a_letter_noun_is_its_sender(hand_doc, find_events, text, event):
    assert found(hand_doc, find_events, text) == {event}


# fmt: off
WRITTEN_CHANNEL = [
    ("Xaver Quuxberg kommunizierte monatelang über das Internet mit Zora Amselmann.", ("correspondence", PAIR, None)),
    ("Zora Amselmann tauschte sich am Abend per SMS mit Xaver Quuxberg aus.", ("correspondence", PAIR, None)),
    ("Im Chat sprach Xaver Quuxberg mit Zora Amselmann über die Wahl.", ("correspondence", PAIR, None)),
    # a letter noun behind "per" with a "mit" partner is the channel of an exchange: no sender
    ("Zora Amselmann verhandelte per Brief mit Xaver Quuxberg.", ("correspondence", PAIR, None)),
    ("Xaver Quuxberg tauschte sich per E-Mail mit Zora Amselmann aus.", ("correspondence", PAIR, None)),
    # a letter "an" someone has its sender
    ("In einer E-Mail an Xaver Quuxberg bat Zora Amselmann um Hilfe.", ("correspondence", PAIR, "Zora Amselmann")),
]
# fmt: on


@pytest.mark.parametrize("text, event", WRITTEN_CHANNEL)
def test_written_channel_makes_the_talk_correspondence(hand_doc, find_events, text, event):
    assert found(hand_doc, find_events, text) == {event}


@pytest.mark.parametrize("text,expected", [
    # the letter opens the sentence and its writer follows the finite verb
    ("In einem Brief an Ratspräsident Tomas Lind kritisierte Premier Owen Hale die Pläne.",
     ("occurred", ["Owen Hale", "Tomas Lind"])),
    ("In einem Schreiben an die EU-Kommission verlangte Finanzminister Hans Brenner Klarheit.",
     ("occurred", ["EU-Kommission", "Hans Brenner"])),
    # a demand told in a letter proposes no contact: the letter is its medium
    ("Premier Owen Hale forderte in einem Brief an Ratspräsident Tomas Lind Reformen.",
     ("occurred", ["Owen Hale", "Tomas Lind"])),
])
def test_events_a_letter_as_the_medium_of_a_statement(extractor, text, expected):
    assert [(e.status, summary(e)[1]) for e in events(extractor, text)] == [expected]
