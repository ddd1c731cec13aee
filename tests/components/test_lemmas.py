"""The lookup lemmatizer: lemmas from the table and the project's corrections, a model's own
lemmas kept unless told to overwrite them."""
from __future__ import annotations

import spacy

from extractor.components.lemmas import LookupLemmatizer


def _doc(text: str):
    return spacy.blank("de").make_doc(text)


def test_lemmas_come_from_the_table_and_its_corrections():
    doc = LookupLemmatizer()(_doc("Die Ministerinnen haben sich getroffen und lange gesprochen ."))
    lemmas = {tok.text: tok.lemma_ for tok in doc}
    assert lemmas["getroffen"] == "treffen"
    assert lemmas["gesprochen"] == "sprechen"
    assert lemmas["haben"] == "haben"


def test_a_models_lemma_is_kept_unless_overwritten():
    doc = _doc("Sie telefonierten gestern .")
    doc[1].lemma_ = "MODELL"
    assert LookupLemmatizer()(doc)[1].lemma_ == "MODELL"
    assert LookupLemmatizer(overwrite=True)(doc)[1].lemma_ == "telefonieren"


def test_an_empty_text_has_no_lemmas():
    assert len(LookupLemmatizer()(_doc(""))) == 0


def test_two_pipelines_in_one_process_each_get_their_lemmas():
    first = LookupLemmatizer()(_doc("Sie haben sich getroffen ."))
    second = LookupLemmatizer()(_doc("Sie haben sich getroffen ."))  # another vocabulary
    assert first[3].lemma_ == second[3].lemma_ == "treffen"
