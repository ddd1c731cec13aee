"""Step 8: the mentions of one act merged into one event."""
from __future__ import annotations


import pytest

from .helpers import events


def test_events_headline_and_body_mentions_merge(extractor):
    text = ("date 2022-10-24 Scholz telefoniert mit Macron\n\n"
            "Bundeskanzler Olaf Scholz hat am Freitag mit dem französischen Präsidenten Emmanuel Macron telefoniert. "
            "Das Telefonat dauerte eine Stunde.")
    evs = events(extractor, text, None)
    assert len(evs) == 1
    assert len(evs[0].evidence) >= 2 and evs[0].confidence > 0.7


def test_events_pluperfect_act_is_an_earlier_one_than_the_story_tells(extractor):
    # "hatten bereits im März ... gesprochen": an act before the undated meeting the story reports
    text = ("Bundeskanzler Olaf Scholz empfing den französischen Präsidenten Emmanuel Macron in Berlin. "
            "Die beiden hatten bereits im März in Paris miteinander gesprochen.")
    found = sorted((e.type, e.date.value if e.date else "") for e in events(extractor, text, "2022-10-24"))
    assert found == [("meeting", ""), ("talk", "2022-03")]


def test_events_back_reference_joins_the_act_told_in_the_pluperfect(extractor):
    text = ("Bereits im Juni hatte Olaf Scholz mit Emmanuel Macron telefoniert. "
            "Das Telefonat dauerte eine Stunde.")
    evs = events(extractor, text, "2022-10-24")
    assert [(e.type, e.date.value, len(e.evidence)) for e in evs] == [("call", "2022-06", 2)]


def test_events_headline_delegation_folds_into_the_act_with_its_members(extractor):
    # the headline sums up the visitors as their state's delegation; the body names them
    text = ("date 2023-05-11 Präsident Ortiz empfängt US-Delegation\n\n"
            "Chiles Präsident Miguel Ortiz empfing am Mittwoch US-Außenminister Antony Blinken und "
            "Handelsministerin Gina Raimondo in Santiago.")
    found = [sorted(p.name for p in e.participants) for e in events(extractor, text, "2023-05-11")]
    assert found == [["Antony Blinken", "Gina Raimondo", "Miguel Ortiz"]], found


def test_events_an_approximate_month_does_not_conflict_with_a_day_inside_it(extractor):
    # the ongoing talks (the month, approximately) and one session of them are one act
    text = ("Die Firma Zentrix ist in Gesprächen mit der Firma Brontal. "
            "Am Montag verhandelten Zentrix und Brontal in Wien.")
    evs = events(extractor, text, "2015-10-20")
    assert [(sorted(p.name for p in e.participants), len(e.evidence)) for e in evs] == [(["Brontal", "Zentrix"], 2)]


def test_events_an_approximate_month_stays_apart_from_another_month(extractor):
    text = ("Die Firma Zentrix steht in Verhandlungen mit der Firma Brontal. "
            "Im September hatten Zentrix und Brontal in Wien verhandelt.")
    found = sorted(e.date.value for e in events(extractor, text, "2015-10-20"))
    assert found == ["2015-09", "2015-10"]


@pytest.mark.parametrize("text,expected", [
    # "bei dem Telefonat" is the call just reported: the proposal made in it is the new act
    ("Kanzlerin Karin Berger telefonierte am Montag mit Präsident Luis Ruiz. Bei dem Telefonat schlug Berger "
     "ein Treffen mit Ruiz und Premierminister Owen Hale vor.",
     [("call", "occurred"), ("meeting", "proposed")]),
    # a call noun beside another contact noun is an act of its own, not that one's mode
    ("Minister Paul Rainer und Ministerin Ana Ortiz vereinbarten bei einem Telefonat ein baldiges Treffen.",
     [("call", "occurred"), ("meeting", "planned")]),
])
def test_events_a_call_that_sets_the_scene_is_no_new_act(extractor, text, expected):
    assert sorted((e.type, e.status) for e in events(extractor, text, "2016-04-10")) == expected


def test_events_a_headline_in_the_present_is_the_planned_act_of_the_body(extractor):
    text = ("date 2022-10-24 Nehammer trifft Fiala in Wien\n\n"
            "Kanzler Karl Nehammer wird am Mittwoch den tschechischen Premier Petr Fiala in Wien empfangen.")
    found = [(e.type, e.status, e.date.value if e.date else None, len(e.evidence))
             for e in events(extractor, text, "2022-10-24")]
    assert found == [("meeting", "planned", "2022-10-26", 2)]


def test_events_a_headline_in_the_past_stays_apart_from_a_planned_act(extractor):
    text = ("date 2022-10-24 Nehammer traf Fiala in Wien\n\n"
            "Kanzler Karl Nehammer traf am Samstag den tschechischen Premier Petr Fiala in Wien. "
            "Die beiden wollen sich im Dezember wieder treffen.")
    found = sorted((e.status, e.date.value if e.date else None) for e in events(extractor, text, "2022-10-24"))
    assert found == [("occurred", "2022-10-22"), ("planned", "2022-12")]
