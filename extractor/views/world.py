"""The world-event view: one row per world event, then each event with the list of its reports."""
from __future__ import annotations

from typing import Iterable

from .page import cell, esc, page, table

EVENT_HEADERS = ["#", "date", "type", "participants", "initiator", "status", "reports", "articles", "published"]
REPORT_HEADERS = ["published", "article", "event", "type", "status", "date", "initiator", "evidence"]


def _date(value, mod) -> str:
    return (value or "–") + (f" ({mod})" if mod else "")


def _history(ev: dict) -> str:
    return " → ".join(h["status"] for h in ev.get("status_history", [])) or ev.get("status", "")


def event_row(ev: dict, n: int) -> str:
    published = ev.get("first_published") or "–"
    if ev.get("last_published") and ev.get("last_published") != ev.get("first_published"):
        published += f" – {ev['last_published']}"
    return (f'<tr id="r-{esc(ev["id"])}"><td class="num" data-sort="{n}"><a href="#{esc(ev["id"])}">{n}</a></td>'
            + cell(_date(ev.get("date"), ev.get("date_mod")), "date", sort=ev.get("date") or "")
            + cell(ev["type"]) + cell(" · ".join(ev["participants"])) + cell(ev.get("initiator") or "–")
            + f'<td><span class="badge st-{esc(ev["status"])}">{esc(_history(ev))}</span></td>'
            + cell(ev["report_count"], "num") + cell(ev["article_count"], "num") + cell(published, "date") + "</tr>")


def report_row(r: dict) -> str:
    return ("<tr>" + cell(r.get("published") or "–", "date") + cell(r["article"]) + cell(r["event_id"])
            + cell(r["type"]) + f'<td><span class="badge st-{esc(r["status"])}">{esc(r["status"])}</span></td>'
            + cell(_date(r.get("date"), r.get("date_mod")), "date") + cell(r.get("initiator") or "–")
            + cell(r.get("evidence"), "evidence") + "</tr>")


def event_section(ev: dict, n: int) -> str:
    title = f"{n}. {ev['type']}: {' · '.join(ev['participants'])}, {_date(ev.get('date'), ev.get('date_mod'))}"
    meta = [ev["id"], f"status {_history(ev)}", ev.get("initiator") and f"initiator {ev['initiator']}",
            f"{ev['report_count']} reports in {ev['article_count']} articles"]
    return "\n".join([f'<section id="{esc(ev["id"])}" class="world-event">', f"<h2>{esc(title)}</h2>",
                      f'<p class="meta">{esc(" · ".join(m for m in meta if m))}</p>',
                      table(REPORT_HEADERS, (report_row(r) for r in ev["reports"]), attrs=' data-role="reports"'),
                      "</section>"])


def world_page(events: Iterable[dict]) -> str:
    """A self-contained page: the table of world events, then each event's reports."""
    events = list(events)
    reports = sum(ev["report_count"] for ev in events)
    title = f"World events: {len(events)} acts, {reports} reports"
    body = [f"<h1>{esc(title)}</h1>",
            '<p class="note">One row per real-world contact act; the articles reporting it are listed below it. '
            'Status shows the history in publication order (planned → occurred).</p>']
    if not events:
        body.append('<p class="note">No world events.</p>')
        return page(title, body)
    body.append('<nav class="toc">' + table(EVENT_HEADERS, (event_row(ev, n) for n, ev in enumerate(events, 1)),
                                           numeric=[0, 6, 7], attrs=' data-role="world-events"') + "</nav>")
    body += [event_section(ev, n) for n, ev in enumerate(events, 1)]
    return page(title, body)
