"""The one entry point everything else uses: text or Article -> ArticleRecord.

>>> from extractor import Extractor                      # doctest: +SKIP
>>> ex = Extractor()                                      # doctest: +SKIP
>>> record = ex.extract("Scholz telefonierte am Montag mit Macron.", published="2024-05-08")  # doctest: +SKIP
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article, article_from_text
from .components.types import Actor, ContactEvent, TimeValue
from .errors import InputError
from .pipeline import PipelineInfo, load_pipeline
from .schema import (ActorRecord, ArticleRecord, Codes, EventRecord, Participant,
                     PipelineRecord, Span, TimeRecord)

#: spaCy's own limit on one Doc; longer articles are refused with a clear message.
MAX_CHARS = 1_000_000


class Extractor:
    """Loads the pipeline once and turns articles into validated records."""

    def __init__(self, model: Optional[str] = None, announce: bool = True,
                 nlp: Optional[Language] = None, info: Optional[PipelineInfo] = None):
        if nlp is None:
            nlp, info = load_pipeline(model, announce=announce)
        self.nlp = nlp
        self.info = info or PipelineInfo(nlp.meta.get("name", "custom"), str(nlp.meta.get("version", "")), False)
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)

    # -- single texts -------------------------------------------------------
    def extract(self, text: str, published: Optional[str] = None, *, article_id: str = "<text>",
                title: Optional[str] = None, author: Optional[str] = None) -> ArticleRecord:
        """Extract from raw text; a header line in the text is parsed as in files."""
        article = article_from_text(text, article_id, published=published)
        if title is not None:
            article.title = title
        if author is not None:
            article.author = author
        return self.extract_article(article)

    def extract_article(self, article: Article) -> ArticleRecord:
        return doc_to_record(self.process(article), article, self.info)

    def process(self, article: Article) -> Doc:
        """Run the pipeline on one article and return the annotated Doc."""
        if len(article.text) > MAX_CHARS:
            raise InputError(article.id, f"article has {len(article.text):,} characters, more than the "
                             f"{MAX_CHARS:,} one article may have", "split it into smaller articles")
        doc = self.nlp.make_doc(article.text)
        doc._.published = article.published
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    # -- batches ------------------------------------------------------------
    def pipe(self, items: Iterable[Union[str, Article]], published: Optional[str] = None) -> Iterator[ArticleRecord]:
        """Records for many texts or Articles, in order."""
        for i, item in enumerate(items):
            if isinstance(item, str):
                item = article_from_text(item, f"<text {i + 1}>", published=published)
            yield self.extract_article(item)


def _time_record(t: TimeValue) -> TimeRecord:
    return TimeRecord(text=t.text, start=t.start, end=t.end, type=t.type, value=t.value, mod=t.mod)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def doc_to_record(doc: Doc, article: Article, info: PipelineInfo) -> ArticleRecord:
    """The output record of one processed Doc."""
    text = doc.text
    actors: list[Actor] = doc._.actors or []
    by_id = {a.id: a for a in actors}
    events: list[ContactEvent] = doc._.events or []
    actor_records = [ActorRecord(id=a.id, name=a.name, kind=a.kind, roles=list(a.roles), country=a.country,
                                 mentions=[_span(text, m.start, m.end) for m in a.mentions])
                     for a in actors]
    event_records = []
    for n, ev in enumerate(events, 1):
        def name(aid: Optional[str]) -> Optional[str]:
            return by_id[aid].name if aid in by_id else None
        event_records.append(EventRecord(
            id=f"E{n}", type=ev.type,
            participants=[Participant(actor=p, name=by_id[p].name) for p in ev.participants if p in by_id],
            initiator=name(ev.initiator), proposer=name(ev.proposer),
            date=_time_record(ev.date) if ev.date else None, status=ev.status,
            evidence=[_span(text, s, e) for s, e in ev.evidence], confidence=round(ev.confidence, 3),
            codes=Codes(cameo=ev.cameo, plover=ev.plover, plover_mode=getattr(ev, "plover_mode", None))))
    return ArticleRecord(
        article=article.id, published=article.published, title=article.title, author=article.author,
        pipeline=PipelineRecord(name=info.name, version=info.version, embedded=info.embedded),
        actors=actor_records, times=[_time_record(t) for t in (doc._.times or [])],
        events=event_records, warnings=list(article.warnings))
