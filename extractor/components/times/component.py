"""The ``german_times`` spaCy component: find the expressions, then set ``Doc._.times``.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ...resources import resource_folder, using_resources
from ..tokens import token_table
from ..types import BYLINE, CREDIT, META, TimeValue
from .matching import split_sentences, tag_times
from .rules import grammar


SKIPPED_KINDS = frozenset({META, BYLINE, CREDIT})


@Language.factory("german_times", default_config={"resources": None})
def make_times(nlp: Language, name: str, resources: Optional[str] = None) -> "TimeTagger":
    return TimeTagger(resources)


class TimeTagger:
    """Sets ``Doc._.times``; header, byline and credit regions are not tagged.

    ``resources`` names a folder laid out like ``extractor/resources/de`` (default None: that
    packaged folder); the tagger reads the whole time grammar under its ``times/`` subfolder
    (``repattern/``, ``normalization/``, the rule files and ``tense.tsv``) and nothing else.
    ``initialize`` loads and checks the grammar; the constructor calls it, so a component
    added with ``nlp.add_pipe`` works without ``nlp.initialize()``.  While a Doc is tagged the
    folder is the active one (``resources.using_resources``), so the matching steps'
    ``grammar()`` calls read this folder's grammar, never another."""

    def __init__(self, resources: Optional[str] = None) -> None:
        self.resources = resource_folder(resources)  # None: the packaged folder
        self.initialize()  # fail at pipeline build time, not on the first document

    def initialize(self, get_examples=None, nlp: Optional[Language] = None) -> None:
        """Load (and check against their examples) the rules of the ``resources`` folder."""
        with using_resources(self.resources):
            self.grammar = grammar()

    def __call__(self, doc: Doc) -> Doc:
        with using_resources(self.resources):
            return self._tag(doc)

    def _tag(self, doc: Doc) -> Doc:
        skipped = [(s.start, s.end) for s in doc._.segments or () if s.kind in SKIPPED_KINDS]
        toks = token_table(doc)  # doc.sents and doc.text, computed once per Doc
        text = toks.doc_text
        if toks.has_sents:
            sentences = [toks.sent_chars(s, e) for s, e in toks.sents]
        else:
            sentences = split_sentences(text)
        sentences = [s for s in sentences if not inside_any(s, skipped)]
        times = tag_times(text, doc._.published, sentences)
        times = [t for t in times if not inside_any((t.start, t.end), skipped)]
        if not doc._.published:
            times = fill_unknown_years(times)
        doc._.times = times
        return doc


def fill_unknown_years(times: list[TimeValue]) -> list[TimeValue]:
    """Without a publication date, "im März" is "XXXX-03"; an article that names its year
    elsewhere in a full date ("am 14. Januar 2025") gives it: the latest such year before it,
    else the first one named after it (HeidelTime's narrative reading)."""
    # only dates with a month anchor the year: "seit 1998" names a year of the past, not the story's
    years = [(t.start, t.value[:4]) for t in times if t.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d\d", t.value)]
    if not years:
        return times
    out = []
    for t in times:
        if t.type in ("DATE", "TIME") and re.match(r"^XXXX-\d\d", t.value):
            before = [y for s, y in years if s < t.start]
            year = before[-1] if before else years[0][1]
            t = TimeValue(t.start, t.end, t.text, t.type, year + t.value[4:], t.mod)
        out.append(t)
    return out


def inside_any(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in regions)
