"""Contact events from short German sentences: type, participants, date, status, initiator."""
from __future__ import annotations

import pytest

from .helpers import events, summary


# fmt: off
CASES = [
    # verbs, inflected and separable
    ("Bundeskanzler Olaf Scholz telefonierte am Freitag mit dem französischen Präsidenten Emmanuel Macron.",
     ("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2022-10-21", None, None)),
    ("Am Montag rief US-Präsident Joe Biden den ukrainischen Präsidenten Wolodymyr Selenskyj an.",
     ("call", ["Joe Biden", "Wolodymyr Selenskyj"], "occurred", "2022-10-24", "Joe Biden", None)),
    ("Die Außenminister Annalena Baerbock und Antony Blinken kamen am Dienstag in Berlin zusammen.",
     ("meeting", ["Annalena Baerbock", "Antony Blinken"], "occurred", "2022-10-18", None, None)),
    ("Bundespräsident Frank-Walter Steinmeier empfing am Mittwoch den spanischen König Felipe.",
     ("meeting", ["Felipe", "Frank-Walter Steinmeier"], "occurred", "2022-10-19", "Frank-Walter Steinmeier", None)),
    # nouns and constructions
    ("Mitte September gab es ein Gespräch zwischen Bundeskanzler Olaf Scholz und Wladimir Putin.",
     ("talk", ["Olaf Scholz", "Wladimir Putin"], "occurred", "2022-09", None, None)),
    ("In einem Brief an Bundeskanzler Olaf Scholz bat Ministerpräsidentin Manuela Schwesig um Unterstützung.",
     ("correspondence", ["Manuela Schwesig", "Olaf Scholz"], "occurred", None, "Manuela Schwesig", None)),
    # status
    ("Olaf Scholz und Emmanuel Macron wollen sich am Donnerstag in Paris treffen.",
     ("meeting", ["Emmanuel Macron", "Olaf Scholz"], "planned", "2022-10-27", None, None)),
    ("Der Kanzler Olaf Scholz lehnte ein Treffen mit Wladimir Putin ab.",
     ("meeting", ["Olaf Scholz", "Wladimir Putin"], "negated", None, None, None)),
    ("Ein Treffen zwischen Joe Biden und Xi Jinping könnte im November stattfinden.",
     ("meeting", ["Joe Biden", "Xi Jinping"], "possible", "2022-11", None, None)),
    ("Außenminister Sergej Lawrow brachte ein Treffen zwischen Joe Biden und Wladimir Putin aufs Tableau.",
     ("meeting", ["Joe Biden", "Wladimir Putin"], "proposed", None, None, "Sergej Lawrow")),
    ("Seither haben Antony Blinken und Sergej Lawrow nicht mehr miteinander gesprochen.",
     ("talk", ["Antony Blinken", "Sergej Lawrow"], "negated", None, None, None)),
    # initiator cues
    ("Auf Initiative von Emmanuel Macron telefonierten Macron und Olaf Scholz am Montag.",
     ("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2022-10-24", "Emmanuel Macron", None)),
    ("Emmanuel Macron war Anfang Oktober von Xi Jinping in Peking empfangen worden.",
     ("meeting", ["Emmanuel Macron", "Xi Jinping"], "occurred", "2022-10", "Xi Jinping", None)),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_events_from_sentences(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text)]
    assert expected in found, found


