"""Reading the actors of a Doc, for the actor stage's tests."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SEED = Path("/work/shared/examples/seed-2022-10-diplomatie.txt")


def names(doc) -> set[str]:
    return {a.name for a in doc._.actors}


def actor_named(doc, name):
    found = [a for a in doc._.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in doc._.actors]}"
    return found[0]


def mention_names(doc, text) -> list[str]:
    by_id = {a.id: a.name for a in doc._.actors}
    return sorted(by_id[m.actor_id] for m in doc._.mentions if m.text == text)


def actors(run_pipeline, text):
    doc = run_pipeline(text, "2024-02-20")
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in doc._.actors}
