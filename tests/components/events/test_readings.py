"""Step 3b: contact words in another sense (sport, "treffen auf", writing as authorship or as a source)."""
from __future__ import annotations

import pytest

from .helpers import cast_of

PEOPLE = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person"}

# fmt: off
NO_CONTACT = [
    "Xaver Quuxberg traf in der 48. Minute nach Vorlage von Ylva Zorndt.",
    "Xaver Quuxberg (54.) und Ylva Zorndt (56.) trafen innerhalb von sechs Minuten.",
    "Im Viertelfinale trifft Xaver Quuxberg auf Ylva Zorndt.",
    "Am Freitag trifft Xaver Quuxberg überraschend auf die junge Ylva Zorndt.",
    "Xaver Quuxberg hat im Vorjahr ein Buch über Ylva Zorndt geschrieben.",
    "Xaver Quuxberg schreibt seit Jahren kritisch über Ylva Zorndt.",
    "Die Lage sei ernst, schreibt Xaver Quuxberg über Ylva Zorndt.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_CONTACT)
def test_readings_other_senses_are_no_contact(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


def test_readings_an_initiative_cue_after_auf_keeps_the_meeting(hand_doc, find_events):
    text = "Auf Initiative von Bert Amsel trafen sich Xaver Quuxberg und Ylva Zorndt am Montag."
    doc = hand_doc(text, actors=cast_of(text, PEOPLE), times={"am Montag": "2022-10-24"}, published="2022-10-25")
    found = find_events(doc)
    assert {e[0] for e in found} == {"meeting"} and all({"Xaver Quuxberg", "Ylva Zorndt"} <= e[1] for e in found)


def test_readings_a_letter_to_an_addressee_stays(hand_doc, find_events):
    text = "Xaver Quuxberg schrieb am Montag an Ylva Zorndt."
    doc = hand_doc(text, actors=cast_of(text, PEOPLE),
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {(e[0], e[1]) for e in find_events(doc)} == {
        ("correspondence", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}))}


def test_readings_a_clock_time_is_no_score(hand_doc, find_events):
    text = "Xaver Quuxberg traf Ylva Zorndt am Montag um 20:15 Uhr."
    doc = hand_doc(text, actors=cast_of(text, PEOPLE),
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[0] for e in find_events(doc)} == {"meeting"}


def test_readings_sich_sehen_with_a_predicate_is_no_meeting(hand_doc, find_events):
    text = "Xaver Quuxberg und Ylva Zorndt sehen sich in ihrem Kurs bestätigt."
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


# fmt: off
PARTICIPLE_PREDICATES = [
    # a past participle closing the clause (or before a final "sehen") is how one feels treated
    "Ylva Zorndt sieht sich durch den Beschluss von Xaver Quuxberg entmachtet.",
    "Xaver Quuxberg sah sich von Ylva Zorndt übergangen.",
    "Seit Wochen sehen sich Xaver Quuxberg und Ylva Zorndt von der Regierung im Stich gelassen.",
    "Bert Amsel kritisierte, dass sich Xaver Quuxberg und Ylva Zorndt benachteiligt sehen.",
    "Xaver Quuxberg und Ylva Zorndt sahen sich in der Frage hintergangen.",
]
# fmt: on


@pytest.mark.parametrize("text", PARTICIPLE_PREDICATES)
def test_readings_sich_sehen_with_a_participle_is_no_meeting(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg und Ylva Zorndt haben sich am Montag gesehen.",
    "Xaver Quuxberg und Ylva Zorndt sahen sich am Montag erneut.",
    "Xaver Quuxberg und Ylva Zorndt sehen sich am Montag wieder.",
])
def test_readings_sich_sehen_without_a_predicate_stays_a_meeting(hand_doc, find_events, text):
    doc = hand_doc(text, actors=cast_of(text, PEOPLE), times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {(e[0], e[1]) for e in find_events(doc)} == {("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}))}


def test_readings_sich_sehen_is_a_meeting(hand_doc, find_events):
    text = "Xaver Quuxberg und Ylva Zorndt sahen sich am Montag in Genf."
    doc = hand_doc(text, actors=cast_of(text, PEOPLE), times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[0] for e in find_events(doc)} == {"meeting"}


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg sprach von Ylva Zorndt als Leichtgewicht.",
    "Am Donnerstag rief Xaver Quuxberg den Sicherheitsrat von Ylva Zorndt an.",
])
def test_readings_speaking_of_someone_and_appeals_are_no_contact(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg unterhält seit Jahren Kontakte zur Führung von Ylva Zorndt.",
    "Xaver Quuxberg erklärte, niemand habe Ylva Zorndt über die Pläne informiert.",
])
def test_readings_ties_and_contacts_nobody_had_are_no_acts(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


@pytest.mark.parametrize("text,kind", [
    ("Xaver Quuxberg kontaktierte am Montag Ylva Zorndt.", "talk"),
    ("Xaver Quuxberg hatte am Montag Kontakt mit Ylva Zorndt.", "talk"),
    ("Xaver Quuxberg informierte am Montag Ylva Zorndt über die Pläne.", "talk"),
])
def test_readings_contacting_and_informing_are_talks(hand_doc, find_events, text, kind):
    doc = hand_doc(text, actors=cast_of(text, PEOPLE), times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[0] for e in find_events(doc)} == {kind}


def test_readings_informing_at_a_press_conference_is_a_statement(hand_doc, find_events):
    text = "Xaver Quuxberg und Ylva Zorndt wollen am Montag in einer Pressekonferenz über die Schäden informieren."
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()



@pytest.mark.parametrize("text", [
    # with a thing as its subject "treffen" is to affect
    "Dieses Gebot trifft nicht nur Xaver Quuxberg, sondern auch Ylva Zorndt.",
    "Die Krise trifft vor allem Xaver Quuxberg und Ylva Zorndt.",
    "Das trifft auch Xaver Quuxberg und Ylva Zorndt.",
])
def test_readings_treffen_with_a_thing_as_subject_affects(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24")) == set()


def test_readings_treffen_with_a_person_as_subject_still_meets(hand_doc, find_events):
    text = "Der Kanzler Xaver Quuxberg trifft Ylva Zorndt."
    found = find_events(hand_doc(text, actors=cast_of(text, PEOPLE), published="2022-10-24"))
    assert {(e[0], e[1]) for e in found} == {("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}))}


# fmt: off
FACING_ACROSS_A_PARTICIPLE = [
    "Im Hauptkampf traf Xaver Quuxberg auf den in die Liga zurückgekehrten Ylva Zorndt.",
    "Am Samstag trifft Xaver Quuxberg auf die vor kurzem genesene Ylva Zorndt.",
    "Beim Turnier traf Xaver Quuxberg auf den erst gestern aus Japan angereisten Ylva Zorndt.",
    "In der zweiten Runde wird Xaver Quuxberg auf die von allen Experten favorisierte Ylva Zorndt treffen.",
    "Danach trifft Xaver Quuxberg auf einen lange verschollenen Ylva Zorndt.",
]
# fmt: on


@pytest.mark.parametrize("text", FACING_ACROSS_A_PARTICIPLE)
def test_readings_treffen_auf_faces_a_name_behind_a_participle_phrase(hand_doc, find_events, text):
    actors = cast_of(text, PEOPLE) | ({"Japan": "country"} if "Japan" in text else {})
    assert find_events(hand_doc(text, actors=actors, published="2022-10-24")) == set()


# fmt: off
AUF_AS_A_PLACE = [
    "Xaver Quuxberg traf auf dem Gipfel in Brüssel den Kanzler Ylva Zorndt.",
    "Auf der Konferenz traf der Minister Xaver Quuxberg seine Kollegin Ylva Zorndt.",
    "Xaver Quuxberg traf sich auf den Bahamas mit Ylva Zorndt.",
    "Xaver Quuxberg trifft auf einem Empfang die Botschafterin Ylva Zorndt.",
]
# fmt: on


@pytest.mark.parametrize("text", AUF_AS_A_PLACE)
def test_readings_auf_of_a_place_keeps_the_meeting(hand_doc, find_events, text):
    actors = cast_of(text, PEOPLE) | ({"Bahamas": "country"} if "Bahamas" in text else {})
    found = find_events(hand_doc(text, actors=actors, published="2022-10-24"))
    assert {(e[0], e[1]) for e in found} == {("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}))}
