"""Lookup lemmas for the embedded pipeline, with the project's own corrections.

spaCy's German lookup table is a large word list but misses strong verb forms
and some plurals ("sprachen", "getroffen" -> "triefen", "Telefonate");
``resources/de/lemma_overrides.tsv`` corrects those.  The table is also the
project's German word list: a capitalised token that is a known German word is
unlikely to be a name ("Grund", "Lage"), one that is not may well be ("Schoigu").
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from ..resources import german_lemma_table
from .tokens import lexeme_attributes


@Language.factory("german_lemmas", default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> "LookupLemmatizer":
    return LookupLemmatizer(overwrite=overwrite)


def lemma_of(word: str, table: dict[str, str]) -> str:
    """The lemma of one word form: exact form, then lower-cased, else the form."""
    lemma = table.get(word)
    if lemma is None and not word[:1].isupper():
        lemma = table.get(word.lower())
    return lemma if lemma is not None else word


class LookupLemmatizer:
    """Sets ``token.lemma_`` from the lookup table (keeps a model's lemmas unless ``overwrite``)."""

    def __init__(self, overwrite: bool = False):
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = german_lemma_table()
        strings = doc.vocab.strings
        # Arrays and the lexeme memo instead of a Token object (and a property call) per token.
        orth, lemma = doc.to_array([ORTH, LEMMA]).T.tolist()
        texts = [attrs[0] for attrs in lexeme_attributes(doc, orth)]
        lemma = [strings.add(lemma_of(text, table)) if self.overwrite or not old else old
                 for text, old in zip(texts, lemma)]
        doc.from_array([LEMMA], numpy.array(lemma, dtype="uint64"))
        return doc
