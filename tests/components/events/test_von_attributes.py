"""Step 4: "von X" after a common noun is that noun's attribute (the analytic genitive: "ein Plan
von Polen" = "Polens Plan"), so X is no side of a contact noun elsewhere in the clause; the contact
noun's own "von", roles, representatives, governments, initiative cues and host places keep theirs."""
from __future__ import annotations

import pytest

from .helpers import cast_of

CAST = {"Polen": "country", "Litauen": "country", "Nato": "organization", "EU": "organization",
        "Türkei": "country", "Ungarn": "country", "Kroatien": "country", "Spanien": "country",
        "Marokko": "country", "Xaver Quuxberg": "person", "Ylva Zorndt": "person"}

# fmt: off
OF_ANOTHER_NOUN = [
    "Beim Nato-Gipfel wurde ein Plan von Polen und Litauen besprochen.",
    "Auf dem Tisch lag der beim EU-Gipfel vorgelegte Entwurf für einen Pakt von EU und Türkei.",
    "Die Forderung von Ungarn und Kroatien dominierte den Gipfel.",
    "Beim Treffen in Brüssel ging es um die Vorschläge von Xaver Quuxberg und Ylva Zorndt.",
    "Nach dem Gipfel lobten alle das Konzept von Spanien und Marokko.",
]
# fmt: on


@pytest.mark.parametrize("text", OF_ANOTHER_NOUN)
def test_von_attribute_of_another_noun_is_no_side(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, CAST), published="2016-03-10")) == set()


# fmt: off
SIDES_KEPT = [
    # the contact noun's own "von"
    ("Ein Treffen von Xaver Quuxberg und Ylva Zorndt fand im Schloss statt.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    # a government stands for its state
    ("Die Regierung von Spanien führt Gespräche mit Marokko.", {"Spanien", "Marokko"}),
    # the cue of an initiative
    ("Auf Einladung von Xaver Quuxberg kam es zu einem Treffen mit Ylva Zorndt.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    # the host's place
    ("Das Treffen mit Ylva Zorndt im Amtssitz von Xaver Quuxberg dauerte lang.", {"Xaver Quuxberg", "Ylva Zorndt"}),
]
# fmt: on


@pytest.mark.parametrize("text,sides", SIDES_KEPT)
def test_von_of_the_contact_noun_or_a_holder_keeps_its_side(hand_doc, find_events, text, sides):
    found = find_events(hand_doc(text, actors=cast_of(text, CAST), published="2016-03-10"))
    assert {e[1] for e in found} == {frozenset(sides)}
