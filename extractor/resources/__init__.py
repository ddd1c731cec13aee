"""Lexicons and patterns kept as data files, loaded once and validated.

Every ``*.tsv`` file under ``de/`` starts with ``#`` comment lines saying what it
holds, then a header row naming its columns; ``load_table`` returns the rows as
dicts and refuses duplicate keys, so a broken lexicon fails loudly at load time.

Resource folders: every loader takes an optional ``root``, a folder laid out like ``de/``
(``DATA_DIR``), and caches what it read per folder.  Without ``root`` a loader reads the
folder of the component running now (``using_resources``, set by the ``german_actors``,
``german_times`` and ``contact_events`` components around their work on a Doc, from their
``resources`` setting), else the packaged ``de/``.  So the rule steps deep inside a component
that call ``lexicon()`` or ``trigger_lexicon()`` without a root read the component's folder,
never silently another one; the actor steps' per-word caches (``folder_cache``) are emptied
when the folder changes.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Optional, TypeVar

from ..errors import ResourceError

DATA_DIR = Path(__file__).parent / "de"

#: The resource folder of the component running now; None: the packaged ``DATA_DIR``.
_ACTIVE: ContextVar[Optional[Path]] = ContextVar("extractor_resources", default=None)

T = TypeVar("T")


def resource_folder(root: Path | str | None) -> Optional[Path]:
    """The folder a setting names, as the cache key loaders use: None for the packaged one."""
    if root is None:
        return None
    path = Path(root).resolve()
    if not path.is_dir():
        raise ResourceError(f"resource folder {path} does not exist (it must be laid out like {DATA_DIR})")
    return None if path == DATA_DIR.resolve() else path


def resource_root(root: Path | str | None = None) -> Path:
    """``root``, else the folder of the component running now, else the packaged ``DATA_DIR``."""
    if root is None:
        root = _ACTIVE.get()
    return DATA_DIR if root is None else Path(root)


#: Word tests cached with ``folder_cache``, and the folder their cached answers belong to.
_WORD_CACHES: list = []
#: All ``word_cache`` memos, and how often a component may start before their sizes are checked.
_SIZED_CACHES: list = []
TRIM_EVERY = 64
_entries = [0]
_words_folder: list[Optional[Path]] = [None]
#: How many components of each folder are running now (threads of one process).
_running: dict[Optional[Path], int] = {}
_lock = threading.Lock()


def _switch_word_caches(folder: Optional[Path]) -> None:
    """Empty the word caches when the active folder changes (call with ``_lock`` held)."""
    if folder != _words_folder[0]:
        for cached in _WORD_CACHES:
            cached.cache_clear()
        _words_folder[0] = folder


@contextmanager
def using_resources(root: Optional[Path]) -> Iterator[None]:
    """Loaders called without a root read ``root`` (a ``resource_folder`` value) inside the block.

    The ``folder_cache`` word caches are emptied when the folder changes (entering the block,
    and leaving it back to another folder); so a process running only the packaged folder never
    empties them, and answers of two folders never mix.  Two folders at once in threads of one
    process would share the caches: that raises ``ResourceError``, it is not done silently."""
    outer = _ACTIVE.get()
    with _lock:
        if any(n for folder, n in _running.items() if folder != root):
            raise ResourceError(f"resource folder {root or DATA_DIR}: another resource folder is in use by a "
                                "component in another thread of this process; run them in separate processes")
        _switch_word_caches(root)
        _running[root] = _running.get(root, 0) + 1
        _entries[0] += 1
        if _entries[0] % TRIM_EVERY == 0:
            trim_word_caches()
    token = _ACTIVE.set(root)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
        with _lock:
            _running[root] -= 1
            _switch_word_caches(outer)


def per_folder(build: Callable[[Path], T]) -> Callable[..., T]:
    """Cache ``build(folder)`` per resource folder; the returned loader takes an optional
    ``root`` (None: the folder of the component running now, else the packaged one)."""
    built: dict[Optional[Path], T] = {}

    def load(root: Path | str | None = None) -> T:
        key = _ACTIVE.get() if root is None else resource_folder(root)
        try:
            return built[key]
        except KeyError:
            value = built[key] = build(DATA_DIR if key is None else key)
            return value

    load.__doc__ = build.__doc__
    load.__wrapped__ = build  # type: ignore[attr-defined]
    load.cache_clear = built.clear  # type: ignore[attr-defined]
    return load


def word_cache(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A memo for a pure word test, emptied whole once it holds more than ``maxsize`` answers
    (``trim_word_caches``).  An unbounded ``lru_cache`` finds a hit with one dict lookup; a
    bounded one also moves the entry in its recency list on every hit, and the rule stages ask
    these tests of every token several times (that bookkeeping cost them a tenth of their time)."""
    def decorate(func: Callable[..., T]) -> Callable[..., T]:
        cached = lru_cache(maxsize=None)(func)
        cached.maxsize = maxsize  # type: ignore[attr-defined]
        _SIZED_CACHES.append(cached)
        return cached
    return decorate


def trim_word_caches() -> None:
    """Empty the ``word_cache`` memos that have grown past their size (a corpus run meets ever
    new words)."""
    for cached in _SIZED_CACHES:
        if cached.cache_info().currsize > cached.maxsize:
            cached.cache_clear()


def folder_cache(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """``word_cache`` for word tests whose answers depend on a folder's lexicons: the cache is
    emptied whenever the active folder changes (``using_resources``), so answers of two folders
    never mix, and a hit costs what a plain ``lru_cache`` hit costs."""
    def decorate(func: Callable[..., T]) -> Callable[..., T]:
        cached = word_cache(maxsize)(func)
        _WORD_CACHES.append(cached)
        return cached
    return decorate


def resource_path(name: str, root: Path | str | None = None) -> Path:
    return resource_root(root) / name


def load_table(name: str, key: str | None = None, root: Path | str | None = None) -> tuple[dict[str, str], ...]:
    """Rows of a TSV resource as dicts; ``key`` names a column that must be unique."""
    return _load_table(resource_path(name, root), key)


@lru_cache(maxsize=None)
def _load_table(path: Path, key: str | None) -> tuple[dict[str, str], ...]:
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


def load_lines(name: str, root: Path | str | None = None) -> frozenset[str]:
    """A one-entry-a-line resource (comments with '#')."""
    return _load_lines(resource_path(name, root))


@lru_cache(maxsize=None)
def _load_lines(path: Path) -> frozenset[str]:
    with open(path, encoding="utf-8") as fh:
        return frozenset(l.strip() for l in fh if l.strip() and not l.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def german_lemma_table():
    """spaCy's German lookup lemmas (spacy-lookups-data) plus the project's overrides.

    The overrides are always the packaged ``lemma_overrides.tsv`` (the store is built once
    per installation, not per resource folder).

    Returns a ``LemmaStore``: ``table.get(form)``, ``form in table`` and
    ``table.is_known(word)`` (a form or a lemma of the table), kept in a compact
    on-disk store so that a start does not load the whole table.
    """
    from .lemma_store import open_store, read_spacy_table, spacy_table_path
    overrides = [(row["form"], row["lemma"]) for row in load_table("lemma_overrides.tsv", key="form", root=DATA_DIR)]

    def in_memory() -> dict[str, str]:
        table = read_spacy_table(spacy_table_path())
        table.update(overrides)
        return table
    return open_store(overrides, in_memory)
