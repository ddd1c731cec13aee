"""Sides no lexicon knows: the names in the slots of a contact noun or the coordinated subject of
a contact verb make the event, named as written."""
from __future__ import annotations

import pytest

from .helpers import events

# fmt: off
UNKNOWN_SIDES = [
    ("Die Verhandlungen zwischen Quellsoft und Brandor wurden am Montag fortgesetzt.", "talk", {"Quellsoft", "Brandor"}),
    ("Beim Telefonat zwischen Siemens und Veltrax ging es um Lieferungen.", "call", {"Siemens", "Veltrax"}),
    ("Veltrax und Brandor trafen sich am Freitag in Hamburg.", "meeting", {"Veltrax", "Brandor"}),
    ("Quellsoft und Brandor verhandelten im Sommer über eine Fusion.", "talk", {"Quellsoft", "Brandor"}),
]
# fmt: on


@pytest.mark.parametrize("text, kind, sides", UNKNOWN_SIDES)
def test_unknown_names_in_contact_slots_are_the_sides(extractor, text, kind, sides):
    found = {(e.type, frozenset(p.name for p in e.participants)) for e in events(extractor, text)}
    assert found == {(kind, frozenset(sides))}


def test_common_nouns_between_make_no_event(extractor):
    assert events(extractor, "Das Gespräch zwischen Arbeit und Familie bestimmt den Roman.") == []
