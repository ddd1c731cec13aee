"""Paragraph-aware segmentation of a news article into regions and sentences.

Splitting the whole text at once glues the header, byline, photo captions and
credits to neighbouring sentences, so the text is first cut at blank lines
into regions with a kind (headline, byline, body, subhead, caption, credit);
sentences are then split inside each region only.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lang.de.determiners import DETERMINERS
from ..lang.de.punctuation import (CLOSERS, SENTENCE_END, SENTENCE_OPENING_CHARACTERS,
                                   SENTENCE_PARAGRAPH_ENDS)
from .tokens import TokenTable, token_table
from .types import (BODY, BYLINE, CAPTION, CREDIT, HEADLINE, META, SUBHEAD,
                    Segment)

HEADER_RE = re.compile(r"[ \t\ufeff]*date[ \t]+(?P<date>\S+)[ \t]*(?P<title>[^\n]*)")
BYLINE_RE = re.compile(r"\s*Von:?\s+\S")
# "(os mit dpa)", "(dpa)", "(afp/jk)": a short parenthesised agency credit.
CREDIT_RE = re.compile(r"\s*\([^()\n]{1,60}\)\s*")
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")
YEAR_WITH_PERIOD_RE = re.compile(r"(1[89]|20)\d\d\.$")
# "im März 30.000. Danach ...": a number with thousands groups and its period; an ordinal of
# that size stands after an article ("der 10.000. Besucher").
GROUPED_NUMBER_WITH_PERIOD_RE = re.compile(r"^\d{1,3}(\.\d{3})+\.$")
SUBHEAD_MAX_WORDS = 20


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A character span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the blank-line-separated paragraphs, whitespace trimmed."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK_RE.finditer(text):
        spans.append(strip_span(text, pos, m.start()))
        pos = m.end()
    spans.append(strip_span(text, pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


def classify_paragraph(text: str, start: int, end: int, first: bool) -> list[Segment]:
    """Kind(s) of one paragraph; a caption is split from its '©' credit."""
    para = text[start:end]
    if first:
        m = HEADER_RE.match(para)
        if m and re.fullmatch(r"\d{4}(-\d\d){0,2}|\S*\d\S*", m.group("date")):
            line_end = start + (para.find("\n") if "\n" in para else len(para))
            segs = [Segment(start, start + m.start("title"), META)]
            t0, t1 = strip_span(text, start + m.start("title"), line_end)
            if t1 > t0:
                segs.append(Segment(t0, t1, HEADLINE))
            if line_end < end:
                r0, r1 = strip_span(text, line_end, end)
                if r1 > r0:
                    segs.extend(classify_paragraph(text, r0, r1, first=False))
            return segs
    if BYLINE_RE.match(para) and para.lstrip().startswith("Von") and "\n" not in para and len(para.split()) <= 8:
        return [Segment(start, end, BYLINE)]
    if CREDIT_RE.fullmatch(para):
        return [Segment(start, end, CREDIT)]
    if "©" in para:
        cut = start + para.index("©")
        segs = []
        c0, c1 = strip_span(text, start, cut)
        if c1 > c0:
            segs.append(Segment(c0, c1, CAPTION))
        segs.append(Segment(cut, end, CREDIT))
        return segs
    words = para.split()
    if "\n" not in para and len(words) <= SUBHEAD_MAX_WORDS and not para.rstrip().endswith(SENTENCE_PARAGRAPH_ENDS):
        return [Segment(start, end, SUBHEAD)]
    return [Segment(start, end, BODY)]


def find_segments(text: str) -> list[Segment]:
    """All regions of an article text, in order."""
    segs: list[Segment] = []
    for i, (s, e) in enumerate(paragraphs(text)):
        segs.extend(classify_paragraph(text, s, e, first=(i == 0)))
    return segs


#: The last characters of every token ``_ends_sentence`` accepts: a sentence end mark, or the
#: period of a number.  The loop over every token asks that first, a set lookup and no call.
_LAST_OF_ENDS = frozenset(mark[-1] for mark in SENTENCE_END) | {"."}


def _ends_sentence(text: str, before: str) -> bool:
    """Does the token ``text`` close a sentence (inside one region)?  ``before``: the lower-case
    token before it ("" at the start)."""
    if text in SENTENCE_END:
        return True
    if not text.endswith("."):
        return False  # both number forms below end in their period
    # "im Jahr 2021. Danach ..." - the tokenizer keeps a year and its period together.
    if YEAR_WITH_PERIOD_RE.search(text):
        return True
    return bool(GROUPED_NUMBER_WITH_PERIOD_RE.match(text)) and before not in DETERMINERS


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first in SENTENCE_OPENING_CHARACTERS or first.isdigit()


class Words(NamedTuple):
    """A Doc's tokens as the segmenter reads them: texts, lower-case forms, whether a token is
    whitespace, character offsets, and the Doc's text."""
    texts: Sequence[str]
    lowers: Sequence[str]
    spaces: Sequence[bool]
    idx: list[int]
    text: str


def words_of(doc: Doc, table: Optional[TokenTable] = None) -> Words:
    """The columns of the Doc's TokenTable (``table``, else built here) instead of a Token object
    per token; the later components reuse the same table once the segmenter has told it the
    sentence starts (``TokenTable.reread_sentences``)."""
    table = table or token_table(doc)
    return Words(table.text, table.lower, table.is_space, table.idx, table.doc_text)


def set_sentence_starts(doc: Doc, segments: list[Segment], words: Optional[Words] = None) -> None:
    """Mark sentence starts: every region starts one; inside, punctuation rules."""
    n = len(doc)
    if not n:
        return
    texts, lowers, spaces, idx, _ = words or words_of(doc)
    starts = [False] * n
    seg_starts = {s.start for s in segments}
    pending = False  # a sentence end was seen; the next real token starts one
    for i in range(n):
        text = texts[i]
        if idx[i] in seg_starts:
            starts[i], pending = True, False
            continue
        if spaces[i]:
            continue
        if pending:
            if text in CLOSERS:
                continue  # '... gesagt."' - the quote still belongs to the sentence
            if _starts_sentence(text):
                starts[i] = True
            pending = False
        if text[-1:] in _LAST_OF_ENDS and _ends_sentence(text, lowers[i - 1] if i else ""):
            pending = True
    starts[0] = True
    # One array write instead of a property call per token (each one re-checks the parse).
    values = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], values)


@Language.factory("german_segmenter", default_config={})
def make_segmenter(nlp: Language, name: str) -> "Segmenter":
    return Segmenter()


class Segmenter:
    """Sets ``Doc._.segments`` and the sentence boundaries."""

    def __call__(self, doc: Doc) -> Doc:
        table = token_table(doc)
        words = words_of(doc, table)
        segments = find_segments(words.text)
        doc._.segments = segments
        if not doc.has_annotation("DEP"):  # a parsed Doc keeps the parser's sentences
            set_sentence_starts(doc, segments, words)
            table.reread_sentences(doc)  # same words, new sentences: no second table
        return doc


def segment_at(segments: list[Segment], char: int) -> Segment | None:
    """The region containing a character offset."""
    for seg in segments or ():
        if seg.start <= char < seg.end:
            return seg
    return None
