"""The output contract: records validate, offsets slice the input, schema files in sync."""
from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.schema import SCHEMA_DIR, ArticleRecord, GoldFile, json_schemas, valid_partial_iso

TEXT = ("date 2022-10-24 Scholz telefoniert mit Macron\n\nVon: Ben Müller\n\n"
        "Bundeskanzler Olaf Scholz hat am Freitag mit dem französischen Präsidenten Emmanuel Macron "
        "telefoniert. Die beiden wollen sich kommende Woche in Paris treffen.\n\n(dpa)")


def test_schema_files_match_the_models():
    for name, schema in json_schemas().items():
        on_disk = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        assert on_disk == schema, f"schemas/{name} is stale: run python -m extractor.schema"


def test_schema_record_round_trip_and_validates(extractor):
    record = extractor.extract(TEXT)
    data = json.loads(record.model_dump_json())
    jsonschema.validate(data, json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8")))
    assert ArticleRecord.model_validate(data) == record


def assert_offsets_slice(record: ArticleRecord, text: str) -> None:
    for actor in record.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
    for t in record.times:
        assert text[t.start:t.end] == t.text
    for ev in record.events:
        for e in ev.evidence:
            assert text[e.start:e.end] == e.text
        if ev.date:
            assert text[ev.date.start:ev.date.end] == ev.date.text


def test_schema_offsets_slice_the_input(extractor):
    assert_offsets_slice(extractor.extract(TEXT), TEXT)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(TEXT.split()), min_size=1, max_size=40).map(" ".join))
def test_schema_offsets_property_on_shuffled_words(extractor, text):
    assert_offsets_slice(extractor.extract(text), text)


@pytest.mark.parametrize("value,ok", [("2022", True), ("2022-10", True), ("2022-10-21", True),
                                      ("XXXX-10-21", True), ("2022-13", False), ("2022-10-45", False),
                                      ("22-10", False), ("2022/10", False)])
def test_schema_partial_iso_dates(value, ok):
    if ok:
        assert valid_partial_iso(value) == value
    else:
        with pytest.raises(ValueError):
            valid_partial_iso(value)


def test_schema_gold_file_model_accepts_the_guideline_example():
    gold = GoldFile.model_validate({"article": "x.txt", "published": "2022-10", "events": [
        {"type": "call", "participants": ["Lloyd Austin", "Sergei Schoigu"], "initiator": "Lloyd Austin",
         "date": "2022-10-21", "status": "occurred", "evidence": "..."}]})
    assert gold.events[0].participants == ["Lloyd Austin", "Sergei Schoigu"]
