"""Grouping: the streaming pass equals the in-memory one, for any partitioning, locally and on Dask."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from extractor.schema import SCHEMA_DIR, WorldEvent
from extractor.world import group_files, group_records
from extractor.world.grouping import DaskGrouping

from .helpers import event, record, write_jsonl

ROOT = Path(__file__).resolve().parents[2]
WORLD_RECORDS = ROOT / "corpus" / "world" / "records.jsonl"


def _records() -> list[dict]:
    out = [json.loads(line) for line in WORLD_RECORDS.read_text(encoding="utf-8").splitlines()]
    out.append({"article": "broken.txt", "error": "could not read it"})
    out.append(record("extra", "2024-05-11", event("call", ["Olaf Scholz", "Emmanuel Macron"], "2024-05-10")))
    return out


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    """The corpus's records split over three files, in a shuffled order."""
    records = _records()
    d = tmp_path_factory.mktemp("records")
    return [write_jsonl(d / f"part{i}.jsonl", records[i::3][::-1]) for i in range(3)]


def test_world_grouping_streaming_equals_in_memory_for_any_partitions(inputs):
    memory = [json.dumps(ev, ensure_ascii=False) for ev in group_records(_records())]
    for partitions in (1, 7, 64):
        lines, counts = group_files(inputs, partitions=partitions)
        assert list(lines) == memory
        assert counts.records == len(_records()) and counts.failed_records == 1 and counts.events == len(memory)


def test_world_grouping_output_validates_and_ids_are_stable(inputs):
    schema = json.loads((SCHEMA_DIR / "world-event.schema.json").read_text(encoding="utf-8"))
    lines, _ = group_files(inputs)
    events = [json.loads(line) for line in lines]
    for ev in events:
        jsonschema.validate(ev, schema)
        WorldEvent.model_validate(ev)
    assert len({ev["id"] for ev in events}) == len(events)
    again, _ = group_files(list(reversed(inputs)), partitions=5)
    assert [json.loads(line)["id"] for line in again] == [ev["id"] for ev in events]


def test_world_grouping_work_folder_is_removed(inputs, tmp_path):
    lines, _ = group_files(inputs, workdir=str(tmp_path))
    assert list(tmp_path.iterdir())  # the partition files, while the output is read
    list(lines)
    assert not list(tmp_path.iterdir())


def test_world_grouping_dask_output_equals_local(inputs):
    pytest.importorskip("distributed", reason="Dask is in the test extras: pip install '.[test]'")
    from distributed import LocalCluster
    local = list(group_files(inputs, partitions=4)[0])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        engine = DaskGrouping(scheduler=cluster.scheduler_address)
        try:
            lines, counts = group_files(inputs, engine=engine, partitions=4)
            dask = list(lines)
        finally:
            engine.close()
    assert dask == local and counts.events == len(local)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", "events", *args], capture_output=True, cwd=ROOT)


def test_world_grouping_cli_writes_jsonl_csv_and_html(inputs, tmp_path):
    out = tmp_path / "world.jsonl"
    res = _cli(*map(str, inputs), "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert "world events" in res.stderr.decode() and "records/s" in res.stderr.decode()
    assert out.read_text(encoding="utf-8").splitlines() == list(group_files(inputs)[0])
    res = _cli(str(inputs[0].parent), "-o", str(tmp_path / "world.csv"))
    assert res.returncode == 0, res.stderr
    header = (tmp_path / "world.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("world_event_id,date,") and "report_count" in header
    assert _cli(*map(str, inputs), "-o", str(tmp_path / "world.html")).returncode == 0


def test_world_grouping_cli_usage_errors(tmp_path):
    res = _cli(str(tmp_path / "missing.jsonl"))
    assert res.returncode == 1 and "no such file" in res.stderr.decode() and "Traceback" not in res.stderr.decode()
    res = _cli(str(WORLD_RECORDS), "--scheduler", "tcp://x:1")
    assert res.returncode == 2 and "--engine dask" in res.stderr.decode()
