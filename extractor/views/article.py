"""The article view: the text with actors, times and event evidence highlighted, then the events.

One page shows one or many records; many get a table of contents.  Element
ids are prefixed per article (``a3-E1`` the row of event E1 of the third
article, ``a3-s2`` its second evidence stretch) so that links stay unique.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from .page import KIND_LABELS, cell, esc, number, page, table


@dataclass
class _Mark:
    start: int
    end: int
    cls: str
    label: str
    title: str
    actor: Optional[str] = None


@dataclass
class _Evidence:
    """A stretch of evidence text (overlapping evidence spans merged) and the events citing it."""
    start: int
    end: int
    anchor: str
    events: list[str]


# --- what to highlight ---------------------------------------------------------

def _valid(text: str, span: dict) -> bool:
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text) and text[s:e] == span.get("text", text[s:e])


def actor_title(actor: dict) -> str:
    """The hover text of an actor mention: resolved name, kind, roles, country."""
    parts = [actor["name"], actor.get("kind") or ""]
    if actor.get("roles"):
        parts.append(", ".join(actor["roles"]))
    if actor.get("country"):
        parts.append(actor["country"])
    return " · ".join(p for p in parts if p) + f" ({actor['id']})"


def time_title(t: dict) -> str:
    """The hover text of a time expression: TIMEX3 type, value and modifier."""
    return f"{t['type']} {t['value']}" + (f" ({t['mod']})" if t.get("mod") else "")


def entity_marks(record: dict, text: str) -> tuple[list[_Mark], int]:
    """Non-overlapping actor and time marks (longer first where they overlap), and how many were dropped as invalid."""
    candidates: list[_Mark] = []
    invalid = 0
    for actor in record.get("actors", []):
        kind = actor.get("kind", "")
        for m in actor.get("mentions", []):
            if not _valid(text, m):
                invalid += 1
                continue
            candidates.append(_Mark(m["start"], m["end"], f"ent k-{kind}", KIND_LABELS.get(kind, kind),
                                    actor_title(actor), actor["id"]))
    for t in record.get("times", []):
        if not _valid(text, t):
            invalid += 1
            continue
        candidates.append(_Mark(t["start"], t["end"], "ent k-time", t["type"], time_title(t)))
    kept: list[_Mark] = []
    for m in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept, invalid


def evidence_stretches(record: dict, text: str, prefix: str) -> tuple[list[_Evidence], dict[tuple[int, int], str]]:
    """Merged evidence stretches, and the anchor of each evidence span ``(start, end)``."""
    spans = []
    for ev in record.get("events", []):
        for sp in ev.get("evidence", []):
            if _valid(text, sp):
                spans.append((sp["start"], sp["end"], ev["id"]))
    stretches: list[_Evidence] = []
    for start, end, _ in sorted(spans):
        if stretches and start < stretches[-1].end:
            stretches[-1].end = max(stretches[-1].end, end)
        else:
            stretches.append(_Evidence(start, end, f"{prefix}-s{len(stretches) + 1}", []))
    starts = [s.start for s in stretches]
    anchors: dict[tuple[int, int], str] = {}
    for start, end, event_id in spans:
        stretch = stretches[bisect_right(starts, start) - 1]
        if event_id not in stretch.events:
            stretch.events.append(event_id)
        anchors[(start, end)] = stretch.anchor
    return stretches, anchors


def _at(items: list, starts: list[int], pos: int):
    i = bisect_right(starts, pos) - 1
    return items[i] if i >= 0 and items[i].start <= pos < items[i].end else None


def highlight(text: str, marks: list[_Mark], stretches: list[_Evidence], prefix: str,
              event_titles: dict[str, str]) -> str:
    """The escaped text with evidence stretches as outer and entities as inner ``<mark>`` elements.

    An entity crossing an evidence boundary is split there (the HTML must nest);
    its label follows its last piece.
    """
    points = sorted({0, len(text)} | {p for m in marks for p in (m.start, m.end)}
                    | {p for s in stretches for p in (s.start, s.end)})
    m_starts, s_starts = [m.start for m in marks], [s.start for s in stretches]
    out: list[str] = []
    open_s: Optional[_Evidence] = None
    open_m: Optional[_Mark] = None

    def close_mark(at: int) -> None:
        label = f'<span class="lbl">{esc(open_m.label)}</span>' if open_m.end <= at else ""
        out.append(f"{label}</mark>")

    def close_stretch() -> None:
        refs = "".join(f'<a class="evref" href="#{prefix}-{e}">{esc(e)}</a>' for e in open_s.events)
        out.append(f"</mark>{refs}")

    for a, b in zip(points, points[1:]):
        s, m = _at(stretches, s_starts, a), _at(marks, m_starts, a)
        if open_m is not None and (m is not open_m or s is not open_s):
            close_mark(a)
            open_m = None
        if open_s is not None and s is not open_s:
            close_stretch()
            open_s = None
        if s is not None and open_s is None:
            title = "; ".join(event_titles.get(e, e) for e in s.events)
            out.append(f'<mark class="ev" id="{s.anchor}" title="{esc(title)}">')
            open_s = s
        if m is not None and open_m is None:
            actor = f' data-actor="{esc(m.actor)}"' if m.actor else ""
            out.append(f'<mark class="{esc(m.cls)}"{actor} title="{esc(m.title)}">')
            open_m = m
        out.append(esc(text[a:b]))
    if open_m is not None:
        close_mark(len(text))
    if open_s is not None:
        close_stretch()
    return "".join(out)


# --- the events table ---------------------------------------------------------

def event_title(ev: dict) -> str:
    names = " + ".join(p["name"] for p in ev.get("participants", []))
    return f"{ev['id']}: {ev['type']} {names}, {ev['status']}"


def _date_cell(date: Optional[dict]) -> str:
    if not date:
        return cell("–")
    shown = date["value"] + (f" ({date['mod']})" if date.get("mod") else "")
    return (f'<td class="date" data-sort="{esc(date["value"])}" title="{esc(date.get("text"))}">'
            f'{esc(shown)}<br><span class="note">{esc(date.get("text"))}</span></td>')


def event_rows(record: dict, prefix: str, anchors: dict[tuple[int, int], str]) -> list[str]:
    rows = []
    for ev in record.get("events", []):
        ids = " ".join(p["actor"] for p in ev.get("participants", []))
        names = ", ".join(p["name"] for p in ev.get("participants", []))
        codes = ev.get("codes") or {}
        code_text = " · ".join(x for x in (codes.get("cameo") and f"CAMEO {codes['cameo']}", codes.get("plover"),
                                          codes.get("plover_mode")) if x)
        links, ev_anchors = [], []
        for sp in ev.get("evidence", []):
            target = anchors.get((sp.get("start"), sp.get("end")))
            links.append(f'<a href="#{target}">{esc(sp.get("text"))}</a>' if target else esc(sp.get("text")))
            if target and target not in ev_anchors:
                ev_anchors.append(target)
        rows.append(
            f'<tr id="{prefix}-{esc(ev["id"])}" data-actors="{esc(ids)}" data-evidence="{esc(" ".join(ev_anchors))}">'
            + cell(ev["id"], sort=int(ev["id"][1:]) if ev["id"][1:].isdigit() else ev["id"])
            + f'<td><span class="badge">{esc(ev["type"])}</span></td>'
            + cell(names) + cell(ev.get("initiator") or "–") + cell(ev.get("proposer") or "–")
            + _date_cell(ev.get("date"))
            + f'<td><span class="badge st-{esc(ev["status"])}">{esc(ev["status"])}</span></td>'
            + cell(number(ev.get("confidence"), 2), "num") + cell(code_text or "–")
            + f'<td class="evidence">{"<br>".join(links)}</td></tr>')
    return rows


EVENT_HEADERS = ["id", "type", "participants", "initiator", "proposer", "date", "status", "conf.", "codes", "evidence"]


# --- sections and pages --------------------------------------------------------

def article_section(record: dict, text: Optional[str], n: int, heading: str = "h2", legend: bool = False) -> str:
    """One article: header, actor chips, highlighted text, events table."""
    prefix = f"a{n}"
    title = record.get("title") or record.get("article", "")
    parts = [f'<section id="{prefix}" class="article">', f"<{heading}>{esc(title)}</{heading}>"]
    meta = [record.get("article", ""), record.get("published") and f"published {record['published']}",
            record.get("author") and f"by {record['author']}"]
    pipeline = record.get("pipeline") or {}
    if pipeline:
        meta.append(f"pipeline {pipeline.get('name')} {pipeline.get('version')}")
    parts.append(f'<p class="meta">{esc(" · ".join(m for m in meta if m))}</p>')
    if "error" in record:
        parts.append(f'<p class="note warn">not processed: {esc(record["error"])}</p></section>')
        return "\n".join(parts)
    for w in record.get("warnings", []):
        parts.append(f'<p class="note warn">warning: {esc(w)}</p>')
    actors = record.get("actors", [])
    if actors:
        chips = "".join(f'<span class="chip k-{esc(a.get("kind"))}" title="{esc(actor_title(a))}">'
                        f'{esc(a["name"])}</span>' for a in actors)
        parts.append(f'<div class="chips" aria-label="actors"><span class="note">actors:</span>{chips}</div>')
    if legend:
        parts.append(LEGEND)
    anchors: dict[tuple[int, int], str] = {}
    if text is None:
        parts.append('<p class="note">The article text is not available here (records do not carry it); '
                     'the events and their evidence follow.</p>')
    else:
        marks, invalid = entity_marks(record, text)
        stretches, anchors = evidence_stretches(record, text, prefix)
        titles = {ev["id"]: event_title(ev) for ev in record.get("events", [])}
        if invalid:
            parts.append(f'<p class="note warn">{invalid} spans do not match this text and are not highlighted '
                         f'(was the article changed after extraction?)</p>')
        parts.append(f'<div class="text" lang="de">{highlight(text, marks, stretches, prefix, titles)}</div>')
    events = record.get("events", [])
    parts.append(f"<h3>Events ({len(events)})</h3>")
    if events:
        parts.append(table(EVENT_HEADERS, event_rows(record, prefix, anchors), numeric=[7],
                           attrs=' data-role="events"'))
    else:
        parts.append('<p class="note">No contact events found.</p>')
    parts.append("</section>")
    return "\n".join(parts)


LEGEND = ('<p class="legend chips"><span class="note">colours:</span>' + "".join(
    f'<span class="chip k-{k}">{label}</span>' for k, label in
    (("person", "person"), ("organization", "organisation"), ("country", "country"), ("city", "city"),
     ("group", "group"), ("time", "time expression")))
    + '<span class="chip k-evidence">event evidence</span>'
    + '<span class="note">hover a mark for the resolved actor or the time value; '
      'evidence links jump to the sentence</span></p>')


def records_page(records: list[dict], texts: dict[str, Optional[str]]) -> str:
    """One page for all records; more than one get a table of contents."""
    if len(records) == 1:
        r = records[0]
        section = article_section(r, texts.get(r.get("article", "")), 1, heading="h1", legend=True)
        return page(r.get("title") or r.get("article") or "Contact events", [section])
    title = f"Contact events: {len(records)} articles"
    body = [f"<h1>{esc(title)}</h1>", LEGEND]
    if not records:
        body.append('<p class="note">No articles.</p>')
        return page(title, body)
    rows = []
    for n, r in enumerate(records, 1):
        failed = "error" in r
        n_events = len(r.get("events", []))
        rows.append(f'<tr><td class="num" data-sort="{n}">{n}</td>'
                    f'<td><a href="#a{n}">{esc(r.get("title") or r.get("article"))}</a></td>'
                    + cell(r.get("article")) + cell(r.get("published") or "–")
                    + cell("failed" if failed else n_events, "num", sort=-1 if failed else n_events) + "</tr>")
    body.append('<nav class="toc">' + table(["#", "title", "article", "published", "events"], rows,
                                            numeric=[0, 4]) + "</nav>")
    body += [article_section(r, texts.get(r.get("article", "")), n) for n, r in enumerate(records, 1)]
    return page(title, body)
