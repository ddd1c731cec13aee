"""Constructions of real news: new triggers, their other senses, the passive's agent, relative clauses."""
from __future__ import annotations

import pytest

NAMES = ("Xaver Quuxberg", "Ylva Zorndt", "Bert Amsel")
BODIES = ("Quuxburger Stadtwerke", "Zorndter Landesregierung", "Amselbank")


def sides(text: str) -> dict[str, str]:
    return {n: "person" for n in NAMES if n in text} | {n: "organization" for n in BODIES if n in text}


def found(hand_doc, find_events, text, times=None):
    return find_events(hand_doc(text, actors=sides(text), times=times or {}, published="2022-10-25"))


# fmt: off
CONTACTS = [
    # aushandeln: a deal negotiated between the sides is a talk
    ("Die Quuxburger Stadtwerke und die Zorndter Landesregierung handelten einen neuen Vertrag aus.",
     ("talk", {"Quuxburger Stadtwerke", "Zorndter Landesregierung"}, None)),
    ("Xaver Quuxberg hat mit Ylva Zorndt einen Kompromiss ausgehandelt.",
     ("talk", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    # jemanden von etwas in Kenntnis setzen: the one who informs initiates
    ("Die Amselbank setzte Ylva Zorndt im Frühjahr von dem Fehler in Kenntnis.",
     ("talk", {"Amselbank", "Ylva Zorndt"}, "Amselbank")),
    ("Die Amselbank hat Ylva Zorndt von dem Fehler in Kenntnis gesetzt.",
     ("talk", {"Amselbank", "Ylva Zorndt"}, "Amselbank")),
    ("Ylva Zorndt war von der Amselbank über den Fehler in Kenntnis gesetzt worden.",
     ("talk", {"Amselbank", "Ylva Zorndt"}, "Amselbank")),
    # a particle written apart before the participle
    ("Erstmals hatten sich Xaver Quuxberg und Ylva Zorndt direkt gegenüber gesessen.",
     ("meeting", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    # bei jemandem für etwas werben: lobbying, the one who lobbies initiates
    ("Xaver Quuxberg warb bei Ylva Zorndt vergeblich für seinen Plan.",
     ("talk", {"Xaver Quuxberg", "Ylva Zorndt"}, "Xaver Quuxberg")),
    # diplomatic notes are letters
    ("Die Zorndter Landesregierung protestierte in einer Verbalnote an die Quuxburger Stadtwerke.",
     ("correspondence", {"Zorndter Landesregierung", "Quuxburger Stadtwerke"}, "Zorndter Landesregierung")),
    ("Die Zorndter Landesregierung schickte eine Protestnote an die Amselbank.",
     ("correspondence", {"Zorndter Landesregierung", "Amselbank"}, "Zorndter Landesregierung")),
    # a joint press conference shows the two together
    ("Das sagte Xaver Quuxberg bei einer Pressekonferenz mit seiner Amtskollegin Ylva Zorndt in Quuxburg.",
     ("meeting", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    # beraten as a talk: with "mit", or a plural subject
    ("Xaver Quuxberg beriet am Abend mit Ylva Zorndt über die Lage.",
     ("talk", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    ("Xaver Quuxberg und Ylva Zorndt berieten am Abend über die Lage.",
     ("talk", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    # treffen with a person as its subject stays a meeting
    ("Die Ministerin Ylva Zorndt trifft am Abend Xaver Quuxberg.",
     ("meeting", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    # erörtern: discussing something with someone, also in the second act of a long sentence
    ("Während Bert Amsel am Rande des Gipfels die Amselbank zu überzeugen suchte, erörterte in Quuxburg "
     "Xaver Quuxberg mit seiner Kollegin Ylva Zorndt die Lage.",
     ("talk", {"Xaver Quuxberg", "Ylva Zorndt"}, None)),
    # einbestellen: summoning, the summoning side initiates (guidelines, initiator cues)
    ("Die Zorndter Landesregierung bestellte am Montag Xaver Quuxberg ein.",
     ("meeting", {"Zorndter Landesregierung", "Xaver Quuxberg"}, "Zorndter Landesregierung")),
    # sprechen with a partner stays a talk, a "von" of a noun too
    ("Am Montag sprachen Vertreter von der Amselbank und Ylva Zorndt miteinander.",
     ("talk", {"Amselbank", "Ylva Zorndt"}, None)),
]

NO_CONTACT = [
    # werben without anyone lobbied: advertising, courting
    "Die Amselbank wirbt mit Ylva Zorndt für ihre Konten.",
    "Xaver Quuxberg warb jahrelang um Ylva Zorndt.",
    # a press conference alone is a statement
    "Das sagte Xaver Quuxberg bei einer Pressekonferenz, Ylva Zorndt habe recht.",
    "Xaver Quuxberg sorgte in seiner Antrittspressekonferenz für Gelächter, als Ylva Zorndt fragte.",
    # beraten as advice: one advises others, or is advised
    "Bekannt wurde der Coach Bert Amsel, der unter anderem Xaver Quuxberg und Ylva Zorndt beriet.",
    "Xaver Quuxberg sei bei der Amselbank schlecht beraten worden, meint Ylva Zorndt.",
    # sprechen von: speaking of something, whoever is named beside it
    "Man spricht von neuen Kriegen (Xaver Quuxberg) und von alten Kriegen (Ylva Zorndt).",
    "Xaver Quuxberg sprach zuletzt von einer Krise, Ylva Zorndt von einer Chance.",
    # sports: a player who scores or meets a partner on court
    "Den ersten Versuch wehrte Xaver Quuxberg ab, dann traf der Mittelfeldspieler Bert Amsel doch.",
    "Am Freitag trifft Xaver Quuxberg seinen Doppelpartner Bert Amsel wieder.",
    # bestellen with "ein" as an article orders something
    "Xaver Quuxberg bestellte bei der Amselbank ein neues Konto.",
    # treffen with a thing as its subject: to affect
    "Die neue Regel trifft nicht nur Xaver Quuxberg und Ylva Zorndt, sondern auch die Amselbank.",
    # a letter goes "an" its addressee; "bei X" is where it is received badly
    "Verstimmung bei Ylva Zorndt löst ein Brief von Xaver Quuxberg an zahlreiche Schüler aus.",
]
# fmt: on


@pytest.mark.parametrize("text, expected", CONTACTS)
def test_constructions_report_the_contact(hand_doc, find_events, text, expected):
    kind, people, initiator = expected
    assert {(e[0], e[1], e[4]) for e in found(hand_doc, find_events, text)} == {(kind, frozenset(people), initiator)}


@pytest.mark.parametrize("text", NO_CONTACT)
def test_constructions_other_senses_are_no_contact(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


def test_constructions_a_relative_clause_after_a_preposition_is_cut_off(hand_doc, find_events):
    text = "Die Amselbank und die Zorndter Landesregierung haben einen Vertrag ausgehandelt, das unter dem Namen Bert Amsel bekannt wurde."
    assert {e[1] for e in found(hand_doc, find_events, text)} == {frozenset({"Amselbank", "Zorndter Landesregierung"})}


def test_constructions_a_cause_after_wegen_takes_no_part(hand_doc, find_events):
    text = "Die Zorndter Landesregierung schrieb wegen der Quuxburger Stadtwerke einen Brief an die Amselbank."
    assert {e[1] for e in found(hand_doc, find_events, text)} == {frozenset({"Zorndter Landesregierung", "Amselbank"})}


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg warb bei Ylva Zorndt und Bert Amsel für seinen Plan.",
    "Xaver Quuxberg rief am Montag Ylva Zorndt und Bert Amsel an.",
])
def test_constructions_a_caller_reaches_each_one_of_a_list(hand_doc, find_events, text):
    times = {"am Montag": "2022-10-24"} if "am Montag" in text else {}
    assert {(e[1], e[4]) for e in found(hand_doc, find_events, text, times)} == {
        (frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "Xaver Quuxberg"),
        (frozenset({"Xaver Quuxberg", "Bert Amsel"}), "Xaver Quuxberg")}



def test_constructions_an_impersonal_subject_in_reported_speech_is_the_one_quoted(hand_doc, find_events):
    text = "Die Pläne seien gut, sagte Xaver Quuxberg. Außerdem werde man mit der Amselbank über die Kosten reden."
    assert {e[1] for e in found(hand_doc, find_events, text)} == {frozenset({"Xaver Quuxberg", "Amselbank"})}


def test_constructions_an_impersonal_subject_outside_reported_speech_has_no_side(hand_doc, find_events):
    text = "Xaver Quuxberg kam am Morgen. Man sprach dann mit der Amselbank über die Kosten."
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("reply", [
    "Ylva Zorndt antwortete am Freitag schriftlich.",
    "Ylva Zorndt antwortete am Freitag mit einem eigenen Schreiben.",
])
def test_constructions_a_written_reply_answers_the_one_who_wrote(hand_doc, find_events, reply):
    text = "Xaver Quuxberg schrieb am Montag einen Brief an Ylva Zorndt. " + reply
    doc = hand_doc(text, actors=sides(text), times={"am Montag": "2022-10-17", "am Freitag": "2022-10-21"},
                   published="2022-10-25")
    pair = frozenset({"Xaver Quuxberg", "Ylva Zorndt"})
    assert {(e[0], e[1], e[3], e[4]) for e in find_events(doc)} == {
        ("correspondence", pair, "2022-10-17", "Xaver Quuxberg"), ("correspondence", pair, "2022-10-21", None)}


def test_constructions_a_reply_in_the_same_month_is_not_merged_with_the_letter(hand_doc, find_events):
    text = "Xaver Quuxberg schrieb Anfang März einen Brief an Ylva Zorndt. Ylva Zorndt antwortete Ende März schriftlich."
    doc = hand_doc(text, actors=sides(text), times={"Anfang März": "2022-03", "Ende März": "2022-03"},
                   published="2022-10-25")
    assert len(find_events(doc)) == 2


def test_constructions_a_spoken_answer_is_no_letter(hand_doc, find_events):
    text = "Xaver Quuxberg fragte nach den Kosten. Darauf antwortete Ylva Zorndt knapp."
    assert found(hand_doc, find_events, text) == set()


@pytest.mark.parametrize("source", ["nach Angaben Xaver Quuxbergs", "nach Angaben von Xaver Quuxberg",
                                    "Xaver Quuxberg zufolge"])
def test_constructions_the_source_of_an_impersonal_report_is_its_side(hand_doc, find_events, source):
    text = f"Bert Amsel kam am Montag. Ein Gespräch mit Ylva Zorndt hat es {source} bisher nicht gegeben."
    doc = hand_doc(text, actors=sides(text), mentions={"Xaver Quuxbergs": "Xaver Quuxberg"}, published="2022-10-25")
    assert {(e[1], e[2]) for e in find_events(doc)} == {(frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "negated")}


def test_constructions_governments_in_places_and_an_initiative_in_the_genitive(hand_doc, find_events):
    text = ("Auf Initiative Quuxburgs hatten sich die Regierungen in Quuxburg, Zorndt und Amselstadt "
            "in einem Brief an Ylva Zorndt gewandt.")
    doc = hand_doc(text, actors={"Quuxburg": "city", "Zorndt": "city", "Amselstadt": "city", "Ylva Zorndt": "person"},
                   mentions={"Quuxburgs": "Quuxburg"}, published="2022-10-25")
    assert {(e[0], e[1], e[4]) for e in find_events(doc)} == {
        ("correspondence", frozenset({"Quuxburg", "Zorndt", "Amselstadt", "Ylva Zorndt"}), "Quuxburg")}


def test_constructions_a_place_of_the_act_stays_no_side(hand_doc, find_events):
    text = "Xaver Quuxberg telefonierte am Montag in Quuxburg mit Ylva Zorndt."
    doc = hand_doc(text, actors={"Quuxburg": "city", "Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}


def test_constructions_a_meeting_that_fell_through_is_negated(hand_doc, find_events):
    text = "Ein Treffen von Xaver Quuxberg mit Ylva Zorndt fiel am Montag dagegen aus."
    doc = hand_doc(text, actors=sides(text), times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {(e[0], e[2]) for e in find_events(doc)} == {("meeting", "negated")}


def test_constructions_an_invitation_accepted_in_the_next_clause_is_planned(hand_doc, find_events):
    text = "In Quuxburg lud Xaver Quuxberg Ylva Zorndt zu einem Besuch ein; Ylva Zorndt nahm die Einladung an."
    doc = hand_doc(text, actors={"Quuxburg": "city", "Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   published="2022-10-25")
    assert {(e[0], e[1], e[2], e[4]) for e in find_events(doc)} == {
        ("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "planned", "Xaver Quuxberg")}


def test_constructions_an_invitation_alone_is_proposed(hand_doc, find_events):
    text = "In Quuxburg lud Xaver Quuxberg Ylva Zorndt zu einem Besuch ein."
    doc = hand_doc(text, actors={"Quuxburg": "city", "Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   published="2022-10-25")
    assert {e[2] for e in find_events(doc)} == {"proposed"}
