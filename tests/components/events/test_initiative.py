"""Step 7: initiator and proposer, in the act's clause or stated apart."""
from __future__ import annotations

import pytest

from .helpers import events, summary


def test_events_initiative_named_apart_from_the_act(extractor):
    text = ("Olaf Scholz hat am Montag mit Emmanuel Macron telefoniert. "
            "Das Gespräch sei auf Initiative Macrons zustande gekommen, hieß es in Paris.")
    assert [summary(e)[4] for e in events(extractor, text)] == ["Emmanuel Macron"]


@pytest.mark.parametrize("text,expected", [
    # the holder of a source formula is no participant, whoever follows it is
    ("Nach Angaben des Kremls hat Wladimir Putin mit dem türkischen Präsidenten Recep Tayyip Erdoğan telefoniert. "
     "Erdoğan habe das Gespräch gesucht.",
     ("call", ["Recep Tayyip Erdoğan", "Wladimir Putin"], "occurred", None, "Recep Tayyip Erdoğan", None)),
    ("Der griechische Premier Kyriakos Mitsotakis hat nach einem Bericht der Athener Zeitung Kathimerini mit "
     "Recep Tayyip Erdoğan telefoniert.",
     ("call", ["Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"], "occurred", None, None, None)),
    # a title in quotation marks is still the holder of the formula
    ("Die Präsidentin Maia Sandu hat nach einem Bericht des Senders „TV8“ mit dem rumänischen Präsidenten "
     "Klaus Iohannis telefoniert.",
     ("call", ["Klaus Iohannis", "Maia Sandu"], "occurred", None, None, None)),
])
def test_events_source_formulas_and_sought_talks(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text, "2024-03-13")]
    assert expected in found, found


def test_initiative_the_one_who_contacts_initiates(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg kontaktierte am Montag Ylva Zorndt.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[4] for e in find_events(doc)} == {"Xaver Quuxberg"}


def test_initiative_the_one_who_informs_initiates(hand_doc, find_events):
    doc = hand_doc("Die Stadtwerke Quuxburg informierten am Montag Ylva Zorndt über den Ausfall.",
                   actors={"Stadtwerke Quuxburg": "organization", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {(e[0], e[4]) for e in find_events(doc)} == {("talk", "Stadtwerke Quuxburg")}


@pytest.mark.parametrize("text", [
    "Ylva Zorndt war am Montag vom Verkehrsministerium über die Sperre informiert worden.",
    "Ylva Zorndt wurde am Montag vom Verkehrsministerium über die Sperre informiert.",
])
def test_initiative_a_passive_agent_after_vom_takes_part_and_initiates(hand_doc, find_events, text):
    doc = hand_doc(text, actors={"Verkehrsministerium": "organization", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {(e[0], e[1], e[4]) for e in find_events(doc)} == {
        ("talk", frozenset({"Verkehrsministerium", "Ylva Zorndt"}), "Verkehrsministerium")}


def test_initiative_vom_without_a_passive_stays_a_place(hand_doc, find_events):
    text = "Ylva Zorndt sprach am Montag vom Flughafen Quuxburg aus mit Xaver Quuxberg."
    doc = hand_doc(text, actors={"Flughafen Quuxburg": "organization", "Ylva Zorndt": "person",
                                 "Xaver Quuxberg": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Ylva Zorndt", "Xaver Quuxberg"})}


@pytest.mark.parametrize("text,initiator", [
    # "zu etwas laden" is to invite: the one who invites started the act
    ("Bereits am Montag hatte Kurt Weber die Bürgermeisterin Anna Berg zu einer Videokonferenz geladen.", "Kurt Weber"),
    ("Am Mittwoch hatte der Landrat Kurt Weber die Bürgermeister Anna Berg und Jonas Falk zu einem Treffen geladen.",
     "Kurt Weber"),
    ("Die Kanzlerin Anna Berg hat den Gewerkschafter Kurt Weber am Dienstag zu Gesprächen ins Kanzleramt geladen.",
     "Anna Berg"),
])
def test_events_zu_etwas_laden_names_the_inviter(extractor, text, initiator):
    assert [(summary(e)[2], summary(e)[4]) for e in events(extractor, text, "2025-06-27")] == [("occurred", initiator)]


@pytest.mark.parametrize("text,initiator", [
    # a host clause right after the act, the guest only described, names the act's host
    ("Anna Berg traf am Montag Kurt Weber in Wien. Weber empfing die Ministerin im Rathaus.", "Kurt Weber"),
    ("Der Bischof Jonas Falk sprach am Sonntag mit Kurt Weber. Weber empfing den Geistlichen in seiner Residenz.",
     "Kurt Weber"),
    # guests without a definite article, or a time of its own, make another scene
    ("Anna Berg traf am Montag Kurt Weber in Wien. Weber empfing am Dienstag Gäste aus Polen.", None),
    ("Anna Berg traf am Montag Kurt Weber in Wien. Am Abend empfing Weber die Delegation aus Polen.", None),
])
def test_events_host_of_the_act_told_in_the_next_sentence(extractor, text, initiator):
    assert [summary(e)[4] for e in events(extractor, text, "2025-06-27")] == [initiator]


@pytest.mark.parametrize("text,initiator", [
    # a meal "mit" someone names no host; one given "für" someone or invited to does
    ("Bei einem Arbeitsessen mit Premier Petr Fiala sprach Kanzler Karl Nehammer über die Energiepreise.", None),
    ("Nach einem Abendessen mit Präsidentin Maia Sandu reiste Ministerin Karoline Edtstadler ab.", None),
    ("Kanzler Karl Nehammer lud Premier Petr Fiala zu einem Arbeitsessen ein.", "Karl Nehammer"),
])
def test_events_a_meal_with_someone_names_no_host(extractor, text, initiator):
    assert [summary(e)[4] for e in events(extractor, text)] == [initiator]
