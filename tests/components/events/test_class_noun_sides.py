"""Sides named by a class noun or by their leadership.

"Siemens streicht Stellen. Am Montag traf sich der Konzern mit der IG Metall": the actor stage
makes "der Konzern" a mention of Siemens (``class_nouns.tsv``), so the act has both sides.  A
leadership noun with the organisation's genitive stands for it as "Vertreter" does ("die
Geschäftsführung des Unternehmens", "der Vorstand der Quuxbank"); a possessive genitive that
qualifies another noun ("die Lage seines Unternehmens") is no side, as "des Unternehmens" is
none.  Each sentence is new, not taken from an article."""
from __future__ import annotations

import pytest

from .helpers import cast_of, events, person, summary


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Siemens streicht 3000 Stellen. Am Montag traf sich der Konzern mit der IG Metall.",
     ("meeting", ["IG Metall", "Siemens"])),
    ("Die SPÖ will die Reform. Am Dienstag verhandelte die Partei mit der ÖVP.", ("talk", ["SPÖ", "ÖVP"])),
    ("Der FC Barcelona will den Stürmer holen. Seit Tagen verhandelt der Klub mit Borussia Dortmund.",
     ("talk", ["Borussia Dortmund", "FC Barcelona"])),
    ("Die polnische Regierung lehnt den Plan ab. Die Regierung will nun mit Brüssel verhandeln.",
     ("talk", ["Brüssel", "polnische Regierung"])),
])
# fmt: on
def test_a_side_named_by_its_class_noun_takes_part(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text)] == [expected]


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Der Videospielhersteller Nintendo klagt. Die Spieleschmiede schrieb am Montag dem Youtuber Karl Berger einen Brief.",
     ("correspondence", ["Karl Berger", "Nintendo"])),
    ("Der Energiekonzern Eon schließt Kraftwerke. Am Dienstag verhandelte der Energiekonzern mit der IG Metall.",
     ("talk", ["Eon", "IG Metall"])),
    ("Der Versicherer Allianz zahlt nicht. Der Versicherer traf sich gestern mit der Gewerkschaft Verdi.",
     ("meeting", ["Allianz", "Verdi"])),
])
# fmt: on
def test_a_side_named_by_a_compound_class_noun_takes_part(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text)] == [expected]


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Die Großbank Unicredit will die Tochter verkaufen. Der Finanzinvestor Cerberus verhandelt seit Wochen "
     "mit den Italienern.", ("talk", ["Cerberus", "Unicredit"])),
    ("Gazprom liefert weniger Gas. Am Dienstag trafen sich die Russen mit der OMV in Wien.",
     ("meeting", ["Gazprom", "OMV"])),
    ("Der Konzern Toyota ruft Autos zurück. Am Montag telefonierten die Japaner mit Verkehrsminister Hans Quuxberg.",
     ("call", ["Hans Quuxberg", "Toyota"])),
])
# fmt: on
def test_a_business_named_by_its_people_takes_part(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text)] == [expected]


def test_the_people_of_a_state_named_itself_name_no_business(extractor):
    text = ("Italien ringt um seine Banken. Die Großbank Unicredit prüft den Verkauf. "
            "Der Finanzinvestor Cerberus verhandelt mit den Italienern.")
    assert all("Unicredit" not in summary(e)[1] for e in events(extractor, text))


def test_a_relational_compound_names_no_side(extractor):
    text = "Siemens verkauft Osram. Am Montag traf sich der Mutterkonzern mit der IG Metall."
    assert all("Siemens" not in summary(e)[1] for e in events(extractor, text))


def test_a_class_noun_with_two_candidates_names_no_side(extractor):
    text = "Siemens und Bosch legen Zahlen vor. Am Montag traf sich der Konzern mit der IG Metall."
    assert events(extractor, text) == []


ACTORS = {"Verdi": "organization", "Quuxair": "organization", "Amselwerke": "organization",
          "Amselpartei": "organization", "Quuxbank": "organization",
          "Xaver Quuxberg": person("Xaver Quuxberg", "Minister"),
          "Zora Amselmann": person("Zora Amselmann", "Ministerin")}


def found(hand_doc, find_events, text, mentions=None):
    actors = cast_of(text, ACTORS)
    return {(e[0], e[1]) for e in find_events(hand_doc(text, actors=actors, mentions=mentions, published="2022-10-25"))}


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Verdi verhandelte am Montag mit der Konzernleitung der Amselwerke.", ("talk", {"Verdi", "Amselwerke"})),
    ("Am Montag kam Verdi mit der Unternehmensführung der Amselwerke zusammen.",
     ("meeting", {"Verdi", "Amselwerke"})),
    ("Xaver Quuxberg sprach am Freitag mit der Parteispitze der Amselpartei.",
     ("talk", {"Xaver Quuxberg", "Amselpartei"})),
    ("Am Montag telefonierte Zora Amselmann mit dem Vorstand der Quuxbank.",
     ("call", {"Zora Amselmann", "Quuxbank"})),
])
# fmt: on
def test_the_leadership_of_an_organisation_stands_for_it(hand_doc, find_events, text, expected):
    kind, sides = expected
    assert found(hand_doc, find_events, text) == {(kind, frozenset(sides))}


def test_the_leadership_of_a_body_named_by_its_class_noun(hand_doc, find_events):
    text = ("Quuxair steckt in der Krise. Die Gewerkschaft Verdi und die Geschäftsführung des Unternehmens "
            "verhandelten am Dienstag neun Stunden lang.")
    sides = found(hand_doc, find_events, text, {"Unternehmens": "Quuxair"})
    assert sides == {("talk", frozenset({"Verdi", "Quuxair"}))}


@pytest.mark.parametrize("text, mention", [
    ("Quuxair steckt in der Krise. Xaver Quuxberg betonte in seinem Brief an Zora Amselmann die "
     "Stärken seines Unternehmens.", "Unternehmens"),
    ("Die Amselwerke schreiben Verluste. Bei einem Treffen mit Xaver Quuxberg schilderte Zora Amselmann "
     "die Sorgen ihres Konzerns.", "Konzerns"),
])
def test_a_possessive_genitive_of_another_noun_is_no_side(hand_doc, find_events, text, mention):
    owner = "Quuxair" if "Quuxair" in text else "Amselwerke"
    sides = found(hand_doc, find_events, text, {mention: owner})
    assert {s for _, s in sides} == {frozenset({"Xaver Quuxberg", "Zora Amselmann"})}
