""""treffen" with a thing as its subject is to affect, also when the subject has an actor as its
attribute ("Die Kritik von X traf Y nicht", "Die Sanktionen der EU treffen Z") and in the perfect
or future, where an auxiliary stands between subject and verb ("Die Krise hat X und Y getroffen",
"Die Obergrenze wird X treffen"); the state passive with "sein" is always to be hit ("Von der
Dürre sind X und Y getroffen").  People as subjects still meet."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
AFFECTED = [
    "Die Krise hat Griechenland und Spanien besonders hart getroffen.",
    "Die Kritik von Heinz-Christian Strache traf Werner Faymann nicht.",
    "Die Obergrenze wird Slowenien und Kroatien treffen.",
    "Von der Dürre sind Äthiopien und Somalia besonders schwer getroffen.",
    "Die Sanktionen der EU könnten Russland und Weißrussland treffen.",
    "Der Vorwurf der Opposition hat Kanzler Werner Faymann schwer getroffen.",
]
MET = [
    ("Kanzler Werner Faymann hat am Montag Angela Merkel getroffen.",
     ("meeting", ["Angela Merkel", "Werner Faymann"])),
    ("Der Sänger Bono traf am Montag Angela Merkel.",
     ("meeting", ["Angela Merkel", "Bono"])),
    ("Werner Faymann ist am Montag mit Angela Merkel zusammengetroffen.",
     ("meeting", ["Angela Merkel", "Werner Faymann"])),
    ("Im Dezember hatte Hans Grundberg in Riad den Minister Chalid bin Salman getroffen.",
     ("meeting", ["Chalid bin Salman", "Hans Grundberg"])),
]
# fmt: on


@pytest.mark.parametrize("text", AFFECTED)
def test_treffen_of_a_thing_affects(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", MET)
def test_people_who_treffen_meet(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
