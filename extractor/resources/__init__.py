"""Lexicons and patterns kept as data files, loaded once and validated.

Every ``*.tsv`` file under ``de/`` starts with ``#`` comment lines saying what it
holds, then a header row naming its columns; ``load_table`` returns the rows as
dicts and refuses duplicate keys, so a broken lexicon fails loudly at load time.
"""
from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError

DATA_DIR = Path(__file__).parent / "de"


def resource_path(name: str) -> Path:
    return DATA_DIR / name


@lru_cache(maxsize=None)
def load_table(name: str, key: str | None = None) -> tuple[dict[str, str], ...]:
    """Rows of a TSV resource as dicts; ``key`` names a column that must be unique."""
    path = resource_path(name)
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise ResourceError(f"{path}:{lineno}: {len(cells)} columns, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            if key is not None:
                k = row[key]
                if k in seen:
                    raise ResourceError(f"{path}:{lineno}: duplicate key {k!r} (first on line {seen[k]})")
                seen[k] = lineno
            rows.append(row)
    if header is None:
        raise ResourceError(f"{path}: no header row")
    return tuple(rows)


@lru_cache(maxsize=None)
def load_lines(name: str) -> frozenset[str]:
    """A one-entry-a-line resource (comments with '#')."""
    with open(resource_path(name), encoding="utf-8") as fh:
        return frozenset(l.strip() for l in fh if l.strip() and not l.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def german_lemma_table() -> dict[str, str]:
    """spaCy's German lookup lemmas (spacy-lookups-data) plus the project's overrides."""
    table: dict[str, str] = {}
    try:
        import spacy_lookups_data
        path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", "de_lemma_lookup.json.gz")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            table = json.load(fh)
    except (ImportError, OSError):
        table = {}
    for row in load_table("lemma_overrides.tsv", key="form"):
        table[row["form"]] = row["lemma"]
    return table
