"""The German lookup lemmas as a compact on-disk store, built once per installation.

spaCy's German lookup table (355,000 word forms, a gzipped JSON in
spacy-lookups-data) takes about 0.4 s to load on every start; a one-article run
needs a few hundred of its entries.  The table (plus the project's overrides)
is therefore written once into an SQLite file in the user's cache directory and
looked up word by word, with an in-process memo.  Where no cache directory is
writable, the table is loaded into memory as before.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Optional

STORE_FORMAT = 1


def cache_dir() -> Optional[Path]:
    """``$EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/extractor``, else ``~/.cache/extractor``."""
    root = os.environ.get("EXTRACTOR_CACHE_DIR")
    if root:
        path = Path(root)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        path = Path(base) / "extractor"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


def spacy_table_path() -> Optional[Path]:
    try:
        import spacy_lookups_data
    except ImportError:
        return None
    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    return path if path.exists() else None


def read_spacy_table(path: Optional[Path]) -> dict[str, str]:
    if path is None:
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


class LemmaStore:
    """``get(form)``, ``form in store`` (a table entry) and ``is_known(word)`` (entry or lemma)."""

    def __init__(self, path: Optional[Path], table: Optional[dict[str, str]] = None):
        self.path = path
        self._table = table
        self._known: Optional[frozenset[str]] = None
        self._conn: Optional[sqlite3.Connection] = None
        self._pid = 0
        self.get_cached = lru_cache(maxsize=400_000)(self._get)
        self.known_cached = lru_cache(maxsize=400_000)(self._is_known)

    # -- the public lookups ---------------------------------------------------
    def get(self, form: str, default: Optional[str] = None) -> Optional[str]:
        found = self.get_cached(form)
        return default if found is None else found

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self.get_cached(form) is not None

    def is_known(self, word: str) -> bool:
        return self.known_cached(word)

    # -- backends -------------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        # A connection is not shared across fork(): each worker process opens its own.
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def _get(self, form: str) -> Optional[str]:
        if self._table is not None:
            return self._table.get(form)
        row = self._db().execute("SELECT lemma FROM lemma WHERE form = ?", (form,)).fetchone()
        return row[0] if row else None

    def _is_known(self, word: str) -> bool:
        if self._table is not None:
            if self._known is None:
                self._known = frozenset(self._table) | frozenset(self._table.values())
            return word in self._known
        return self._db().execute("SELECT 1 FROM known WHERE word = ?", (word,)).fetchone() is not None

    def __getstate__(self) -> dict:
        return {"path": self.path, "table": self._table}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"], state["table"])


def _fingerprint(source: Optional[Path], overrides: list[tuple[str, str]]) -> str:
    h = hashlib.sha1(f"format {STORE_FORMAT}".encode())
    if source is not None:
        st = source.stat()
        h.update(f"{source}:{st.st_size}:{int(st.st_mtime)}".encode())
    for form, lemma in overrides:
        h.update(f"{form}\t{lemma}\n".encode())
    return h.hexdigest()[:16]


def _build(path: Path, table: dict[str, str]) -> None:
    """Write the store to a temporary file and move it into place (safe with parallel builders)."""
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
        conn.execute("CREATE TABLE known (word TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.executemany("INSERT INTO lemma VALUES (?, ?)", table.items())
        conn.executemany("INSERT OR IGNORE INTO known VALUES (?)", ((w,) for w in _known_words(table)))
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _known_words(table: dict[str, str]) -> Iterator[str]:
    yield from table
    yield from table.values()


def open_store(overrides: list[tuple[str, str]], fallback: Callable[[], dict[str, str]]) -> LemmaStore:
    """The cached store (built on first use), or an in-memory one where nothing can be cached."""
    source = spacy_table_path()
    directory = cache_dir()
    if directory is not None:
        path = directory / f"de-lemmas-{_fingerprint(source, overrides)}.sqlite"
        try:
            if not path.exists():
                table = read_spacy_table(source)
                table.update(overrides)
                _build(path, table)
            return LemmaStore(path)
        except (OSError, sqlite3.Error):
            pass
    return LemmaStore(None, fallback())
