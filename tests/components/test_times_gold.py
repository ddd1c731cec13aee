"""The time tagger on the gold set corpus/times (the bar of issue 5)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from extractor.components.times import tag_times

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("times_benchmark", ROOT / "benchmarks" / "times_benchmark.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold(bench):
    return bench.load_gold()


def test_times_gold_set_is_large_enough(gold):
    assert sum(len(r.times) for r in gold) >= 320
    assert sum(1 for r in gold if not r.times) >= 40
    assert {len(r.published or "") for r in gold} >= {0, 7, 10}


def test_times_gold_scores_reach_the_bar(bench, gold):
    predicted = [[(t.start, t.end, t.value, t.mod) for t in tag_times(r.sentence, r.published)] for r in gold]
    scores = bench.score([r.spans() for r in gold], predicted)
    assert scores.f1 >= 0.95, scores
    assert scores.value_accuracy >= 0.93, scores


def test_times_benchmark_scoring_counts_exact_and_overlap(bench):
    gold = [[(0, 7, "2022-10-21", None), (10, 15, "2022-05", None)]]
    pred = [[(0, 7, "2022-10-21", None), (9, 15, "2022-05", None), (20, 24, "2019", None)]]
    s = bench.score(gold, pred)
    assert (s.matched, s.gold, s.predicted) == (1, 2, 3)
    assert s.value_accuracy == 1.0
    assert s.overlap_f1 == pytest.approx(2 * (2 / 3) * 1.0 / (2 / 3 + 1.0))
