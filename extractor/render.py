"""Views of records: gold-file drafts (for labelling), CSV/Parquet dyads, HTML pages.

``write(records, fmt, output, texts=None)`` is what ``extract --format`` calls;
``dyad_rows`` gives the table rows to Python users (``pandas.DataFrame(dyad_rows(records))``).
The HTML pages are built in ``extractor.views``.  docs/views.md describes the formats.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Optional

from .errors import OutputError
from .schema import gold_date_value

DATE_MODS = {"MID": "mid", "START": "start", "END": "end", "APPROX": "approx"}

#: Columns of the CSV/Parquet event table, one row per event and ordered dyad (docs/views.md).
DYAD_COLUMNS = ("article", "published", "event_id", "date_value", "date_mod", "type",
                "source_actor", "source_country", "target_actor", "target_country",
                "initiator", "proposer", "status", "cameo", "plover_type", "plover_mode",
                "confidence", "evidence")
#: Joins the sentences of an event with more than one evidence span.
EVIDENCE_JOIN = " | "
PARQUET_HINT = "pip install pyarrow (or pip install 'extractor[parquet]')"


# --- gold drafts -----------------------------------------------------------------

def gold_draft(record: dict) -> dict:
    """A gold-format draft of one record's events, for a person to correct."""
    article = record.get("article", "")
    events = []
    for ev in record.get("events", []):
        item = {"type": ev["type"], "participants": [p["name"] for p in ev["participants"]],
                "initiator": ev.get("initiator"), "date": None, "status": ev["status"]}
        date = ev.get("date")
        if date and date.get("type") in ("DATE", "TIME"):
            item["date"] = gold_date_value(date["value"])
            if date.get("mod") in DATE_MODS:
                item["date_mod"] = DATE_MODS[date["mod"]]
        if ev.get("proposer"):
            item["proposer"] = ev["proposer"]
        item["evidence"] = ev["evidence"][0]["text"] if ev.get("evidence") else ""
        events.append(item)
    return {"article": Path(article).name, "published": record.get("published"), "events": events}


# --- event dyads -------------------------------------------------------------------

def dyads(participants: list[str], initiator: Optional[str]) -> list[tuple[str, str]]:
    """Ordered (source, target) pairs of an event, as CAMEO codes them.

    The initiator (the one who phoned, visited, hosted or wrote) is the source
    towards every other participant; without a known initiator the contact is
    symmetric and every ordered pair is a row (A->B and B->A).
    """
    if initiator is not None and initiator in participants:
        return [(initiator, p) for p in participants if p != initiator]
    return [(a, b) for a in participants for b in participants if a != b]


def dyad_rows(records: Iterable[dict]) -> Iterator[dict]:
    """One row (a dict with ``DYAD_COLUMNS``) per event and ordered dyad; error records are skipped."""
    for record in records:
        if "error" in record:
            continue
        countries = {a["id"]: a.get("country") for a in record.get("actors", [])}
        for ev in record.get("events", []):
            names: dict[str, str] = {}
            for p in ev.get("participants", []):
                names.setdefault(p["actor"], p["name"])
            initiator_id = next((aid for aid, name in names.items() if name == ev.get("initiator")), None)
            date = ev.get("date") or {}
            codes = ev.get("codes") or {}
            common = {
                "article": record.get("article"), "published": record.get("published"), "event_id": ev["id"],
                "date_value": gold_date_value(date["value"]) if date.get("type") in ("DATE", "TIME") else None,
                "date_mod": date.get("mod"), "type": ev["type"], "initiator": ev.get("initiator"),
                "proposer": ev.get("proposer"), "status": ev["status"], "cameo": codes.get("cameo"),
                "plover_type": codes.get("plover"), "plover_mode": codes.get("plover_mode"),
                "confidence": ev.get("confidence"),
                "evidence": EVIDENCE_JOIN.join(sp["text"] for sp in ev.get("evidence", [])),
            }
            for source, target in dyads(list(names), initiator_id):
                row = dict(common, source_actor=names[source], source_country=countries.get(source),
                           target_actor=names[target], target_country=countries.get(target))
                yield {c: row[c] for c in DYAD_COLUMNS}


