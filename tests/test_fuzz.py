"""Fuzzing: any text gives a valid record whose offsets slice the input exactly (issue 9).

Hypothesis runs derandomized (the same examples every run, no database), one
Extractor shared by all examples.  ``scripts/fuzz_nightly.py`` runs the same
properties with many more random examples.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import engines
from extractor.article import Article, article_from_record, article_from_text, decode
from extractor.errors import InputError
from extractor.schema import SCHEMA_DIR

from .test_batch import corpus_paragraphs
from .test_reliability import spans

#: Examples per property in CI; the nightly script raises these.
EXAMPLES = {"unicode": 1200, "articles": 1000, "records": 500, "bytes": 800}


def ci_settings(name: str):
    return settings(max_examples=EXAMPLES[name], derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


@lru_cache(maxsize=None)
def validators() -> tuple[jsonschema.Draft202012Validator, jsonschema.Draft202012Validator]:
    load = lambda name: json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))  # noqa: E731
    return (jsonschema.Draft202012Validator(load("record.schema.json")),
            jsonschema.Draft202012Validator(load("error-record.schema.json")))




def check_item(extractor, item: Article | InputError, original: str) -> dict:
    """The property: a record (or, for empty input, an error record) that validates, on one line,
    with every span slicing the article text; where no HTML was blanked, the input itself."""
    result = engines.run_payload(extractor, [engines.as_payload_item(item)])[0]
    assert result.line.splitlines() == [result.line]
    record = json.loads(result.line)
    record_schema, error_schema = validators()
    if isinstance(item, InputError):
        assert not original.strip(), item
        error_schema.validate(record)
        return record
    assert "error" not in record, record["error"]
    record_schema.validate(record)
    assert len(item.text) == len(original)
    untouched = not any("HTML" in w for w in record["warnings"])
    for s in spans(record):
        assert 0 <= s["start"] <= s["end"] <= len(item.text)
        assert item.text[s["start"]:s["end"]] == s["text"]
        if untouched and "\ufffd" not in s["text"]:
            assert original[s["start"]:s["end"]] == s["text"]
    return record


def check_text(extractor, text: str) -> dict:
    try:
        item: Article | InputError = article_from_text(text, "<fuzz>")
    except InputError as err:
        item = err
    return check_item(extractor, item, text)


# --- strategies ----------------------------------------------------------------------

@lru_cache(maxsize=None)
def fragments() -> tuple[str, ...]:
    """Sentences and phrases of the corpus: the raw material of article-like text."""
    out: list[str] = []
    for para in corpus_paragraphs():
        out += [s for s in re.split(r"(?<=[.!?“])\s+", para) if s]
    return tuple(out)


NOISE = st.sampled_from([
    "", " ", "\n", "\n\n", "\r\n\r\n", "\t", "\u00a0", "\u2028", "\ufeff", "<p>", "</p>", "<br>", "<b>",
    "&nbsp;", "©", "(dpa)", "Von: Anna Weber", "date 2022-13-45 Titel\n\n", "date 2023-05 Gipfel\n\n",
    "am 12.03.2023", "im Mai 2022", "„", "“", "»", "…", "–", "😀", "\x00", "\x1b[0m", "ß" * 50,
    "x" * 300, "Scholz", "Macron", "telefonierte", "Gespräch", "traf sich mit", "?!", "...",
])

ARTICLE_TEXT = st.lists(
    st.one_of(st.sampled_from(fragments()) if fragments() else st.just("Scholz sprach mit Macron."),
              NOISE, st.text(max_size=20)),
    min_size=1, max_size=25,
).map("".join)


def _join_with(parts_and_seps):
    parts, seps = parts_and_seps
    return "".join(p + s for p, s in zip(parts, seps + [""] * len(parts)))


ARTICLE_LIKE = st.tuples(
    st.lists(st.sampled_from(fragments()), min_size=1, max_size=12),
    st.lists(st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n", "\n \n", ""]), max_size=12),
).map(_join_with) | ARTICLE_TEXT


# --- properties ----------------------------------------------------------------------

def record_property(extractor, text, title, published):
    """JSON records may carry lone surrogates (\\ud800 escapes) and junk dates: still a valid record."""
    line = json.dumps({"id": "r1", "text": text, "title": title, "published": published})
    try:
        item: Article | InputError = article_from_record(json.loads(line), "<fuzz>:1")
    except InputError as err:
        item = err
    check_item(extractor, item, text)


def bytes_property(extractor, data):
    """Any bytes either decode to text or fail with an InputError naming the file; nothing else."""
    try:
        text, warnings = decode(data, "fuzz.txt")
    except InputError as err:
        assert str(err).startswith("fuzz.txt: ")
        return
    assert isinstance(text, str) and all(isinstance(w, str) for w in warnings)
    if text.strip():
        check_text(extractor, text)


#: name -> (strategies for the keyword arguments, property(extractor, **kwargs)); the nightly script runs these.
PROPERTIES = {
    "unicode": ({"text": st.text(max_size=400)}, check_text),
    "articles": ({"text": ARTICLE_LIKE}, check_text),
    "records": ({"text": st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=200),
                 "title": st.one_of(st.none(), st.text(max_size=30)),
                 "published": st.one_of(st.none(), st.text(max_size=12))}, record_property),
    "bytes": ({"data": st.binary(max_size=3000)}, bytes_property),
}


@ci_settings("unicode")
@given(**PROPERTIES["unicode"][0])
def test_fuzz_any_unicode_text_gives_a_valid_record(extractor, text):
    check_text(extractor, text)


@ci_settings("articles")
@given(**PROPERTIES["articles"][0])
def test_fuzz_article_like_text_gives_a_valid_record(extractor, text):
    check_text(extractor, text)


@ci_settings("records")
@given(**PROPERTIES["records"][0])
def test_fuzz_jsonl_records_with_any_code_points_give_valid_records(extractor, text, title, published):
    record_property(extractor, text, title, published)


@ci_settings("bytes")
@given(**PROPERTIES["bytes"][0])
def test_fuzz_any_bytes_decode_or_fail_with_an_input_error(extractor, data):
    bytes_property(extractor, data)
