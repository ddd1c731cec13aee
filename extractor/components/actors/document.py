"""What the scanners share about one Doc: its tokens, sentences and blocked segments,
the lexicon phrases starting at each token, which tokens a candidate already covers, and
the candidates found so far."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from ..tokens import token_table, word_table
from ..types import BYLINE, CREDIT, HEADLINE, META, SUBHEAD, Segment
from ...lang.de.determiners import GENITIVE_ARTICLES
from .lexicon import DEFAULT_INSTITUTION, PLACE_KINDS, Entity, RoleMatch, lexicon
from .words import abbreviation_definitions

BLOCKED_SEGMENTS = frozenset({META, BYLINE, CREDIT})
HEADLINES = frozenset({HEADLINE, SUBHEAD})


@dataclass
class MentionCandidate:
    """A stretch of text the scan found that mentions actors: a person's name ("person"), a
    role-only reference to resolve ("roleref"), the role phrase before a name ("rolespan"),
    or a state, city or organisation ("entity").  The resolver links it to its actors."""
    start: int                 # char offsets
    end: int
    tok_start: int
    tok_end: int
    sent: int
    kind: str                  # person|roleref|rolespan|entity
    name: tuple[str, ...] = ()   # person: name tokens
    role: Optional[RoleMatch] = None
    role_base: Optional[str] = None
    female: Optional[bool] = None
    country: Optional[str] = None
    org: Optional[str] = None
    plural: bool = False
    count: int = 0             # "die beiden Präsidenten" -> 2
    countries: list[str] = field(default_factory=list)
    unlisted_states: bool = False  # "die Regierungschefs von zehn Staaten": holders of unnamed states
    state_class: bool = False      # "die Regierungschefs der Nachbarländer (...)": a noun of states
    entity: Optional[Entity] = None
    ent_name: str = ""          # organisation/institution display name
    from_role: bool = False     # a person name given right after a role
    actors: list[str] = field(default_factory=list)
    resolved_role: Optional[str] = None
    weak: bool = False          # from the statistical model
    extra_roles: tuple[str, ...] = ()  # "Staats- und Parteichef": Staatschef too


class ScanState:
    """One Doc's tokens and the candidates found in it (one instance per Doc)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = lexicon()
        # words without blank tokens: "Helmut  Kukacka" (two spaces) is one name
        self.doc_table = token_table(doc)
        self.toks = toks = word_table(doc, self.doc_table)
        self.n = toks.n
        self.texts = toks.text
        self.blocked = [False] * self.n
        self.seg_start_tok: set[int] = set()
        # a token belongs to the segment its first character lies in
        for seg in doc._.segments or []:
            first, last = self.segment_tokens(seg)
            if first < last and toks.idx[first] == seg.start:
                self.seg_start_tok.add(first)
            if seg.kind in BLOCKED_SEGMENTS:
                self.blocked[first:last] = [True] * (last - first)
        if toks.has_sents:
            self.sent_bounds: list[tuple[int, int]] = list(toks.sents)
            self.sent_of = toks.sent_of
        else:
            self.sent_bounds = [(0, self.n)]
            self.sent_of = [0] * self.n
        self.sent_first = [False] * self.n
        for s, e in self.sent_bounds:
            for i in range(s, e):
                if not toks.is_space[i] and not toks.is_punct[i]:
                    self.sent_first[i] = True
                    break
        self.covered = [False] * self.n
        suffixes = self.lex.org_suffix
        self.legal_forms = [k for k, text in enumerate(self.texts) if text in suffixes]  # "AG", "GmbH"
        self.cands: list[MentionCandidate] = []
        self._phrase_cache: dict[int, Optional[tuple[int, Entity]]] = {}
        self.org_alias: dict[str, Entity] = {}
        self.abbr_defs = abbreviation_definitions(self.texts)
        self.org_heads_seen: dict[str, Entity] = {}

    def headline_tokens(self) -> set[int]:
        """The tokens of the headlines and subheads, which drop articles ("Betriebsrat fordert
        Klarheit")."""
        out: set[int] = set()
        for seg in self.doc._.segments or []:
            if seg.kind in HEADLINES:
                out.update(range(*self.segment_tokens(seg)))
        return out

    def segment_tokens(self, seg: Segment) -> tuple[int, int]:
        """The tokens [first, last) of a segment: those whose first character lies in it."""
        return bisect_left(self.toks.idx, seg.start), bisect_left(self.toks.idx, seg.end)

    def word_of(self, i: int) -> int:
        """The word index of Doc token i (the Doc's own index when it has no blank tokens)."""
        return self.toks.word_of(i) if self.toks is not self.doc_table else i

    # -- token tests ------------------------------------------------------
    def t(self, i: int) -> str:
        """The text of token i; "" outside the Doc (for look-ahead and look-behind)."""
        return self.texts[i] if 0 <= i < self.n else ""

    def phrase_at(self, i: int) -> Optional[tuple[int, Entity]]:
        """Longest lexicon entity starting at token i: (token count, entity)."""
        if i in self._phrase_cache:
            return self._phrase_cache[i]
        hit = None
        # only the lengths of the phrases that start with this token can match
        for length in self.lex.phrase_lengths.get(self.t(i), ()):
            if length > self.n - i:
                continue
            key = tuple(self.texts[i:i + length])
            ent = self.lex.phrases.get(key)
            if ent is not None:
                hit = (length, ent)
                break
        self._phrase_cache[i] = hit
        return hit

    def prefixed_entity(self, i: int) -> Optional[tuple[Entity, str]]:
        """'US-Verteidigungsministerium', 'US-Regierung': (institution entity, noun)."""
        text = self.t(i)
        if "-" not in text:
            return None
        prefix, rest = text.rsplit("-", 1)
        if rest.endswith("ministeriums"):
            rest = rest[:-1]  # genitive
        if prefix in self.lex.prefixes and (rest in self.lex.institutions
                                            or rest.endswith("ministerium")):
            country, org = self.lex.prefixes[prefix]
            otype = self.lex.institutions.get(rest, DEFAULT_INSTITUTION)[1]
            name = f"{prefix}-{rest}"
            return Entity("organization", name, name, country, otype), rest
        return None

    def place_at(self, i: int) -> Optional[tuple[int, Entity]]:
        hit = self.phrase_at(i)
        return hit if hit and hit[1].kind in PLACE_KINDS else None

    def country_gen_at(self, i: int) -> Optional[tuple[int, str, str]]:
        """A state/city named in the genitive or with 'der': (tokens, iso, surface)."""
        k = i
        if self.t(k) in GENITIVE_ARTICLES:
            k += 1
        hit = self.phrase_at(k)
        if hit and hit[1].kind in PLACE_KINDS and (hit[1].genitive or k > i):
            return k + hit[0] - i, hit[1].country, " ".join(self.texts[i:k + hit[0]])
        return None

    def add(self, cand: MentionCandidate) -> None:
        for k in range(cand.tok_start, cand.tok_end):
            self.covered[k] = True
        self.cands.append(cand)

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks.idx[i], self.toks.end[j - 1]

    def entity_cand(self, i: int, j: int, ent: Entity, span_end: Optional[int] = None) -> int:
        end_tok = span_end or j
        s, e = self.span(i, end_tok)
        for k in range(i, j):
            self.covered[k] = True
        self.cands.append(MentionCandidate(s, e, i, end_tok, self.sent_of[i], "entity", entity=ent,
                               country=ent.country, ent_name=ent.base))
        return j

