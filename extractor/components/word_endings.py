"""Which listed endings a word ends in: the heads of German compounds.

German builds roles, contact nouns and person nouns as compounds whose last part
carries the meaning ("Verteidigungsministerin", "Krisentreffen", "Opernsänger").
Trying every listed head with ``endswith`` costs a test per entry for every new
word; an ``EndingIndex`` looks the word's last n letters up once for each length
the heads come in.
"""
from __future__ import annotations

from typing import Generic, Iterable, Iterator, Optional, TypeVar

V = TypeVar("V")

#: Words whose first-ranked ending an index remembers; past it the memo starts afresh, so a
#: long batch run does not grow it without end.
MEMO_SIZE = 50_000


class EndingIndex(Generic[V]):
    """Endings with a value each, kept with their rank (the order they were given in)."""

    def __init__(self, entries: Iterable[tuple[str, V]]):
        self._by_ending: dict[str, list[tuple[int, V]]] = {}
        for rank, (ending, value) in enumerate(entries):
            if not ending:
                raise ValueError("an empty ending would match every word")
            self._by_ending.setdefault(ending, []).append((rank, value))
        self._lengths = tuple(sorted({len(e) for e in self._by_ending}))
        self._first: dict[tuple[str, int], Optional[V]] = {}

    def matches(self, word: str, before: int, length: Optional[int] = None) -> Iterator[tuple[int, V]]:
        """(rank, value) of every ending of ``word`` with more than ``before`` letters ahead of it
        (``length``: the word's length to count with, when it differs from the text looked up)."""
        size = len(word) if length is None else length
        for n in self._lengths:
            if size <= n + before:
                break
            yield from self._by_ending.get(word[-n:], ())

    def first(self, word: str, before: int) -> Optional[V]:
        """The value of the first-ranked ending of ``word`` (see ``matches``), or None.  Remembered:
        the same words come back in every article ("Regierung", "Ministerium")."""
        key = (word, before)
        if key in self._first:
            return self._first[key]
        best = min(self.matches(word, before), default=None, key=lambda hit: hit[0])
        value = None if best is None else best[1]
        if len(self._first) >= MEMO_SIZE:
            self._first.clear()
        self._first[key] = value
        return value
