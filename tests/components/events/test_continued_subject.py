"""A main clause that goes on after another in the same sentence ("..., danach sprach er mit X")
keeps that clause's subject: its "er"/"sie" is the subject, not the object named last.  Strong
and weak past forms of verbs in -chen ("sprach", "besuchte") are verb forms, so the comma before
"danach sprach" opens that clause."""
from __future__ import annotations

import pytest

from extractor.components.events.words import is_verb_form

from .helpers import events, summary

# fmt: off
CONTINUED = [
    ("Alexis Tsipras traf zunächst Jean-Claude Juncker, danach sprach er mit Jeroen Dijsselbloem.",
     {("meeting", ("Alexis Tsipras", "Jean-Claude Juncker")), ("talk", ("Alexis Tsipras", "Jeroen Dijsselbloem"))}),
    ("Am Montag empfing Heinz Fischer Joachim Gauck, anschließend besuchte er mit Werner Faymann Graz.",
     {("meeting", ("Heinz Fischer", "Joachim Gauck"))}),
    ("Kanzlerin Angela Merkel traf zuerst Barack Obama, danach telefonierte sie mit Matteo Renzi.",
     {("meeting", ("Angela Merkel", "Barack Obama")), ("call", ("Angela Merkel", "Matteo Renzi"))}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", CONTINUED)
def test_a_continued_main_clause_keeps_its_subject(extractor, text, expected):
    found = {(s[0], tuple(s[1])) for s in map(summary, events(extractor, text, published="2016-04-12"))}
    assert expected <= found
    assert not any(len(p) == 3 for _, p in found if "Graz" not in p)


@pytest.mark.parametrize("word, verb", [
    ("sprach", True), ("besuchte", True), ("brauchten", True), ("gleiche", False), ("manche", False),
])
def test_verb_forms_of_infinitives_in_chen(word, verb):
    assert is_verb_form(word) is verb
