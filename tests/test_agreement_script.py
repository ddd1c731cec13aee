"""scripts/agreement.py scores a second annotation and the extractor on the articles it shares with a gold set."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "agreement.py"
TEXT = " date 2016-03-09 Treffen in Paris\n\nParis – Am Montag traf Angela Merkel den Präsidenten Emmanuel Macron.\n"
MEETING = {"type": "meeting", "participants": ["Angela Merkel", "Emmanuel Macron"], "initiator": None,
           "date": "2016-03-07", "status": "occurred", "evidence": "Am Montag traf Angela Merkel den Präsidenten Emmanuel Macron."}


@pytest.fixture(scope="module")
def agreement():
    spec = importlib.util.spec_from_file_location("agreement", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_gold(folder: Path, events: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "a1.json"
    path.write_text(json.dumps({"article": "a1.txt", "published": "2016-03-09", "events": events}), encoding="utf-8")
    return path


def test_agreement_scores_the_second_annotation_against_the_reference(agreement, extractor, tmp_path):
    from extractor.evaluate import load_gold, summarize
    reference = write_gold(tmp_path / "ref" / "gold", [MEETING])
    (tmp_path / "ref" / "articles").mkdir()
    (tmp_path / "ref" / "articles" / "a1.txt").write_text(TEXT, encoding="utf-8")
    letter = dict(MEETING, type="correspondence", participants=["Angela Merkel", "François Hollande"])
    second = load_gold(write_gold(tmp_path / "second", [MEETING, letter]))
    human, machine = agreement.shared_scores({"a1.txt": second}, [reference], extractor)
    assert summarize(human)["overall"]["matched"] == 1
    assert summarize(human)["overall"]["precision"] == 0.5
    assert summarize(machine)["overall"]["f1"] == 1.0


def test_agreement_skips_reference_files_the_second_annotation_lacks(agreement, extractor, tmp_path):
    reference = write_gold(tmp_path / "ref" / "gold", [MEETING])
    assert agreement.shared_scores({}, [reference], extractor) == ([], [])
