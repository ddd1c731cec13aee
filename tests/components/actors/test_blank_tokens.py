"""Blank tokens: spaCy makes every whitespace after the first space a token of its own; the
actor rules walk over words without them ("Helmut  Kukacka" is one name)."""
from __future__ import annotations

import pytest


def persons(doc) -> set[str]:
    return {a.name for a in doc._.actors if a.kind == "person"}


# fmt: off
DOUBLE_SPACES = [
    ("Gestern trat Helmut  Kukacka (ÖVP) vor die Presse.", {"Helmut Kukacka"}),
    ("Bundeskanzler  Olaf  Scholz hat am Montag mit Emmanuel   Macron telefoniert.", {"Olaf Scholz", "Emmanuel Macron"}),
    ("Die Ministerin Brigitte  Zypries  besuchte das Werk.", {"Brigitte Zypries"}),
    ("Zum Treffen kamen Karl  von der Leyen und Jana  Novak.", {"Karl von der Leyen", "Jana Novak"}),
    ("Darüber  sprach  Verteidigungsminister  Boris Pistorius mit der  Presse.", {"Boris Pistorius"}),
    ("Am Dienstag sprach Angela\u00a0Merkel mit\tSebastian Kurz.", {"Angela Merkel", "Sebastian Kurz"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", DOUBLE_SPACES)
def test_a_double_space_does_not_break_a_name(nlp, text, expected):
    assert persons(nlp(text)) == expected


def test_a_double_space_keeps_the_mention_offsets(nlp):
    text = "Am Abend sagte Helmut  Kukacka, er sei froh."
    doc = nlp(text)
    (m,) = [m for m in doc._.mentions]
    assert (m.start, m.end, m.text) == (15, 30, "Helmut  Kukacka") and text[m.start:m.end] == m.text


def test_a_double_space_inside_a_place_name(nlp):
    doc = nlp("Die  Vereinigten  Staaten verhandeln mit Kanada.")
    assert {a.name for a in doc._.actors if a.kind == "country"} >= {"Vereinigte Staaten", "Kanada"}
