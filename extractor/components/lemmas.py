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
from .tokens import WORD_MEMO_LIMIT, memoised


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
        # Arrays and a memo by word form instead of a Token object (and a property call) per token.
        orth, lemma = doc.to_array([ORTH, LEMMA]).T.tolist()
        looked_up = lemma_hashes(doc, orth)
        lemma = [new if self.overwrite or not old else old for new, old in zip(looked_up, lemma)]
        doc.from_array([LEMMA], numpy.array(lemma, dtype="uint64"))
        return doc


#: language -> orth hash -> its lookup lemma (the table is fixed for a process)
_LEMMA_MEMO: dict[str, dict[int, str]] = {}


def lemma_hashes(doc: Doc, orths: list[int]) -> list[int]:
    """The lookup lemma of each word form, as a hash in the Doc's string store (each Doc's store
    gets the string: pipelines in one process need not share a vocabulary)."""
    table = german_lemma_table()
    strings = doc.vocab.strings
    lemmas = memoised(_LEMMA_MEMO.setdefault(doc.lang_, {}), orths,
                      lambda orth: lemma_of(strings[orth], table), WORD_MEMO_LIMIT)
    # each lemma added once (a Doc repeats many), in the order the tokens give
    ids = {lemma: strings.add(lemma) for lemma in dict.fromkeys(lemmas)}
    return list(map(ids.__getitem__, lemmas))
