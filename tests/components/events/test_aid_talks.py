"""Step 4: talks about aid for a state ("Verhandlungen über ein Hilfspaket für Irland") are that
state's talks with its lenders, whether the lenders are named in the same sentence or, as news
often tells it, in the next one ("Die Gespräche führen X und Y"); attendees added with "dabei
sein" ("Mit dabei ist auch Z") join the talks just told."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
RECEIVER_JOINS = [
    ("In Kiew haben am Montag die Verhandlungen über ein neues Hilfspaket für die Ukraine begonnen. "
     "Die Gespräche führen der Internationale Währungsfonds und die Weltbank.",
     ["Internationaler Währungsfonds", "Ukraine", "Weltbank"]),
    ("Seit Mittwoch laufen in Nikosia Verhandlungen über ein Rettungsprogramm für Zypern. "
     "Die Gespräche führen die EU-Kommission und die Europäische Zentralbank.",
     ["EU-Kommission", "Europäische Zentralbank", "Zypern"]),
    ("Die Detailgespräche über einen weiteren Kredit für Argentinien sind am Dienstag angelaufen. "
     "Die Verhandlungen führen die Weltbank und der Internationale Währungsfonds.",
     ["Argentinien", "Internationaler Währungsfonds", "Weltbank"]),
    ("Am Freitag haben die Gespräche über Finanzhilfen für Portugal begonnen. Die Verhandlungen führen die Europäische Union "
     "und der Internationale Währungsfonds. Mit dabei sind auch Vertreter der Weltbank.",
     ["Europäische Union", "Internationaler Währungsfonds", "Portugal", "Weltbank"]),
]
# fmt: on


@pytest.mark.parametrize("text, sides", RECEIVER_JOINS)
def test_talks_about_aid_for_a_state_have_the_state_as_a_side(extractor, text, sides):
    assert [(summary(e)[0], summary(e)[1]) for e in events(extractor, text)] == [("talk", sides)]


# fmt: off
SIDES_KEPT = [
    # the topic is no aid: the state it concerns does not negotiate
    ("Die Verhandlungen über Waffenlieferungen an die Ukraine haben begonnen. "
     "Die Gespräche führen die USA und Deutschland.", [["Deutschland", "USA"]]),
    # the aid talks were told four sentences before: too far to be the talks named now
    ("Über ein Hilfspaket für Portugal wird seit Wochen gestritten. Das Wetter in Lissabon war schön. "
     "Die Börse schloss fester. Der Euro gab nach. Die Gespräche führen die EU-Kommission und der "
     "Internationale Währungsfonds.", [["EU-Kommission", "Internationaler Währungsfonds"]]),
    # talks that take their sides from the act before keep them
    ("Die EU-Kommission verhandelt seit Montag mit dem IWF. Die Gespräche über ein Hilfspaket für "
     "Griechenland dauern an.", [["EU-Kommission", "IWF"]]),
    # the state already sits at the table through its government
    ("Die Regierung in Rom führt Gespräche über einen Kredit für Italien mit dem Internationalen "
     "Währungsfonds.", [["Internationaler Währungsfonds", "Regierung in Rom"]]),
    # "die Gespräche" with no sides told before stays silent
    ("Die Gespräche dauern an. Ein Ergebnis wird nicht vor Freitag erwartet.", []),
]
# fmt: on


@pytest.mark.parametrize("text, sides", SIDES_KEPT)
def test_talks_without_aid_receiver_keep_their_sides(extractor, text, sides):
    assert [summary(e)[1] for e in events(extractor, text)] == sides


# fmt: off
PRESENT = [
    ("Olaf Scholz traf am Montag Emmanuel Macron in Paris. Ebenfalls dabei war Giorgia Meloni.",
     ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]),
    ("Olaf Scholz traf am Montag Emmanuel Macron in Paris. Auch die italienische Regierungschefin "
     "Giorgia Meloni war dabei.", ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]),
    ("Olaf Scholz traf am Montag Emmanuel Macron in Paris. Dabei ist auch klar, dass Giorgia Meloni "
     "skeptisch bleibt.", ["Emmanuel Macron", "Olaf Scholz"]),
]
# fmt: on


@pytest.mark.parametrize("text, sides", PRESENT)
def test_dabei_sein_after_an_act_adds_an_attendee(extractor, text, sides):
    assert [summary(e)[1] for e in events(extractor, text)] == [sides]
