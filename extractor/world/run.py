"""The ``extract events`` command's work: inputs, engine, output, summary; and ``--evaluate``."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

from ..errors import ExtractorError, InputError, OutputError
from .grouping import PARTITIONS, Counts, DaskGrouping, LocalGrouping, group_files, read_records

WORLD_FORMATS = ("jsonl", "csv", "parquet", "html")


def input_files(inputs: list[str]) -> list[Path]:
    """The record files: JSONL(.gz) files as given, folders searched (sorted) for them."""
    out: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith((".jsonl", ".jsonl.gz")))
            if not found:
                raise InputError(raw, "no .jsonl or .jsonl.gz files of records in this folder",
                                 "give the files extract wrote with -o RECORDS.jsonl")
            out += found
        elif path.is_file():
            out.append(path)
        else:
            raise InputError(raw, "no such file or folder")
    return out


def world_format(output: Optional[Path], fmt: Optional[str]) -> str:
    if fmt:
        return fmt
    if output is not None:
        name = output.name.lower()
        for ext, f in ((".csv", "csv"), (".parquet", "parquet"), (".html", "html")):
            if name.endswith(ext):
                return f
    return "jsonl"


def run_events(inputs: list[str], output: Optional[Path] = None, fmt: Optional[str] = None,
               engine: str = "local", workers: int = 1, scheduler: Optional[str] = None,
               partitions: int = PARTITIONS, workdir: Optional[str] = None, quiet: bool = False) -> int:
    """Group the records of ``inputs`` into world events and write them; returns the exit code:
    0, or 1 when some input lines were not records (skipped, counted, the first 20 named)."""
    from ..batch import JsonlSink
    started = time.perf_counter()
    paths = input_files(inputs)
    fmt = world_format(output, fmt)
    if output is not None and not output.parent.exists():
        raise OutputError(f"{output}: the folder {output.parent} does not exist; create it or choose another -o path")
    grouping = DaskGrouping(workers=workers, scheduler=scheduler) if engine == "dask" else LocalGrouping()
    try:
        lines, counts = group_files(paths, engine=grouping, partitions=partitions, workdir=workdir)
    finally:
        grouping.close()
    if fmt == "jsonl":
        sink = JsonlSink(output)
        try:
            for line in lines:
                sink.write(line)
        finally:
            sink.close()
    else:
        from .views import write_world
        write_world([json.loads(line) for line in lines], fmt, output)
    for problem in ([] if quiet else counts.problems):
        print(f"extract events: warning: {problem}", file=sys.stderr)
    print(summary_line(counts, time.perf_counter() - started), file=sys.stderr, flush=True)
    return 1 if counts.bad_lines else 0


def summary_line(counts: Counts, seconds: float) -> str:
    rate = counts.records / seconds if seconds > 0 else 0.0
    failed = f" ({counts.failed_records} failed articles skipped)" if counts.failed_records else ""
    return (f"extract events: {counts.records} records{failed}, {counts.reports} reports, "
            f"{counts.events} world events, {seconds:.1f} s, {rate:,.0f} records/s")


def run_evaluate_events(inputs: list[str], gold_path: Path, as_json: bool = False,
                        min_f1: Optional[float] = None) -> int:
    """``extract events RECORDS --evaluate GOLD``: score the grouping against gold clusters."""
    from .score import load_gold, score
    gold = load_gold(gold_path)
    counts = Counts()
    records = [rec for p in input_files(inputs) for rec in read_records(p, counts)]
    result = score(gold, records)
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_scores(result))
    if min_f1 is not None and result["bcubed"]["f1"] < min_f1:
        print(f"extract events: B-cubed F1 {result['bcubed']['f1']:.3f} is below --min-f1 {min_f1}", file=sys.stderr)
        return 1
    return 0


def format_scores(result: dict) -> str:
    def block(name: str, r: dict) -> list[str]:
        b = r["bcubed"]
        return [f"{name:<12} B-cubed P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}   "
                f"events {r['predicted_events']} / gold {r['gold_events']}  count error {r['count_error']:+.3f}",
                *(f"{'':12} split: {g}" for g in r["split"]),
                *(f"{'':12} merged: {', '.join(m)}" for m in r["merged"])]
    lines = [f"gold reports {result['gold_reports']}, aligned with extracted events {result['aligned_reports']}, "
             f"extracted reports {result['predicted_reports']}, world events {result['world_events_total']}"]
    return "\n".join(lines + block("extracted", result) + block("oracle", result["oracle"]))


__all__ = ["run_events", "run_evaluate_events", "input_files", "world_format", "WORLD_FORMATS", "ExtractorError"]
