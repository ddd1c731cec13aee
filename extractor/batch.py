"""Streaming many articles through the extractor and writing one record per article.

Records are written and flushed one by one, so whatever was processed before
a crash or a bad input stays in the output.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator, Optional

from .article import Article, iter_articles
from .errors import ExtractorError, InputError


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    failures: int = 0
    words: int = 0
    seconds: float = 0.0
    failed: list[str] = field(default_factory=list)

    def line(self) -> str:
        wps = self.words / self.seconds if self.seconds > 0 else 0.0
        return (f"extractor: {self.articles} articles, {self.events} events, {self.failures} failed, "
                f"{self.seconds:.1f} s, {wps:,.0f} words/s")


def error_record(source: str, message: str) -> dict:
    return {"article": source, "error": message}


def process_items(items: Iterable[Article | InputError], extractor) -> Iterator[tuple[dict, int]]:
    """(record dict or error record, words in the article) for each item, in input order."""
    for item in items:
        if isinstance(item, InputError):
            yield error_record(item.source, str(item)), 0
            continue
        words = len(item.text.split())
        try:
            yield extractor.extract_article(item).model_dump(mode="json"), words
        except ExtractorError as exc:
            yield error_record(item.id, str(exc)), words
        except Exception as exc:  # one bad article must not stop a corpus run
            yield error_record(item.id, f"internal error: {type(exc).__name__}: {exc}"), words


def write_records(records: Iterable[tuple[dict, int]], out: IO[str], pretty_single: bool = False,
                  on_record: Optional[Callable[[dict], None]] = None) -> Summary:
    """Write records as JSONL (or one pretty JSON object) and tally them."""
    summary = Summary()
    start = time.perf_counter()
    first: Optional[dict] = None
    for rec, words in records:
        summary.articles += 1
        summary.words += words
        if "error" in rec:
            summary.failures += 1
            summary.failed.append(rec["article"])
            print(f"extractor: error: {rec['error']}", file=sys.stderr)
        else:
            summary.events += len(rec.get("events", []))
            for w in rec.get("warnings", []):
                print(f"extractor: warning: {rec['article']}: {w}", file=sys.stderr)
        if on_record:
            on_record(rec)
        if pretty_single:
            if first is None:
                first = rec
                continue
            # More than one record after all: fall back to JSONL.
            out.write(json.dumps(first, ensure_ascii=False) + "\n")
            pretty_single = False
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
    if pretty_single and first is not None:
        out.write(json.dumps(first, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    summary.seconds = time.perf_counter() - start
    return summary


def iter_inputs(inputs: list[str], published: Optional[str], output=None) -> Iterator[Article | InputError]:
    return iter_articles(inputs, published, exclude=[output] if output is not None else [])


def _default_format(inputs: list[str], output, fmt: Optional[str]) -> str:
    if fmt:
        return fmt
    if output is not None:
        suffix = "".join(output.suffixes[-2:]).lower()
        for ext, f in ((".jsonl", "jsonl"), (".html", "html"), (".csv", "csv"), (".parquet", "parquet"),
                       (".json", "json")):
            if suffix.endswith(ext):
                return f
    single = len(inputs) == 1 and inputs[0] != "-" and not _is_many(inputs[0])
    return "json" if single or inputs == ["-"] else "jsonl"


def _is_many(path: str) -> bool:
    from pathlib import Path
    p = Path(path)
    return p.is_dir() or p.name.lower().endswith((".jsonl", ".jsonl.gz"))


def run_extract(inputs: list[str], output=None, fmt: Optional[str] = None, model: Optional[str] = None,
                published: Optional[str] = None, workers: Optional[int] = None, engine: str = "local",
                scheduler: Optional[str] = None, resume: bool = False, quiet: bool = False) -> int:
    """The ``extract`` command's work; returns the exit code."""
    from .api import Extractor
    from .errors import OutputError
    fmt = _default_format(inputs, output, fmt)
    if output is not None and not output.parent.exists():
        raise OutputError(f"{output}: the folder {output.parent} does not exist; create it or choose another -o path")
    extractor = Extractor(model=model)
    records = process_items(iter_inputs(inputs, published, output), extractor)
    if fmt in ("json", "jsonl"):
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            summary = write_records(records, out, pretty_single=(fmt == "json"))
        finally:
            if output:
                out.close()
    else:
        from . import render
        collected = []
        summary = write_records(records, _NullWriter(), on_record=collected.append)
        render.write(collected, fmt, output)
    if not quiet or summary.failures:
        if summary.articles > 1 or summary.failures or not quiet:
            print(summary.line(), file=sys.stderr)
    return 1 if summary.failures else 0


class _NullWriter:
    def write(self, _: str) -> None:
        pass

    def flush(self) -> None:
        pass
