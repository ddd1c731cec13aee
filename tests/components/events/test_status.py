"""Step 5: status (planned, proposed, possible, negated) and the tense of the clause."""
from __future__ import annotations

import pytest

from .helpers import events, summary


def test_events_present_tense_with_future_date_is_planned(extractor):
    evs = events(extractor, "Am 27. Oktober treffen sich Olaf Scholz und Emmanuel Macron in Paris.", "2022-10-24")
    assert [(e.status, e.date.value) for e in evs] == [("planned", "2022-10-27")]


# Published on Monday, 13 May 2024.
@pytest.mark.parametrize("text, status", [
    ("Am Montag treffen sich die Außenminister Annalena Baerbock und Radosław Sikorski in Warschau.", "planned"),
    ("Heute telefoniert Kanzler Olaf Scholz mit Präsident Emmanuel Macron.", "planned"),
    ("Präsidentin Ursula von der Leyen empfängt heute Premier Rishi Sunak in Brüssel.", "planned"),
    # a past tense reports the day's act after it
    ("Am Montag trafen sich die Außenminister Annalena Baerbock und Radosław Sikorski in Warschau.", "occurred"),
    ("Kanzler Olaf Scholz hat heute mit Präsident Emmanuel Macron telefoniert.", "occurred"),
])
def test_events_act_of_the_publication_day_in_the_present_is_announced(extractor, text, status):
    evs = events(extractor, text, "2024-05-13")
    assert [(e.status, e.date.value) for e in evs] == [(status, "2024-05-13")]


@pytest.mark.parametrize("text,status", [
    ("Eigentlich hätten sich Olaf Scholz und Emmanuel Macron längst treffen sollen.", "negated"),
    ("Gespräche mit Wladimir Putin schließt Olaf Scholz aus.", "negated"),
    ("Ein Treffen mit Wladimir Putin wollte Olaf Scholz nicht ausschließen.", "possible"),
    ("Ein Treffen zwischen Olaf Scholz und Emmanuel Macron steht noch aus.", "negated"),
])
def test_events_status_of_refusals_and_counterfactuals(extractor, text, status):
    assert [e.status for e in events(extractor, text)] == [status]


def test_events_invitation_proposed_then_accepted(extractor):
    text = ("Der iranische Präsident Ebrahim Raisi lud König Salman bin Abdulaziz zu einem Besuch nach Teheran ein. "
            "Salman bin Abdulaziz habe die Einladung angenommen, hieß es.")
    found = sorted((e.status, e.initiator, e.proposer) for e in events(extractor, text))
    assert ("proposed", "Ebrahim Raisi", "Ebrahim Raisi") in found
    assert any(status == "planned" for status, _, _ in found)


@pytest.mark.parametrize("text,status,date", [
    ("Am Donnerstag treffen sich Olaf Scholz und Emmanuel Macron in Paris.", "planned", "2022-10-27"),
    ("Emmanuel Macron empfängt am Freitag Bundeskanzler Olaf Scholz im Élysée-Palast.", "planned", "2022-10-28"),
    ("Am Donnerstag haben sich Olaf Scholz und Emmanuel Macron in Paris getroffen.", "occurred", "2022-10-20"),
    ("Emmanuel Macron empfing am Freitag Bundeskanzler Olaf Scholz.", "occurred", "2022-10-21"),
])
def test_events_present_tense_with_a_weekday_announces_the_coming_one(extractor, text, status, date):
    assert [(e.status, e.date.value[:10]) for e in events(extractor, text, "2022-10-24")] == [(status, date)]


def test_events_negotiation_rounds_are_talks(extractor):
    text = ("Der Arbeitgeberverband Chemie Süd (ACS) hat die für den 12. Juni angesetzte Verhandlungsrunde mit der "
            "Gewerkschaft Bahn und Verkehr (GBV) abgesagt.")
    assert [summary(e)[:4] for e in events(extractor, text, "2025-06-06")] == [
        ("talk", ["Arbeitgeberverband Chemie Süd", "Gewerkschaft Bahn und Verkehr"], "negated", "2025-06-12")]


