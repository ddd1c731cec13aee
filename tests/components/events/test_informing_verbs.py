"""Verbs of informing, warning and involving (contact_verbs.tsv, readings.py): the informer and the one
informed are the two sides of a talk, the informer its initiator; the public, teaching and a public
admonition are no contact."""
from __future__ import annotations

import pytest

CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Quuxland": "country", "Zorndland": "country",
        "Quuxbank": "organization", "Zorndt AG": "organization", "Quuxschule": "organization"}


def _cast(text):
    return {name: kind for name, kind in CAST.items() if name in text}


@pytest.mark.parametrize("text,expected", [
    # active: the subject informs the accusative object
    ("Die Regierung von Quuxland unterrichtete Zorndland vorab über die Grenzkontrollen.",
     ("talk", frozenset({"Quuxland", "Zorndland"}), "occurred", "Quuxland")),
    ("Die Quuxbank machte die Zorndt AG auf die Lücke im System aufmerksam.",
     ("talk", frozenset({"Quuxbank", "Zorndt AG"}), "occurred", "Quuxbank")),
    ("Vor der Abstimmung hat Xaver Quuxberg Ylva Zorndt konsultiert.",
     ("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred", "Xaver Quuxberg")),
    ("Quuxland hat Zorndland vor dem Manöver vorgewarnt.",
     ("talk", frozenset({"Quuxland", "Zorndland"}), "occurred", "Quuxland")),
])
def test_informing_verb_joins_informer_and_informed(hand_doc, find_events, text, expected):
    found = {(e[0], e[1], e[2], e[4]) for e in find_events(hand_doc(text, actors=_cast(text)))}
    assert found == {expected}


@pytest.mark.parametrize("text,expected", [
    # passive: the subject is informed, the "von" agent informs; "nicht" negates the contact
    ("Ylva Zorndt war von Xaver Quuxberg nicht in die Pläne eingebunden worden.",
     ("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "negated")),
    ("Zorndland sei vor dem Test von Quuxland nicht gewarnt worden.",
     ("talk", frozenset({"Quuxland", "Zorndland"}), "negated")),
    ("Die Zorndt AG wurde von der Quuxbank über den Ausfall unterrichtet.",
     ("talk", frozenset({"Quuxbank", "Zorndt AG"}), "occurred")),
])
def test_informing_verb_in_the_passive_takes_the_von_agent(hand_doc, find_events, text, expected):
    found = {(e[0], e[1], e[2]) for e in find_events(hand_doc(text, actors=_cast(text)))}
    assert found == {expected}


@pytest.mark.parametrize("text", [
    # an admonition in the active is said in public, not to the one warned
    "Xaver Quuxberg warnte Zorndland vor weiteren Schritten.",
    "Quuxland hat Zorndland davor gewarnt, die Grenze zu schließen.",
    # "unterrichten" without a topic is teaching
    "Ylva Zorndt unterrichtet an der Quuxschule Philosophie.",
    # informing the public is a statement
    "Die Quuxbank unterrichtete die Bürger von Zorndland über die Sperre.",
    "Xaver Quuxberg machte die Öffentlichkeit in Zorndland auf die Risiken aufmerksam.",
])
def test_informing_the_public_teaching_or_admonishing_is_no_contact(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=_cast(text))) == set()
