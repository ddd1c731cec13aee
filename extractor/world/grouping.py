"""Step 3, grouping: reports with one participant key are clustered by the rules; streaming, on disk or on Dask.

**In memory** (``cluster_reports``): reports are grouped by participant key; within a
key, the narrowest dates go first (a day before a month before an undated
follow-up), each report joining the best cluster that accepts it
(``rules.best_cluster``) or starting one.  Clusters are found through a
time-window index (buckets of WINDOW_DAYS), so a busy pair of participants
costs per report only the clusters of the windows its days touch.

**Streaming, bounded memory** (``group_files``): two passes over disk.

1. *spill*: each input file of records is read line by line; every event becomes
   a report, written to one of ``partitions`` files chosen by a stable hash of
   its participant key.  Memory: one record at a time and the files' buffers.
2. *reduce*: each partition file is read, clustered and written as world
   events, sorted by date.  Memory: one partition, about reports / partitions
   (a single participant pair with more reports than that stays whole).

The partitions' outputs, each sorted, are merged into one stream (``heapq.merge``:
one line of each in memory).  The Dask job (``DaskGrouping``) runs the very same
spill task per input file and reduce task per partition on a cluster, through a
work folder that every worker can read and write; the client merges the same
way, so its output is byte-identical to the local one.
"""
from __future__ import annotations

import gzip
import heapq
import json
import os
import shutil
import tempfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .keys import reports_from_record
from .merge import sort_key, world_event
from .rules import best_cluster

#: Days per bucket of the time-window index.
WINDOW_DAYS = 16
#: Partition files of the streaming pass (memory ~ reports / PARTITIONS).
PARTITIONS = 64
_NO_DAY = object()


# --- in memory ---------------------------------------------------------------------

def _width_order(report: dict) -> tuple:
    lo, hi = report["lo"], report["hi"]
    width = hi - lo if lo is not None else 10 ** 9
    return width, lo if lo is not None else 0, report["published"] or "", report["article"], report["event_id"]


def _new_cluster(report: dict, seq: int) -> dict:
    return {"key": report["key"], "names": dict(report["names"]), "types": {report["type"]},
            "lo": report["lo"], "hi": report["hi"], "articles": {report["article"]}, "reports": [report],
            "seq": seq}


def _join(cluster: dict, report: dict) -> None:
    cluster["reports"].append(report)
    cluster["types"].add(report["type"])
    cluster["articles"].add(report["article"])
    for k, name in report["names"].items():
        if len(name) > len(cluster["names"][k]):
            cluster["names"][k] = name
    if report["lo"] is not None:
        cluster["lo"], cluster["hi"] = max(cluster["lo"], report["lo"]), min(cluster["hi"], report["hi"])


