"""Status of acts whose arrangement is open.  A negated detail of the act ("Der Termin für das
Treffen steht noch nicht fest") leaves the act planned, not denied; an indirect question asserts
nothing: "ob" leaves it possible, "wann" presupposes it and leaves it ahead."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
STATUSES = [
    ("Der Termin für das Treffen von Barack Obama und Raúl Castro steht noch nicht fest.", "planned"),
    ("Ein Datum für die Gespräche zwischen Werner Faymann und Viktor Orbán gibt es noch nicht.", "planned"),
    ("Der Ort des Treffens von Wladimir Putin und Recep Tayyip Erdoğan ist noch nicht bekannt.", "planned"),
    ("Wann sich Angela Merkel und Wladimir Putin treffen, ist noch offen.", "planned"),
    ("Unklar ist, ob sich Angela Merkel und Wladimir Putin im Mai treffen.", "possible"),
    ("Ob Christian Kern mit Reinhold Mitterlehner spricht, ist offen.", "possible"),
    # the act itself denied stays negated
    ("Ein Treffen zwischen Werner Faymann und Viktor Orbán gibt es nicht.", "negated"),
    ("Angela Merkel hat Wladimir Putin seit einem Jahr nicht mehr getroffen.", "negated"),
    # a past act asked about stays reported
    ("Wann sich Angela Merkel und Wladimir Putin zuletzt getroffen haben, ist unklar.", "occurred"),
]
# fmt: on


@pytest.mark.parametrize("text, status", STATUSES)
def test_an_open_arrangement_leaves_the_act_planned_or_possible(extractor, text, status):
    found = [summary(e)[2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [status]
