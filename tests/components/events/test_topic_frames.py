"""Accession talks and topic frames (contact_noun_exclusions.txt, triggers._topic_of_other_act): the
opening of accession talks between a union and a candidate is a talk of the two; a contact noun
that a topic frame ("im Mittelpunkt", "Thema") of another act governs only names that act's topic."""
from __future__ import annotations

import pytest

CAST = {"Quuxland": "country", "Zorndland": "country", "Quuxunion": "organization",
        "Xaver Quuxberg": "person", "Ylva Zorndt": "person"}


def _cast(text):
    return {name: kind for name, kind in CAST.items() if name in text}


def _pairs(events):
    return {(e[0], e[1]) for e in events}


@pytest.mark.parametrize("text", [
    "Die Quuxunion eröffnete die Beitrittsverhandlungen mit Zorndland.",
    "Die Beitrittsgespräche zwischen der Quuxunion und Zorndland wurden fortgesetzt.",
    "Am Dienstag begann Zorndland in Brüssel die Beitrittsverhandlungen mit der Quuxunion.",
    "Nach den Beitrittsgesprächen mit der Quuxunion zeigte sich Zorndland zufrieden.",
])
def test_accession_talks_are_a_talk_of_union_and_candidate(hand_doc, find_events, text):
    found = _pairs(find_events(hand_doc(text, actors=_cast(text))))
    assert found == {("talk", frozenset({"Quuxunion", "Zorndland"}))}


@pytest.mark.parametrize("text,expected", [
    ("Im Mittelpunkt der Unterredung von Xaver Quuxberg und Ylva Zorndt standen die Verhandlungen über das Zollabkommen.",
     frozenset({"Xaver Quuxberg", "Ylva Zorndt"})),
    ("Thema des Gesprächs zwischen Xaver Quuxberg und Ylva Zorndt waren die Beitrittsverhandlungen.",
     frozenset({"Xaver Quuxberg", "Ylva Zorndt"})),
    ("Gegenstand des langen Treffens von Xaver Quuxberg mit Ylva Zorndt war der Dialog mit der Opposition.",
     frozenset({"Xaver Quuxberg", "Ylva Zorndt"})),
])
def test_contact_noun_in_a_topic_frame_is_the_topic_not_an_act(hand_doc, find_events, text, expected):
    found = _pairs(find_events(hand_doc(text, actors=_cast(text))))
    assert {p for _, p in found} <= {expected}


def test_topic_frame_of_a_summit_leaves_no_act_of_its_topic(hand_doc, find_events):
    text = "Im Mittelpunkt des Gipfels standen die Beitrittsverhandlungen von Zorndland mit der Quuxunion."
    assert not find_events(hand_doc(text, actors=_cast(text)))


@pytest.mark.parametrize("text", [
    # the frame's genitive is no contact act: the contact noun is the act reported
    "Thema der Sitzung war zuletzt das Gespräch zwischen Quuxland und Zorndland.",
    "Im Mittelpunkt der Kritik stand das Treffen zwischen Quuxland und Zorndland.",
])
def test_topic_frame_of_no_act_keeps_the_contact_noun(hand_doc, find_events, text):
    found = _pairs(find_events(hand_doc(text, actors=_cast(text))))
    assert {p for _, p in found} == {frozenset({"Quuxland", "Zorndland"})}
