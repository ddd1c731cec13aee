"""Step 4, merge: a cluster of reports becomes one world event (a dict in the WorldEvent schema).

- ``type``: the most specific of the reports' types (a call or meeting over a talk);
- ``participants``: the fullest name each participant is given in any report;
- ``initiator``: the one most reports name (ties: the earliest report's);
- ``date``: the most precise report date (a day over a week or month over a year,
  an exact over an ``approx`` one, then the most frequent): every report's date is
  consistent with it, since a cluster's days are the overlap of all its reports';
- ``status``: ``occurred`` once any report says so, else the latest report's;
  ``status_history`` lists each change in publication order (planned, then occurred);
- ``reports``: every report, in publication order; ``id``: a hash of the
  participant key, the date and the first report, stable across runs and engines.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Optional

from .keys import precision
from .rules import merged_type, names_agree

REPORT_FIELDS = ("article", "event_id", "published", "type", "status", "date", "date_mod", "initiator", "evidence")


def published_order(report: dict) -> tuple:
    return report["published"] or "9999", report["article"], report["event_id"]


def _initiator(reports: list[dict], names: list[str]) -> Optional[str]:
    votes = Counter()
    first: dict[str, int] = {}
    for i, r in enumerate(reports):
        if not r["initiator"]:
            continue
        name = next((n for n in names if names_agree(n, r["initiator"])), r["initiator"])
        votes[name] += 1
        first.setdefault(name, i)
    if not votes:
        return None
    return min(votes, key=lambda n: (-votes[n], first[n]))


def _date(reports: list[dict]) -> tuple[Optional[str], Optional[str]]:
    dated = [r for r in reports if r["date"]]
    if not dated:
        return None, None
    counts = Counter((r["date"], r["date_mod"]) for r in dated)
    best = min(counts, key=lambda d: (-precision(d[0]), d[1] == "approx", -counts[d], d[0]))
    return best


def _status(reports: list[dict]) -> tuple[str, list[dict]]:
    history: list[dict] = []
    for r in reports:
        if not history or history[-1]["status"] != r["status"]:
            history.append({"status": r["status"], "published": r["published"], "article": r["article"],
                            "event_id": r["event_id"]})
    status = "occurred" if any(r["status"] == "occurred" for r in reports) else reports[-1]["status"]
    return status, history


def world_event(cluster: dict) -> dict:
    """The world event of one cluster (see the module docstring)."""
    reports = sorted(cluster["reports"], key=published_order)
    keys = sorted(cluster["names"])
    names = [cluster["names"][k] for k in keys]
    date, date_mod = _date(reports)
    status, history = _status(reports)
    first = reports[0]
    digest = hashlib.blake2b(f"{cluster['key']}|{date or ''}|{first['article']}#{first['event_id']}".encode("utf-8"),
                             digest_size=6).hexdigest()
    published = [r["published"] for r in reports if r["published"]]
    return {
        "id": f"W{digest}", "type": merged_type(cluster["types"]), "participants": names,
        "participant_key": cluster["key"], "initiator": _initiator(reports, names),
        "date": date, "date_mod": date_mod, "status": status, "status_history": history,
        "reports": [{f: r[f] for f in REPORT_FIELDS} for r in reports],
        "report_count": len(reports), "article_count": len({r["article"] for r in reports}),
        "first_published": min(published) if published else None,
        "last_published": max(published) if published else None,
    }


def sort_key(event: dict, lo: Optional[int]) -> str:
    """The output order: by the act's first possible day (undatable last), then id; as a string for merging files."""
    return f"{lo if lo is not None else 9999999:07d}\t{event['id']}"
