"""Scoring: hand-made predictions with known misses, false alarms and wrong attributes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.errors import GoldError
from extractor.evaluate import (evaluate, evaluate_sets, format_side_by_side, is_frozen, load_gold,
                                max_weight_matching, names_equal, one_side_off, participants_equal)

from .conftest import SHARED_EXAMPLES


@pytest.mark.parametrize("a,b,equal", [
    ("Sergei Schoigu", "Sergej Shoigu", True), ("Schoigu", "Sergei Schoigu", True),
    ("Lawrow", "Sergej Lavrov", True), ("Jean-Noël Barrot", "jean noel barrot", True),
    ("Recep Tayyip Erdoğan", "Erdogan", True), ("Ursula von der Leyen", "von der Leyen", True),
    ("Olaf Scholz", "Olaf Schulz", False), ("Joe Biden", "Hunter Biden", False), ("Nato", "Nato-Rat", False),
])
def test_evaluate_name_rules(a, b, equal):
    assert names_equal(a, b) is equal


@pytest.mark.parametrize("a,b,equal", [
    ("EU", "Europäische Union", True), ("Internationaler Währungsfonds", "IWF", True),
    ("Vereinigte Staaten", "USA", True), ("US", "USA", True), ("Vereinte Nationen", "UNO", True),
    ("Währungsfonds", "Internationaler Währungsfonds", True),
    ("EU-Kommission", "EU", False), ("US-Regierung", "USA", False), ("Europäische Zentralbank", "EU", False),
])
def test_evaluate_whole_names_and_their_abbreviations_are_equal(a, b, equal):
    """A full name and its abbreviation name one actor; a compound with the abbreviation does not."""
    assert names_equal(a, b) is equal


def test_evaluate_participant_sets_one_to_one():
    assert participants_equal(["Austin", "Schoigu"], ["Sergei Schoigu", "Lloyd Austin"])
    assert not participants_equal(["Austin", "Schoigu"], ["Lloyd Austin", "Sergei Schoigu", "Ben Wallace"])


@pytest.mark.parametrize("a,b,off", [
    (["Merkel", "Obama"], ["Angela Merkel", "Barack Obama", "François Hollande"], True),   # one side missing
    (["Merkel", "Obama", "Hollande"], ["Angela Merkel", "Barack Obama"], True),            # one side extra
    (["Merkel", "USA"], ["Angela Merkel", "Barack Obama"], True),                          # one side other
    (["Merkel", "Obama"], ["Angela Merkel", "Barack Obama"], False),                       # equal: a match
    (["Merkel", "Putin"], ["Hollande", "Obama"], False),                                   # nothing shared
    (["Merkel", "Putin", "Xi"], ["Angela Merkel", "Obama", "Hollande"], False),            # two sides off
])
def test_evaluate_one_side_off_shares_a_name_and_differs_by_one(a, b, off):
    assert one_side_off(a, b) is off


def test_evaluate_diagnostics_sort_false_alarms_by_kind(tmp_path):
    """A false alarm one side off a miss, one repeating a counted pair, one in an article without
    gold events: each counted in its row, and the one side off counts in the relaxed F1."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    a = {"article": "a.txt", "published": "2022-10", "events": [
        {"type": "call", "participants": ["Lloyd Austin", "Sergei Schoigu"], "initiator": None,
         "date": None, "status": "occurred", "evidence": "e1"},
        {"type": "meeting", "participants": ["Olaf Scholz", "Emmanuel Macron", "Joe Biden"], "initiator": None,
         "date": None, "status": "occurred", "evidence": "e2"}]}
    b = {"article": "b.txt", "published": "2022-10", "events": []}
    (gold_dir / "a.json").write_text(json.dumps(a), encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(b), encoding="utf-8")
    records = [{"article": "a.txt", "events": [pred_event("call", ["Austin", "Schoigu"]),
                                               pred_event("call", ["Schoigu", "Austin"]),
                                               pred_event("meeting", ["Scholz", "Macron"])]},
               {"article": "b.txt", "events": [pred_event("talk", ["Rishi Sunak", "Giorgia Meloni"])]}]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    o = evaluate([str(gold_dir)], pred=pred).summary["overall"]
    assert (o["gold"], o["predicted"], o["matched"]) == (2, 4, 1)
    assert (o["one_side_off"], o["repeats"], o["in_empty_articles"]) == (1, 1, 1)
    assert o["relaxed_f1"] == round(2 * 2 / (4 + 2), 4)


