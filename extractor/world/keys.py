"""Step 1, normalisation: an article record's events become flat *reports* with keys to group by.

A report is a plain dict (JSON-serialisable, so it can be spilled to disk and
shipped to Dask workers) holding what matching needs of one event of one
article:

``key``        the participant key: the sorted normalised names, ``|``-joined
``names``      ``{name key: name as the article wrote it}``
``lo``, ``hi`` the days (proleptic ordinals) the act can have taken place on,
               after the report's own date and its publication date
``anchor``     the day the report points at most closely (for choosing between clusters)

Names are normalised as the scorer does (case, accents, hyphens, the alias
table of ``resources/de/name_aliases.tsv``); a **person** is keyed by the last
word of the name (so "Scholz" and "Olaf Scholz" meet), any other actor (a state,
a city as government, an organisation) by its whole name, so a person and
their state never share a key.
"""
from __future__ import annotations

import calendar
import datetime
import re
from typing import Iterator, Optional

from ..evaluate import name_key as evaluate_name_words
from ..schema import gold_date_value

#: How far an ``approx`` date ("vor wenigen Tagen", "kürzlich": the month of publication)
#: is widened on either side: the guidelines write the month literally even where the act
#: fell at the end of the month before.
APPROX_DAYS = 14
#: An occurred report without a date reports an act in the days before its publication ...
UNDATED_PAST_DAYS = 31
#: ... a planned, proposed or possible one an act in the weeks after it.
UNDATED_FUTURE_DAYS = 62
#: Statuses that assert the act lies in the past of the report.
PAST_STATUSES = frozenset({"occurred"})
#: Statuses that put the act in the report's future ("planned": agreed or scheduled, in the future).
FUTURE_STATUSES = frozenset({"planned"})
DATE_MODS = {"MID": "mid", "START": "start", "END": "end", "APPROX": "approx"}
_ROMAN = re.compile(r"^[ivxlc]+$")


# --- names -----------------------------------------------------------------------

#: The words of a name, case-folded, without accents, hyphens, dots or alias spellings: the
#: scorer's name rule (``evaluate.name_key``), so that grouping and scoring agree on names.
name_words = evaluate_name_words


def name_key(name: str, kind: Optional[str] = "person") -> str:
    """The key one participant is grouped by: a person's last name, else the whole name.

    A regnal number is no last name ("Felipe VI." keys as "felipe vi").
    """
    words = name_words(name)
    if not words:
        return ""
    if kind == "person" and not _ROMAN.match(words[-1]):
        return words[-1]
    return " ".join(words)


def participant_key(keys: list[str]) -> str:
    return "|".join(sorted(set(keys)))


# --- dates -------------------------------------------------------------------------

def _days(value: Optional[str]) -> Optional[tuple[int, int, int]]:
    """A partial ISO date as (first day, last day, precision: 3 day, 2 month, 1 year); None when unknown."""
    if not value or "X" in value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return datetime.date(year, 1, 1).toordinal(), datetime.date(year, 12, 31).toordinal(), 1
        month = int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1).toordinal(), datetime.date(year, month, last).toordinal(), 2
        day = datetime.date(year, month, int(parts[2])).toordinal()
    except ValueError:
        return None
    return day, day, 3


def week_days(timex: str) -> Optional[tuple[int, int]]:
    """A TIMEX3 week value ("2024-W19", "2024-W19-WE") as its days."""
    m = re.match(r"^(\d{4})-W(\d\d)(-WE)?", timex)
    if not m:
        return None
    try:
        first = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
    except ValueError:
        return None
    return first.toordinal(), first.toordinal() + (1 if m.group(3) else 6)


def ordinal_iso(day: int) -> str:
    return datetime.date.fromordinal(day).isoformat()


