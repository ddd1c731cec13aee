"""The event rules on hand-set actors, mentions and times: what the events stage itself decides.

Each Doc is built by ``hand_doc`` (conftest.py): the actors and times are given, not
recognised, and each test asserts the exact set of events, so an extra event fails it.
Names no actor lexicon knows ("Xaver Quuxberg") show that nothing here depends on actor
recognition.
"""
from __future__ import annotations

import pytest

from extractor.components.events import ContactEventExtractor

from .helpers import actor, person

MONDAY = {"am Montag": "2022-10-24"}


def test_rules_partners_of_the_clause_are_the_participants(hand_doc, find_events):
    # the actor of the "nachdem" clause takes no part in the meeting
    doc = hand_doc("Xaver Quuxberg traf am Dienstag Ylva Zorndt, nachdem Bert Amsel angerufen hatte.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person"},
                   times={"am Dienstag": "2022-10-18"}, published="2022-10-24")
    assert find_events(doc) == {("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred", "2022-10-18",
                                 None, None)}


def test_rules_a_source_is_no_participant(hand_doc, find_events):
    doc = hand_doc("Wladimir Putin telefonierte laut Dmitri Peskow am Montag mit Recep Tayyip Erdoğan.",
                   actors={"Wladimir Putin": "person", "Dmitri Peskow": "person", "Recep Tayyip Erdoğan": "person"},
                   times=MONDAY, published="2022-10-25")
    assert find_events(doc) == {("call", frozenset({"Wladimir Putin", "Recep Tayyip Erdoğan"}), "occurred",
                                 "2022-10-24", None, None)}


def test_rules_a_dated_plan_is_planned_and_its_place_takes_no_part(hand_doc, find_events):
    doc = hand_doc("Olaf Scholz und Emmanuel Macron wollen sich am Donnerstag in Paris treffen.",
                   actors={"Olaf Scholz": "person", "Emmanuel Macron": "person", "Paris": "city"},
                   times={"am Donnerstag": "2022-10-27"}, published="2022-10-24")
    assert find_events(doc) == {("meeting", frozenset({"Olaf Scholz", "Emmanuel Macron"}), "planned", "2022-10-27",
                                 None, None)}


def test_rules_a_period_dates_no_act(hand_doc, find_events):
    doc = hand_doc("Seit Februar 2022 haben Olaf Scholz und Wladimir Putin nicht miteinander telefoniert.",
                   actors={"Olaf Scholz": "person", "Wladimir Putin": "person"},
                   times={"Februar 2022": "2022-02"}, published="2022-10-24")
    assert find_events(doc) == {("call", frozenset({"Olaf Scholz", "Wladimir Putin"}), "negated", None, None, None)}


def test_rules_a_proposal_names_its_proposer(hand_doc, find_events):
    doc = hand_doc("Außenminister Sergej Lawrow schlug ein Treffen zwischen Joe Biden und Wladimir Putin vor.",
                   actors={"Sergej Lawrow": "person", "Joe Biden": "person", "Wladimir Putin": "person"})
    assert find_events(doc) == {("meeting", frozenset({"Joe Biden", "Wladimir Putin"}), "proposed", None, None,
                                 "Sergej Lawrow")}


def test_rules_an_invitation_names_the_initiator(hand_doc, find_events):
    doc = hand_doc("Auf Einladung von Olaf Scholz kamen Emmanuel Macron und Scholz am Montag in Berlin zusammen.",
                   actors={"Olaf Scholz": "person", "Emmanuel Macron": "person", "Berlin": "city"},
                   mentions={"Scholz": "Olaf Scholz"}, times=MONDAY, published="2022-10-25")
    assert find_events(doc) == {("meeting", frozenset({"Olaf Scholz", "Emmanuel Macron"}), "occurred", "2022-10-24",
                                 "Olaf Scholz", None)}


def test_rules_die_beiden_are_the_two_named_before(hand_doc, find_events):
    doc = hand_doc("Olaf Scholz empfing Emmanuel Macron. Am Abend sprachen die beiden mit Joe Biden.",
                   actors={"Olaf Scholz": "person", "Emmanuel Macron": "person", "Joe Biden": "person"},
                   published="2022-10-24")
    assert find_events(doc) == {
        ("meeting", frozenset({"Olaf Scholz", "Emmanuel Macron"}), "occurred", None, "Olaf Scholz", None),
        ("talk", frozenset({"Olaf Scholz", "Emmanuel Macron", "Joe Biden"}), "occurred", None, None, None)}


def test_rules_the_pluperfect_tells_an_earlier_act(hand_doc, find_events):
    doc = hand_doc("Olaf Scholz traf am Montag Emmanuel Macron. Die beiden hatten bereits im März miteinander "
                   "telefoniert.",
                   actors={"Olaf Scholz": "person", "Emmanuel Macron": "person"},
                   times={"am Montag": "2022-10-24", "im März": "2022-03"}, published="2022-10-25")
    assert find_events(doc) == {
        ("meeting", frozenset({"Olaf Scholz", "Emmanuel Macron"}), "occurred", "2022-10-24", None, None),
        ("call", frozenset({"Olaf Scholz", "Emmanuel Macron"}), "occurred", "2022-03", None, None)}


