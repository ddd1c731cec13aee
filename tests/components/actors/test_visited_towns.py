"""A town no list knows, where a visit or a journey goes, is a place ("Aufenthalt in Holguin",
"reist nach Lunzenau"): after "in", "nach" or "auf" a town's name takes no article, and a
visit or travel word governs it.  Elsewhere an unknown word after "in" is no place."""
from __future__ import annotations

import pytest

from .helpers import actors


# fmt: off
VISITED_TOWNS = [
    ("Der Papst traf am Dienstag in Quellbrunn ein.", "Quellbrunn"),
    ("Kanzlerin Angela Merkel reist nächste Woche nach Lunzenau.", "Lunzenau"),
    ("Nach seinem Aufenthalt in Tarvosa fliegt der Minister weiter nach Rom.", "Tarvosa"),
    ("Bei ihrem Besuch in Marcolin sprach die Präsidentin vor Studenten.", "Marcolin"),
    ("Als der Außenminister in Santiago landete, regnete es.", "Santiago"),  # a given name alone is no person after "in"
]
# fmt: on


@pytest.mark.parametrize("text, town", VISITED_TOWNS)
def test_a_visited_town_no_list_knows_is_a_city(run_pipeline, text, town):
    assert actors(run_pipeline, text)[town][0] == "city"


# fmt: off
NO_TOWN = [
    "Die Firma hat in Quellsoft investiert.",            # no visit word
    "Der Minister war lange in Lunzenau.",               # no visit word
    "Der Minister reist nach Brüssel zu Quellsoft.",     # "zu" governs no town
]
# fmt: on


@pytest.mark.parametrize("text", NO_TOWN)
def test_an_unknown_word_after_in_without_a_visit_is_no_place(run_pipeline, text):
    found = actors(run_pipeline, text)
    assert not {"Quellsoft", "Lunzenau"} & set(found)
