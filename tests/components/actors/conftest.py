"""The embedded pipeline up to the actor stage, for the actor stage's tests."""
from __future__ import annotations

import pytest
import spacy

import extractor.components.actors  # noqa: F401  (registers the factory)
from extractor.components import lemmas, segmenter  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    """The embedded pipeline up to the actor stage."""
    nlp = spacy.blank("de")
    for name in ("german_segmenter", "german_lemmas", "german_actors"):
        nlp.add_pipe(name)
    return nlp
