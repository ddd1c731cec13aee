"""Collective sides: a plural group or office noun made definite by a state or scope adjective,
a state, party or group prefix or a genitive is one group actor, named as the text names it in
the nominative; the same plural without such a modifier names nobody."""
from __future__ import annotations

import pytest

from .helpers import names

# fmt: off
DEFINED = [
    # scope or state adjective, dative plural made nominative
    ("Athen verhandelt seit Wochen mit den internationalen Geldgebern.", "internationale Geldgeber"),
    ("Kiew sprach am Freitag mit den europäischen Kreditgebern.", "europäische Kreditgeber"),
    ("Die Armee hat mit den libyschen Milizen eine Waffenruhe vereinbart.", "libysche Milizen"),
    # group or party prefix
    ("Die Regierung will erstmals mit den Tuareg-Rebellen reden.", "Tuareg-Rebellen"),
    ("Am Montag trafen sich die ÖVP-Landeshauptleute in Salzburg.", "ÖVP-Landeshauptleute"),
    # a state in the genitive after the noun
    ("Der Premier traf die Gläubiger Portugals in Lissabon.", "Gläubiger Portugals"),
    # a body the definite article names alone
    ("Die Kanzlerin lud die Landeshauptleute ins Kanzleramt.", "Landeshauptleute"),
    # plural office holders of roles.tsv with a defining modifier
    ("Am Samstag beraten die SP-Regierungschefs in Rom.", "SP-Regierungschefs"),
    ("Der Plan wurde den EU-Innenministern am Donnerstag vorgelegt.", "EU-Innenminister"),
    ("Die europäischen Regierungschefs kamen in Brüssel zusammen.", "europäische Regierungschefs"),
]
# fmt: on


@pytest.mark.parametrize("text,name", DEFINED)
def test_defined_plural_group_is_one_group_actor(nlp, text, name):
    actor = next((a for a in nlp(text)._.actors if a.name == name), None)
    assert actor is not None, [a.name for a in nlp(text)._.actors]
    assert actor.kind == "group"


@pytest.mark.parametrize("text", [
    "Die Gläubiger wollen nicht nachgeben.",
    "Einige Rebellen haben die Waffen niedergelegt.",
    "Die neuen Geldgeber stellen Bedingungen.",
    "Die Minister trafen sich am Abend.",
    "Zwei Regierungschefs sagten ihre Teilnahme ab.",
    "Die Top-Rebellen der Liga spielen am Sonntag.",
])
def test_vague_plural_names_no_actor(nlp, text):
    assert names(nlp(text)) == set()


def test_two_plural_holders_named_before_stay_persons(nlp):
    doc = nlp("Olaf Scholz und Emmanuel Macron berieten am Montag. Die beiden Regierungschefs einigten sich.")
    assert names(doc) == {"Olaf Scholz", "Emmanuel Macron"}


@pytest.mark.parametrize("text,name", [
    ("Die österreichische Finanz hat die Daten angefordert.", "österreichische Finanz"),
    ("Die irischen Steuerbehörden prüfen den Fall.", "irische Steuerbehörden"),
    ("Die deutsche Finanzverwaltung verlangt Auskunft.", "deutsche Finanzverwaltung"),
])
def test_tax_authority_with_state_adjective_is_an_institution(nlp, text, name):
    assert name in names(nlp(text))


def test_tax_authority_without_state_names_nobody(nlp):
    assert names(nlp("Die Finanz prüft den Fall noch.")) == set()
