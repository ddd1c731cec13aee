"""Actor recognition and within-document resolution (placeholder, being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("german_actors", default_config={})
def make_actors(nlp: Language, name: str):
    return ActorRecognizer()


class ActorRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        doc._.mentions = []
        return doc
