"""Crashes: SIGKILL at random moments, Ctrl-C and SIGTERM; resuming gives exactly one record per article.

The command runs as a real subprocess (``python -m extractor``) with two
worker processes, in its own session so that any worker it leaves behind can
be found (none may be).
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from .test_batch import expected_ids, read_lines, write_jsonl
from .test_reliability import ERROR_SCHEMA, RECORD_SCHEMA

ROUNDS = 12
SEED = 20240509


def session_members(sid: int) -> list[int]:
    """Live processes in session ``sid`` (the ones the command started)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


def assert_no_orphans(sid: int) -> None:
    deadline = time.monotonic() + 5
    while session_members(sid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = session_members(sid)
    for pid in left:  # clean up what we started before failing
        os.kill(pid, signal.SIGKILL)
    assert not left, f"worker processes outlived the killed command: {left}"


class LineCounter:
    """Counts the newlines in a growing file, reading only what was added since the last call."""

    def __init__(self, path: Path):
        self.path, self.pos, self.n = path, 0, 0

    def count(self) -> int:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self.pos)
                data = fh.read()
        except FileNotFoundError:
            return self.n
        self.pos += len(data)
        self.n += data.count(b"\n")
        return self.n


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[list[str], list[str]]:
    """A gzipped JSONL (with a broken line and a repeated id) and a folder of text files (one empty)."""
    tmp = tmp_path_factory.mktemp("crash")
    write_jsonl(tmp / "news.jsonl", 1600, seed=3)  # enough that a fast run is still going at every kill
    lines = (tmp / "news.jsonl").read_bytes().split(b"\n")
    lines.insert(150, b'{"id": "kaputt", "text": "abgeschnitten')
    lines.insert(300, lines[10])  # the same article id twice
    import gzip
    (tmp / "news.jsonl.gz").write_bytes(gzip.compress(b"\n".join(lines)))
    (tmp / "news.jsonl").unlink()
    texts = tmp / "texts"
    texts.mkdir()
    for i, line in enumerate(lines[:30]):
        (texts / f"t{i:02d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    (texts / "t99-empty.txt").write_text("", encoding="utf-8")
    inputs = [str(tmp / "news.jsonl.gz"), str(texts)]
    return inputs, expected_ids(inputs)


def command(inputs: list[str], out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *inputs, "-o", str(out), "--workers", "2", "--quiet", *extra]


def test_reliability_sigkill_at_random_moments_then_resume_gives_each_record_once(tmp_path, corpus):
    inputs, ids = corpus
    out = tmp_path / "out.jsonl"
    rnd = random.Random(SEED)
    mid_run_kills = torn = 0
    for round_no in range(ROUNDS):
        before = out.stat().st_size if out.exists() else 0
        lines = LineCounter(out)
        proc = subprocess.Popen(command(inputs, out, "--resume"), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        if round_no % 4 == 0:  # while loading, reading the inputs or checking the output
            time.sleep(rnd.uniform(0.05, 2.0))
        else:  # while writing: after a random amount of output, at a random instant
            target = lines.count() + rnd.randint(1, 40)
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline and lines.count() < target:
                time.sleep(0.005)
            time.sleep(rnd.uniform(0, 0.03))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            mid_run_kills += out.exists() and out.stat().st_size > before
        proc.wait(timeout=60)
        assert_no_orphans(proc.pid)
        if out.exists():  # a torn last line may be there; everything before it is whole records
            data = out.read_bytes()
            torn += bool(data) and not data.endswith(b"\n")
            for line in filter(None, data.rsplit(b"\n", 1)[0].split(b"\n")):
                json.loads(line)
    assert mid_run_kills >= ROUNDS // 2, (mid_run_kills, torn)
    res = subprocess.run(command(inputs, out, "--resume"), capture_output=True, timeout=600)
    assert res.returncode in (0, 1), res.stderr.decode()
    records = read_lines(out)
    assert [r["article"] for r in records] == ids  # each article exactly once, in input order
    # Only the two bad inputs failed, whatever the moment of each kill.
    assert [Path(r["article"]).name for r in records if "error" in r] == ["news.jsonl.gz:151", "t99-empty.txt"]
    for r in records:
        jsonschema.validate(r, ERROR_SCHEMA if "error" in r else RECORD_SCHEMA)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_reliability_interrupt_stops_cleanly_with_summary_and_resumes(tmp_path, corpus, signum):
    inputs, ids = corpus
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(command(inputs, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.read_bytes().count(b"\n") < 5) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    err = err.decode()
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume" in err and "articles," in err and "Traceback" not in err
    assert_no_orphans(proc.pid)
    written = read_lines(out)  # complete lines only
    assert 5 <= len(written) < len(ids)
    res = subprocess.run(command(inputs, out, "--resume"), capture_output=True, timeout=600)
    assert res.returncode == 1 and f"{len(written)} skipped" in res.stderr.decode()
    assert [r["article"] for r in read_lines(out)] == ids