@pytest.mark.parametrize("text,expected", [
    # "ins Gespräch bringen" proposes the act; the "Gespräch" of the idiom is no talk
    ("Bundeskanzler Olaf Scholz brachte ein Treffen mit Emmanuel Macron ins Gespräch.", [("meeting", "proposed")]),
    ("Bundeskanzler Olaf Scholz hat ein Treffen mit Emmanuel Macron ins Gespräch gebracht.", [("meeting", "proposed")]),
    # "ins Gespräch kommen" is a talk
    ("Olaf Scholz und Emmanuel Macron kamen am Rande des Gipfels ins Gespräch.", [("talk", "occurred")]),
])
def test_events_ins_gespraech_bringen_is_a_proposal(extractor, text, expected):
    assert [(summary(e)[0], summary(e)[2]) for e in events(extractor, text, "2024-05-08")] == expected


@pytest.mark.parametrize("word,participle", [
    ("gesprochen", True), ("stattgefunden", True), ("zusammengekommen", True), ("telefoniert", True),
    ("ausgetauscht", True), ("konstruktiv", False), ("putin", False), ("gut", False), ("gestern", False),
])
def test_events_participles_are_known_by_their_form(word, participle):
    from extractor.components.events import looks_participle
    assert looks_participle(word) is participle


@pytest.mark.parametrize("words,verb", [
    (["das", "treffen", "hatte", "in", "rom", "stattgefunden"], "stattgefunden"),
    (["nachdem", "sie", "telefoniert", "hatten"], "telefoniert"),
    ([], ""),
])
def test_events_right_bracket_is_the_verb_at_the_clause_end(words, verb):
    from extractor.components.events import right_bracket
    assert right_bracket(words) == verb


# an act named as the setting of an intention lies ahead; a reported past one stays occurred
@pytest.mark.parametrize("text,status", [
    ("Xaver Quuxberg will bei seinem Treffen mit Ylva Zorndt die Frage ansprechen.", "planned"),
    ("Xaver Quuxberg hatte angekündigt, bei seinem Treffen mit Ylva Zorndt die Frage anzusprechen.", "planned"),
    ("Beim Treffen zwischen Xaver Quuxberg und Ylva Zorndt soll es um Geld gegangen sein.", "occurred"),
    ("Nach seinem Treffen mit Ylva Zorndt will Xaver Quuxberg abreisen.", "occurred"),
])
def test_status_an_act_as_the_setting_of_an_intention(hand_doc, find_events, text, status):
    doc = hand_doc(text, actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}, published="2022-10-24")
    assert {e[2] for e in find_events(doc)} == {status}


@pytest.mark.parametrize("text,status,date", [
    # "würde(n)" + infinitive with a date ahead and no condition: the future of indirect speech
    ("Am Montag würden sich Olaf Scholz und Emmanuel Macron in Paris treffen, teilte ein Sprecher mit.",
     "planned", "2016-04-11"),
    ("Ein Sprecher sagte, Anna Berg und Kurt Weber würden am 20. April miteinander telefonieren.",
     "planned", "2016-04-20"),
    ("Die Regierung werde die Note prüfen, hieß es. Dazu würden Vertreter von Kanzleramt und Justizministerium "
     "Anfang der kommenden Woche zusammenkommen.", "planned", "2016-W15"),
    # a condition keeps it hypothetical; a negation still negates
    ("Wenn die Lage es zulässt, würden sich Olaf Scholz und Emmanuel Macron am Montag treffen.",
     "possible", "2016-04-11"),
    ("Olaf Scholz und Emmanuel Macron würden am Montag nicht zusammenkommen, hieß es.", "negated", "2016-04-11"),
    # without a date it is a willingness, not a schedule
    ("Olaf Scholz würde sich gerne mit Emmanuel Macron treffen.", "possible", None),
])
def test_events_wuerde_with_a_date_ahead_reports_a_planned_act(extractor, text, status, date):
    assert [(summary(e)[2], summary(e)[3]) for e in events(extractor, text, "2016-04-07")] == [(status, date)]


