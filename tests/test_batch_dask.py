"""The Dask engine gives the local engine's output, streams, and is optional (issue 7)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from extractor import engines
from extractor.article import iter_articles
from extractor.batch import run_extract

from .test_batch import ARTICLES, _counting

pytest.importorskip("distributed", reason="Dask is in the test extras: pip install '.[test]'")


@pytest.fixture(autouse=True)
def shared_pipeline(extractor):
    engines._EXTRACTORS.setdefault(None, extractor)
    yield


def test_batch_dask_local_cluster_output_equals_local_engine(tmp_path):
    """`--engine dask` without --scheduler: a LocalCluster of --workers processes; same bytes as local."""
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run_extract([str(ARTICLES)], output=local, workers=1, quiet=True) == 0
    assert run_extract([str(ARTICLES)], output=dask, engine="dask", workers=2, quiet=True) == 0
    assert dask.read_bytes() == local.read_bytes()
    assert len(dask.read_bytes().splitlines()) == 62


def test_batch_dask_scheduler_address_streams_a_bounded_window(tmp_path):
    """With --scheduler, chunks go to that cluster, a bounded number at a time, results in order."""
    from distributed import LocalCluster
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        eng = engines.DaskEngine(workers=1, scheduler=cluster.scheduler_address)
        consumed = [0]
        items = list(iter_articles([str(ARTICLES)]))
        try:
            results = []
            for res in eng.run(_counting(iter(items), consumed)):
                results.append(res)
                window = engines.WINDOW_PER_WORKER * 2 * engines.CHUNK_ARTICLES  # >= 2 chunks in flight
                assert consumed[0] <= len(results) + window + engines.CHUNK_ARTICLES
        finally:
            eng.close()
    local = engines.LocalEngine(workers=1)
    assert [r.line for r in results] == [r.line for r in local.run(iter(items))]


def test_batch_dask_unreachable_scheduler_is_a_clear_error(tmp_path):
    env = dict(os.environ, DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s")
    res = subprocess.run([sys.executable, "-m", "extractor", str(ARTICLES / "a01-scholz-macron-telefonat.txt"),
                          "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "o.jsonl")],
                         capture_output=True, env=env, timeout=120)
    err = res.stderr.decode()
    assert res.returncode == 1 and "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err


def test_batch_dask_missing_says_how_to_install(tmp_path):
    """Without Dask installed, --engine dask is a usage error naming the install command (simulated)."""
    code = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None; "
            "from extractor.cli import main; sys.exit(main(sys.argv[1:]))")
    res = subprocess.run([sys.executable, "-c", code, str(ARTICLES), "--engine", "dask"], capture_output=True)
    err = res.stderr.decode()
    assert res.returncode == 2 and "pip install 'extractor[dask]'" in err and "Traceback" not in err
