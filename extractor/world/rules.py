"""Step 2, the matching rules: may a report join a world event (a cluster of reports)?

Reports arrive with the same participant key (grouping guarantees it).  A
report joins a cluster only when every rule holds:

``names``     every participant's name agrees with the cluster's fullest one:
              equal, or one is the last words of the other ("Scholz" / "Olaf
              Scholz"; not "Joe Biden" / "Hunter Biden").  A person and their state
              have different keys already and never meet here.
``type``      compatible with every type in the cluster: ``talk`` (mode not
              given) goes with ``call`` and ``meeting``; ``call`` and ``meeting``
              do not go together; ``correspondence`` only with itself.
``date``      the report's days overlap the cluster's: the same day; a month, a
              week, a year or an ``approx`` date contains the day.  The days of an
              occurred report end on its publication day, so a report published
              before an act never matches it.
``article``   no two reports of one article: within an article the extractor has
              merged the mentions of one act already, so its events are different acts.

Status is no rule: a planned and a later occurred report of one act are one
world event with a status history.  When several clusters accept a report it
joins the one whose days lie nearest the report's anchor (an undated follow-up:
the latest act before it was published), then the one with the same type.
"""
from __future__ import annotations

from typing import Optional

from .keys import name_words

#: Which types may report the same act (symmetric).
COMPATIBLE_TYPES = {
    "call": frozenset({"call", "talk"}),
    "meeting": frozenset({"meeting", "talk"}),
    "talk": frozenset({"talk", "call", "meeting"}),
    "correspondence": frozenset({"correspondence"}),
}
#: The more specific type wins when a cluster holds several: a call or meeting over a talk.
TYPE_RANK = {"call": 0, "meeting": 1, "correspondence": 2, "talk": 3}


def names_agree(a: str, b: str) -> bool:
    """Equal after normalisation, or the shorter is the last words of the longer."""
    wa, wb = name_words(a), name_words(b)
    if wa == wb or "".join(wa) == "".join(wb):
        return True
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return bool(short) and long_[-len(short):] == short


def types_compatible(types, new: str) -> bool:
    return all(new in COMPATIBLE_TYPES[t] for t in types)


def merged_type(types) -> str:
    return min(types, key=TYPE_RANK.__getitem__)


def days_overlap(lo: Optional[int], hi: Optional[int], report: dict) -> bool:
    if lo is None or report["lo"] is None:
        return lo is None and report["lo"] is None  # the undatable only meet the undatable
    return report["lo"] <= hi and lo <= report["hi"]


def can_join(cluster: dict, report: dict) -> bool:
    """Every rule of the module docstring holds for ``report`` and ``cluster``."""
    if report["key"] != cluster["key"] or report["article"] in cluster["articles"]:
        return False
    if not types_compatible(cluster["types"], report["type"]):
        return False
    if not days_overlap(cluster["lo"], cluster["hi"], report):
        return False
    return all(names_agree(name, cluster["names"][k]) for k, name in report["names"].items())


def preference(cluster: dict, report: dict) -> tuple:
    """Smaller is better: distance of the cluster's days from the report's anchor, then a different type."""
    if cluster["lo"] is None or report["anchor"] is None:
        distance = 0
    else:
        a = report["anchor"]
        distance = 0 if cluster["lo"] <= a <= cluster["hi"] else min(abs(a - cluster["lo"]), abs(a - cluster["hi"]))
    return distance, report["type"] not in cluster["types"], cluster["seq"]


def best_cluster(clusters: list[dict], report: dict) -> Optional[dict]:
    candidates = [c for c in clusters if can_join(c, report)]
    return min(candidates, key=lambda c: preference(c, report)) if candidates else None