def test_evaluate_matching_maximises_weight():
    assert max_weight_matching([[11, 14], [13, 0]]) == [(0, 1), (1, 0)]
    assert max_weight_matching([[0, 0], [0, 12]]) == [(1, 1)]


GOLD = {"article": "a.txt", "published": "2022-10", "events": [
    {"type": "call", "participants": ["Lloyd Austin", "Sergei Schoigu"], "initiator": "Lloyd Austin",
     "date": "2022-10-21", "status": "occurred", "evidence": "e1"},
    {"type": "call", "participants": ["Lloyd Austin", "Sergei Schoigu"], "initiator": "Lloyd Austin",
     "date": "2022-10-23", "status": "occurred", "evidence": "e2"},
    {"type": "meeting", "participants": ["Joe Biden", "Wladimir Putin"], "initiator": None,
     "date": None, "status": "proposed", "proposer": "Sergej Lawrow", "evidence": "e3"},
    {"type": "talk", "participants": ["Olaf Scholz", "Wladimir Putin"], "initiator": None,
     "date": "2022-09", "status": "occurred", "evidence": "e4"}]}


def pred_event(type_, names, date=None, status="occurred", initiator=None):
    return {"type": type_, "participants": [{"actor": f"A{i}", "name": n} for i, n in enumerate(names)],
            "initiator": initiator, "proposer": None, "status": status, "confidence": 0.5,
            "date": {"text": "x", "start": 0, "end": 1, "type": "DATE", "value": date, "mod": None} if date else None,
            "evidence": [{"text": "x", "start": 0, "end": 1}]}


def test_evaluate_counts_agree_with_a_hand_count(tmp_path):
    # Hand count: 4 gold; predicted 4: two Austin/Schoigu calls (dates swapped-safe:
    # one right date, one wrong date, no initiators), Biden/Putin meeting with wrong
    # status, one false alarm (Scholz/Macron). Scholz/Putin is missed.
    # matched 3 -> P 3/4, R 3/4, F1 .75; type 3/3, date 2/3 (2022-10-21 ok, 2022-10-22 wrong,
    # null ok), initiator 0/2 on calls + 1/1 on meeting = 1/3, status 2/3; strict 0.
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    record = {"article": "a.txt", "events": [
        pred_event("call", ["Austin", "Schoigu"], "2022-10-21"),
        pred_event("call", ["Schoigu", "Austin"], "2022-10-22"),
        pred_event("meeting", ["Biden", "Putin"], status="possible"),
        pred_event("talk", ["Olaf Scholz", "Emmanuel Macron"], "2022-09")]}
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(record) + "\n", encoding="utf-8")
    summary = evaluate([str(gold_dir)], pred=pred).summary
    o = summary["overall"]
    assert (o["gold"], o["predicted"], o["matched"]) == (4, 4, 3)
    assert (o["precision"], o["recall"], o["f1"]) == (0.75, 0.75, 0.75)
    assert o["accuracy"] == {"type": 1.0, "date": round(2 / 3, 4), "initiator": round(1 / 3, 4), "status": round(2 / 3, 4)}
    assert o["strict_f1"] == 0.0
    occ = summary["occurred"]
    assert (occ["gold"], occ["predicted"], occ["matched"]) == (3, 3, 2)
    assert summary["by_type"]["talk"]["matched"] == 0 and summary["by_type"]["talk"]["gold"] == 1


@pytest.mark.parametrize("content,field", [
    ("{not json", "(json)"),
    (json.dumps({"article": "a.txt", "events": [{"type": "call", "participants": ["A", "B"], "status": "maybe"}]}), "events.0.status"),
    (json.dumps({"article": "a.txt", "events": [{"type": "call", "status": "occurred"}]}), "events.0.participants"),
    (json.dumps({"article": "a.txt", "events": [{"type": "call", "participants": ["A B", "C D"], "status": "occurred", "initiator": "E F"}]}), "events.0.initiator"),
])
def test_evaluate_malformed_gold_names_file_and_field(tmp_path, content, field):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert "bad.json" in str(err.value) and field in str(err.value)


