"""A plural office phrase that lists three or more states, or lists states after a noun of states
("der drei baltischen Staaten – Estland, Lettland und Litauen –"), and whose holders the article
does not name is a mention of each state: news tells a meeting of several states through their
leaders as a group.  A noun of states that is only counted or described ("von zehn Staaten")
names no state, and its holders are not the persons named before."""
from __future__ import annotations

import pytest

from .helpers import mention_names

# fmt: off
LISTED = [
    # a genitive list of three states
    ("Die Außenminister Polens, Ungarns und Tschechiens berieten in Prag.",
     "Die Außenminister Polens, Ungarns und Tschechiens", ["Polen", "Tschechien", "Ungarn"]),
    # a noun of states with the list between dashes
    ("Heute treffen sich die Regierungschefs der drei baltischen Staaten – Estland, Lettland und Litauen – in Riga.",
     "Regierungschefs der drei baltischen Staaten – Estland, Lettland und Litauen –", ["Estland", "Lettland", "Litauen"]),
    # the list in brackets, two states suffice after a noun of states, a genitive joined with "sowie"
    ("Gestern kamen die Präsidenten der Nachbarländer (Österreich und Slowenien) sowie Kroatiens zusammen.",
     "Präsidenten der Nachbarländer (Österreich und Slowenien) sowie Kroatiens", ["Kroatien", "Slowenien", "Österreich"]),
    # "Staatsspitzen" is an office; the nominative the text uses
    ("Die Staatsspitzen der Visegrád-Staaten – Slowakei, Polen, Tschechien und Ungarn – tagten.",
     "Staatsspitzen der Visegrád-Staaten – Slowakei, Polen, Tschechien und Ungarn –",
     ["Polen", "Slowakei", "Tschechien", "Ungarn"]),
]
# fmt: on


@pytest.mark.parametrize("text,span,states", LISTED)
def test_plural_office_with_listed_states_mentions_each_state(nlp, text, span, states):
    doc = nlp(text)
    found = [m for m in doc._.mentions if span in m.text]
    assert found, [m.text for m in doc._.mentions]
    assert mention_names(doc, found[0].text) == states
    assert {a.kind for a in doc._.actors if a.name in states} == {"country"}


def test_two_states_in_the_genitive_stay_a_pair_of_ministers(nlp):
    doc = nlp("Die Finanzminister Frankreichs und Italiens trafen sich in Rom.")
    assert not any(a.kind == "country" and a.name in ("Frankreich", "Italien") for a in doc._.actors)


def test_names_in_apposition_are_the_holders_not_the_states(nlp):
    doc = nlp("Die Außenminister Polens, Ungarns und Tschechiens, Jan Nowak, Péter Kis und Pavel Dvořák, "
              "trafen sich in Prag.")
    assert {"Jan Nowak", "Péter Kis", "Pavel Dvořák"} <= {a.name for a in doc._.actors}
    assert not any(a.kind == "country" for a in doc._.actors if a.name in ("Polen", "Ungarn"))


@pytest.mark.parametrize("text", [
    "Kanzlerin Anna Huber sprach mit Premier Max Moll. Danach trafen sich die Regierungschefs von zehn Staaten.",
    "Kanzlerin Anna Huber lud Premier Max Moll ein. Es tagen die Regierungschefs der am stärksten betroffenen Staaten.",
])
def test_counted_or_described_states_name_nobody(nlp, text):
    doc = nlp(text)
    last = [m for m in doc._.mentions if "Regierungschefs" in m.text]
    assert last == [], [(m.text, m.actor_id) for m in last]
