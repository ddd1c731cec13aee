"""Step 6: the date of an act."""
from __future__ import annotations

import pytest

from .helpers import events, summary


def test_events_twice_with_two_dates_are_two_events(extractor):
    text = ("US-Verteidigungsminister Lloyd Austin und sein russischer Kollege Sergei Schoigu telefonierten "
            "am Freitag (21. Oktober) und dann nochmal am Sonntag (23. Oktober) miteinander.")
    found = sorted(summary(e)[3] for e in events(extractor, text, "2022-10"))
    assert found == ["2022-10-21", "2022-10-23"]


def test_events_date_referred_back_to(extractor):
    text = ("Am Mittwoch reiste Antony Blinken nach Ankara. Dort sprach er mit Außenminister Hakan Fidan. "
            "Tags darauf telefonierte Blinken mit Emmanuel Macron.")
    found = {tuple(summary(e)[1]): summary(e)[3] for e in events(extractor, text)}
    assert found[("Antony Blinken", "Hakan Fidan")] == "2022-10-19"
    assert found[("Antony Blinken", "Emmanuel Macron")] == "2022-10-20"


def test_events_a_date_with_nothing_known_dates_no_act(extractor):
    # without a publication date "aus dem Vorjahr" is "XXXX": no date for the talks
    text = ("Der UN-Gesandte Lars Nyberg sprach mit dem omanischen Außenminister Badr al-Busaidi. "
            "Die Gespräche knüpfen an Bemühungen aus dem Vorjahr an.")
    assert [(summary(e)[0], summary(e)[3]) for e in events(extractor, text, None)] == [("talk", None)]


@pytest.mark.parametrize("text,date", [
    # vague recency dates an act (the month, approximately); a vague prospect does not
    ("In den vergangenen Tagen hat Olaf Scholz mit Emmanuel Macron telefoniert.", "2024-02"),
    ("Olaf Scholz könnte in den kommenden Wochen mit Emmanuel Macron telefonieren.", None),
])
def test_events_vague_prospects_give_no_date(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2024-02-10")] == [date]


def test_dates_an_act_going_on_at_publication_is_the_month_approximately(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg verhandelt seit Monaten mit Ylva Zorndt über den Preis.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}, published="2016-03-09")
    assert {e[3] for e in find_events(doc)} == {"2016-03"}


def test_dates_an_act_just_before_the_report_is_the_month_approximately(hand_doc, find_events):
    doc = hand_doc("Xaver Quuxberg und Ylva Zorndt hatten zuvor über die Krise gesprochen.",
                   actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}, published="2015-08-31")
    assert {e[3] for e in find_events(doc)} == {"2015-08"}


@pytest.mark.parametrize("text", [
    # the day of the statement that reports an act is no day of the act
    "Hans Maier will handeln. Er werde Kurt Weber in dieser Sache kontaktieren, erklärte Maier am Dienstag.",
    "Am Montag sagte Hans Maier, er habe mit Kurt Weber telefoniert.",
])
def test_events_the_day_of_the_report_does_not_date_the_act(extractor, text):
    assert [summary(e)[3] for e in events(extractor, text, "2022-10-20")] == [None]


def test_events_the_acts_own_day_in_reported_speech_stays(extractor):
    text = "Hans Maier habe am Montag mit Kurt Weber telefoniert, sagte ein Sprecher."
    assert [summary(e)[3] for e in events(extractor, text, "2022-10-20")] == ["2022-10-17"]


