"""Plain Python lists of a Doc's token attributes, built once per Doc and shared.

Every ``doc[i]`` (and every step of ``for tok in doc``) builds a new Token
object, ``doc.sents`` walks the whole Doc and ``doc.text`` joins it anew on
each access.  The rule components look at the same few attributes of the same
tokens many times, so they read them from a ``TokenTable`` instead:
``table.lower[i]`` is ``doc[i].lower_``, ``table.sents`` are the token bounds
of ``doc.sents``, ``table.doc_text`` is ``doc.text``, and so on.

``token_table(doc)`` builds the table on first use and hands the same one to
the later components of the pipeline (actors, times, events).
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from operator import add
from typing import Callable, Optional, TypeVar

from spacy.attrs import IDX, LEMMA, ORTH, SENT_START, SPACY
from spacy.tokens import Doc


_COLUMNS = [ORTH, IDX, SPACY, SENT_START]
K = TypeVar("K")
V = TypeVar("V")

#: language -> orth hash -> (text, lower, is_punct, is_space, is_alpha): a word's lexeme
#: attributes depend on the string and the language's rules alone, so they are read
#: once per process (a StringStore lookup builds a new Python string each time);
#: a language's memo is cleared when it grows past the limit
_LEXEME_MEMO: dict[str, dict[int, tuple[str, str, bool, bool, bool]]] = {}
_LEXEME_MEMO_LIMIT = 500_000

#: lemma hash -> its string, read once per process (a hash stands for one string in every
#: string store, and a StringStore lookup builds a new Python string each time)
_LEMMA_STRINGS: dict[int, str] = {}

#: the components' word memos (gate tokens, trigger words) are cleared past this size
WORD_MEMO_LIMIT = 200_000


def memoised(memo: dict[K, V], keys: list[K], compute: Callable[[K], V], limit: int) -> list[V]:
    """``[compute(k) for k in keys]`` through ``memo``, which is cleared when it has grown
    past ``limit`` (a corpus run meets ever new words).  Most calls find every key: that
    path reads them in one C loop and does not scan the answers for a gap."""
    try:
        return list(map(memo.__getitem__, keys))
    except KeyError:
        pass
    out = list(map(memo.get, keys))
    if None in out:
        if len(memo) > limit:
            memo.clear()
        for n, key in enumerate(keys):
            if out[n] is None:
                out[n] = memo[key] = compute(key)
    return out  # type: ignore[return-value]


def sentence_index(sents: list[tuple[int, int]], n: int) -> list[int]:
    """For each of ``n`` positions, the index of the sentence span ``[start, end)`` holding it."""
    sent_of = [0] * n
    for k, (s, e) in enumerate(sents):
        sent_of[s:e] = [k] * (e - s)
    return sent_of


def lexeme_attributes(doc: Doc, orths: list[int]) -> list[tuple[str, str, bool, bool, bool]]:
    """(text, lower, is_punct, is_space, is_alpha) of each orth hash, through the memo."""
    vocab = doc.vocab

    def attributes(orth: int) -> tuple[str, str, bool, bool, bool]:
        lex = vocab[orth]
        return lex.orth_, lex.lower_, lex.is_punct, lex.is_space, lex.is_alpha

    return memoised(_LEXEME_MEMO.setdefault(doc.lang_, {}), orths, attributes, _LEXEME_MEMO_LIMIT)


class TokenTable:
    """Token attributes of one Doc as lists indexed by token position."""

    def __init__(self, doc: Doc):
        self._doc = weakref.ref(doc)
        self.n = len(doc)
        # One array read instead of a Token object per token and attribute.
        cols = doc.to_array(_COLUMNS).T.tolist() if self.n else [[] for _ in _COLUMNS]
        orth, self.idx, spacy_ws, sent_start = cols
        lexemes = lexeme_attributes(doc, orth)
        self.text, self.lower, self.is_punct, self.is_space, self.is_alpha = \
            (list(col) for col in zip(*lexemes)) if lexemes else ([], [], [], [], [])
        self.ws = [" " if v else "" for v in spacy_ws]
        #: character offset just after each token (without its trailing whitespace)
        self.end = list(map(add, self.idx, map(len, self.text)))
        #: ``doc.text``: the tokens with their trailing whitespace
        self.doc_text = "".join(map(add, self.text, self.ws))
        #: the raw sentence-start values as ``doc.to_array(SENT_START)`` reads them
        #: (1 start, 0 unknown, -1 inside, which comes back as 2**64 - 1)
        self.sent_start_values: list[int] = sent_start
        #: the same as bytes, which ``token_table`` compares with the Doc's in one step
        self.sent_start_bytes = doc.to_array(SENT_START).tobytes() if self.n else b""
        #: ``Token.is_sent_start`` as a plain bool (unknown counts as False)
        self.is_sent_start = [v == 1 for v in self.sent_start_values]
        #: ``doc.has_annotation("SENT_START")``: can ``doc.sents`` be read?
        self.has_sents = doc.has_annotation("SENT_START")
        self._sents: Optional[list[tuple[int, int]]] = None
        self._sent_of: Optional[list[int]] = None
        self._lemma: Optional[list[str]] = None

    def reread_sentences(self, doc: Doc) -> None:
        """Read the sentence starts again after a component has set them (the segmenter, on
        the words this table holds), so that the later components reuse the table."""
        values = doc.to_array(SENT_START) if self.n else None
        self.sent_start_values = values.tolist() if values is not None else []
        self.sent_start_bytes = values.tobytes() if values is not None else b""
        self.is_sent_start = [v == 1 for v in self.sent_start_values]
        self.has_sents = doc.has_annotation("SENT_START")
        self._sents = self._sent_of = None

    # -- sentences ----------------------------------------------------------
    @property
    def sents(self) -> list[tuple[int, int]]:
        """Token bounds ``(start, end)`` of ``doc.sents`` (which raises without sentences)."""
        if self._sents is None:
            doc = self._doc()
            if not self.has_sents or "sents" in doc.user_hooks:
                self._sents = [(s.start, s.end) for s in doc.sents]
            else:
                # what Doc.sents does: a sentence starts at every token with sent_start == 1
                starts = [0] + [i for i in range(1, self.n) if self.sent_start_values[i] == 1]
                self._sents = list(zip(starts, starts[1:] + [self.n])) if self.n else []
        return self._sents

    @property
    def sent_of(self) -> list[int]:
        """Index of the sentence each token belongs to."""
        if self._sent_of is None:
            self._sent_of = sentence_index(self.sents, self.n)
        return self._sent_of

    def sent_chars(self, start: int, end: int) -> tuple[int, int]:
        """``(span.start_char, span.end_char)`` of the token span [start, end)."""
        return self.idx[start], self.end[end - 1]

    # -- other attributes -----------------------------------------------------
    @property
    def lemma(self) -> list[str]:
        """``token.lemma_`` of every token (read on first use)."""
        if self._lemma is None:
            doc = self._doc()
            strings = doc.vocab.strings
            self._lemma = memoised(_LEMMA_STRINGS, doc.to_array(LEMMA).tolist(), strings.__getitem__,
                                   _LEXEME_MEMO_LIMIT) if self.n else []
        return self._lemma

    # -- characters to tokens ---------------------------------------------------
    def token_by_char(self, char: int) -> int:
        """The token whose text or trailing whitespace holds a character, else -1 (as spaCy)."""
        if char < 0 or not self.n:
            return -1
        i = bisect_right(self.idx, char) - 1
        if i < 0 or char >= self.end[i] + len(self.ws[i]):
            return -1
        return i

    def char_span_expand(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """Token bounds of ``doc.char_span(start, end, alignment_mode="expand")``, or None."""
        s = self.token_by_char(start)
        if s < 0:
            return None
        e = self.token_by_char(end - 1)
        if e < 0:
            return None
        if start == self.end[s]:
            s += 1  # the trailing whitespace is not part of the token before
        return s, e + 1


_TABLES: "weakref.WeakKeyDictionary[Doc, TokenTable]" = weakref.WeakKeyDictionary()


def token_table(doc: Doc) -> TokenTable:
    """The TokenTable of a Doc, built on first use.

    A table is reused only while the Doc has the same length and sentence
    starts it was built with (a component may set new boundaries in between).
    """
    table = _TABLES.get(doc)
    if table is not None and table.n == len(doc) and (
            not table.n or table.sent_start_bytes == doc.to_array(SENT_START).tobytes()):
        return table
    table = TokenTable(doc)
    _TABLES[doc] = table
    return table


class WordTable:
    """A TokenTable without its blank tokens, for rules that walk from word to word.

    spaCy keeps one space after a token as its ``whitespace_`` and makes any further
    whitespace a token of its own: "Helmut  Kukacka" (two spaces, common in real articles)
    is "Helmut", " ", "Kukacka", and a rule that expects the surname right after the
    given name finds a space.  Here the words are numbered without the whitespace tokens
    that hold no line break (a line break stays: it ends a heading or a paragraph); the
    character offsets (``idx``, ``end``) and ``doc_text`` are the Doc's.  ``ws[k]`` is " "
    when any whitespace follows word k.  ``doc_index[k]`` is word k's token in the Doc and
    ``word_of(i)`` the word at or after Doc token i.
    """

    def __init__(self, table: TokenTable, keep: list[int]):
        self.table = table
        self.doc_index = keep
        self.n = len(keep)
        pick = lambda col: [col[i] for i in keep]  # noqa: E731
        self.text, self.lower, self.is_punct, self.is_alpha = (
            pick(table.text), pick(table.lower), pick(table.is_punct), pick(table.is_alpha))
        self.is_space = pick(table.is_space)
        self.idx, self.end = pick(table.idx), pick(table.end)
        self.ws = [" " if self.idx[k + 1] > self.end[k] else "" for k in range(self.n - 1)] \
            + ([table.ws[keep[-1]]] if keep else [])
        self.doc_text = table.doc_text
        self.has_sents = table.has_sents
        self.is_sent_start = pick(table.is_sent_start)
        self._sents: Optional[list[tuple[int, int]]] = None
        self._sent_of: Optional[list[int]] = None
        self._lemma: Optional[list[str]] = None

    def word_of(self, i: int) -> int:
        """The word at Doc token i, or the next word after a whitespace token."""
        return bisect_left(self.doc_index, i)

    @property
    def sents(self) -> list[tuple[int, int]]:
        if self._sents is None:
            bounds = ((self.word_of(s), self.word_of(e)) for s, e in self.table.sents)
            self._sents = [(s, e) for s, e in bounds if s < e]
        return self._sents

    @property
    def sent_of(self) -> list[int]:
        if self._sent_of is None:
            self._sent_of = sentence_index(self.sents, self.n)
        return self._sent_of

    @property
    def lemma(self) -> list[str]:
        if self._lemma is None:
            lemma = self.table.lemma
            self._lemma = [lemma[i] for i in self.doc_index]
        return self._lemma


_WORD_TABLES: "weakref.WeakKeyDictionary[Doc, WordTable]" = weakref.WeakKeyDictionary()
#: what makes a blank token: two spaces, or whitespace other than a space or a line break
_BLANK_MAKER = re.compile(r"  |[^\S \n]")


def word_table(doc: Doc, table: Optional[TokenTable] = None):
    """The Doc's tokens without blank tokens (``WordTable``); the TokenTable itself when the
    Doc has none, so that indices are then the Doc's.  ``table``: the Doc's TokenTable when
    the caller has it already."""
    table = table or token_table(doc)
    if True not in table.is_space or not _BLANK_MAKER.search(table.doc_text):
        return table
    blank = [space and "\n" not in text for space, text in zip(table.is_space, table.text)]
    if True not in blank:
        return table
    words = _WORD_TABLES.get(doc)
    if words is None or words.table is not table:
        words = WordTable(table, [i for i, b in enumerate(blank) if not b])
        _WORD_TABLES[doc] = words
    return words
