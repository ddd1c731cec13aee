"""The ``german_times`` spaCy component: find the expressions, then set ``Doc._.times``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..tokens import token_table
from ..types import BYLINE, CREDIT, META, TimeValue
from .matching import split_sentences, tag_times
from .rules import grammar


SKIPPED_KINDS = frozenset({META, BYLINE, CREDIT})


@Language.factory("german_times", default_config={})
def make_times(nlp: Language, name: str) -> "TimeTagger":
    return TimeTagger()


class TimeTagger:
    """Sets ``Doc._.times``; header, byline and credit regions are not tagged."""

    def __init__(self) -> None:
        grammar()  # fail at pipeline build time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
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
