"""Meetings and talks of several states told through their leaders as a group: the sides are the
states the role phrase lists (in the genitive, or after a noun of states in apposition), plus a
named host who takes part on his own; states only counted or described give no sides, and a list
of states in the talk's topic is no side either."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
CASES = [
    ("Die Außenminister Polens, Ungarns und Tschechiens berieten am Freitag in Prag.",
     ("talk", ["Polen", "Tschechien", "Ungarn"], "occurred", "2022-10-21", None, None)),
    ("Die Regierungschefs der drei baltischen Staaten – Estland, Lettland und Litauen – wollen sich am "
     "Donnerstag in Riga treffen.",
     ("meeting", ["Estland", "Lettland", "Litauen"], "planned", "2022-10-27", None, None)),
    ("Am Freitag kamen die Präsidenten der Nachbarländer (Österreich und Slowenien) sowie Kroatiens in Graz zusammen.",
     ("meeting", ["Kroatien", "Slowenien", "Österreich"], "occurred", "2022-10-21", None, None)),
    ("Die Verteidigungsminister Schwedens, Finnlands und Norwegens telefonierten am Freitag.",
     ("call", ["Finnland", "Norwegen", "Schweden"], "occurred", "2022-10-21", None, None)),
    # a named host takes part as a side of his own
    ("Auf Einladung von Kanzler Karl Nehammer tagten am Freitag die Länderchefs der Nachbarstaaten – Ungarn, "
     "Slowenien und Tschechien – in Wien.",
     ("meeting", ["Karl Nehammer", "Slowenien", "Tschechien", "Ungarn"], "occurred", "2022-10-21", "Karl Nehammer", None)),
    # the states a topic lists are no sides
    ("Die Innenminister Italiens, Spaniens und Maltas sprachen am Freitag über Flüchtlinge aus Syrien, Irak und "
     "Afghanistan.",
     ("talk", ["Italien", "Malta", "Spanien"], "occurred", "2022-10-21", None, None)),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_leaders_of_listed_states_meet_as_their_states(extractor, text, expected):
    assert [summary(ev) for ev in events(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    # counted or described, never listed: no sides, and not the two leaders named before
    "Kanzlerin Anna Huber sprach am Montag mit Premier Max Moll. Am Freitag trafen sich dann die Regierungschefs "
    "von zehn Staaten in Brüssel.",
    "Kanzlerin Anna Huber lobte am Montag Premier Max Moll. Auf Einladung von Kanzler Karl Nehammer tagten am "
    "Freitag die Länderchefs der am stärksten betroffenen Staaten.",
])
def test_counted_states_give_no_sides(extractor, text):
    assert [summary(ev)[1] for ev in events(extractor, text)] in ([], [["Anna Huber", "Max Moll"]])
    assert not any("Karl Nehammer" in summary(ev)[1] for ev in events(extractor, text))
