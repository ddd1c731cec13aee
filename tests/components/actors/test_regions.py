"""Länder and larger cities below the state (regions.tsv) are places: a visit or a journey to
one names it as the visited side ("besuchte die Steiermark", "reiste nach Hamburg"), and a Land
can be a side of its own ("Bayern verhandelt mit dem Bund").  Right after a capitalised word or
right before another place the name is part of a longer name, mostly a club's ("Sturm Graz",
"der 1. FC Köln", "Bayern München"), and no place."""
from __future__ import annotations

import pytest

from .helpers import actors


# fmt: off
VISITED_REGIONS = [
    ("Innenministerin Petra Gruber besuchte am Montag die Steiermark.", "Steiermark"),
    ("Kanzler Jonas Albrecht reist am Donnerstag nach Hamburg.", "Hamburg"),
    ("Außenminister Lukas Brenner besucht kommende Woche Tirol.", "Tirol"),
    ("Vizekanzlerin Sabine Moser hat am Freitag Graz besucht.", "Graz"),
    ("Der Staatspräsident Marek Nowak besuchte am Dienstag Bayern.", "Bayern"),
]
# fmt: on


@pytest.mark.parametrize("text, region", VISITED_REGIONS)
def test_a_visited_land_or_city_is_the_visited_side(run_pipeline, text, region):
    doc = run_pipeline(text)
    events = doc._.events
    assert len(events) == 1
    assert events[0].type == "meeting"
    names = {a.id: a.name for a in doc._.actors}
    assert region in {names[p] for p in events[0].participants}


def test_a_land_is_a_side_of_its_own(run_pipeline):
    assert actors(run_pipeline, "Niederösterreich verhandelt seit Wochen mit dem Bund.")["Niederösterreich"][0] == "city"


# fmt: off
CLUB_NAMES = [
    "Am Samstag empfängt der 1. FC Köln den FC Bayern München.",
    "Die Mannschaft verlor gegen Sturm Graz mit 0:2.",
    "Der Trainer wechselt zu Eintracht Frankfurt.",
]
# fmt: on


@pytest.mark.parametrize("text", CLUB_NAMES)
def test_a_place_inside_a_club_name_is_no_place(run_pipeline, text):
    found = actors(run_pipeline, text)
    assert not {"Köln", "München", "Bayern", "Graz", "Frankfurt"} & set(found)
