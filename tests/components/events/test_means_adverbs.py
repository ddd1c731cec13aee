"""An adverb of means makes a verb of communicating a contact act: "gratulierte X telefonisch" is a
call, "bat die Ministerin brieflich um Hilfe" a letter, and the one who calls or writes initiates
(guidelines, "Initiator cues": "X entschuldigte sich telefonisch bei Y" -> X).  With a contact
verb of its own the clause keeps that verb's act ("hat sich fernmündlich mit Y beraten": a call
without initiator), and a channel with one named side is no act."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
CHANNELS = [
    ("Bundespräsident Heinz Fischer gratulierte Alexander Van der Bellen am Montag telefonisch zum Wahlsieg.",
     ("call", ["Alexander Van der Bellen", "Heinz Fischer"], "Heinz Fischer")),
    ("Kanzler Werner Faymann entschuldigte sich telefonisch bei Viktor Orbán.",
     ("call", ["Viktor Orbán", "Werner Faymann"], "Werner Faymann")),
    ("Telefonisch kondolierte Angela Merkel dem französischen Präsidenten François Hollande.",
     ("call", ["Angela Merkel", "François Hollande"], "Angela Merkel")),
    ("Die EU-Kommission forderte Polen fernmündlich zu einer Stellungnahme auf.",
     ("call", ["EU-Kommission", "Polen"], "EU-Kommission")),
    ("Bürgermeister Michael Häupl bat Innenministerin Johanna Mikl-Leitner brieflich um Hilfe.",
     ("correspondence", ["Johanna Mikl-Leitner", "Michael Häupl"], "Michael Häupl")),
]
ONE_SIDE = [
    "Finanzminister Hans Jörg Schelling war für den STANDARD telefonisch nicht erreichbar.",
    "Wie Kanzler Werner Faymann telefonisch mitteilte, ist die Sitzung abgesagt.",
    "Kunden der Bawag können ihre Überweisungen auch telefonisch erledigen.",
    "Sebastian Kurz sagte der APA telefonisch, er sei zufrieden.",
    "Die Tickets für das Konzert der Wiener Philharmoniker können telefonisch bestellt werden.",
]
# fmt: on


@pytest.mark.parametrize("text, expected", CHANNELS)
def test_an_adverb_of_means_makes_a_contact_act_of_the_verb(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text, published="2016-04-10")]
    assert [(s[0], s[1], s[4]) for s in found] == [expected]


@pytest.mark.parametrize("text", ONE_SIDE)
def test_a_channel_with_one_named_side_is_no_act(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


def test_a_contact_verb_keeps_its_own_act_and_takes_the_channel(extractor):
    text = "Zora Amselmann hat sich am Montag fernmündlich mit Xaver Quuxberg beraten."
    found = [summary(e) for e in events(extractor, text, published="2016-04-10")]
    assert [(s[0], s[4]) for s in found] == [("call", None)]
