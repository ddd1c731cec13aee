"""Contact events (placeholder, being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("contact_events", default_config={})
def make_events(nlp: Language, name: str):
    return ContactEventExtractor()


class ContactEventExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
