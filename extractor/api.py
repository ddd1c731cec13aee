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
from .components.tokens import token_table
from .errors import InputError
from .pipeline import PipelineInfo, load_pipeline
from .schema import ArticleRecord, PipelineRecord

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


def doc_to_record(doc: Doc, article: Article, info: PipelineInfo) -> ArticleRecord:
    """The output record of one processed Doc.

    The record is built as plain data and validated in one call: pydantic then builds
    the nested models in its compiled core instead of one Python call per model."""
    text = token_table(doc).doc_text  # doc.text is built anew, token by token, on every access
    actors: list[Actor] = doc._.actors or []
    by_id = {a.id: a for a in actors}
    events: list[ContactEvent] = doc._.events or []

    def name(aid: Optional[str]) -> Optional[str]:
        return by_id[aid].name if aid in by_id else None

    return ArticleRecord.model_validate({
        "article": article.id, "published": article.published, "title": article.title, "author": article.author,
        "pipeline": {"name": info.name, "version": info.version, "embedded": info.embedded},
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "roles": list(a.roles), "country": a.country,
                    "mentions": [_span(text, m.start, m.end) for m in a.mentions]} for a in actors],
        "entities": [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": text[e.start_char:e.end_char]}
                     for e in doc.ents],
        "times": [_time_record(t) for t in (doc._.times or [])],
        "events": [{"id": f"E{n}", "type": ev.type,
                    "participants": [{"actor": p, "name": by_id[p].name} for p in ev.participants if p in by_id],
                    "initiator": name(ev.initiator), "proposer": name(ev.proposer),
                    "date": _time_record(ev.date) if ev.date else None, "status": ev.status,
                    "evidence": [_span(text, s, e) for s, e in ev.evidence], "confidence": round(ev.confidence, 3),
                    "codes": {"cameo": ev.cameo, "plover": ev.plover,
                              "plover_mode": getattr(ev, "plover_mode", None)}}
                   for n, ev in enumerate(events, 1)],
        "warnings": list(article.warnings)})


def _time_record(t: TimeValue) -> dict:
    return {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value, "mod": t.mod}


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


# -- articles longer than spaCy's limit (used by extractor.batch) ---------------

import re  # noqa: E402  (kept with the code that uses it)

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")


def split_for_limit(text: str, limit: int = MAX_CHARS) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` spans covering ``text``, each at most ``limit`` characters.

    Cuts after the last paragraph break that fits, else after the last line
    break, else after the last whitespace, else (one giant token) at the limit.
    """
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while n - pos > limit:
        window = text[pos:pos + limit]
        cut = 0
        for m in _PARAGRAPH_BREAK_RE.finditer(window):
            cut = m.end()
        if cut == 0:
            cut = window.rfind("\n") + 1
        if cut == 0:
            cut = max(window.rfind(" "), window.rfind("\t")) + 1
        if cut == 0:
            cut = limit
        spans.append((pos, pos + cut))
        pos += cut
    spans.append((pos, n))
    return spans


def _shift_spans(value, offset: int):
    """A record fragment with every ``{start, end, ...}`` span moved by ``offset``."""
    if isinstance(value, list):
        return [_shift_spans(v, offset) for v in value]
    if isinstance(value, dict):
        out = {k: _shift_spans(v, offset) for k, v in value.items()}
        if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
            out["start"] += offset
            out["end"] += offset
        return out
    return value


def extract_long_article(extractor: Extractor, article: Article, limit: int = MAX_CHARS) -> ArticleRecord:
    """Like ``extractor.extract_article``, but an article over ``limit`` characters is not refused:
    it is run in paragraph chunks under the limit, one after the other, and the
    chunk records are merged with offsets into the whole text.  Actors with the
    same name and kind in different chunks become one actor; a warning says
    that the article was chunked.
    """
    if len(article.text) <= limit:
        return extractor.extract_article(article)
    spans = split_for_limit(article.text, limit)
    actors: dict[tuple[str, str], dict] = {}
    times: list[dict] = []
    events: list[dict] = []
    for start, end in spans:
        part = Article(id=article.id, text=article.text[start:end], published=article.published,
                       title=article.title, author=article.author)
        rec = doc_to_record(extractor.process(part), part, extractor.info).model_dump(mode="json")
        rec = _shift_spans(rec, start)
        renamed: dict[str, str] = {}
        for actor in rec["actors"]:
            key = (actor["name"], actor["kind"])
            if key in actors:
                merged = actors[key]
                merged["mentions"] += actor["mentions"]
                merged["roles"] += [r for r in actor["roles"] if r not in merged["roles"]]
                merged["country"] = merged["country"] or actor["country"]
            else:
                merged = actors[key] = dict(actor, id=f"A{len(actors) + 1}")
            renamed[actor["id"]] = merged["id"]
        times += rec["times"]
        for ev in rec["events"]:
            ev["id"] = f"E{len(events) + 1}"
            for p in ev["participants"]:
                p["actor"] = renamed.get(p["actor"], p["actor"])
            events.append(ev)
    note = (f"long article ({len(article.text):,} characters): processed in {len(spans)} chunks of at most "
            f"{limit:,} characters cut at paragraph breaks; offsets are into the whole text, actors were "
            f"resolved within each chunk and merged by name")
    return ArticleRecord(
        article=article.id, published=article.published, title=article.title, author=article.author,
        pipeline=PipelineRecord(name=extractor.info.name, version=extractor.info.version,
                                embedded=extractor.info.embedded),
        actors=list(actors.values()), times=times, events=events, warnings=list(article.warnings) + [note])
