"""The world-event dyad table and HTML page."""
from __future__ import annotations

import pytest

from extractor.world import group_records
from extractor.world.views import WORLD_DYAD_COLUMNS, world_dyad_rows, write_world

from .helpers import event, record

EVENTS = group_records([
    record("plan.txt", "2024-06-03", event("meeting", ["Annalena Baerbock", "Wang Yi"], "2024-06-12", "planned")),
    record("held.txt", "2024-06-12", event("meeting", ["Annalena Baerbock", "Wang Yi"], "2024-06-12",
                                            initiator="Annalena Baerbock", evidence="Baerbock empfing <Wang Yi>")),
    record("call.txt", "2024-07-02", event("call", ["Wladimir Putin", "Recep Tayyip Erdoğan"], "2024-07-02")),
])


def test_world_views_dyads_follow_the_initiator_and_count_reports():
    rows = list(world_dyad_rows(EVENTS))
    meeting = [r for r in rows if r["type"] == "meeting"]
    assert [(r["source_actor"], r["target_actor"]) for r in meeting] == [("Annalena Baerbock", "Wang Yi")]
    assert meeting[0]["report_count"] == 2 and meeting[0]["article_count"] == 2
    assert meeting[0]["status_history"] == "planned > occurred" and meeting[0]["articles"] == "plan.txt | held.txt"
    assert len([r for r in rows if r["type"] == "call"]) == 2  # no initiator: both directions
    assert all(list(r) == list(WORLD_DYAD_COLUMNS) for r in rows)


def test_world_views_parquet_round_trip(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    write_world(EVENTS, "parquet", tmp_path / "w.parquet")
    table = pd.read_parquet(tmp_path / "w.parquet")
    assert list(table.columns) == list(WORLD_DYAD_COLUMNS) and table["report_count"].tolist() == [2, 1, 1]


def test_world_views_html_lists_each_events_reports_escaped(tmp_path):
    write_world(EVENTS, "html", tmp_path / "w.html")
    page = (tmp_path / "w.html").read_text(encoding="utf-8")
    assert page.count('data-role="reports"') == 2 and "planned → occurred" in page
    assert "Baerbock empfing &lt;Wang Yi&gt;" in page and "<Wang Yi>" not in page
    assert "held.txt" in page and "plan.txt" in page
