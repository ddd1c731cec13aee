"""Throughput and peak memory of `extract events` on synthetic records (issue 18: 1,000,000 under 2 GB).

    python benchmarks/world_benchmark.py                      # 1,000,000 records
    python benchmarks/world_benchmark.py --records 20000      # a quick look

The records are generated with a fixed seed and written line by line to a
temporary JSONL (never held in memory): acts between actors drawn with a
long-tailed (1/rank) popularity from 3,000 persons and 200 states, over five
years; each act is reported by 1 to 6 articles published 0 to 10 days after it,
some first as planned, some with only the month or an approximate date, some
undated; a record carries 1 to 3 events (the others are acts of its own).
Then `python -m extractor events CORPUS -o OUT` runs in a subprocess; its wall
time and peak RSS (``os.wait4``) are measured, and the output is counted.
"""
from __future__ import annotations

import argparse
import datetime
import itertools
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START = datetime.date(2020, 1, 1).toordinal()
DAYS = 5 * 365


def _actors(rng: random.Random) -> tuple[list[tuple[str, str]], list[float]]:
    syllables = ["ka", "lo", "mi", "ran", "tes", "bor", "vi", "chen", "da", "ul", "mar", "sen", "ko", "ber", "ta"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
    persons = {f"{word()} {word()}" for _ in range(3200)}
    actors = [(n, "person") for n in sorted(persons)[:3000]] + [(f"{word()}land", "country") for _ in range(200)]
    rng.shuffle(actors)
    cum, total = [], 0.0
    for rank in range(1, len(actors) + 1):
        total += 1.0 / rank
        cum.append(total)
    return actors, cum


def _iso(day: int) -> str:
    return datetime.date.fromordinal(day).isoformat()


def records(n: int, seed: int = 18):
    """``n`` synthetic records, one at a time."""
    rng = random.Random(seed)
    actors, cum = _actors(rng)
    recent: deque = deque(maxlen=5000)  # acts still being reported: (act, reports left)
    types = ["call", "meeting", "talk", "correspondence"]
    for i in range(n):
        events = []
        for e in range(rng.choice((1, 1, 1, 2, 2, 3))):
            if recent and rng.random() < 0.6:
                act = recent[rng.randrange(len(recent))]
            else:
                a, b = rng.choices(actors, cum_weights=cum, k=2)
                if a == b:
                    continue
                act = {"a": a, "b": b, "day": START + rng.randrange(DAYS), "type": rng.choice(types)}
                recent.append(act)
            events.append(act)
        day = max([ev["day"] for ev in events], default=START) + rng.randint(0, 10)
        published = _iso(day)
        actor_ids: dict[str, str] = {}
        out_actors, out_events = [], []
        for n_ev, act in enumerate(events, 1):
            parts = []
            for name, kind in (act["a"], act["b"]):
                if name not in actor_ids:
                    actor_ids[name] = f"A{len(actor_ids) + 1}"
                    out_actors.append({"id": actor_ids[name], "name": name, "kind": kind, "roles": [],
                                       "country": None, "mentions": []})
                parts.append({"actor": actor_ids[name], "name": name if rng.random() < 0.7 else name.split()[-1]})
            r = rng.random()
            status, value, mod = "occurred", _iso(act["day"]), None
            if r < 0.1:
                value = value[:7]
            elif r < 0.15:
                value, mod = published[:7], "APPROX"
            elif r < 0.25:
                value = None
            elif r < 0.3:
                status = "planned"
            date = None if value is None else {"text": "am Montag", "start": 10, "end": 19, "type": "DATE",
                                               "value": value, "mod": mod}
            out_events.append({"id": f"E{n_ev}", "type": act["type"] if rng.random() < 0.9 else "talk",
                               "participants": parts, "initiator": None, "proposer": None, "date": date,
                               "status": status, "evidence": [{"start": 0, "end": 40,
                                                               "text": "Die beiden telefonierten am Montag."}],
                               "confidence": 0.8, "codes": {"cameo": "041", "plover": "CONSULT",
                                                            "plover_mode": "phone"}})
        yield {"article": f"synthetic/{i:07d}.txt", "published": published, "title": None, "author": None,
               "pipeline": {"name": "synthetic", "version": "0", "embedded": True}, "actors": out_actors,
               "times": [], "events": out_events, "warnings": []}


def write_corpus(path: Path, n: int) -> tuple[int, int]:
    """Write ``n`` records to ``path``; returns (records, events)."""
    events = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records(n):
            events += len(rec["events"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n, events


def run_events(corpus: Path, out: Path, partitions: int) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and the summary line of one `extract events` run."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "events", str(corpus), "-o", str(out),
                             "--partitions", str(partitions)], cwd=ROOT, stderr=subprocess.PIPE)
    stderr = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"extract events failed:\n{stderr}")
    return seconds, usage.ru_maxrss / 1024, stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--partitions", type=int, default=64)
    ap.add_argument("--dir", type=Path, default=None, help="where to write the corpus (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        corpus, out = Path(tmp) / "records.jsonl", Path(tmp) / "world.jsonl"
        t = time.perf_counter()
        n, events = write_corpus(corpus, args.records)
        gen = time.perf_counter() - t
        size = corpus.stat().st_size / 1e6
        seconds, rss, summary = run_events(corpus, out, args.partitions)
        with open(out, encoding="utf-8") as fh:
            world = sum(1 for _ in fh)
    print(f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cpus, "
          f"{datetime.date.today()}")
    print(f"corpus: {n:,} records, {events:,} events, {size:,.0f} MB (generated in {gen:.0f} s)")
    print(f"extract events: {seconds:.1f} s wall, {n / seconds:,.0f} records/s, {events / seconds:,.0f} reports/s, "
          f"peak RSS {rss:,.0f} MB, {world:,} world events ({events / max(world, 1):.2f} reports each)")
    print(f"its summary: {summary}")


if __name__ == "__main__":
    main()