def _buckets(lo: Optional[int], hi: Optional[int]) -> Iterable:
    if lo is None:
        return (_NO_DAY,)
    return range(lo // WINDOW_DAYS, hi // WINDOW_DAYS + 1)


def cluster_key(reports: list[dict]) -> list[dict]:
    """The clusters of reports that share one participant key."""
    index: dict = defaultdict(list)
    clusters: list[dict] = []
    for report in sorted(reports, key=_width_order):
        seen: set[int] = set()
        candidates = []
        for b in _buckets(report["lo"], report["hi"]):
            for c in index.get(b, ()):
                if c["seq"] not in seen:
                    seen.add(c["seq"])
                    candidates.append(c)
        cluster = best_cluster(candidates, report)
        if cluster is None:
            cluster = _new_cluster(report, len(clusters))
            clusters.append(cluster)
            for b in _buckets(report["lo"], report["hi"]):
                index[b].append(cluster)
        else:
            _join(cluster, report)
    return clusters


def cluster_reports(reports: Iterable[dict]) -> list[dict]:
    """All clusters of the reports, key by key (keys in sorted order)."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for r in reports:
        by_key[r["key"]].append(r)
    return [c for key in sorted(by_key) for c in cluster_key(by_key[key])]


def group_reports(reports: Iterable[dict]) -> list[dict]:
    """World events of reports held in memory, in output order (for tests, the scorer, small corpora)."""
    events = [(sort_key(ev, c["lo"]), ev) for c in cluster_reports(reports) for ev in (world_event(c),)]
    return [ev for _, ev in sorted(events, key=lambda x: x[0])]


def group_records(records: Iterable[dict]) -> list[dict]:
    return group_reports(r for record in records for r in reports_from_record(record))


# --- streaming: spill and reduce -----------------------------------------------------

@dataclass
class Counts:
    records: int = 0
    failed_records: int = 0
    bad_lines: int = 0
    reports: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for f in ("records", "failed_records", "bad_lines", "reports", "events"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.problems += other.problems[: max(0, 20 - len(self.problems))]


def partition_of(key: str, partitions: int) -> int:
    """A stable partition for a participant key (the same in every process, unlike ``hash``)."""
    return zlib.crc32(key.encode("utf-8")) % partitions


def read_records(path: Path, counts: Counts) -> Iterator[dict]:
    """Records of one JSONL(.gz) file written by ``extract``, line by line; bad lines are counted and skipped."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or "article" not in record:
                    raise ValueError("not a record")
            except ValueError:
                counts.bad_lines += 1
                if len(counts.problems) < 20:
                    counts.problems.append(f"{path}:{lineno}: not a JSON record written by extract; skipped")
                continue
            counts.records += 1
            if "error" in record:
                counts.failed_records += 1
            yield record


def spill(path: str, workdir: str, task: int, partitions: int) -> Counts:
    """Pass 1 for one input file: its reports into ``workdir/p<partition>-t<task>.jsonl``."""
    counts = Counts()
    files: dict[int, object] = {}
    try:
        for record in read_records(Path(path), counts):
            for report in reports_from_record(record):
                p = partition_of(report["key"], partitions)
                fh = files.get(p)
                if fh is None:
                    fh = files[p] = open(os.path.join(workdir, f"p{p:05d}-t{task:06d}.jsonl"), "w", encoding="utf-8")
                fh.write(json.dumps(report, ensure_ascii=False) + "\n")
                counts.reports += 1
    finally:
        for fh in files.values():
            fh.close()
    return counts


def reduce_partition(workdir: str, partition: int) -> Counts:
    """Pass 2 for one partition: its world events into ``workdir/events-<partition>.tsv``, sorted.

    Each line is ``<sort key>\\t<JSON world event>`` (the sort key has two tab-separated fields).
    """
    counts = Counts()
    reports = []
    prefix = f"p{partition:05d}-"
    for name in sorted(os.listdir(workdir)):
        if name.startswith(prefix):
            with open(os.path.join(workdir, name), encoding="utf-8") as fh:
                reports.extend(json.loads(line) for line in fh)
    lines = [f"{sort_key(ev, c['lo'])}\t{json.dumps(ev, ensure_ascii=False)}"
             for c in cluster_reports(reports) for ev in (world_event(c),)]
    del reports
    lines.sort()
    with open(os.path.join(workdir, f"events-{partition:05d}.tsv"), "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
    counts.events = len(lines)
    return counts


def merged_events(workdir: str, partitions: int) -> Iterator[str]:
    """The JSON lines of all partitions' world events, in one sorted stream."""
    files = [open(os.path.join(workdir, f"events-{p:05d}.tsv"), encoding="utf-8") for p in range(partitions)]
    try:
        for line in heapq.merge(*files):
            yield line.rstrip("\n").split("\t", 2)[2]
    finally:
        for fh in files:
            fh.close()


# --- engines -------------------------------------------------------------------------

class LocalGrouping:
    """Spill and reduce in this process, one file and one partition after the other."""

    name = "local"

    def run(self, paths: list[str], workdir: str, partitions: int) -> Counts:
        total = Counts()
        for task, path in enumerate(paths):
            total.add(spill(path, workdir, task, partitions))
        for p in range(partitions):
            total.add(reduce_partition(workdir, p))
        return total

    def close(self) -> None:
        pass


class DaskGrouping:
    """The same spill and reduce tasks on a Dask cluster (``scheduler``, else a LocalCluster of ``workers``).

    ``workdir`` must be a folder every worker can read and write (on a real
    cluster: a shared file system); the reduce tasks start once every spill task is done.
    """

    name = "dask"

    def __init__(self, workers: int = 1, scheduler: Optional[str] = None):
        from ..engines import DASK_INSTALL_HINT, dask_available
        from ..errors import EngineError
        if not dask_available():
            raise EngineError(f"--engine dask needs Dask, which is not installed: {DASK_INSTALL_HINT}")
        self.workers, self.scheduler = max(1, workers), scheduler
        self.client = self.cluster = None

    def start(self) -> None:
        from ..engines import connect_dask
        self.client, self.cluster = connect_dask(self.scheduler, self.workers)

    def run(self, paths: list[str], workdir: str, partitions: int) -> Counts:
        if self.client is None:
            self.start()
        total = Counts()
        spills = [self.client.submit(spill, p, workdir, t, partitions, pure=False) for t, p in enumerate(paths)]
        for fut in spills:
            total.add(fut.result())
        reduces = [self.client.submit(reduce_partition, workdir, p, pure=False) for p in range(partitions)]
        for fut in reduces:
            total.add(fut.result())
        return total

    def close(self) -> None:
        from ..engines import close_dask
        close_dask(self.client, self.cluster)
        self.client = self.cluster = None


def group_files(paths: list[str], engine=None, partitions: int = PARTITIONS,
                workdir: Optional[str] = None) -> tuple[Iterator[str], Counts]:
    """World events (JSON lines, sorted by date) of the records in ``paths``, and the run's counts.

    ``workdir``: the folder the partition files go in (a fresh subfolder of it, removed
    when the returned iterator is exhausted or closed); default: the system's temporary folder.
    """
    engine = engine or LocalGrouping()
    if workdir is not None:
        os.makedirs(workdir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="extract-events-", dir=workdir)
    try:
        counts = engine.run([str(p) for p in paths], work, partitions)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise

    def lines() -> Iterator[str]:
        try:
            yield from merged_events(work, partitions)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return lines(), counts