def test_evaluate_bad_gold_file_is_reported_and_others_still_scored(tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    pred = tmp_path / "p.jsonl"
    pred.write_text(json.dumps({"article": "a.txt", "events": []}) + "\n", encoding="utf-8")
    result = evaluate([str(tmp_path)], pred=pred)
    assert len(result.scores) == 1 and result.summary["overall"]["gold"] == 4
    assert any("bad.json" in e for e in result.errors)


@pytest.mark.skipif(not (SHARED_EXAMPLES / "seed-2022-10-diplomatie.json").exists(), reason="no shared example")
def test_evaluate_seed_example_reports_scores():
    res = subprocess.run([sys.executable, "-m", "extractor", "evaluate", str(SHARED_EXAMPLES), "--json"],
                         capture_output=True, text=True)
    summary = json.loads(res.stdout)
    print("seed example:", json.dumps(summary["overall"]))
    assert summary["overall"]["gold"] == 10


def _two_sets(tmp_path):
    """An open set where the prediction finds 2 of 4 events, a frozen one where it finds all 4."""
    pred_events = [pred_event("call", ["Austin", "Schoigu"], "2022-10-21"),
                   pred_event("call", ["Austin", "Schoigu"], "2022-10-23")]
    all_events = pred_events + [pred_event("meeting", ["Biden", "Putin"], status="proposed"),
                                pred_event("talk", ["Scholz", "Putin"], "2022-09")]
    lines = []
    for name, events in (("open", pred_events), ("frozen", all_events)):
        d = tmp_path / name / "gold"
        d.mkdir(parents=True)
        (d / f"{name}.json").write_text(json.dumps(dict(GOLD, article=f"{name}.txt")), encoding="utf-8")
        lines.append(json.dumps({"article": f"{name}.txt", "events": events}))
    (tmp_path / "frozen" / "FROZEN").write_text("", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(tmp_path / "open" / "gold"), str(tmp_path / "frozen" / "gold"), pred


def test_evaluate_sets_are_scored_each_on_its_own(tmp_path):
    open_set, frozen_set, pred = _two_sets(tmp_path)
    results = evaluate_sets([open_set, frozen_set], pred=pred)
    assert [r.summary["overall"]["recall"] for r in results.values()] == [0.5, 1.0]
    table = format_side_by_side({n: r.summary for n, r in results.items()})
    assert table.splitlines()[0].split() == list(results)
    assert table.splitlines()[1].split() == ["articles", "1", "1"]


def test_evaluate_frozen_set_is_found_from_its_marker(tmp_path):
    open_set, frozen_set, _ = _two_sets(tmp_path)
    assert is_frozen(Path(frozen_set)) and is_frozen(Path(frozen_set) / "frozen.json")
    assert not is_frozen(Path(open_set))


def _evaluate_cli(*args: str):
    # through click's runner: extractor.cli.main would end the process after pools ran in other tests
    from click.testing import CliRunner

    from extractor.cli import evaluate_command
    return CliRunner().invoke(evaluate_command, list(args))


def test_evaluate_frozen_set_errors_are_never_listed(tmp_path):
    open_set, frozen_set, pred = _two_sets(tmp_path)
    refused = _evaluate_cli(frozen_set, "--pred", str(pred), "--errors")
    assert refused.exit_code == 2 and "frozen set" in refused.output
    listed = _evaluate_cli("--by-set", open_set, frozen_set, "--pred", str(pred), "--errors")
    assert listed.exit_code == 0
    out = listed.output
    assert "miss" in out and "open.txt" in out and "frozen.txt" not in out and "frozen, totals only" in out


def test_evaluate_min_f1_applies_to_every_set(tmp_path):
    open_set, frozen_set, pred = _two_sets(tmp_path)
    assert _evaluate_cli("--by-set", open_set, frozen_set, "--pred", str(pred), "--min-f1", "0.9").exit_code == 1
    assert _evaluate_cli("--by-set", frozen_set, "--pred", str(pred), "--min-f1", "0.9").exit_code == 0
