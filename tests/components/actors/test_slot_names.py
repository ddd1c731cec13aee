"""Names no list knows, in a slot only an actor fills: the sides of a contact noun ("zwischen X
und Y"), its partner ("ein Treffen mit X") and the coordinated subject of a contact verb ("X
und Y verhandeln") are organisations named as written; common nouns, quoted words, plural
nouns and abbreviations there are not."""
from __future__ import annotations

import pytest

from .helpers import names

# fmt: off
SLOT_NAMES = [
    ("Die Verhandlungen zwischen Quellsoft und Brandor ziehen sich hin.", {"Quellsoft", "Brandor"}),
    ("Nach dem Telefonat zwischen Siemens und Veltrax stiegen die Kurse.", {"Siemens", "Veltrax"}),
    ("Ein Treffen zwischen Quellsoft, Brandor und Veltrax ist für Mai geplant.", {"Quellsoft", "Brandor", "Veltrax"}),
    ("Der Konzern führte im Herbst Gespräche mit Quellsoft über eine Fusion.", {"Quellsoft"}),
    ("Das Treffen mit NetKron3 am Montag verlief ohne Ergebnis.", {"NetKron3"}),
    ("Quellsoft und Brandor verhandeln seit Wochen über eine Übernahme.", {"Quellsoft", "Brandor"}),
    ("Veltrax und Brandor trafen sich am Freitag in Hamburg.", {"Veltrax", "Brandor"}),
]

NO_SLOT_NAMES = [
    "Die Gespräche zwischen Arbeit und Familie sind ein Thema des Buches.",
    "Er sprach von Gesprächen mit den Händlern und Vermittlern.",
    "Nach einem Treffen mit „Goodbye“ im Titel suchte sie lange.",
    "Sie suchte das Gespräch mit dem Versorger.",
    "Die Verhandlungen mit einem Kugelhagel endeten blutig.",
    "Quellsoft und Brandor besuchten die Messe in Hannover.",
]
# fmt: on


@pytest.mark.parametrize("text, expected", SLOT_NAMES)
def test_an_unknown_name_in_a_contact_slot_is_an_organisation(nlp, text, expected):
    doc = nlp(text)
    assert expected <= names(doc)
    for a in doc._.actors:
        if a.name in expected - {"Siemens"}:
            assert a.kind == "organization"


@pytest.mark.parametrize("text", NO_SLOT_NAMES)
def test_common_nouns_and_quoted_words_in_a_slot_name_nobody(nlp, text):
    # a visited place ("die Messe in Hannover") is a place, no slot name
    assert {a.name for a in nlp(text)._.actors if a.kind != "city"} == set()


def test_other_uses_of_a_slot_name_are_its_mentions(nlp):
    doc = nlp("Quellsoft lehnte jeden Kommentar ab. Später kam es zu Verhandlungen zwischen Siemens und Quellsoft.")
    quellsoft = [a for a in doc._.actors if a.name == "Quellsoft"]
    assert len(quellsoft) == 1 and len(quellsoft[0].mentions) == 2


def test_a_newspaper_with_an_english_name_is_media_not_a_person(nlp):
    doc = nlp("Nach Angaben des Wall Street Journal verhandelt Siemens mit Veltrax.")
    assert "Street Journal" not in names(doc)
    assert "Wall Street Journal" in names(doc)
