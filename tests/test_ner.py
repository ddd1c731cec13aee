"""The shipped entity recognizer in the embedded pipeline, and how the actor stage uses entities."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from extractor.components.actors.component import find_actors
from extractor.pipeline import EMBEDDED_NER, build_embedded


def test_ner_is_shipped_small_and_licensed():
    size = sum(p.stat().st_size for p in EMBEDDED_NER.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024
    assert "CC BY 4.0" in (EMBEDDED_NER.parent / "NOTICE.md").read_text(encoding="utf-8")
    assert set(spacy.load(EMBEDDED_NER).get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_ner_runs_in_the_embedded_pipeline_and_fills_doc_ents():
    nlp = build_embedded(ner=True)
    assert nlp.pipe_names.index("german_entities") < nlp.pipe_names.index("german_actors")
    doc = nlp("Bundeskanzlerin Angela Merkel sprach am Montag in Paris mit Präsident Emmanuel Macron.")
    assert len(doc.ents) > 0
    assert ("Angela Merkel", "PER") in {(e.text, e.label_) for e in doc.ents}


def test_ner_is_chosen_by_model_name():
    from extractor.pipeline import load_pipeline
    assert "german_entities" not in load_pipeline("embedded", announce=False)[0].pipe_names
    nlp, info = load_pipeline("embedded+ner", announce=False)
    assert "german_entities" in nlp.pipe_names and info.name.endswith("+ner") and info.embedded


def test_ner_multiword_persons_policy_adds_unknown_full_names_only():
    nlp = build_embedded(ner=False)
    for name in ("german_actors", "german_times", "contact_events"):
        nlp.remove_pipe(name)
    doc = nlp("Dann sprach Quaxo Quibble mit Zorba und war in Jackson Hole.")
    doc.ents = [Span(doc, 2, 4, "PER"), Span(doc, 5, 6, "PER"), Span(doc, 9, 11, "PER")]
    names = {a.name for a in find_actors(doc, "multiword_persons")[0]}
    assert "Quaxo Quibble" in names  # two words: added
    assert "Zorba" not in names and "Jackson Hole" not in names  # one word; after a preposition of place


def test_ner_records_carry_the_entities():
    from extractor import Extractor
    record = Extractor(model="embedded+ner", announce=False).extract("Angela Merkel traf am Montag Emmanuel Macron.", published="2023-03-14")
    assert {(e.text, e.label) for e in record.entities} >= {("Angela Merkel", "PER")}
    assert all(record_text == e.text for e, record_text in
               ((e, "Angela Merkel traf am Montag Emmanuel Macron."[e.start:e.end]) for e in record.entities))