@pytest.mark.parametrize("text,expected", [
    # an act only if the need arises is conditional: possible, not planned
    ("Notfalls wird Kanzler Karl Weber mit Präsident Emmanuel Macron telefonieren.", ("call", "possible")),
    ("Gegebenenfalls trifft sich Ministerin Petra Lang mit Bürgermeister Georg Huber.", ("meeting", "possible")),
    ("Bei Bedarf wird Landesrat Georg Huber die Ministerin Petra Lang anrufen.", ("call", "possible")),
    ("Ministerin Petra Lang wird sich nötigenfalls mit Bürgermeister Georg Huber treffen.", ("meeting", "possible")),
    # without the condition the future is a plan; the verb "bedarf" is no condition
    ("Im Mai wird Kanzler Karl Weber mit Präsident Emmanuel Macron telefonieren.", ("call", "planned")),
    ("Es bedarf eines Treffens, sagte Kanzler Karl Weber nach dem Gespräch mit Präsident Emmanuel Macron.",
     ("talk", "occurred")),
])
def test_events_act_on_condition_of_need_is_possible(extractor, text, expected):
    assert [(e.type, e.status) for e in events(extractor, text, "2022-04-20")] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a speculation in the present with a weekday looks ahead to the coming one, and stays possible
    ("Womöglich trifft Kanzler Karl Weber am Montag Präsident Emmanuel Macron.", ("possible", "2022-04-25")),
    ("Vielleicht telefoniert Ministerin Petra Lang am Dienstag mit Bürgermeister Georg Huber.", ("possible", "2022-04-26")),
    # told in the past it is the last one
    ("Womöglich traf Kanzler Karl Weber am Montag Präsident Emmanuel Macron.", ("possible", "2022-04-18")),
])
def test_events_speculation_in_the_present_looks_to_the_coming_weekday(extractor, text, expected):
    assert [(e.status, e.date.value) for e in events(extractor, text, "2022-04-20")] == [expected]


@pytest.mark.parametrize("text, status", [
    # "und" opens the act's own predicate with its finite verb: the modal is the other one's
    ("Anna Huber will die Firma verkaufen und verhandelt seit Wochen mit Olaf Scholz.", "occurred"),
    ("Olaf Scholz lehnte den Plan ab und traf am Montag Emmanuel Macron.", "occurred"),
    ("Ministerin Anna Huber soll Bericht erstatten und hat deshalb mit Olaf Scholz telefoniert.", "occurred"),
    # no finite verb of its own: the modal governs both predicates
    ("Anna Huber will die Firma verkaufen und mit Olaf Scholz verhandeln.", "planned"),
])
def test_events_status_cue_of_another_predicate_does_not_count(extractor, text, status):
    assert [e.status for e in events(extractor, text, "2024-05-15")] == [status]


@pytest.mark.parametrize("text,expected", [
    ("Der Agent Tom Baker soll sich im März in Chicago mit Jonas Keller getroffen haben.", ("occurred", "2016-03")),
    ("Ministerin Karin Berger will Botschafter Paul Rainer bereits im Februar angerufen haben.", ("occurred", "2016-02")),
    ("Die Zeitung berichtet, Paul Rainer solle im Jänner mit Karin Berger telefoniert haben.", ("occurred", "2016-01")),
    # a modal with a plain infinitive plans the act
    ("Ministerin Karin Berger will Botschafter Paul Rainer im Mai treffen.", ("planned", "2016-05")),
    ("Der Agent Tom Baker soll sich im März in Chicago mit Jonas Keller treffen.", ("planned", "2017-03")),
])
def test_events_modal_with_a_perfect_infinitive_claims_a_past_act(extractor, text, expected):
    """"soll getroffen haben" (hearsay) and "will angerufen haben" (a claim) tell a past act."""
    assert [(e.status, e.date.value[:7]) for e in events(extractor, text, "2016-04-10")] == [expected]



@pytest.mark.parametrize("text,status", [
    # a plan participle as the act noun's attribute, and a past verb that carries the act out
    ("Die lange geplanten Gespräche zwischen Angela Merkel und Emmanuel Macron fanden am Montag statt.", "occurred"),
    ("Angela Merkel führte am Dienstag die vereinbarten Gespräche mit Emmanuel Macron.", "occurred"),
    ("Die angekündigten Verhandlungen zwischen Österreich und Serbien begannen am Mittwoch.", "occurred"),
    # without such a verb the plan stands
    ("Das geplante Treffen zwischen Angela Merkel und Emmanuel Macron soll im Mai stattfinden.", "planned"),
    ("Angela Merkel sprach sich gegen das geplante Treffen mit Emmanuel Macron aus.", "planned"),
    ("Das geplante Treffen zwischen Angela Merkel und Emmanuel Macron fand nicht statt.", "negated"),
])
def test_events_a_plan_attribute_of_an_act_carried_out_is_behind_it(extractor, text, status):
    assert [e.status for e in events(extractor, text, "2016-04-10")] == [status]
