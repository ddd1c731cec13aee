"""Views of records: gold-file drafts (for labelling), CSV/Parquet dyads, HTML pages."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

from .errors import OutputError

DATE_MODS = {"MID": "mid", "START": "start", "END": "end", "APPROX": "approx"}


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


def gold_date_value(timex: str) -> Optional[str]:
    """A TIMEX3 value as the gold format writes dates (partial ISO), or None."""
    import re
    m = re.match(r"^((?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?)", timex)
    return m.group(1) if m else None


def write(records: list[dict], fmt: str, output: Optional[Path]) -> None:
    """Write records in one of the view formats."""
    if fmt == "gold":
        drafts = [gold_draft(r) for r in records if "error" not in r]
        text = (json.dumps(drafts[0], ensure_ascii=False, indent=2) + "\n" if len(drafts) == 1
                else "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts))
        _emit(text, output)
        return
    raise OutputError(f"format {fmt!r} is not available yet")


def _emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{output}: cannot write: {exc.strerror}") from None
