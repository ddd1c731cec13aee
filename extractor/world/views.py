"""The world events as a dyad table (CSV / Parquet) and as an HTML page.

One row per world event **and ordered dyad**, coded as the per-article table is
(``render.dyads``: from the initiator to each other participant, else both
ways), with how many reports and articles stand behind the event.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import OutputError
from ..render import EVIDENCE_JOIN, PARQUET_HINT, _emit, dyads

#: Columns of the world-event dyad table (docs/world.md).
WORLD_DYAD_COLUMNS = ("world_event_id", "date", "date_mod", "type", "status", "status_history",
                      "source_actor", "target_actor", "initiator", "report_count", "article_count",
                      "first_published", "last_published", "articles")
_INTEGER_COLUMNS = ("report_count", "article_count")


def world_dyad_rows(events: Iterable[dict]) -> Iterator[dict]:
    for ev in events:
        common = {"world_event_id": ev["id"], "date": ev.get("date"), "date_mod": ev.get("date_mod"),
                  "type": ev["type"], "status": ev["status"],
                  "status_history": " > ".join(h["status"] for h in ev.get("status_history", [])),
                  "initiator": ev.get("initiator"), "report_count": ev["report_count"],
                  "article_count": ev["article_count"], "first_published": ev.get("first_published"),
                  "last_published": ev.get("last_published"),
                  "articles": EVIDENCE_JOIN.join(dict.fromkeys(r["article"] for r in ev["reports"]))}
        for source, target in dyads(list(ev["participants"]), ev.get("initiator")):
            row = dict(common, source_actor=source, target_actor=target)
            yield {c: row[c] for c in WORLD_DYAD_COLUMNS}


def world_csv_text(events: Iterable[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=WORLD_DYAD_COLUMNS)
    writer.writeheader()
    writer.writerows(world_dyad_rows(events))
    return buf.getvalue()


def write_world_parquet(events: Iterable[dict], output: Optional[Path]) -> None:
    if output is None:
        raise OutputError("Parquet is a binary format and is not written to the terminal; give -o FILE.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError(f"--format parquet needs the pyarrow package, which is not installed: {PARQUET_HINT}; "
                          f"or use --format csv") from None
    schema = pa.schema([(c, pa.int64() if c in _INTEGER_COLUMNS else pa.string()) for c in WORLD_DYAD_COLUMNS])
    try:
        pq.write_table(pa.Table.from_pylist(list(world_dyad_rows(events)), schema=schema), output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write: {exc}") from None


def write_world(events: Iterable[dict], fmt: str, output: Optional[Path]) -> None:
    """Write world events as ``csv``, ``parquet`` or ``html`` (JSONL is streamed by ``run.run_events``)."""
    if fmt == "csv":
        _emit(world_csv_text(events), output, newline="")
    elif fmt == "parquet":
        write_world_parquet(events, output)
    elif fmt == "html":
        from ..views.world import world_page
        _emit(world_page(events), output)
    else:
        raise OutputError(f"format {fmt!r} is not a world-event view; use jsonl, csv, parquet or html")
