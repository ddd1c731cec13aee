"""Visitors named together travel as one party: "Fabius und Steinmeier reisen nach Kiew" is one
visit of both to the place (guidelines, "Visits" and "Several counterparts": together, one event
with all).  A host or a talk partner named in the clause keeps making the act instead."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
PARTIES = [
    ("Laurent Fabius und Frank-Walter Steinmeier reisen am Donnerstag gemeinsam nach Kiew.",
     ("meeting", ["Frank-Walter Steinmeier", "Kiew", "Laurent Fabius"], "planned")),
    ("Die Außenminister Frankreichs und Deutschlands, Laurent Fabius und Frank-Walter Steinmeier, "
     "reisten am Montag nach Minsk.",
     ("meeting", ["Frank-Walter Steinmeier", "Laurent Fabius", "Minsk"], "occurred")),
    ("Werner Faymann, Reinhold Mitterlehner und Sebastian Kurz reisen kommende Woche nach Brüssel.",
     ("meeting", ["Brüssel", "Reinhold Mitterlehner", "Sebastian Kurz", "Werner Faymann"], "planned")),
    # a companion, also with a role, and the destination after the companion's phrase
    ("Johanna Mikl-Leitner reist am Dienstag gemeinsam mit Verteidigungsminister Hans Peter Doskozil nach Graz.",
     ("meeting", ["Graz", "Hans Peter Doskozil", "Johanna Mikl-Leitner"], "planned")),
    ("Heinz Fischer besuchte im März zusammen mit Reinhold Mitterlehner Teheran.",
     ("meeting", ["Heinz Fischer", "Reinhold Mitterlehner", "Teheran"], "occurred")),
]
NO_PARTY = [
    # the one met is the act, not the trip
    ("Johanna Mikl-Leitner reist am Dienstag zu Gesprächen mit Thomas de Maizière nach Berlin.",
     [("talk", ["Johanna Mikl-Leitner", "Thomas de Maizière"])]),
    ("Sebastian Kurz traf am Montag in Kiew Petro Poroschenko.",
     [("meeting", ["Petro Poroschenko", "Sebastian Kurz"])]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", PARTIES)
def test_visitors_named_together_visit_the_place_as_one_party(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text, published="2016-04-10")]
    assert [(s[0], s[1], s[2]) for s in found] == [expected]


@pytest.mark.parametrize("text, expected", NO_PARTY)
def test_a_partner_named_on_the_trip_makes_the_act(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")] == expected
