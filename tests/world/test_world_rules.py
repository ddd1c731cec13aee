"""The matching rules of issue 18, one small hand-built case each (extractor/world/rules.py)."""
from __future__ import annotations

import pytest

from extractor.world import group_records
from extractor.world.keys import name_key, report_interval
from extractor.world.rules import names_agree, types_compatible

from .helpers import event, record, reports_of

SCHOLZ_MACRON = ["Olaf Scholz", "Emmanuel Macron"]


def test_world_rules_two_calls_on_two_days_stay_two():
    events = group_records([
        record("a", "2024-05-06", event("call", SCHOLZ_MACRON, "2024-05-06")),
        record("b", "2024-05-10", event("call", SCHOLZ_MACRON, "2024-05-10")),
        record("c", "2024-05-11", event("call", ["Scholz", "Macron"], "2024-05-10")),
    ])
    assert reports_of(events) == [{"a#E1"}, {"b#E1", "c#E1"}]
    assert [ev["date"] for ev in events] == ["2024-05-06", "2024-05-10"]


def test_world_rules_two_calls_in_one_article_stay_two_even_with_an_undated_follow_up():
    """'am Montag und am Freitag' in one article are two acts; an undated follow-up joins the latest before it."""
    events = group_records([
        record("a", "2024-05-10", event("call", SCHOLZ_MACRON, "2024-05-06"), event("call", SCHOLZ_MACRON, "2024-05-10")),
        record("b", "2024-05-12", event("call", SCHOLZ_MACRON)),
    ])
    assert reports_of(events) == [{"a#E1"}, {"a#E2", "b#E1"}]


def test_world_rules_planned_then_occurred_is_one_event_with_a_status_history():
    events = group_records([
        record("plan", "2024-06-03", event("meeting", ["Annalena Baerbock", "Wang Yi"], "2024-06-12", "planned")),
        record("held", "2024-06-12", event("meeting", ["Baerbock", "Wang Yi"], "2024-06-12")),
        record("after", "2024-06-13", event("meeting", ["Annalena Baerbock", "Wang Yi"])),
    ])
    assert len(events) == 1
    ev = events[0]
    assert ev["status"] == "occurred" and ev["date"] == "2024-06-12"
    assert [(h["status"], h["article"]) for h in ev["status_history"]] == [("planned", "plan"), ("occurred", "held")]
    assert ev["report_count"] == 3 and ev["article_count"] == 3
    assert ev["participants"] == ["Annalena Baerbock", "Wang Yi"]


def test_world_rules_planned_then_called_off_keeps_both_statuses():
    events = group_records([
        record("plan", "2024-10-01", event("meeting", ["Robert Habeck", "Bruno Le Maire"], "2024-10-04", "planned")),
        record("off", "2024-10-04", event("meeting", ["Robert Habeck", "Bruno Le Maire"], "2024-10-04", "negated")),
    ])
    assert len(events) == 1 and [h["status"] for h in events[0]["status_history"]] == ["planned", "negated"]
    assert events[0]["status"] == "negated"


def test_world_rules_a_person_and_their_state_do_not_merge():
    events = group_records([
        record("a", "2024-07-02", event("talk", ["Türkei", "Russland"], "2024-07-02"),
               event("call", ["Wladimir Putin", "Recep Tayyip Erdoğan"], "2024-07-02")),
        record("b", "2024-07-03", event("talk", ["Erdogan", "Russland"], "2024-07-02")),
        record("c", "2024-07-03", event("talk", ["Türkei", "Russland"], "2024-07-02")),
    ])
    assert sorted(map(sorted, reports_of(events))) == [["a#E1", "c#E1"], ["a#E2"], ["b#E1"]]
    assert name_key("Frankreich", "country") != name_key("Emmanuel Macron", "person")


def test_world_rules_call_and_talk_are_compatible_call_and_meeting_are_not():
    events = group_records([
        record("a", "2024-07-02", event("call", ["Wladimir Putin", "Recep Tayyip Erdoğan"], "2024-07-02",
                                        initiator="Wladimir Putin")),
        record("b", "2024-07-03", event("talk", ["Erdoğan", "Putin"], "2024-07-02")),
        record("c", "2024-07-03", event("meeting", ["Erdoğan", "Putin"], "2024-07-02")),
    ])
    assert sorted(map(sorted, reports_of(events))) == [["a#E1", "b#E1"], ["c#E1"]]
    call = next(ev for ev in events if ev["report_count"] == 2)
    assert call["type"] == "call" and call["initiator"] == "Wladimir Putin"


