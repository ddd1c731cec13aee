"""Occupation nouns that alone are frequent surnames ("Koch", "Bauer", "Jäger") or no occupation
("Macher") still say what a person is as the head of a compound ("der Fernsehkoch Tim", "der
Pelztierjäger Arvo"): after such a compound a capitalised word is the person's name even alone,
as after "der Schauspieler" (``person_nouns.tsv``, head ``only``)."""
from __future__ import annotations

import pytest

from extractor.components.actors.words import person_noun

from .helpers import actors


# fmt: off
NAMED_BY_COMPOUND = [
    ("Am Montag traf der Fernsehkoch Marcello die Ministerin.", "Marcello"),
    ("Die Reporterin begleitete den Großwildjäger Torvik durch die Savanne.", "Torvik"),
    ("Nach dem Streit versöhnte sich die Biobäuerin Ilvie mit ihrem Nachbarn.", "Ilvie"),
    ("Im Herbst drehte der Dokumentarfilmemacher Kasimir einen neuen Film.", "Kasimir"),
    ("Gestern telefonierte der Maßschneider Benedek mit seinem Kunden.", "Benedek"),
]
# fmt: on


@pytest.mark.parametrize("text, name", NAMED_BY_COMPOUND)
def test_a_compound_of_a_surname_like_occupation_names_the_person_after_it(run_pipeline, text, name):
    assert actors(run_pipeline, text)[name][0] == "person"


@pytest.mark.parametrize("word", ["Koch", "Bauer", "Jäger", "Fischer", "Schneider", "Macher", "Köchin"])
def test_the_head_alone_is_no_occupation_noun(word):
    assert not person_noun(word)


@pytest.mark.parametrize("word", ["Fernsehkoch", "Sterneköchin", "Bergbauern", "Kopfgeldjäger",
                                  "Hobbyfischer", "Filmemacher", "Liedermacherin"])
def test_the_compounds_are_occupation_nouns(word):
    assert person_noun(word)


def test_a_surname_after_a_given_name_stays_a_surname(run_pipeline):
    found = actors(run_pipeline, "Gestern sprach Anton Koch mit Maria Bauer über den Vertrag.")
    assert {"Anton Koch", "Maria Bauer"} <= set(found)
