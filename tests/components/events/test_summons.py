"""Summoning (guidelines, "Initiator cues"): "bestellte ein" and "zitierte ... ins Ministerium" are
meetings the summoning side starts; told in the passive without an agent, the house the summoned is
called to is that side. "zitieren" without such a house quotes."""
from __future__ import annotations

import pytest

from .helpers import events, summary


@pytest.mark.parametrize("text,expected", [
    ("Der russische Botschafter Dmitri Ljubinski wurde am Montag ins Außenministerium einbestellt.",
     ("meeting", ["Außenministerium", "Dmitri Ljubinski"], "occurred", "2022-10-24", "Außenministerium")),
    ("Die Botschafterin Victoria Reggie Kennedy ist ins Außenministerium zitiert worden.",
     ("meeting", ["Außenministerium", "Victoria Reggie Kennedy"], "occurred", None, "Außenministerium")),
    ("Das Außenministerium zitierte den Botschafter Dmitri Ljubinski ins Ministerium.",
     ("meeting", ["Außenministerium", "Dmitri Ljubinski"], "occurred", None, "Außenministerium")),
    ("Ministerin Karoline Edtstadler zitierte den Botschafter Dmitri Ljubinski ins Kanzleramt.",
     ("meeting", ["Dmitri Ljubinski", "Karoline Edtstadler"], "occurred", None, "Karoline Edtstadler")),
])
def test_summons_the_summoning_side_initiates(extractor, text, expected):
    assert [summary(e)[:5] for e in events(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    "Die Zeitung zitierte Ministerin Karoline Edtstadler mit den Worten, man sei zufrieden.",
    "Kanzler Karl Nehammer zitierte Präsident Joe Biden.",
    "Im Außenministerium wurde der Bericht von Botschafter Dmitri Ljubinski zitiert.",
])
def test_summons_zitieren_without_a_house_quotes(extractor, text):
    assert events(extractor, text) == []
