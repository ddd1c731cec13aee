"""A partner preposition said again opens another act: "sprach mit A und danach mit B",
"nach Gesprächen mit der Kanzlerin und mit ihrem Amtskollegen" are one act per counterpart
(annotation guidelines, "Several counterparts in one sentence"); "mit A und B" is one act."""
from __future__ import annotations

import pytest

from .helpers import events, summary


@pytest.mark.parametrize("text,expected", [
    ("Ministerin Eva Brandl telefonierte zuerst mit Landesrat Stefan Holzer, dann mit Bürgermeister Ludwig Maier.",
     {("call", ("Eva Brandl", "Stefan Holzer")), ("call", ("Eva Brandl", "Ludwig Maier"))}),
    ("Kanzlerin Anna Koller sprach am Montag mit Präsident Jonas Berger und anschließend mit Premier Markus Wallner.",
     {("talk", ("Anna Koller", "Jonas Berger")), ("talk", ("Anna Koller", "Markus Wallner"))}),
    ("Präsident Jonas Berger führte in Wien Gespräche mit Kanzlerin Anna Koller und mit Minister Paul Reiter.",
     {("talk", ("Anna Koller", "Jonas Berger")), ("talk", ("Jonas Berger", "Paul Reiter"))}),
    ("Landeshauptmann Markus Wallner hat sich mit Eva Brandl und danach mit Stefan Holzer beraten.",
     {("talk", ("Eva Brandl", "Markus Wallner")), ("talk", ("Markus Wallner", "Stefan Holzer"))}),
])
def test_each_repeated_mit_is_its_own_act(extractor, text, expected):
    found = {(s[0], tuple(s[1])) for s in map(summary, events(extractor, text))}
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    # one "mit" before a list: they talked together
    ("Kanzlerin Anna Koller sprach am Montag mit Präsident Jonas Berger und Premier Markus Wallner.",
     [("talk", ["Anna Koller", "Jonas Berger", "Markus Wallner"])]),
    # one partner, one act
    ("Kanzlerin Anna Koller telefonierte mit Präsident Jonas Berger.",
     [("call", ["Anna Koller", "Jonas Berger"])]),
])
def test_one_mit_before_a_list_is_one_act(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Nach Gesprächen mit Kanzlerin Anna Koller und mit Minister Paul Reiter reiste Präsident Jonas Berger ab.",
     {("talk", ("Anna Koller", "Jonas Berger")), ("talk", ("Jonas Berger", "Paul Reiter"))}),
    ("Nach dem Treffen mit Präsident Jonas Berger und mit Premier Markus Wallner telefonierte Kanzlerin Anna Koller "
     "mit Minister Paul Reiter.",
     {("meeting", ("Anna Koller", "Jonas Berger")), ("meeting", ("Anna Koller", "Markus Wallner")),
      ("call", ("Anna Koller", "Paul Reiter"))}),
])
def test_a_framing_noun_keeps_its_repeated_mit_partners(extractor, text, expected):
    # the noun that frames another act keeps every partner of its own "mit" list; the act it
    # frames does not take them
    found = {(s[0], tuple(s[1])) for s in map(summary, events(extractor, text))}
    assert found == expected
