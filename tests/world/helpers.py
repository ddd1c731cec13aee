"""Hand-built article records for the world-event tests (no pipeline runs)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

#: Kinds of the actors the tests name; anything else is a person.
KINDS = {"Deutschland": "country", "Frankreich": "country", "Türkei": "country", "Russland": "country",
         "Paris": "city", "Berlin": "city", "Nato": "organization"}
MODS = {"approx": "APPROX", "mid": "MID", "start": "START", "end": "END"}


def event(type: str, names: list[str], date: Optional[str] = None, status: str = "occurred",
          initiator: Optional[str] = None, mod: Optional[str] = None, evidence: str = "…") -> dict:
    """An event spec: the article's actor ids are filled in by ``record``."""
    return {"type": type, "names": names, "date": date, "status": status, "initiator": initiator, "mod": mod,
            "evidence": evidence}


def record(article: str, published: Optional[str], *events: dict) -> dict:
    """An ``extract`` record with the given events (actors built from their names)."""
    actors: dict[str, dict] = {}
    out = []
    for n, ev in enumerate(events, 1):
        parts = []
        for name in ev["names"]:
            if name not in actors:
                actors[name] = {"id": f"A{len(actors) + 1}", "name": name, "kind": KINDS.get(name, "person"),
                                "roles": [], "country": None, "mentions": []}
            parts.append({"actor": actors[name]["id"], "name": name})
        date = None
        if ev["date"]:
            date = {"text": ev["date"], "start": 0, "end": 1, "type": "DATE", "value": ev["date"],
                    "mod": MODS.get(ev["mod"]) if ev["mod"] else None}
        out.append({"id": f"E{n}", "type": ev["type"], "participants": parts, "initiator": ev["initiator"],
                    "proposer": None, "date": date, "status": ev["status"],
                    "evidence": [{"start": 0, "end": len(ev["evidence"]), "text": ev["evidence"]}],
                    "confidence": 0.8, "codes": {"cameo": None, "plover": None, "plover_mode": None}})
    return {"article": article, "published": published, "title": None, "author": None,
            "pipeline": {"name": "test", "version": "0", "embedded": True},
            "actors": list(actors.values()), "times": [], "events": out, "warnings": []}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def reports_of(events: list[dict]) -> list[set[str]]:
    """Each world event as the set of its reports' 'article#event' ids."""
    return [{f"{r['article']}#{r['event_id']}" for r in ev["reports"]} for ev in events]
