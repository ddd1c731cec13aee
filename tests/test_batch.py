"""Batch processing: streaming, order, workers, resume, progress, summary (issue 7).

The pipeline's event output is being reworked by others, so nothing here
asserts on event content: runs are compared with each other.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from itertools import count, islice
from pathlib import Path

import pytest

from extractor import engines
from extractor.article import Article, item_id, iter_articles
from extractor.batch import JsonlSink, ResumeFilter, _on_sigterm, prepare_resume, run_extract
from extractor.errors import OutputError

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "articles"


# --- helpers shared with test_reliability.py ------------------------------------------

def corpus_paragraphs() -> list[str]:
    """Body paragraphs of the corpus articles (header line dropped)."""
    paras = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras += [p.strip() for p in text.split("\n\n")[1:] if len(p.strip()) > 40]
    return paras


def write_jsonl(path: Path, n: int, seed: int = 7, paragraphs_per_article: int = 4) -> list[str]:
    """``n`` article records of reshuffled corpus paragraphs (gzip if the name ends .gz); their ids."""
    rnd = random.Random(seed)
    paras = corpus_paragraphs()
    opener = gzip.open if path.name.endswith(".gz") else open
    ids = []
    with opener(path, "wt", encoding="utf-8") as fh:
        for i in range(n):
            text = "\n\n".join(rnd.choice(paras) for _ in range(paragraphs_per_article))
            ids.append(f"doc{i:05d}")
            fh.write(json.dumps({"id": ids[-1], "published": "2023-05-0%d" % (1 + i % 9), "text": text},
                                ensure_ascii=False) + "\n")
    return ids


def read_lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "the output must end with a complete line"
    return [json.loads(line) for line in data.split(b"\n")[:-1]]


def expected_ids(inputs: list[str], exclude: list[Path] = ()) -> list[str]:
    return [item_id(i) for i in iter_articles(inputs, exclude=exclude)]


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, **kw)


@pytest.fixture(autouse=True)
def shared_pipeline(extractor):
    """In-process runs use the session's Extractor instead of loading another."""
    engines._EXTRACTORS.setdefault(None, extractor)
    yield


# --- streaming and order ---------------------------------------------------------------

