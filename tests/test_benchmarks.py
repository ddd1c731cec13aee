"""The benchmark scripts' building blocks work (the scripts themselves take minutes)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    bench = _load("batch_benchmark")
    path = tmp_path_factory.mktemp("bench") / "corpus.jsonl"
    words = bench.write_corpus(path, 6)
    return bench, path, words


def test_benchmarks_corpus_is_reshuffled_paragraphs_with_the_word_count(small_corpus):
    bench, path, words = small_corpus
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 and words == sum(len(r["text"].split()) for r in records)
    paragraphs = set(bench.paragraphs())
    assert all(p in paragraphs for r in records for p in r["text"].split("\n\n"))


def test_benchmarks_stage_times_cover_every_stage(small_corpus):
    bench, path, _ = small_corpus
    ms, n = bench.stage_times(path, 4, passes=1)
    assert n == 4
    assert list(ms)[:3] == ["tokenizer", "german_segmenter", "german_lemmas"] and list(ms)[-1] == "record"
    assert {"german_actors", "german_times", "contact_events"} <= set(ms) and all(v > 0 for v in ms.values())


def test_benchmarks_budget_is_the_bare_time_at_half_speed(small_corpus):
    bench, _, _ = small_corpus
    # full at 50% of bare's words/s takes twice bare's time: the rest may take bare's own time
    assert "may take 1.000 ms per article; it takes 3.000 ms (3.0x the budget)" in bench.budget_line(1.0, 3.0)
    # at 25% the rest may take three times bare
    assert "may take 3.000 ms per article; it takes 1.500 ms (0.5x the budget)" in bench.budget_line(1.0, 1.5, 0.25)


def test_benchmarks_compare_runs_extract_from_the_given_tree(small_corpus, tmp_path):
    _, path, _ = small_corpus
    compare = _load("compare_revisions")
    out = tmp_path / "out.jsonl"
    assert compare.words_per_second(compare.ROOT, path, out) > 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_benchmarks_compiled_experiment_times_each_component_of_a_tree(small_corpus):
    _, path, _ = small_corpus
    experiment = _load("compiled_components")
    result = experiment.timing(experiment.ROOT, path)
    assert result["compiled"] is False and len(result["digest"]) == 40
    assert all(result[c] > 0 for c in experiment.COMPONENTS)


def test_benchmarks_stock_pipeline_splits_sentences_and_lemmatises(small_corpus):
    bench, path, _ = small_corpus
    doc = bench.stock_pipeline()("Die Minister trafen sich. Sie sprachen lange.")
    assert len(list(doc.sents)) == 2 and doc[2].lemma_ == "treffen"


TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-02-18" functionInDocument="CREATION_TIME">2014-02-18</TIMEX3></DCT>
<TEXT>
Bozen. Am <TIMEX3 tid="t1" type="DATE" value="2014-02-15">Samstag</TIMEX3> traf sich der Ausschuss \
für <TIMEX3 tid="t2" type="DURATION" value="PT2H">zwei Stunden</TIMEX3>.
</TEXT>
<TIMEX3 tid="t5" type="DATE" value="PAST_REF" temporalFunction="false" />
</TimeML>
"""


def test_krauts_timeml_gives_plain_text_and_gold_spans(tmp_path):
    krauts = _load("krauts")
    path = tmp_path / "x.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = krauts.parse_timeml(path)
    assert doc.dct == "2014-02-18"
    assert [(doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes] == [
        ("Samstag", "DATE", "2014-02-15"), ("zwei Stunden", "DURATION", "PT2H")]
    assert "<" not in doc.text


def test_krauts_scoring_separates_strict_relaxed_and_value():
    krauts = _load("krauts")
    gold = [krauts.Timex(0, 10, "DATE", "2014-02", None, ""), krauts.Timex(20, 25, "DATE", "2014-02-15", None, "")]
    pred = [krauts.Timex(0, 10, "DATE", "2014-02", None, ""), krauts.Timex(18, 25, "DATE", "2014-02-14", None, ""),
            krauts.Timex(40, 45, "DATE", "2014", None, "")]
    c = krauts.count(pred, gold)
    assert (c.gold, c.pred, c.strict, c.relaxed, c.value) == (2, 3, 1, 2, 1)


def test_krauts_split_is_seventy_thirty_by_file_name():
    krauts = _load("krauts")
    split = krauts.split_of([f"{i:03d}.tml" for i in range(100)])
    assert list(split.values()).count("frozen") == 30
    assert split["002.tml"] == "frozen" and split["000.tml"] == "dev"
