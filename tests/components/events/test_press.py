"""Step 4b: a talk with the press is a statement, not a contact event (guidelines, "Press")."""
from __future__ import annotations

import pytest


# fmt: off
STATEMENTS = [
    # "im Gespräch mit" + a medium
    ("Im Gespräch mit der Zeitung sprach Xaver Quuxberg über Ylva Zorndt.", {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}),
    # "im Gespräch mit" while a verb of saying carries the quote
    ("Die Lage sei ernst, sagte Xaver Quuxberg im Gespräch mit Ylva Zorndt.", {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}),
    # a news organisation is no side of a talk
    ("Xaver Quuxberg sprach am Montag mit der APA über die Lage.", {"Xaver Quuxberg": "person", "APA": "organization"}),
]
# fmt: on


@pytest.mark.parametrize("text,actors", STATEMENTS)
def test_press_statements_are_no_events(hand_doc, find_events, text, actors):
    assert find_events(hand_doc(text, actors=actors, published="2022-10-24")) == set()


def test_press_a_talk_between_sides_stays(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg sprach am Montag mit Ylva Zorndt über die Lage.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert find_events(doc) == {("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred", "2022-10-24",
                                 None, None)}


def test_press_a_letter_to_a_newspaper_stays_correspondence(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg schrieb am Montag einen Brief an die APA.",
                   actors={"Xaver Quuxberg": "person", "APA": "organization"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[0] for e in find_events(doc)} == {"correspondence"}


PAIR = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}

# fmt: off
INTERVIEWS = [
    "Volontärin Xaver Quuxberg sprach mit Ylva Zorndt über Karriere und Familie.",
    "Redakteur Xaver Quuxberg hat am Montag mit Ylva Zorndt über ihr neues Album gesprochen.",
    "Die STANDARD-Redakteurin Xaver Quuxberg traf Ylva Zorndt in ihrem Atelier.",
    "Über die Saison unterhielt sich Chefreporter Xaver Quuxberg mit Ylva Zorndt.",
    "Ylva Zorndt sprach mit der Korrespondentin Xaver Quuxberg über die Lage an der Grenze.",
]
# fmt: on


@pytest.mark.parametrize("text", INTERVIEWS)
def test_press_a_journalist_named_with_a_press_role_interviews(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=PAIR, published="2022-10-24")) == set()


# fmt: off
NOT_INTERVIEWS = [
    "Die Lage sei ruhig, berichtete Korrespondent Bert Amsel: Xaver Quuxberg sprach mit Ylva Zorndt.",
    "Xaver Quuxberg sprach mit Ylva Zorndt, berichtet Reporterin Bert Amsel.",
    "Ministerin Xaver Quuxberg sprach mit Ylva Zorndt über die Reform.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_INTERVIEWS)
def test_press_a_reporter_outside_the_talk_leaves_it(hand_doc, find_events, text):
    actors = PAIR | ({"Bert Amsel": "person"} if "Bert Amsel" in text else {})
    found = find_events(hand_doc(text, actors=actors, published="2022-10-24"))
    assert [e[0] for e in found] == ["talk"] and all({"Xaver Quuxberg", "Ylva Zorndt"} <= e[1] for e in found)


MEDIA = ("ORF", "Reuters", "ZDF", "APA")

# fmt: off
MEDIUM_TOLD_BESIDE_A_LETTER = [
    # the medium a verb of saying addresses gets a statement; the letter has no addressee named
    "Xaver Quuxberg erklärte Reuters am Montag, ein Schreiben sei unterwegs.",
    "Xaver Quuxberg bestätigte Reuters den Brief.",
    "Reuters bestätigte Xaver Quuxberg am Montag ein Schreiben.",
    "APA, die den Text verbreitet, bestätigte Xaver Quuxberg den Brief.",
]
# fmt: on


def _letter_cast(text):
    return {n: "organization" for n in MEDIA if n in text} | {"Xaver Quuxberg": "person"}


@pytest.mark.parametrize("text", MEDIUM_TOLD_BESIDE_A_LETTER)
def test_press_a_medium_told_something_is_no_side_of_a_letter(hand_doc, find_events, text):
    assert find_events(hand_doc(text, actors=_letter_cast(text), published="2022-10-24")) == set()


# fmt: off
MEDIUM_ADDRESSED = [
    # a letter to a newsroom or a broadcaster is a letter
    ("Xaver Quuxberg schrieb einen offenen Brief an das ZDF.", {"Xaver Quuxberg", "ZDF"}),
    ("In einem Schreiben an den ORF beklagte Xaver Quuxberg die Berichte.", {"Xaver Quuxberg", "ORF"}),
]
# fmt: on


@pytest.mark.parametrize("text,sides", MEDIUM_ADDRESSED)
def test_press_a_medium_addressed_by_a_letter_is_its_side(hand_doc, find_events, text, sides):
    found = find_events(hand_doc(text, actors=_letter_cast(text), published="2022-10-24"))
    assert {(e[0], e[1]) for e in found} == {("correspondence", frozenset(sides))}