@pytest.mark.parametrize("text,date", [
    # an act going on at publication began the counted span before it: its month
    ("Xaver Quuxberg verhandelt seit einem Jahr mit Ylva Zorndt über den Preis.", "2015-03"),
    ("Xaver Quuxberg spricht seit drei Wochen mit Ylva Zorndt.", "2016-02"),
    ("Xaver Quuxberg verhandelt seit einem halben Jahr mit Ylva Zorndt.", "2015-09"),
    # an uncounted span stays the month of publication
    ("Xaver Quuxberg verhandelt seit Jahren mit Ylva Zorndt.", "2016-03"),
])
def test_dates_a_counted_span_dates_the_start_of_an_ongoing_act(hand_doc, find_events, text, date):
    doc = hand_doc(text, actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person"}, published="2016-03-09")
    assert {e[3] for e in find_events(doc)} == {date}


@pytest.mark.parametrize("text,date", [
    # a contact noun with its definite article refers back to the act the sentence before dated
    ("Olaf Scholz hat der Firma Zentrix bereits im April vergangenen Jahres gedroht. "
     "In dem Schreiben an Zentrix-Chefin Anna Berg beklagte er die Lage.", "2015-04"),
    # an indefinite one is a new act: the date before is not its own
    ("Olaf Scholz hat der Firma Zentrix bereits im April vergangenen Jahres gedroht. "
     "In einem Schreiben an Zentrix-Chefin Anna Berg beklagte er die Lage.", None),
])
def test_events_a_back_reference_takes_the_date_of_the_sentence_before(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2016-03-15")] == [date]


@pytest.mark.parametrize("text", [
    # a relative clause about another noun dates that noun's matter, not the act
    "Der Zeitung, die das Interview am Freitag druckt, sagte Kurt Weber, er habe Anna Berg einen Brief geschrieben.",
    "Kurt Weber, der am Montag Geburtstag feierte, hat mit Anna Berg telefoniert.",
    "Kurt Weber traf Anna Berg, die am Dienstag aus Rom angereist war, in Wien.",
])
def test_events_a_relative_clause_about_another_noun_does_not_date_the_act(extractor, text):
    assert [summary(e)[3] for e in events(extractor, text, "2015-11-20")] == [None]


@pytest.mark.parametrize("text,date", [
    # right after the contact noun, the relative clause is about the act
    ("Das Treffen von Kurt Weber und Anna Berg, das am Montag in Wien stattfand, verlief ruhig.", "2015-11-16"),
    ("Ein Telefonat zwischen Kurt Weber und Anna Berg, das am Dienstag geführt wurde, brachte keine Einigung.",
     "2015-11-17"),
])
def test_events_a_relative_clause_on_the_contact_noun_dates_the_act(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2015-11-20")] == [date]


@pytest.mark.parametrize("published,text,date", [
    # a cancelled plan's weekday is the nearest one: yesterday's, or tomorrow's
    ("2025-11-06", "Ein für Mittwoch angesetztes Gespräch zwischen Kurt Weber und Anna Berg wurde abgesagt.",
     "2025-11-05"),
    ("2023-06-29", "Ein für Freitag geplantes Treffen von Kurt Weber und Anna Berg wurde inzwischen abgesagt.",
     "2023-06-30"),
])
def test_events_a_cancelled_plan_is_dated_by_the_nearest_weekday(extractor, published, text, date):
    assert [(summary(e)[2], summary(e)[3]) for e in events(extractor, text, published)] == [("negated", date)]


@pytest.mark.parametrize("text,date", [
    # "in" + contact noun with a present form of sein/stehen/sich befinden: going on at publication
    ("Der Konzern Zentrix befindet sich in fortgeschrittenen Verhandlungen mit der Firma Brontal.", "2015-10"),
    ("Kurt Weber steht in engem Kontakt mit Anna Berg.", "2015-10"),
    ("Die Firma Zentrix ist in Gesprächen mit der Firma Brontal über eine Fusion.", "2015-10"),
    # a date of its own wins; a past tense tells no act going on; clause-initial it sets a scene
    ("Kurt Weber war im Juni in Gesprächen mit Anna Berg.", "2015-06"),
    ("Kurt Weber stand damals in Kontakt mit Anna Berg.", None),
    ("Im Gespräch mit Anna Berg ist Kurt Weber optimistisch.", None),
])
def test_events_in_negotiations_is_an_act_going_on_at_publication(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2015-10-20")] == [date]


@pytest.mark.parametrize("text,date", [
    # with its definite article a contact noun names again the act an earlier mention dated
    ("Über die Erklärung des EU-Japan-Gipfels am Dienstag wurde lange gestritten. Die Presse wartete. "
     "Seit dem EU-Japan-Gipfel ist die Stimmung gut.", "2016-03-08"),
    ("Über die Erklärung des EU-China-Gipfels am Montag wurde lange gestritten. Merkel zeigte sich zufrieden. "
     "Nach dem vorläufig gescheiterten EU-China-Gipfel beriet die Kommission.", "2016-03-07"),
    # an indefinite one, or another noun, is not that act
    ("Über die Erklärung des EU-Japan-Gipfels am Dienstag wurde lange gestritten. Die Presse wartete. "
     "Seit einem EU-Japan-Gipfel ist die Stimmung gut.", None),
    ("Über die Erklärung des EU-Japan-Gipfels am Dienstag wurde lange gestritten. Die Presse wartete. "
     "Seit dem EU-Japan-Treffen ist die Stimmung gut.", None),
])
def test_events_a_definite_contact_noun_takes_the_date_of_its_earlier_mention(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2016-03-10")] == [date]


@pytest.mark.parametrize("text,expected", [
    # a story told in the historical present (published 2022-04-20): the present passive tells the
    # act as it happened, in the nearest February, not a plan for the next one
    ("Ein Brief der Anwältin Anna Berg an Bürgermeister Thomas Keller wird Ende Februar verschickt.",
     ("correspondence", ["Anna Berg", "Thomas Keller"], "occurred", "2022-02")),
    ("Anfang März wird ein Schreiben von Landesrätin Eva Moser an Minister Paul Gruber übermittelt.",
     ("correspondence", ["Eva Moser", "Paul Gruber"], "occurred", "2022-03")),
    ("Im Jänner wird Landesrat Georg Huber von Ministerin Petra Lang angerufen.",
     ("call", ["Georg Huber", "Petra Lang"], "occurred", "2022-01")),
    # "werden" + infinitive is the future: planned, the next March
    ("Anfang März wird Landesrätin Eva Moser einen Brief an Minister Paul Gruber schreiben.",
     ("correspondence", ["Eva Moser", "Paul Gruber"], "planned", "2023-03")),
])
def test_events_present_passive_is_no_plan(extractor, text, expected):
    assert [summary(e)[:4] for e in events(extractor, text, "2022-04-20")] == [expected]


def test_events_present_passive_with_a_weekday_announces_the_coming_one(extractor):
    text = "Am Freitag wird Landesrat Georg Huber von Ministerin Petra Lang angerufen."
    assert [summary(e)[:4] for e in events(extractor, text, "2022-10-24")] == [
        ("call", ["Georg Huber", "Petra Lang"], "planned", "2022-10-28")]


@pytest.mark.parametrize("text,expected", [
    # a contact noun with a word of now: the act goes on at publication, the month approximately
    ("Derzeit laufen Gespräche zwischen Ministerin Petra Lang und Bürgermeister Georg Huber.", "2022-04"),
    ("Aktuell gibt es Verhandlungen zwischen der Stadt Linz und der Firma Voestalpine.", "2022-04"),
    ("Landesrat Georg Huber führt momentan Gespräche mit Ministerin Petra Lang.", "2022-04"),
    ("Im Moment führt Landesrat Georg Huber Gespräche mit Ministerin Petra Lang.", "2022-04"),
    # told in the past, without a word of now: no date
    ("Georg Huber hatte damals Gespräche mit Ministerin Petra Lang geführt.", None),
    ("Landesrat Georg Huber führte Gespräche mit Ministerin Petra Lang.", None),
])
def test_events_contact_noun_told_now_is_dated_by_publication_month(extractor, text, expected):
    assert [summary(e)[3] for e in events(extractor, text, "2022-04-20")] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a planned act in the coming days or weeks is dated as the guidelines date vague times: the
    # month of publication; a speculation about them is not dated
    ("In den nächsten Tagen will Kanzler Karl Weber mit Präsident Emmanuel Macron telefonieren.", ("planned", "2022-04")),
    ("Kanzler Karl Weber soll in den kommenden Tagen Präsident Emmanuel Macron treffen.", ("planned", "2022-04")),
    ("Ministerin Petra Lang wird in den kommenden Wochen mit Bürgermeister Georg Huber sprechen.", ("planned", "2022-04")),
    ("Kanzler Karl Weber könnte in den kommenden Wochen mit Präsident Emmanuel Macron telefonieren.", ("possible", None)),
    ("Ein Treffen von Kanzler Karl Weber mit Präsident Emmanuel Macron sei in den nächsten Wochen nicht ausgeschlossen.",
     ("possible", None)),
])
def test_events_planned_act_in_the_coming_weeks_is_dated_by_publication_month(extractor, text, expected):
    assert [(summary(e)[2], summary(e)[3]) for e in events(extractor, text, "2022-04-20")] == [expected]


@pytest.mark.parametrize("text,expected", [
    # told in the past, a date before the planned act's noun is the day of the planning
    ("Kanzler Paul Hartmann und Präsidentin Ana Ortiz vereinbarten am Dienstag ein Treffen.", ("planned", None)),
    ("Im März kündigte Ministerin Karin Berger einen Besuch bei Präsident Luis Ruiz an.", ("planned", None)),
    # a target preposition or the noun's own attribute dates the planned act
    ("Kanzler Paul Hartmann und Präsidentin Ana Ortiz vereinbarten für Dienstag ein Treffen.",
     ("planned", "2016-04-12")),
    ("Kanzler Paul Hartmann und Präsidentin Ana Ortiz haben ein Treffen am Dienstag vereinbart.",
     ("planned", "2016-04-12")),
    # a weekday of the last days that a plan names is the coming one, not the same day a year on
    ("Kanzler Paul Hartmann will am Dienstag Präsidentin Ana Ortiz treffen.", ("planned", "2016-04-12")),
])
def test_events_a_past_date_before_a_planned_act_dates_the_planning(extractor, text, expected):
    assert [(e.status, e.date.value[:10] if e.date else None) for e in events(extractor, text, "2016-04-10")] == [expected]


@pytest.mark.parametrize("text", [
    # the day joined to the noun of a "vor"/"nach"/"im Vorfeld" phrase is that other event's day
    "Vor der Wahl am Sonntag hatte Olaf Scholz mit Emmanuel Macron telefoniert.",
    "Im Vorfeld des Gipfels am Donnerstag traf sich Annalena Baerbock mit Antony Blinken.",
    "Nach der Abstimmung vom Mittwoch sprach Karl Nehammer mit Viktor Orbán.",
    "Kurt Weber hatte Anna Berg nach der Sitzung am Dienstag einen Brief geschrieben.",
])
def test_events_the_day_of_an_event_before_or_after_does_not_date_the_act(extractor, text):
    assert [summary(e)[3] for e in events(extractor, text, "2016-03-10")] == [None]


@pytest.mark.parametrize("text,date", [
    # the act's own day stays: standing apart from the phrase, or joined to the contact noun itself
    ("Am Montag traf Olaf Scholz vor der Abstimmung Emmanuel Macron.", "2016-03-07"),
    ("Nach dem Treffen am Montag sagte Olaf Scholz, er sei mit Emmanuel Macron einig.", "2016-03-07"),
])
def test_events_the_acts_own_day_beside_a_before_phrase_stays(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2016-03-10")] == [date]


@pytest.mark.parametrize("text, date", [
    # a past date of the agreeing verb dates the planning, not the infinitive's act
    ("Angela Merkel und François Hollande vereinbarten am Montag, sich bald wieder zu treffen.", None),
    ("Am Montag hatte Angela Merkel angekündigt, Wladimir Putin zu treffen.", None),
    # a date the modal points ahead stays the act's
    ("Am Montag will Angela Merkel Wladimir Putin treffen.", "2016-04-18"),
])
def test_a_past_date_of_the_planning_verb_does_not_date_the_planned_act(extractor, text, date):
    found = [summary(e) for e in events(extractor, text, published="2016-04-12")]
    assert [(s[2], s[3]) for s in found] == [("planned", date)]


@pytest.mark.parametrize("text,date", [
    # a date between a noun's determiner and its participle is the participle's, not the act's
    ("Außenministerin Karin Berger eröffnete am Montag die 2014 begonnenen Verhandlungen mit Serbien.", "2016-04-04"),
    ("Angela Merkel traf den 2015 gewählten Präsidenten Emmanuel Macron.", None),
    ("Olaf Scholz empfing am Dienstag den im Mai ernannten Botschafter Pedro Sánchez.", "2016-04-05"),
    # a participle that schedules, or a date the plan aims at, dates the act
    ("Das am Freitag geplante Treffen von Angela Merkel mit Emmanuel Macron soll in Paris stattfinden.", "2016-04-15"),
    ("Die für Mai angesetzten Gespräche zwischen Angela Merkel und Emmanuel Macron sollen in Wien stattfinden.", "2016-05"),
    # after a comma the determiner is a relative pronoun: the date is that clause's
    ("Emmanuel Macron, der am Montag neue Gespräche mit Angela Merkel führte, reiste ab.", "2016-04-04"),
])
def test_dates_a_date_in_a_participle_attribute_is_the_participles(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2016-04-10")] == [date]
