"""Step 4: a possessive before a contact noun ("sein Telefonat mit X") names a participant; after
the clause's subject it is that subject (German "sein" is bound by the subject), so nobody named
earlier in the article joins the act."""
from __future__ import annotations

import pytest

from .helpers import cast_of

PEOPLE = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person", "Karl Hopf": "person"}

# fmt: off
SUBJECT_OWNS_IT = [
    # no addressee: the writer alone, no act
    "Bert Amsel kam spät. Xaver Quuxberg verschickt seine Briefe jeden Morgen.",
    "Bert Amsel kam spät. Am Abend las Xaver Quuxberg seine Nachrichten.",
    "Bert Amsel lachte. Danach beendete Xaver Quuxberg sein Telefonat schnell.",
    "Ylva Zorndt lachte. Xaver Quuxberg hatte seine Gespräche abgesagt.",
]
# fmt: on


@pytest.mark.parametrize("text", SUBJECT_OWNS_IT)
def test_a_possessive_after_the_subject_adds_no_one_named_before(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


# fmt: off
POSSESSOR_TAKES_PART = [
    # with the subject and a partner, the act is theirs
    ("Bert Amsel kam spät. Xaver Quuxberg lobte sein Telefonat mit Ylva Zorndt.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    # no subject before it: the possessor is the person named before
    ("Xaver Quuxberg kam spät. Sein Treffen mit Ylva Zorndt dauerte eine Stunde.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    ("Ylva Zorndt reiste an. Ihr Gespräch mit Karl Hopf verlief gut.", {"Ylva Zorndt", "Karl Hopf"}),
]
# fmt: on


@pytest.mark.parametrize("text,sides", POSSESSOR_TAKES_PART)
def test_a_possessive_names_the_side_the_clause_lacks(hand_doc, find_events, text, sides):
    found = find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24"))
    assert {e[1] for e in found} == {frozenset(sides)}
