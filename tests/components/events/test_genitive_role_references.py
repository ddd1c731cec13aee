"""Step 4: a role reference that holds its genitive article ("der Bischöfe", "des Ministers") after
a common noun is that noun's attribute ("die Tagesordnung der Bischöfe": whose agenda), no side of a
contact noun beside it; after an initiative noun ("auf Wunsch des Ministers") it is the initiator."""
from __future__ import annotations

import pytest

from .helpers import events

CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person"}
TWO = {"der Minister": ["Xaver Quuxberg", "Ylva Zorndt"], "der Bischöfe": ["Xaver Quuxberg", "Ylva Zorndt"]}


def doc_with_group(hand_doc, text, surface):
    """A Doc whose role reference ``surface`` (article included) names both persons of the first sentence."""
    doc = hand_doc(text, actors=CAST, published="2022-10-24")
    from extractor.components.types import Mention
    names = {a.name: a.id for a in doc._.actors}
    start = text.index(surface, text.index(".") + 1)
    extra = [Mention(start, start + len(surface), surface, names[n], role="Minister", kind="person")
             for n in TWO[surface]]
    doc._.mentions = sorted(list(doc._.mentions) + extra, key=lambda m: (m.start, m.end))
    return doc


# fmt: off
ATTRIBUTE_OF_ANOTHER_NOUN = [
    ("Xaver Quuxberg und Ylva Zorndt sind Minister, Bert Amsel kam. Auf der Tagesordnung der Minister "
     "steht das Gespräch über die Steuern.", "der Minister"),
    ("Xaver Quuxberg und Ylva Zorndt sind Bischöfe, Bert Amsel kam. Ein Höhepunkt im Programm der Bischöfe "
     "war ein Gespräch über die Kirche.", "der Bischöfe"),
    ("Xaver Quuxberg und Ylva Zorndt sind Minister, Bert Amsel kam. Die Sorgen der Minister "
     "prägten das Treffen am Abend.", "der Minister"),
]
# fmt: on


@pytest.mark.parametrize("text, surface", ATTRIBUTE_OF_ANOTHER_NOUN)
def test_a_genitive_role_reference_of_another_noun_is_no_side(hand_doc, find_events, text, surface):
    assert find_events(doc_with_group(hand_doc, text, surface)) == set()


# fmt: off
SIDES = [
    # the contact noun's own genitive: who met
    ("Xaver Quuxberg und Ylva Zorndt sind Minister, Bert Amsel kam. Das Treffen der Minister "
     "dauerte drei Stunden.", "der Minister"),
    ("Xaver Quuxberg und Ylva Zorndt sind Bischöfe, Bert Amsel kam. Die Gespräche der Bischöfe "
     "dauerten bis Mitternacht.", "der Bischöfe"),
]
# fmt: on


@pytest.mark.parametrize("text, surface", SIDES)
def test_a_genitive_role_reference_of_the_contact_noun_is_its_side(hand_doc, find_events, text, surface):
    found = find_events(doc_with_group(hand_doc, text, surface))
    assert {e[1] for e in found} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}


def test_a_genitive_role_reference_after_an_initiative_noun_is_the_initiator(hand_doc, find_events):
    text = "Xaver Quuxberg telefonierte am Montag mit Ylva Zorndt. Das Telefonat kam auf Wunsch des Ministers zustande."
    doc = hand_doc(text, actors={n: CAST[n] for n in ("Xaver Quuxberg", "Ylva Zorndt")},
                   mentions={"des Ministers": "Xaver Quuxberg"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {(e[1], e[4]) for e in find_events(doc)} == {(frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "Xaver Quuxberg")}



def test_a_name_in_the_saxon_genitive_owns_its_noun_and_is_no_side(extractor):
    # "Quuxbergs Pläne" are the plans of Quuxberg: he takes no part in the intervention
    found = events(extractor, "Die Nachbarin Ylva Zorndt und Xaver Quuxberg stritten. Die Partei intervenierte "
                              "bei Ylva Zorndt persönlich, Quuxbergs Pläne zu verhindern.")
    assert not [e for e in found if "Xaver Quuxberg" in {p.name for p in e.participants}]


def test_a_name_in_the_saxon_genitive_before_a_contact_noun_is_its_side(extractor):
    found = events(extractor, "Xaver Quuxberg ist Minister. Nach Quuxbergs Treffen mit Ylva Zorndt gab es Streit.")
    assert [sorted(p.name for p in e.participants) for e in found] == [["Xaver Quuxberg", "Ylva Zorndt"]]
