"""The embedded pipeline's entity recognizer, run where contact events can be.

A statistical NER costs more than all the rule stages together (the one shipped here reads
about 9,000 tokens/s on one core).  The events need entities only in the sentences that
hold a contact word and the sentences beside them, where the names of the sides are
introduced; so the recognizer reads those sentences and leaves the others: ``doc.ents``
then holds the entities of the sentences read.  ``window`` sets how many sentences beside
a contact sentence are read; ``all_sentences`` reads the whole text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .tokens import token_table
from .triggers import trigger_lexicon

#: The entity recognizer trained here (python -m extractor.train ner), shipped in the package.
EMBEDDED_NER = Path(__file__).resolve().parents[1] / "models" / "ner_de"


@Language.factory("german_entities", default_config={"model": None, "window": 1, "all_sentences": False})
def make_entities(nlp: Language, name: str, model: Optional[str], window: int,
                  all_sentences: bool) -> "SentenceEntityRecognizer":
    return SentenceEntityRecognizer(model, window, all_sentences)


class SentenceEntityRecognizer:
    """Sets ``doc.ents`` from a spaCy NER pipeline, sentence by sentence."""

    def __init__(self, model: Optional[str], window: int = 1, all_sentences: bool = False):
        if model is None:
            model = str(EMBEDDED_NER)
        self.nlp = spacy.load(Path(model))
        self.window = window
        self.all_sentences = all_sentences
        trigger_lexicon()

    def sentences_to_read(self, doc: Doc) -> list[tuple[int, int]]:
        """Token spans of the sentences with a contact word and of those beside them."""
        toks = token_table(doc)
        sents = toks.sents if toks.has_sents else [(0, len(doc))]
        if self.all_sentences:
            return list(sents)
        hits = trigger_lexicon().trigger_words(toks.text)
        contact = [k for k, (s, e) in enumerate(sents) if any(hits[s:e])]
        wanted = sorted({j for k in contact for j in range(k - self.window, k + self.window + 1)
                         if 0 <= j < len(sents)})
        return [sents[j] for j in wanted]

    def __call__(self, doc: Doc) -> Doc:
        spans = self.sentences_to_read(doc)
        parts = [Doc(self.nlp.vocab, words=[t.text for t in doc[s:e]],
                     spaces=[bool(t.whitespace_) for t in doc[s:e]]) for s, e in spans]
        ents = []
        for (s, _), part in zip(spans, self.nlp.pipe(parts)):
            ents.extend(Span(doc, s + ent.start, s + ent.end, ent.label_) for ent in part.ents)
        doc.set_ents(ents, default="outside")
        return doc
