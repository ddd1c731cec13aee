"""Step 3b: talks about joining a body are the accession process ("Beitrittsverhandlungen"), and
the body joined is no side unless "mit" or "zwischen" name it as negotiating."""
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