# fmt: off
MORE_CASES = [
    # objects met one after the other are separate acts
    ("Am Samstag traf Annalena Baerbock zunächst Vizepräsident Han Zheng, anschließend Außenminister Wang Yi.",
     [("meeting", ["Annalena Baerbock", "Han Zheng"]), ("meeting", ["Annalena Baerbock", "Wang Yi"])]),
    # attendees named in the next sentence join the act
    ("Ein Treffen von Karin Keller-Sutter und Cornelia Amstutz-Favre ist für Ende Oktober geplant. "
     "Daran soll auch Wirtschaftsminister Guy Parmelin teilnehmen.",
     [("meeting", ["Cornelia Amstutz-Favre", "Guy Parmelin", "Karin Keller-Sutter"])]),
    # a dated act still to come is planned, even in the present tense
    ("Am Donnerstag treffen sich Olaf Scholz und Emmanuel Macron in Paris.",
     [("meeting", ["Emmanuel Macron", "Olaf Scholz"])]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", MORE_CASES)
def test_events_participants_of_separate_and_joined_acts(extractor, text, expected):
    found = sorted((s[0], s[1]) for s in map(summary, events(extractor, text)))
    assert found == sorted(expected)


@pytest.mark.parametrize("text", [
    "Nach teils monatelanger Pause telefonieren viele westliche Länder und Russland wieder miteinander.",
    "Der Kreml erklärte nach dem Telefonat lediglich, es sei um Sicherheit gegangen.",
    "Scholz sprach über die Lage in der Ukraine.",
    "Die Gesprächsbereitschaft der Regierung in Berlin wurde gelobt.",
    "Russland und die Ukraine vereinbarten einen Gefangenenaustausch.",
    "Laut Kreml-Sprecher Dmitri Peskow ist kein Gespräch geplant.",
])
def test_events_no_event_without_identifiable_participants(extractor, text):
    assert events(extractor, text) == []


# fmt: off
OWN_DATE_CASES = [
    ("Bundespräsident Alexander Van der Bellen traf am Donnerstag die Premierministerin Mette Frederiksen "
     "und am Freitag den Premier Petteri Orpo.",
     [("meeting", ["Alexander Van der Bellen", "Mette Frederiksen"], "2022-10-20"),
      ("meeting", ["Alexander Van der Bellen", "Petteri Orpo"], "2022-10-21")]),
    ("Die Ministerin Karoline Edtstadler telefonierte am Mittwoch mit Nancy Faeser und am Freitag mit Gérald Darmanin.",
     [("call", ["Karoline Edtstadler", "Nancy Faeser"], "2022-10-19"),
      ("call", ["Gérald Darmanin", "Karoline Edtstadler"], "2022-10-21")]),
    ("Am Dienstag empfing Kanzler Karl Nehammer den Präsidenten Gitanas Nausėda, am Donnerstag den Premier Petr Fiala.",
     [("meeting", ["Gitanas Nausėda", "Karl Nehammer"], "2022-10-18"),
      ("meeting", ["Karl Nehammer", "Petr Fiala"], "2022-10-20")]),
    # one date for both: one act with all of them
    ("Am Dienstag hat Kanzler Karl Nehammer in Wien Gitanas Nausėda und Petr Fiala getroffen.",
     [("meeting", ["Gitanas Nausėda", "Karl Nehammer", "Petr Fiala"], "2022-10-18")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", OWN_DATE_CASES)
def test_events_each_object_after_its_own_date_is_a_separate_act(extractor, text, expected):
    found = sorted((s[0], s[1], s[3]) for s in map(summary, events(extractor, text)))
    assert found == sorted(expected)


# fmt: off
PRESENT_PASSIVE_CASES = [
    ("Die Präsidentin Maia Sandu wird am Mittwoch in Wien von Bundespräsident Alexander Van der Bellen empfangen.",
     ("meeting", ["Alexander Van der Bellen", "Maia Sandu"], "planned", "2022-10-26", "Alexander Van der Bellen", None)),
    ("Premier Petr Fiala wird morgen von Kanzler Karl Nehammer empfangen.",
     ("meeting", ["Karl Nehammer", "Petr Fiala"], "planned", "2022-10-25", "Karl Nehammer", None)),
    # the future active: the subject hosts; a "von" after a noun is its attribute, no agent
    ("Kanzler Karl Nehammer wird am Mittwoch den Premier Petr Fiala empfangen.",
     ("meeting", ["Karl Nehammer", "Petr Fiala"], "planned", "2022-10-26", "Karl Nehammer", None)),
    ("Kanzler Karl Nehammer wird am Mittwoch Vertreter von Greenpeace empfangen.",
     ("meeting", ["Greenpeace", "Karl Nehammer"], "planned", "2022-10-26", "Karl Nehammer", None)),
]
# fmt: on


@pytest.mark.parametrize("text,expected", PRESENT_PASSIVE_CASES)
def test_events_the_agent_of_a_present_passive_hosts(extractor, text, expected):
    assert [summary(e) for e in events(extractor, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a noun act dated after the report, told in the present, is still to come
    ("Nach einem Treffen mit Kanzler Karl Nehammer am Mittwoch reist Premier Petr Fiala nach Rom weiter.",
     ("meeting", ["Karl Nehammer", "Petr Fiala"], "planned", "2022-10-26", None, None)),
    # told in the past, the same day lies behind
    ("Nach einem Treffen mit Kanzler Karl Nehammer am Mittwoch reiste Premier Petr Fiala nach Rom weiter.",
     ("meeting", ["Karl Nehammer", "Petr Fiala"], "occurred", "2022-10-19", None, None)),
])
def test_events_a_noun_act_dated_after_the_report_is_planned(extractor, text, expected):
    assert expected in [summary(e) for e in events(extractor, text)]


def test_events_a_noun_act_a_participle_tells_done_is_no_plan(extractor):
    text = "Nach den gescheiterten Verhandlungen zwischen Petr Fiala und Karl Nehammer gilt das Votum am Mittwoch als offen."
    assert [summary(e)[:3] for e in events(extractor, text)] == [("talk", ["Karl Nehammer", "Petr Fiala"], "occurred")]


@pytest.mark.parametrize("text", [
    "Kanzler Karl Nehammer traf Anfang des Monats Kanzlerin Angela Merkel.",
    "Kanzler Karl Nehammer traf zu Beginn des Jahres Premier Petr Fiala.",
    "Ministerin Karoline Edtstadler sprach Ende des Monats mit Präsidentin Maia Sandu.",
])
def test_events_a_genitive_of_a_time_takes_no_side_of_the_act(extractor, text):
    assert len(events(extractor, text)) == 1 and len(events(extractor, text)[0].participants) == 2


@pytest.mark.parametrize("text,expected", [
    # a relative clause: its pronoun stands for the name before the comma
    ("Kanzler Karl Nehammer, der am Montag mit Premier Petr Fiala telefoniert hatte, lobte die Einigung.",
     ("call", ["Karl Nehammer", "Petr Fiala"], "occurred", "2022-10-24")),
    ("Die Ministerin Karoline Edtstadler, die sich am Freitag mit Maia Sandu getroffen hatte, reiste ab.",
     ("meeting", ["Karoline Edtstadler", "Maia Sandu"], "occurred", "2022-10-21")),
    # a party in brackets between the name and the relative pronoun
    ("Ministerin Karoline Edtstadler (ÖVP), die am Montag mit Maia Sandu telefoniert hatte, reiste ab.",
     ("call", ["Karoline Edtstadler", "Maia Sandu"], "occurred", "2022-10-24")),
    # an infinitive clause with "um": the main clause's subject acts
    ("Kanzler Karl Nehammer reist am Mittwoch nach Prag, um dort Premier Petr Fiala zu treffen.",
     ("meeting", ["Karl Nehammer", "Petr Fiala"], "planned", "2022-10-26")),
])
def test_events_a_side_named_outside_a_relative_or_infinitive_clause(extractor, text, expected):
    assert [summary(e)[:4] for e in events(extractor, text)] == [expected]


def test_events_a_relative_clause_about_people_without_a_name_has_no_side(extractor):
    text = ("Präsident Petr Pavel sprach lange. Zwei Studentinnen, die zu einem Treffen mit Kanzler "
            "Karl Nehammer eingeladen waren, kamen nicht.")
    assert events(extractor, text) == []


def test_events_a_contact_verb_in_an_embedded_clause_is_read_there(extractor):
    # "empfangen" belongs to the relative clause, not to the main clause with "Österreich"
    text = "Präsidentin Maia Sandu, die Kanzler Karl Nehammer am Montag empfangen hatte, lobte Österreich."
    assert [sorted(p.name for p in e.participants) for e in events(extractor, text)] == [["Karl Nehammer", "Maia Sandu"]]


@pytest.mark.parametrize("text,expected", [
    # "sich ein Bild machen": the news idiom of going to see for oneself, together
    ("Kanzler Karl Nehammer und Premier Petr Fiala haben sich am Freitag ein Bild von der Lage an der Grenze gemacht.",
     [("meeting", ["Karl Nehammer", "Petr Fiala"], "2022-10-21")]),
    # a picture, a compound, one reader's judgement: no contact
    ("Das Bild der Woche zeigt Kanzler Karl Nehammer und Premier Petr Fiala.", []),
    ("Das Lagebild von Kanzler Karl Nehammer und Premier Petr Fiala ist düster.", []),
    ("Die Leser sollen sich selbst ein Bild machen, sagte Kanzler Karl Nehammer.", []),
])
def test_events_sich_ein_bild_machen_is_a_visit_together(extractor, text, expected):
    found = [(s[0], sorted(s[1]), s[3]) for s in map(summary, events(extractor, text))]
    assert found == [(t, sorted(p), d) for t, p, d in expected]


@pytest.mark.parametrize("text,expected", [
    # "nicht mit X, sondern mit Y": only X is denied, the act with Y holds
    ("Kanzler Karl Nehammer telefonierte nicht mit Premier Petr Fiala, sondern mit Präsidentin Maia Sandu.",
     [("call", ["Karl Nehammer", "Maia Sandu"], "occurred")]),
    ("Ministerin Karoline Edtstadler will nicht mit Maia Sandu, sondern mit Petr Fiala sprechen.",
     [("talk", ["Karoline Edtstadler", "Petr Fiala"], "planned")]),
    # "nicht nur ..., sondern auch ...": both, each behind its own "mit" (one call each)
    ("Kanzler Karl Nehammer telefonierte nicht nur mit Petr Fiala, sondern auch mit Maia Sandu.",
     [("call", ["Karl Nehammer", "Petr Fiala"], "occurred"), ("call", ["Karl Nehammer", "Maia Sandu"], "occurred")]),
    # a negation without "sondern" denies the act
    ("Kanzler Karl Nehammer telefonierte nicht mit Premier Petr Fiala.",
     [("call", ["Karl Nehammer", "Petr Fiala"], "negated")]),
])
def test_events_sondern_names_the_partner_instead_of_the_denied_one(extractor, text, expected):
    found = [(s[0], sorted(s[1]), s[2]) for s in map(summary, events(extractor, text))]
    assert found == [(t, sorted(p), st) for t, p, st in expected]