def csv_text(records: Iterable[dict]) -> str:
    """The event table as CSV (RFC 4180, header line, empty cell for missing values)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=DYAD_COLUMNS)
    writer.writeheader()
    writer.writerows(dyad_rows(records))
    return buf.getvalue()


def write_parquet(records: Iterable[dict], output: Optional[Path]) -> None:
    """The event table as a Parquet file (needs pyarrow)."""
    if output is None:
        raise OutputError("Parquet is a binary format and is not written to the terminal; "
                          "give -o FILE.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError(f"--format parquet needs the pyarrow package, which is not installed: {PARQUET_HINT}; "
                          f"or use --format csv") from None
    schema = pa.schema([(c, pa.float64() if c == "confidence" else pa.string()) for c in DYAD_COLUMNS])
    table = pa.Table.from_pylist(list(dyad_rows(records)), schema=schema)
    try:
        pq.write_table(table, output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write: {exc}") from None


# --- HTML ------------------------------------------------------------------------

def keep_texts(items: Iterable, texts: dict[str, str]) -> Iterator:
    """Pass articles through unchanged, remembering ``texts[article.id] = article.text`` (for HTML)."""
    for item in items:
        text = getattr(item, "text", None)
        if isinstance(text, str):
            texts[item.id] = text
        yield item


def article_text(record: dict, texts: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The text a record's offsets point into: from ``texts``, else re-read from the record's file."""
    source = record.get("article", "")
    if texts and source in texts:
        return texts[source]
    path = Path(source)
    if "error" in record or not source or not path.is_file() or path.suffix.lower() not in (".txt", ".json"):
        return None
    from .article import read_article
    try:
        return read_article(path).text
    except Exception:  # the page still shows the events without the text
        return None


def html_page(records: list[dict], texts: Optional[Mapping[str, str]] = None) -> str:
    """A self-contained HTML page of the records (one, or many with a table of contents)."""
    from .views.article import records_page
    return records_page(records, {r.get("article", ""): article_text(r, texts) for r in records})


def evaluation_data(result) -> dict:
    """An ``evaluate.EvaluationResult`` as the plain data ``views.evaluation.evaluation_page``
    takes: ``summary``, ``articles`` (counts, scores and problems of each) and ``errors``."""
    from .evaluate import problems, tally
    by_article: dict[str, list[dict]] = {}
    for p in problems(result.scores):
        by_article.setdefault(p.article, []).append({"kind": p.kind, "detail": p.detail, "evidence": p.evidence})
    articles = [{"article": s.article, "scores": tally([s]).scores(), "paired": len(s.pairs),
                 "misses": len(s.misses), "false_alarms": len(s.false_alarms),
                 "problems": by_article.get(s.article, [])} for s in result.scores]
    return {"summary": result.summary, "articles": articles, "errors": list(result.errors)}


def write_evaluation_html(result, path: Path) -> None:
    """The ``extract evaluate --html`` report of an ``evaluate.EvaluationResult``."""
    from .views.evaluation import evaluation_page
    _emit(evaluation_page(**evaluation_data(result)), path)


# --- dispatch ----------------------------------------------------------------------

def write(records: list[dict], fmt: str, output: Optional[Path],
          texts: Optional[Mapping[str, str]] = None) -> None:
    """Write records in one of the view formats: gold, html, csv or parquet.

    ``texts`` maps a record's ``article`` to the text its offsets point into;
    HTML needs it for inputs that are not files (JSONL records, standard input).
    """
    if fmt == "gold":
        drafts = [gold_draft(r) for r in records if "error" not in r]
        text = (json.dumps(drafts[0], ensure_ascii=False, indent=2) + "\n" if len(drafts) == 1
                else "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts))
        _emit(text, output)
    elif fmt == "csv":
        _emit(csv_text(records), output, newline="")
    elif fmt == "parquet":
        write_parquet(records, output)
    elif fmt == "html":
        _emit(html_page(records, texts), output)
    else:
        raise OutputError(f"format {fmt!r} is not a view format; use gold, html, csv or parquet")


def _emit(text: str, output: Optional[Path], newline: Optional[str] = None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with open(output, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write: {exc.strerror}") from None
