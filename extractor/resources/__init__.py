"""Lexicons and patterns kept as data files, loaded once and validated.

Every ``*.tsv`` file under ``de/`` starts with ``#`` comment lines saying what it
holds, then a header row naming its columns; ``load_table`` returns the rows as
dicts and refuses duplicate keys, so a broken lexicon fails loudly at load time.
"""
from __future__ import annotations

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
def german_lemma_table():
    """spaCy's German lookup lemmas (spacy-lookups-data) plus the project's overrides.

    Returns a ``LemmaStore``: ``table.get(form)``, ``form in table`` and
    ``table.is_known(word)`` (a form or a lemma of the table), kept in a compact
    on-disk store so that a start does not load the whole table.
    """
    from .lemma_store import open_store, read_spacy_table, spacy_table_path
    overrides = [(row["form"], row["lemma"]) for row in load_table("lemma_overrides.tsv", key="form")]

    def in_memory() -> dict[str, str]:
        table = read_spacy_table(spacy_table_path())
        table.update(overrides)
        return table
    return open_store(overrides, in_memory)
