"""An adverb of frequency makes a contact a habit, no one act ("besuchte sie oft", "treffen sich
regelmäßig", "telefonieren fast täglich", "bei ihren regelmäßigen Treffen"): the guidelines count
acts.  So does a possessive before the plural of an act ("bei seinen Besuchen", "ihre Telefonate").
"wie so oft" compares one act with the habit; counted acts ("zweimal", "mehrmals") stay."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
HABITS = [
    "Kaiser Franz Joseph besuchte seine Freundin Katharina Schratt fast täglich in ihrer Villa.",
    "Die Ministerin Ulrike Lunacek trifft sich regelmäßig mit dem Bürgermeister Michael Häupl.",
    "Der Sänger Udo Jürgens telefonierte oft mit seinem Bruder Manfred Bockelmann.",
    "Bei ihren regelmäßigen Treffen sprachen Erwin Pröll und Michael Häupl über das Budget.",
    "Seit dem Frühjahr schreibt Alfred Gusenbauer immer wieder Briefe an Gerhard Schröder.",
    "Der Autor Peter Turrini hatte den Regisseur Claus Peymann jedes Mal in Berlin besucht.",
]
# a possessive before the plural of an act: someone's acts in general
ONES_ACTS = [
    "Bei seinen Besuchen quälte der Pfleger Karl Moser den kranken Hans Berger.",
    "Ihre Telefonate mit Bruno Kreisky hielt die Journalistin Trautl Brandstaller geheim.",
    "Seine Besuche bei Jörg Haider verschwieg der Unternehmer Walter Meischberger lange.",
    "Bei ihren Besuchen brachte Maria Lassnig ihrer Schwester Anna Lassnig Bilder mit.",
]
ONE_ACT = [
    ("Wie so oft traf Kanzler Werner Faymann am Montag den ungarischen Premier Viktor Orbán.",
     ("meeting", ["Viktor Orbán", "Werner Faymann"])),
    ("Außenminister Sebastian Kurz telefonierte am Freitag mit Sergej Lawrow.",
     ("call", ["Sebastian Kurz", "Sergej Lawrow"])),
    ("Bei seinem Besuch traf Kanzler Werner Faymann den Premier Viktor Orbán.",
     ("meeting", ["Viktor Orbán", "Werner Faymann"])),
]
# fmt: on


@pytest.mark.parametrize("text", HABITS)
def test_a_habitual_contact_is_no_event(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text", ONES_ACTS)
def test_ones_acts_in_general_are_no_event(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", ONE_ACT)
def test_one_act_beside_a_habit_stays(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