def test_batch_streams_folder_jsonl_and_gz_in_input_order(tmp_path):
    ids = write_jsonl(tmp_path / "a.jsonl", 5)
    gz_ids = write_jsonl(tmp_path / "b.jsonl.gz", 4, seed=8)
    out = tmp_path / "out.jsonl"
    inputs = [str(ARTICLES), str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl.gz")]
    assert run_extract(inputs, output=out, workers=1, quiet=True) == 0
    records = read_lines(out)
    names = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    assert [r["article"] for r in records] == names + ids + gz_ids
    assert all("error" not in r for r in records)


@pytest.mark.parametrize("workers", [2, 3])
def test_batch_workers_give_the_same_output_as_one(tmp_path, workers):
    inputs = [str(ARTICLES)]
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert run_extract(inputs, output=one, workers=1, quiet=True) == 0
    assert run_extract(inputs, output=many, workers=workers, quiet=True) == 0
    assert one.read_bytes() == many.read_bytes()


def test_batch_spawned_workers_give_the_same_output_as_one(tmp_path, monkeypatch):
    """macOS and Windows start workers with spawn: each loads the pipeline itself."""
    files = sorted(ARTICLES.glob("a0*.txt"))[:6]
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert run_extract([str(f) for f in files], output=one, workers=1, quiet=True) == 0
    monkeypatch.setattr(engines, "_start_method", lambda: "spawn")
    assert run_extract([str(f) for f in files], output=many, workers=2, quiet=True) == 0
    assert one.read_bytes() == many.read_bytes()


def test_batch_start_method_is_fork_only_on_linux(monkeypatch):
    monkeypatch.setattr(engines.sys, "platform", "darwin")
    assert engines._start_method() == "spawn"
    monkeypatch.setattr(engines.sys, "platform", "linux")
    assert engines._start_method() == "fork"


def _counting(items, consumed):
    for item in items:
        consumed[0] += 1
        yield item


def _endless_articles():
    for i in count():
        yield Article(id=f"n{i}", text=f"Scholz telefonierte am Montag mit Macron. Absatz {i}.")


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_engine_reads_ahead_only_a_bounded_window(workers):
    """An endless input stream works: the engine never reads far ahead of what it has written."""
    consumed = [0]
    eng = engines.LocalEngine(workers=workers)
    try:
        results = list(islice(eng.run(_counting(_endless_articles(), consumed)), 100))
    finally:
        eng.close(cancel=True)
    assert [r.article for r in results] == [f"n{i}" for i in range(100)]
    window = workers * engines.WINDOW_PER_WORKER * engines.CHUNK_ARTICLES if workers > 1 else 1
    assert consumed[0] <= 100 + window + engines.CHUNK_ARTICLES


def test_batch_chunks_close_at_article_or_character_limit():
    arts = [Article(id=str(i), text="x" * size) for i, size in enumerate([10, 10, 500, 10, 10, 10])]
    chunks = list(engines.chunked(arts, max_articles=3, max_chars=400))
    assert [[a.id for a in c] for c in chunks] == [["0", "1", "2"], ["3", "4", "5"]]
    chunks = list(engines.chunked(arts, max_articles=10, max_chars=400))
    assert [[a.id for a in c] for c in chunks] == [["0", "1", "2"], ["3", "4", "5"]]


def test_batch_worker_that_dies_costs_one_error_record_not_the_run(monkeypatch):
    """A worker killed mid-article (OOM, native crash): the pool restarts, that article fails, the rest go on."""
    real = engines.process_one

    def fragile(extractor, article):
        if article.id == "boom":
            os._exit(9)  # in the forked worker
        return real(extractor, article)

    monkeypatch.setattr(engines, "process_one", fragile)
    arts = [Article(id=f"a{i}", text=f"Scholz sprach mit Macron. Nummer {i}.") for i in range(30)]
    arts.insert(17, Article(id="boom", text="Dieser Artikel bringt den Arbeitsprozess zum Absturz."))
    eng = engines.LocalEngine(workers=2)
    try:
        results = list(eng.run(iter(arts)))
    finally:
        eng.close()
    assert [r.article for r in results] == [a.id for a in arts]
    failed = [r for r in results if r.error]
    assert [r.article for r in failed] == ["boom"] and "worker process died" in failed[0].error
    assert eng.restarts >= 1


# --- resume ------------------------------------------------------------------------------

def _record_line(article: str) -> bytes:
    return (json.dumps({"article": article, "pipeline": {"name": "x", "version": "1", "embedded": True}}) + "\n").encode()


# fmt: off
TORN_CASES = [
    # (file content, ids counted as done, bytes cut off)
    (b"", [], 0),
    (_record_line("a") + _record_line("b"), ["a", "b"], 0),
    (_record_line("a") + _record_line("b")[:25], ["a"], 25),
    (_record_line("a") + b'{"article": "b"', ["a"], len(b'{"article": "b"')),
    (_record_line("a") + b"{", ["a"], 1),
    (_record_line("a") + _record_line("a") + _record_line("b")[:-1], ["a", "a"], len(_record_line("b")) - 1),
]
# fmt: on


@pytest.mark.parametrize("content,done,cut", TORN_CASES)
def test_batch_resume_cuts_a_torn_last_line(tmp_path, content, done, cut):
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    state = prepare_resume(out)
    assert state.done == Counter(done) and state.repaired_bytes == cut
    assert out.read_bytes() == content[:len(content) - cut]
    assert out.read_bytes() == b"" or out.read_bytes().endswith(b"\n")


def test_batch_resume_refuses_a_file_that_is_not_our_output(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(_record_line("a") + b"hello world\n" + _record_line("b"))
    with pytest.raises(OutputError) as err:
        prepare_resume(out)
    assert "out.jsonl:2" in str(err.value) and "--resume" in str(err.value)


def test_batch_torn_record_never_parses_as_a_record():
    """Every proper prefix of a record line fails to parse, so a torn line can never pass as a record."""
    line = json.dumps({"article": "x", "events": [{"id": "E1"}], "warnings": []})
    for cut in range(1, len(line)):
        with pytest.raises(json.JSONDecodeError):
            json.loads(line[:cut])


def test_batch_resume_filter_counts_duplicate_ids():
    skip = ResumeFilter(Counter({"a": 2, "b": 1}))
    assert [skip(i) for i in ["a", "b", "a", "a", "b", "c"]] == [True, True, True, False, False, False]
    assert skip.skipped == 3


def test_batch_resume_skips_done_articles_and_finishes_the_rest(tmp_path, capsys):
    ids = write_jsonl(tmp_path / "in.jsonl", 12)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    assert run_extract([str(tmp_path / "in.jsonl")], output=full, workers=1, quiet=True) == 0
    lines = full.read_bytes().split(b"\n")
    out.write_bytes(b"\n".join(lines[:5]) + b"\n" + lines[5][:40])  # 5 records and a torn sixth
    capsys.readouterr()
    assert run_extract([str(tmp_path / "in.jsonl")], output=out, workers=1, resume=True, quiet=True) == 0
    assert out.read_bytes() == full.read_bytes()
    err = capsys.readouterr().err
    assert "torn last line" in err and "5 skipped" in err
    assert [r["article"] for r in read_lines(out)] == ids


def test_batch_resume_does_not_read_text_files_already_done(tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    assert run_extract([str(ARTICLES)], output=out, workers=1, quiet=True) == 0
    import extractor.article as article_mod
    read = []
    real = article_mod.read_path
    monkeypatch.setattr(article_mod, "read_path", lambda p, *a, **k: (read.append(p), real(p, *a, **k))[1])
    assert run_extract([str(ARTICLES)], output=out, workers=1, resume=True, quiet=True) == 0
    assert read == [] and len(read_lines(out)) == 62


def test_batch_sink_cuts_back_a_partial_write(tmp_path):
    """A write that fails half-way leaves the file at its last complete record."""
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out)
    sink.write('{"article": "a"}')

    class Half:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(bytes(data[:7]))
            raise OSError(28, "No space left on device")

        def fileno(self):
            return self.fh.fileno()

    sink._fh = Half(sink._fh)
    with pytest.raises(OutputError) as err:
        sink.write('{"article": "b"}')
    assert "No space left" in str(err.value) and "--resume" in str(err.value)
    assert out.read_bytes() == b'{"article": "a"}\n'


# --- progress and summary --------------------------------------------------------------

def test_batch_progress_bar_on_stderr_and_summary(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert run_extract([str(ARTICLES)], output=out, workers=1, progress=True) == 0
    err = capsys.readouterr().err
    assert "articles/s" in err and "62/62" in err  # the total was counted: ETA shown
    assert "62 articles" in err and "words/s" in err and "failed" in err


@pytest.mark.parametrize("quiet", [True, False])
def test_batch_summary_line_always_printed(tmp_path, capsys, quiet):
    assert run_extract([str(ARTICLES / "a01-scholz-macron-telefonat.txt")], output=tmp_path / "o.jsonl",
                       workers=1, quiet=quiet) == 0
    err = capsys.readouterr().err
    assert "extractor: 1 article, " in err and "words/s" in err and "articles/s" not in err


def test_batch_single_article_stays_pretty_json(tmp_path, capsys):
    assert run_extract([str(ARTICLES / "a01-scholz-macron-telefonat.txt")], workers=4, quiet=True) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ") and json.loads(out)["article"].endswith("a01-scholz-macron-telefonat.txt")


def test_batch_output_lines_survive_line_splitters():
    """U+2028/U+2029/U+0085 are escaped, lone surrogates too: one record is one line for any reader."""
    line = engines.dumps_line({"article": "x\u2028y\u2029z\x85", "text": "a\ud800b"})
    assert line.splitlines() == [line] and line.encode("utf-8")
    assert json.loads(line) == {"article": "x\u2028y\u2029z\x85", "text": "a\ud800b"}


# --- command line ------------------------------------------------------------------------

# fmt: off
USAGE_CASES = [
    (["--resume"], "-o OUTPUT.jsonl"),
    (["--resume", "-o", "{tmp}/o.html"], "JSON lines"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
]
# fmt: on


@pytest.mark.parametrize("args,message", USAGE_CASES)
def test_batch_option_misuse_is_a_usage_error(tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    res = cli(str(ARTICLES), *args)
    assert res.returncode == 2 and message in res.stderr.decode() and b"Traceback" not in res.stderr


def test_batch_version_and_help_do_not_import_spacy():
    for flag in ("--version", "--help"):
        res = subprocess.run([sys.executable, "-X", "importtime", "-m", "extractor", flag], capture_output=True)
        assert res.returncode == 0
        imported = {line.split("|")[-1].strip() for line in res.stderr.decode().splitlines()}
        assert not {"spacy", "pydantic", "dateparser", "tqdm"} & imported, flag


def test_batch_exception_in_the_pipeline_becomes_an_error_record(monkeypatch):
    import extractor.api as api

    real = api.extract_long_article

    def failing(extractor, article, limit=api.MAX_CHARS):
        if article.id == "bad":
            raise ValueError("kaputt")
        return real(extractor, article, limit)

    monkeypatch.setattr(api, "extract_long_article", failing)
    arts = [Article(id=i, text="Scholz sprach mit Macron.") for i in ("a", "bad", "c")]
    results = list(engines.LocalEngine(workers=1).run(iter(arts)))
    assert [r.article for r in results] == ["a", "bad", "c"] and [bool(r.error) for r in results] == [False, True, False]
    assert "internal error: ValueError: kaputt" in results[1].error and "please report" in results[1].error


def test_batch_closed_stdout_stops_with_a_message_not_a_traceback(tmp_path):
    # stderr to a file: the process must end by itself (a hang shows as a timeout, not a stuck read)
    with open(tmp_path / "err.txt", "wb") as err_file:
        proc = subprocess.Popen([sys.executable, "-m", "extractor", str(ARTICLES), "--workers", "2"],
                                stdout=subprocess.PIPE, stderr=err_file)
        proc.stdout.read(100)
        proc.stdout.close()
        try:
            code = proc.wait(timeout=120)
        finally:
            proc.kill()
    err = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert code == 1, err
    assert "broken pipe" in err and "Traceback" not in err and "Exception ignored" not in err, err


def _sigterm_handler() -> str:
    handler = signal.getsignal(signal.SIGTERM)
    return getattr(handler, "name", None) or repr(handler)


def test_batch_pool_workers_end_on_sigterm_whatever_the_parent_does():
    """The parent turns SIGTERM into KeyboardInterrupt; a worker that inherited that would catch
    it while blocked on a full result pipe, retry, and hang when the pool is terminated."""
    old = signal.signal(signal.SIGTERM, _on_sigterm)
    eng = engines.LocalEngine(workers=2, announce=False)
    try:
        eng.start()
        assert eng._executor.submit(_sigterm_handler).result(timeout=60) == "SIG_DFL"
    finally:
        eng.close(cancel=True)
        signal.signal(signal.SIGTERM, old)


def test_batch_stopped_pool_with_a_stuck_thread_does_not_hang_the_exit(monkeypatch):
    # a pool thread blocked for good (a worker killed half-way through sending a result) must
    # not hang the run: the stop gives up after the grace time and the exit skips the join
    import threading
    release = threading.Event()
    stuck = threading.Thread(target=release.wait, daemon=True)
    stuck.start()

    class StuckPool:
        _processes: dict = {}
        _executor_manager_thread = stuck

        def shutdown(self, wait=True, cancel_futures=False):
            release.wait()  # blocks too

    monkeypatch.setattr(engines, "CANCEL_GRACE_SECONDS", 0.2)
    monkeypatch.setattr(engines, "_STOPPED_POOLS", 0)
    started = time.perf_counter()
    engines._cancel_pool(StuckPool())
    assert time.perf_counter() - started < 2
    exits = []
    monkeypatch.setattr(engines.os, "_exit", exits.append)
    engines.exit_now_after_stopped_pools(1)
    release.set()
    assert exits == [1]


def test_batch_stopped_pool_ends_its_workers(monkeypatch):
    monkeypatch.setattr(engines, "_STOPPED_POOLS", 0)
    eng = engines.LocalEngine(workers=2, announce=False)
    eng.start()
    workers = list(eng._executor._processes.values())
    eng.close(cancel=True)
    assert not any(p.is_alive() for p in workers)


def test_batch_exit_is_normal_when_no_pool_was_stopped(monkeypatch):
    monkeypatch.setattr(engines, "_STOPPED_POOLS", 0)
    exits = []
    monkeypatch.setattr(engines.os, "_exit", exits.append)
    engines.exit_now_after_stopped_pools(0)
    assert exits == []