@pytest.mark.parametrize("types,new,ok", [
    ({"call"}, "talk", True), ({"meeting"}, "talk", True), ({"talk"}, "call", True),
    ({"call"}, "meeting", False), ({"talk", "call"}, "meeting", False),
    ({"correspondence"}, "talk", False), ({"correspondence"}, "correspondence", True),
])
def test_world_rules_type_compatibility(types, new, ok):
    assert types_compatible(types, new) is ok


@pytest.mark.parametrize("coarse,mod", [("2024-05", None), ("2024-05", "end"), ("2024-05", "approx"),
                                        ("2024-06", "approx"), ("2024", None)])
def test_world_rules_a_month_or_approx_date_contains_the_day(coarse, mod):
    events = group_records([
        record("day", "2024-05-27", event("meeting", ["Fumio Kishida", "Yoon Suk Yeol"], "2024-05-26")),
        record("later", "2024-06-05", event("meeting", ["Kishida", "Yoon Suk Yeol"], coarse, mod=mod)),
    ])
    assert reports_of(events) == [{"day#E1", "later#E1"}]
    assert events[0]["date"] == "2024-05-26"  # the most precise consistent date; the reports keep theirs
    assert {r["date"] for r in events[0]["reports"]} == {"2024-05-26", coarse}


def test_world_rules_a_month_does_not_contain_another_months_day():
    events = group_records([
        record("feb", "2024-02-09", event("call", ["Lula da Silva", "Joe Biden"], "2024-02-08")),
        record("mar", "2024-03-05", event("call", ["Lula da Silva", "Joe Biden"], "2024-03-04")),
        record("recall", "2024-03-04", event("call", ["Lula da Silva", "Biden"], "2024-02")),
    ])
    assert sorted(map(sorted, reports_of(events))) == [["feb#E1", "recall#E1"], ["mar#E1"]]


def test_world_rules_reports_published_before_the_act_do_not_match_it():
    """An undated report of 8 May cannot be about the call of 10 May: it joins the call of 6 May or none."""
    events = group_records([
        record("call2", "2024-05-10", event("call", SCHOLZ_MACRON, "2024-05-10")),
        record("early", "2024-05-08", event("call", SCHOLZ_MACRON)),
        record("early-dated", "2024-05-08", event("call", SCHOLZ_MACRON, "2024-05")),
    ])
    assert all("call2#E1" not in s or s == {"call2#E1"} for s in reports_of(events))
    assert len(events) == 2


def test_world_rules_relative_dates_are_resolved_per_article():
    """'am Montag' in two articles of different days: the extractor resolves each against its own publication."""
    events = group_records([
        record("mon", "2024-05-06", event("call", SCHOLZ_MACRON, "2024-05-06")),   # "am Montag", published Monday
        record("tue", "2024-05-07", event("call", SCHOLZ_MACRON, "2024-05-06")),   # "am Montag", published Tuesday
        record("next", "2024-05-14", event("call", SCHOLZ_MACRON, "2024-05-13")),  # "am Montag", a week later
    ])
    assert reports_of(events) == [{"mon#E1", "tue#E1"}, {"next#E1"}]


@pytest.mark.parametrize("a,b,ok", [
    ("Olaf Scholz", "Scholz", True), ("Recep Tayyip Erdoğan", "Erdogan", True),
    ("Wolodymyr Selenskyj", "Wolodymyr Selenski", True), ("Sergej Lawrow", "Sergei Lavrov", True),
    ("Joe Biden", "Hunter Biden", False), ("Bruno Le Maire", "Le Maire", True),
])
def test_world_rules_names_agree(a, b, ok):
    assert names_agree(a, b) is ok


def test_world_rules_same_surname_different_first_names_do_not_merge():
    events = group_records([
        record("a", "2024-05-06", event("meeting", ["Joe Biden", "Olaf Scholz"], "2024-05-06")),
        record("b", "2024-05-06", event("meeting", ["Hunter Biden", "Olaf Scholz"], "2024-05-06")),
    ])
    assert len(events) == 2


def test_world_rules_interval_of_an_occurred_report_ends_at_publication():
    lo, hi, _ = report_interval("2024-05", None, "occurred", "2024-05-08")
    assert hi - lo == 7  # 1 to 8 May
    lo, hi, _ = report_interval("2024-05", None, "planned", "2024-05-08")
    assert hi - lo == 23  # 8 to 31 May
    assert report_interval(None, None, "occurred", None) is None