HEADLINE_AND_BODY = ("date 2022-10-24 Russland telefoniert mit der Türkei\n\n"
                     "Wladimir Putin hat am Montag mit Recep Tayyip Erdoğan telefoniert.")
STATES_AND_LEADERS = {"Wladimir Putin": person("Wladimir Putin", "Präsident", country="RUS"),
                      "Recep Tayyip Erdoğan": person("Recep Tayyip Erdoğan", "Präsident", country="TUR"),
                      "Russland": actor("Russland", "country", "RUS"), "Türkei": actor("Türkei", "country", "TUR")}


def test_rules_a_headline_naming_the_states_merges_into_the_leaders_act(hand_doc, find_events):
    doc = hand_doc(HEADLINE_AND_BODY, actors=STATES_AND_LEADERS, times=MONDAY, published="2022-10-24")
    assert find_events(doc) == {("call", frozenset({"Wladimir Putin", "Recep Tayyip Erdoğan"}), "occurred",
                                 "2022-10-24", None, None)}
    assert len(doc._.events[0].evidence) == 2


def test_rules_without_merging_each_mention_is_an_event(hand_doc):
    doc = ContactEventExtractor(merge_mentions=False)(
        hand_doc(HEADLINE_AND_BODY, actors=STATES_AND_LEADERS, times=MONDAY, published="2022-10-24"))
    names = {a.id: a.name for a in doc._.actors}
    assert [(e.type, [names[p] for p in e.participants]) for e in doc._.events] == [
        ("call", ["Russland", "Türkei"]), ("call", ["Wladimir Putin", "Recep Tayyip Erdoğan"])]


def test_rules_the_stage_does_not_run_actor_or_time_recognition(hand_doc, find_events):
    # hand-set Docs keep what they were given: no recognised actor or time is added
    doc = hand_doc("Am Montag telefonierte Scholz mit Macron.", actors={"Olaf Scholz": "person",
                   "Emmanuel Macron": "person"}, mentions={"Scholz": "Olaf Scholz", "Macron": "Emmanuel Macron"},
                   published="2022-10-25")
    assert find_events(doc) == {("call", frozenset({"Olaf Scholz", "Emmanuel Macron"}), "occurred", None, None, None)}
    assert doc._.times == [] and len(doc._.mentions) == 2


# the guidelines' visits: without a named host the place visited is the other side
def test_rules_a_visit_without_host_meets_the_place(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg reist nächste Woche nach Chile.",
                   actors={"Xaver Quuxberg": "person", "Chile": "country"},
                   times={"nächste Woche": "2022-W44"}, published="2022-10-24")
    assert find_events(doc) == {("meeting", frozenset({"Xaver Quuxberg", "Chile"}), "planned", "2022-W44", None, None)}


def test_rules_a_visit_with_a_host_is_the_meeting_with_the_host(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg besuchte am Montag Chile und traf dort Ylva Zorndt.",
                   actors={"Xaver Quuxberg": "person", "Chile": "country", "Ylva Zorndt": "person"},
                   times={"am Montag": "2022-10-24"}, published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}


def test_rules_travelling_with_someone_is_no_meeting_with_them(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg reiste mit Ylva Zorndt nach Chile.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Chile": "country"},
                   published="2022-10-25")
    assert find_events(doc) == set()


# the guidelines' speaker as participant: a contact without its own subject in a quote is the speaker's
@pytest.mark.parametrize("text", [
    "Schon am Montag habe es mit Ylva Zorndt ein langes Gespräch gegeben, sagte Xaver Quuxberg.",
    "Wir führen im Moment Verhandlungen mit Ylva Zorndt, erklärte Xaver Quuxberg.",
])
def test_rules_the_speaker_is_the_side_of_an_impersonal_contact(hand_doc, find_events, text):
    doc = hand_doc(text, actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}, published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}


def test_rules_a_reception_by_someone_has_the_host_and_the_guest_before(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg ist in Kairo. Beim Empfang durch Ylva Zorndt spielte die Kapelle.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}, published="2022-10-25")
    assert find_events(doc) == {("meeting", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}), "occurred", None,
                                 "Ylva Zorndt", None)}


def test_rules_visitors_named_together_do_not_meet_each_other(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg und Ylva Zorndt besuchen am Dienstag die Grenze.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"},
                   times={"am Dienstag": "2022-10-25"}, published="2022-10-24")
    assert find_events(doc) == set()


@pytest.mark.parametrize("text,etype", [
    # "persönlich" shows co-presence in any of its forms: a meeting
    ("Olaf Scholz und Emmanuel Macron führten am Montag ein persönliches Gespräch.", "meeting"),
    ("Olaf Scholz bot Emmanuel Macron am Montag ein persönliches Gespräch an.", "meeting"),
    ("Olaf Scholz und Emmanuel Macron führten am Montag ein langes Gespräch.", "talk"),
])
def test_events_a_personal_talk_is_a_meeting(extractor, text, etype):
    from .helpers import events
    assert [e.type for e in events(extractor, text, "2016-03-15")] == [etype]
