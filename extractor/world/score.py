"""Step 5, scoring: world events against gold clusters (B-cubed and event-count error).

A gold file (``schemas/world-gold.schema.json``, e.g. ``corpus/world/gold.json``)
lists the real-world acts, each with the articles that report it.  Scoring:

1. **Alignment.** In each article, the gold reports and the extractor's events
   pair one-to-one: participants equal under the name rules (``rules.names_agree``),
   types compatible; among several, the same date and status first.
2. **B-cubed** over the gold reports: for a report, precision is the share of the
   reports in its predicted world event that are in its gold event, recall the
   share of its gold event's reports that are in its predicted world event;
   both averaged over reports.  A gold report the extractor missed is a world
   event of its own; predicted reports without a gold report are left out (the
   per-article scores of ``extract evaluate`` count those).
3. **Event-count error**: (predicted world events holding a gold report − gold
   events) / gold events: positive when acts are split over several world events,
   negative when acts are merged or missed altogether.

``oracle`` scores the grouping alone: the gold reports themselves are grouped,
so extraction errors do not count.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from pydantic import ValidationError

from ..errors import GoldError
from ..schema import WorldGoldFile
from .grouping import group_reports
from .keys import make_report, reports_from_record
from .rules import COMPATIBLE_TYPES, names_agree

#: The label of a gold report the extractor missed: a world event of its own in B-cubed, none in the count.
MISSED = "missed:"


def load_gold(path: Path) -> WorldGoldFile:
    try:
        return WorldGoldFile.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            err = exc.errors()[0]
            raise GoldError(str(path), ".".join(str(x) for x in err["loc"]), err["msg"]) from None
        raise GoldError(str(path), "(file)", f"cannot read it as JSON: {exc}") from None


def _article(name: str) -> str:
    return Path(name).name


def gold_items(gold: WorldGoldFile) -> list[dict]:
    """One item per gold report: its gold event, article, participants, type, status and date."""
    return [{"gold": ev.id, "article": _article(r.article), "participants": ev.participants,
             "type": r.type or ev.type, "status": r.status, "date": r.date, "date_mod": r.date_mod}
            for ev in gold.events for r in ev.reports]


def _same_people(gold_names: list[str], names: Iterable[str]) -> bool:
    names = list(names)
    if len(gold_names) != len(names):
        return False
    free = list(names)
    for g in gold_names:
        hit = next((n for n in free if names_agree(g, n)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def align(items: list[dict], reports: list[dict]) -> dict[int, int]:
    """Gold item index -> predicted report index, one-to-one within each article."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for j, r in enumerate(reports):
        by_article[_article(r["article"])].append(j)
    pairs = []
    for i, item in enumerate(items):
        for j in by_article.get(item["article"], ()):
            r = reports[j]
            if r["type"] in COMPATIBLE_TYPES[item["type"]] and _same_people(item["participants"], r["names"].values()):
                pairs.append((r["date"] != item["date"], r["status"] != item["status"], r["type"] != item["type"], i, j))
    out: dict[int, int] = {}
    used: set[int] = set()
    for *_, i, j in sorted(pairs):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def bcubed(gold_of: list[str], pred_of: list[str]) -> dict:
    """B-cubed precision, recall and F1 of item clusterings given as one label per item."""
    n = len(gold_of)
    if n == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    gold_members: dict[str, set[int]] = defaultdict(set)
    pred_members: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold_of, pred_of)):
        gold_members[g].add(i)
        pred_members[p].add(i)
    precision = recall = 0.0
    for i in range(n):
        both = len(gold_members[gold_of[i]] & pred_members[pred_of[i]])
        precision += both / len(pred_members[pred_of[i]])
        recall += both / len(gold_members[gold_of[i]])
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _clustering(gold_of: list[str], pred_of: list[str]) -> dict:
    gold_n, pred_n = len(set(gold_of)), len({p for p in pred_of if not p.startswith(MISSED)})
    scores = bcubed(gold_of, pred_of)
    gold_sets: dict[str, set[str]] = defaultdict(set)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    for g, p in zip(gold_of, pred_of):
        gold_sets[g].add(p)
        pred_sets[p].add(g)
    return {"bcubed": scores, "gold_events": gold_n, "predicted_events": pred_n,
            "count_error": round((pred_n - gold_n) / gold_n, 4) if gold_n else 0.0,
            "split": sorted(g for g, ps in gold_sets.items() if len(ps) > 1),
            "merged": sorted(sorted(gs) for gs in pred_sets.values() if len(gs) > 1)}


def score(gold: WorldGoldFile, records: Iterable[dict]) -> dict:
    """Scores of the world events grouped from ``records`` against ``gold`` (see the module docstring)."""
    items = gold_items(gold)
    articles = {it["article"] for it in items}
    records = [rec for rec in records if _article(rec.get("article", "")) in articles]
    published = {_article(rec["article"]): rec.get("published") for rec in records}
    reports = [r for rec in records for r in reports_from_record(rec)]
    events = group_reports(reports)
    event_of = {(r["article"], r["event_id"]): ev["id"] for ev in events for r in ev["reports"]}
    aligned = align(items, reports)
    pred_of = [event_of[(reports[aligned[i]]["article"], reports[aligned[i]]["event_id"])] if i in aligned
               else f"{MISSED}{i}" for i in range(len(items))]
    result = _clustering([it["gold"] for it in items], pred_of)
    result.update({"gold_reports": len(items), "predicted_reports": len(reports), "aligned_reports": len(aligned),
                   "world_events_total": len(events), "oracle": oracle(items, published)})
    return result


def oracle(items: list[dict], published: dict[str, Optional[str]]) -> dict:
    """The grouping alone: the gold reports (gold participants, types, dates, statuses; the
    records' publication dates) grouped by the rules."""
    reports = []
    for i, it in enumerate(items):
        r = make_report(article=it["article"], event_id=f"G{i}", published=published.get(it["article"]), type=it["type"],
                        status=it["status"], participants=[(n, "person") for n in it["participants"]],
                        date=it["date"], date_mod=it["date_mod"])
        reports.append(r)
    return _oracle_scores(items, reports)


def _oracle_scores(items: list[dict], reports: list[Optional[dict]]) -> dict:
    events = group_reports([r for r in reports if r is not None])
    event_of = {(r["article"], r["event_id"]): ev["id"] for ev in events for r in ev["reports"]}
    pred_of = [event_of[(it["article"], f"G{i}")] for i, it in enumerate(items)]
    out = _clustering([it["gold"] for it in items], pred_of)
    return {k: out[k] for k in ("bcubed", "gold_events", "predicted_events", "count_error", "split", "merged")}
