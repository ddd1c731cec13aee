"""Step 3c: a visit whose object is a common noun ("besuchte die Insel") names no place; no side
comes from a later name of the sentence."""
from __future__ import annotations

import pytest

from .helpers import cast_of

CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bauernbund": "organisation", "Linz": "city"}

# fmt: off
NO_PLACE_NAMED = [
    "Im Sommer besuchte Xaver Quuxberg die Insel, im selben Jahr fand mit dem Bauernbund ein Fest statt.",
    "Am Montag besuchte Xaver Quuxberg das kleine Dorf, später sprach auch Ylva Zorndt dort.",
    "Xaver Quuxberg hat die Stadt besucht, danach gab es mit dem Bauernbund Streit.",
    "Damals besuchte Xaver Quuxberg unter großem Beifall eine Schule, heute verhandelt dort Ylva Zorndt.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_PLACE_NAMED)
def test_visit_of_a_common_noun_takes_no_later_side(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, CAST), published="2022-10-24")) == set()


# fmt: off
NAMED = [
    ("Am Montag besuchte Xaver Quuxberg die Hauptstadt Linz.", {"Xaver Quuxberg", "Linz"}),
    ("Xaver Quuxberg besuchte am Montag Ylva Zorndt.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    ("Xaver Quuxberg besuchte das Dorf von Ylva Zorndt.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    ("Xaver Quuxberg besuchte Ylva Zorndt und die Insel.", {"Xaver Quuxberg", "Ylva Zorndt"}),
]
# fmt: on


@pytest.mark.parametrize("text, sides", NAMED)
def test_visit_of_a_name_keeps_its_sides(hand_doc, find_events, text, sides):
    found = find_events(hand_doc(text, actors=cast_of(text, CAST), published="2022-10-24"))
    assert {e[1] for e in found} == {frozenset(sides)}