def report_interval(date: Optional[str], mod: Optional[str], status: str, published: Optional[str],
                    week: Optional[tuple[int, int]] = None) -> Optional[tuple[int, int, int]]:
    """(lo, hi, anchor): the days a report's act can lie on; None when nothing anchors it in time.

    The report's date (a day, month or year; ``approx`` widened by APPROX_DAYS)
    is cut by its publication: an occurred act lies on or before the day the
    report was published, a planned one on or after it (unless the date says
    otherwise: then the date is kept as it is).  Without a date, the act lies within UNDATED_PAST_DAYS
    before publication (occurred) or UNDATED_FUTURE_DAYS after it (otherwise).
    """
    pub = _days(published)
    own = _days(date)
    if own is None and week is not None:
        own = (week[0], week[1], 2)
    if own is not None:
        lo, hi, _ = own
        if mod == "approx":
            lo, hi = lo - APPROX_DAYS, hi + APPROX_DAYS
        anchor = (lo + hi) // 2
        if pub is not None and status in PAST_STATUSES and lo <= pub[1]:
            hi = min(hi, pub[1])  # published after the act
            anchor = min(anchor, hi)
        elif pub is not None and status in FUTURE_STATUSES and hi >= pub[0]:
            lo = max(lo, pub[0])  # announced before the act
            anchor = max(anchor, lo)
        return lo, hi, anchor
    if pub is None:
        return None
    if status in PAST_STATUSES:
        return pub[1] - UNDATED_PAST_DAYS, pub[1], pub[1]
    return pub[0], pub[1] + UNDATED_FUTURE_DAYS, pub[0]


def precision(date: Optional[str]) -> int:
    d = _days(date)
    return d[2] if d else 0


# --- reports ---------------------------------------------------------------------------

def event_date(event: dict) -> tuple[Optional[str], Optional[str], Optional[tuple[int, int]]]:
    """An event's date as (partial ISO value, mod, week days) from its TIMEX3 value."""
    date = event.get("date") or {}
    if date.get("type") not in ("DATE", "TIME") or not date.get("value"):
        return None, None, None
    value = gold_date_value(date["value"])
    week = week_days(date["value"])
    if week is not None:
        value = None
    return value, DATE_MODS.get(date.get("mod") or ""), week


def make_report(*, article: str, event_id: str, published: Optional[str], type: str, status: str,
                participants: list[tuple[str, Optional[str]]], initiator: Optional[str] = None,
                date: Optional[str] = None, date_mod: Optional[str] = None,
                week: Optional[tuple[int, int]] = None, evidence: str = "") -> Optional[dict]:
    """One report dict; ``participants`` are (name, kind) pairs.  None when fewer than two keys remain."""
    names: dict[str, str] = {}
    for name, kind in participants:
        k = name_key(name, kind)
        if k and (k not in names or len(name) > len(names[k])):
            names[k] = name
    if len(names) < 2:
        return None
    interval = report_interval(date, date_mod, status, published, week)
    lo, hi, anchor = interval if interval else (None, None, None)
    return {"key": participant_key(list(names)), "names": names, "article": article, "event_id": event_id,
            "published": published, "type": type, "status": status, "initiator": initiator,
            "date": date if date is not None else (ordinal_iso(week[0])[:7] if week else None),
            "date_mod": date_mod, "lo": lo, "hi": hi, "anchor": anchor, "evidence": evidence}


def reports_from_record(record: dict) -> Iterator[dict]:
    """The reports of one ``extract`` record (error records have none)."""
    if "error" in record:
        return
    kinds = {a.get("id"): a.get("kind") for a in record.get("actors", [])}
    for ev in record.get("events", []):
        value, mod, week = event_date(ev)
        evidence = ev.get("evidence") or []  # the longest: a body sentence rather than the headline
        report = make_report(
            article=record.get("article", ""), event_id=ev.get("id", ""), published=record.get("published"),
            type=ev["type"], status=ev["status"], initiator=ev.get("initiator"),
            participants=[(p["name"], kinds.get(p.get("actor"), "person")) for p in ev.get("participants", [])],
            date=value, date_mod=mod, week=week, evidence=max((e["text"] for e in evidence), key=len, default=""))
        if report is not None:
            yield report
