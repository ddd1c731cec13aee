"""Step 3b: talks about joining a body are the accession process ("Beitrittsverhandlungen"), and
the body joined is no side unless "mit" or "zwischen" name it as negotiating, or the talks are
those of a side named in the genitive ("die Verhandlungen Finnlands über den Beitritt zur Nato")."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
NO_TALK = [
    "Der Vertrag, der Serbien nach langen Verhandlungen den Beitritt zur Europäischen Union erlaubt, liegt vor.",
    "Die Verhandlungen über den Beitritt zur EU sollen im Mai mit Montenegro beginnen.",
    "Albanien verhandelt seit Jahren über den Beitritt zur Europäischen Union (EU).",
    "Die Gespräche über einen raschen Nato-Beitritt Finnlands kommen voran.",
    "Olaf Scholz will mit Edi Rama ein Abkommen schließen, das Albanien nach zähen Verhandlungen "
    "den Beitritt zur Nato ermöglicht.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_TALK)
def test_accession_talks_name_no_talk_with_the_body_joined(extractor, text):
    assert [summary(e) for e in events(extractor, text)] == []


# fmt: off
TALK = [
    ("Serbien verhandelt seit Jahren mit der EU über den Beitritt.", ["EU", "Serbien"]),
    ("Die Verhandlungen zwischen Serbien und der EU über den Beitritt stocken.", ["EU", "Serbien"]),
    ("Nach Gesprächen mit Olaf Scholz über den Beitritt zur Nato reiste Edi Rama ab.", ["Edi Rama", "Olaf Scholz"]),
]
# fmt: on


@pytest.mark.parametrize("text, sides", TALK)
def test_accession_talks_with_the_body_named_as_partner_stay(extractor, text, sides):
    assert [(summary(e)[0], summary(e)[1]) for e in events(extractor, text)] == [("talk", sides)]


# fmt: off
GENITIVE_SIDE = [
    ("Die Verhandlungen Finnlands über den Beitritt zur Nato zogen sich über Monate.",
     ["Finnland", "Nato"], "occurred"),
    ("Die Gespräche der Ukraine über einen Beitritt zur Nato sollen im Mai beginnen.",
     ["Nato", "Ukraine"], "planned"),
    ("Seit 2012 laufen die Verhandlungen Serbiens über seinen Beitritt zur EU.",
     ["EU", "Serbien"], "occurred"),
    ("Die Verhandlungen Islands zum Beitritt in die Europäische Union wurden 2013 auf Eis gelegt.",
     ["Europäische Union", "Island"], "occurred"),
]
# fmt: on


@pytest.mark.parametrize("text, sides, status", GENITIVE_SIDE)
def test_talks_of_a_side_in_the_genitive_are_with_the_body_it_joins(extractor, text, sides, status):
    assert [(summary(e)[0], summary(e)[1], summary(e)[2]) for e in events(extractor, text)] == [("talk", sides, status)]


@pytest.mark.parametrize("text", [
    "Die Verhandlungen Serbiens über den Beitritt stocken.",  # no body named
    "Die Verhandlungen Frankreichs über den Beitritt Serbiens zur EU stocken.",  # another state joins
])
def test_genitive_side_without_its_own_accession_body_has_no_talk(extractor, text):
    assert [summary(e) for e in events(extractor, text)] == []
