"""A participant told by a phrase that refers back to a named person ("der 65-Jährige", "den
Wahlsieger"): the act is that person's; a phrase whose person is not clear gives no participant,
so no act.  Every sentence is new, none taken from an article."""
from __future__ import annotations

import pytest

from .helpers import events, summary


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Bundeskanzler Olaf Scholz ist in Paris. Präsident Emmanuel Macron empfing den 65-Jährigen am Montag im "
     "Élysée.", ("meeting", ["Emmanuel Macron", "Olaf Scholz"])),
    ("Die Sängerin Lena Hoff gibt ein Konzert in Wien. Die 35-Jährige trifft dort auch Bürgermeister Michael Ludwig.",
     ("meeting", ["Lena Hoff", "Michael Ludwig"])),
    ("Der künftige Bürgermeister Jan Wolters (SPD) gewann die Stichwahl gegen die Kandidatin Petra Lang. Lang rief "
     "den Wahlsieger noch am Abend an.", ("call", ["Jan Wolters", "Petra Lang"])),
    ("Präsident Emmanuel Macron besuchte am Montag Berlin. Am Abend traf der Gast Bundeskanzlerin Angela Merkel.",
     ("meeting", ["Angela Merkel", "Emmanuel Macron"])),
    ("Die Kommissarin Margrethe Vestager legt ihr Amt nieder. Mit der 55-Jährigen telefonierte am Montag auch "
     "Kanzler Olaf Scholz.", ("call", ["Margrethe Vestager", "Olaf Scholz"])),
])
# fmt: on
def test_anaphoric_phrase_is_the_person_named_before(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, "2024-05-08")]
    assert (expected[0], expected[1]) in found, found


@pytest.mark.parametrize("text, partner", [
    ("Bundeskanzler Olaf Scholz traf Präsident Joe Biden. Danach telefonierte der 80-Jährige mit Emmanuel Macron.",
     "Emmanuel Macron"),
    ("Präsident Emmanuel Macron traf Kanzler Olaf Scholz in Berlin. Später rief der Gastgeber Joe Biden an.",
     "Joe Biden"),
    ("Außenminister Heiko Maas traf Innenminister Horst Seehofer. Danach telefonierte der Minister mit Emmanuel "
     "Macron.", "Emmanuel Macron"),
])
def test_ambiguous_phrase_gives_no_participant(extractor, text, partner):
    found = [summary(e)[1] for e in events(extractor, text, "2024-05-08")]
    assert not any(partner in p for p in found), found


def test_age_nominal_travels_as_the_pope(extractor):
    text = ("Papst Franziskus besuchte am Samstag Kuba. Am Dienstag fliegt der 86-Jährige in die USA weiter, wo er "
            "bis Sonntag bleibt.")
    found = [summary(e)[:3] for e in events(extractor, text, "2015-09-21")]
    assert ("meeting", ["Franziskus", "USA"], "planned") in found, found



def test_role_reference_after_a_fronted_preposition_is_a_side(extractor):
    # "Mit" opens the sentence in capitals; it is no noun whose attribute the reference could be
    text = ("Die Kommissarin Margrethe Vestager legt ihr Amt nieder. Mit der Kommissarin telefonierte am Montag "
            "Kanzler Olaf Scholz.")
    found = [summary(e)[:2] for e in events(extractor, text, "2024-05-08")]
    assert ("call", ["Margrethe Vestager", "Olaf Scholz"]) in found, found
