"""The components as spaCy factories: add_pipe by name, and the README's config."""
from __future__ import annotations

import pytest
import spacy
from spacy.util import load_config_from_str, load_model_from_config

from .test_api_readme import code_blocks

SENTENCE = "Bundeskanzler Olaf Scholz hat am Montag mit dem französischen Präsidenten Emmanuel Macron telefoniert."


def run(nlp, text: str = SENTENCE, published: str = "2023-03-14"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def events_of(doc) -> list[tuple]:
    """(type, participant names, status, date value, CAMEO) of each event of a Doc."""
    names = {a.id: a.name for a in doc._.actors}
    return [(e.type, sorted(names[p] for p in e.participants), e.status, e.date.value if e.date else None, e.cameo)
            for e in doc._.events]


THE_CALL = [("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2023-03-13", "041")]


def test_spacy_add_pipe_by_factory_name():
    nlp = spacy.blank("de")
    for name in ("german_segmenter", "german_actors", "german_times", "contact_events"):
        nlp.add_pipe(name)
    doc = run(nlp)
    assert events_of(doc) == THE_CALL


def test_spacy_config_from_the_readme_loads():
    (config_text,) = code_blocks("ini")
    nlp = load_model_from_config(load_config_from_str(config_text), auto_fill=True)
    assert nlp.pipe_names == ["german_segmenter", "german_lemmas", "german_actors", "german_times", "contact_events"]
    doc = run(nlp)
    assert events_of(doc) == THE_CALL
    assert [(t.text, t.value) for t in doc._.times] == [("Montag", "2023-03-13")]


@pytest.mark.skipif(not spacy.util.is_package("de_core_news_lg"), reason="de_core_news_lg is not installed")
def test_spacy_events_on_de_core_news_lg():
    from extractor.pipeline import add_project_components
    nlp = add_project_components(spacy.load("de_core_news_lg"))
    assert isinstance(run(nlp)._.events, list)
