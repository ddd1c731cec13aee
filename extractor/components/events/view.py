"""Step 2, the document view: a Doc's mentions, times, segments and sentences indexed by token.

Built once per Doc and read by every later step.  It also knows who stands for whom: a
short organisation name for the full one ("Siemens" for "Siemens AG"), an office named by
role for its one named holder ("dem Kanzler" for Olaf Scholz), a state or capital for its
government's people ("Moskau" for Schoigu).
"""
from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple, Optional

from spacy.tokens import Doc

from ..actors import person_sex, role_of
from ..tokens import token_table
from ..triggers import TriggerLexicon
from ..types import CAPTION, HEADLINE, SUBHEAD, Actor, Mention, Segment, TimeValue
from ...lang.de.endings import NAME_GENITIVE_ENDINGS
from ...lang.de.nouns import SPEAKER_ROLES
from .clauses import Clause, clauses_of

#: segments too short to tell an act in full: headline, subhead, caption
SHORT_SEGMENTS = (HEADLINE, SUBHEAD, CAPTION)


class Sentence(NamedTuple):
    """What the rules read of a sentence Span: its token bounds and character offsets."""
    start: int
    end: int
    start_char: int
    end_char: int


class DocView:
    """Token-level index of a Doc's mentions, times and segments (built once per Doc)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.toks = toks = token_table(doc)
        self.actors: dict[str, Actor] = {a.id: a for a in (doc._.actors or [])}
        self.mentions: list[tuple[int, int, Mention]] = []
        for m in doc._.mentions or []:
            if m.actor_id is None or m.actor_id not in self.actors:
                continue
            span = toks.char_span_expand(m.start, m.end)  # doc.char_span(..., alignment_mode="expand")
            if span is not None:
                self.mentions.append((span[0], span[1], m))
        self.mentions.sort(key=lambda x: (x[0], x[1]))
        # An apposition names the office holder directly; it wins over matching by role.
        self.alias = {**short_to_full_organisation(list(self.actors.values())),
                      **unnamed_to_named(list(self.actors.values())), **self._apposition_aliases()}
        self.mentions = [(s, e, Mention(m.start, m.end, m.text, self.alias[m.actor_id], m.role, m.country, m.kind))
                         if m.actor_id in self.alias else (s, e, m) for s, e, m in self.mentions]
        # Indexes of the mentions by token, for the rules that look at the mentions next to a token.
        self.mention_starts = [s for s, _, _ in self.mentions]
        self._ending_at: dict[int, list[int]] = {}  # end token -> positions in self.mentions
        self._covering: dict[int, list[tuple[int, int, Mention]]] = {}  # token -> mentions over it
        self.in_mention_at = [False] * toks.n  # token -> inside some mention
        for k, x in enumerate(self.mentions):
            s, e, _ = x
            self._ending_at.setdefault(e, []).append(k)
            for j in range(s, e):
                self._covering.setdefault(j, []).append(x)
            self.in_mention_at[s:e] = [True] * (e - s)
        self.times: list[tuple[int, int, TimeValue]] = []
        for t in doc._.times or []:
            t = t.dating or t  # acts are dated by the date an expression gives ("kürzlich": this month)
            span = toks.char_span_expand(t.start, t.end)
            if span is not None:
                self.times.append((span[0], span[1], t))
        self.in_time_at = [False] * toks.n  # token -> inside some time expression
        for s, e, _ in self.times:
            self.in_time_at[s:e] = [True] * (e - s)
        # times in text order (as the tagger gives them) are found by bisection
        self._time_starts = [s for s, _, _ in self.times]
        self._times_ordered = self._time_starts == sorted(self._time_starts)
        self.segments = doc._.segments or []
        # segments in text order without overlaps (as the segmenter makes them) are found by bisection
        self._segments_ordered = all(seg.start <= seg.end for seg in self.segments) and \
            all(a.end <= b.start for a, b in zip(self.segments, self.segments[1:]))
        self._segment_starts = [seg.start for seg in self.segments]
        self.sentences = [Sentence(s, e, *toks.sent_chars(s, e)) for s, e in toks.sents]
        self.sentence_index = {sent.start: k for k, sent in enumerate(self.sentences)}
        self.sentence_starts = [sent.start for sent in self.sentences]
        self._clauses: dict[tuple[int, int], list[Clause]] = {}
        self._trigger_positions: dict[int, list[int]] = {}
        # clause -> its mentions that may take part (participants.participant_mentions)
        self.participant_memo: dict[tuple, list[tuple[int, int, Mention]]] = {}
        # sentence start -> does it report a match (readings.sport_report), asked once per trigger
        self.sport_memo: dict[int, bool] = {}

    def clauses(self, k: int, lex: TriggerLexicon) -> list[Clause]:
        """The clauses of sentence k (split once, read by several stages)."""
        key = (k, id(lex))
        if key not in self._clauses:
            sent = self.sentences[k]
            self._clauses[key] = clauses_of(self.toks, sent.start, sent.end, lex)
        return self._clauses[key]

    def possible_triggers(self, start: int, end: int, lex: TriggerLexicon) -> list[int]:
        """Tokens in [start, end) where ``match_trigger`` may find something: a capitalised
        contact noun or a contact verb form (the only words it accepts)."""
        positions = self._trigger_positions.get(id(lex))
        if positions is None:
            # lex.verbs holds only forms with at least one verb reading (lex.verb(form) is non-empty)
            positions = self._trigger_positions[id(lex)] = [
                i for i, hit in enumerate(lex.trigger_words(self.toks.text)) if hit]
        return positions[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]

    def _apposition_aliases(self) -> dict[str, str]:
        """"den saudischen Verteidigungsminister Prinz Chalid bin Salman": a role-only actor whose
        mention runs straight into a named person's is that person."""
        found: dict[str, str] = {}
        for (s1, e1, m1), (s2, e2, m2) in zip(self.mentions, self.mentions[1:]):
            a1, a2 = self.actors[m1.actor_id], self.actors[m2.actor_id]
            if a1.id != a2.id and is_unnamed(a1) and a2.kind == "person" and not is_unnamed(a2) and 0 <= s2 - e1 <= 1 \
                    and all(self.toks.text[k] != "," for k in range(e1, s2)):
                found.setdefault(a1.id, a2.id)
        return found

    def mentions_starting(self, lo: int, hi: int) -> list[tuple[int, int, Mention]]:
        """Mentions whose first token lies in [lo, hi), in text order."""
        return self.mentions[bisect.bisect_left(self.mention_starts, lo):bisect.bisect_left(self.mention_starts, hi)]

    def mentions_covering(self, token: int) -> list[tuple[int, int, Mention]]:
        """Mentions that include a token."""
        return self._covering.get(token, [])

    def phrase_start(self, s: int) -> int:
        """Start of the mention's phrase: a role mention of the same actor right before it counts."""
        start = s
        actors_here = {x[2].actor_id for x in self.mentions_starting(s, s + 1)}
        # Only a mention ending at s or s - 1 can qualify; once one is taken, the later ones
        # (in text order) start too late to qualify again.
        for k in sorted(self._ending_at.get(s, []) + self._ending_at.get(s - 1, [])):
            s2, e2, m2 = self.mentions[k]
            if e2 in (start, start - 1) and s2 < start and m2.actor_id in actors_here:
                start = s2
        return start

    def possessive_of_person(self, s: int, e: int) -> bool:
        """A state's genitive right before a person's mention ("Chinas Staatschef Xi")."""
        if not (e > s and self.toks.text[e - 1].endswith(NAME_GENITIVE_ENDINGS)):  # the text of doc[s:e]
            return False
        return any(s2 >= e and s2 - e <= 4 and self.actors[m2.actor_id].kind == "person"
                   and all(self.toks.text[k] != "," and not (self.toks.text[k] == "und" and not self.toks.text[k - 1].endswith("-"))
                           for k in range(e, s2)) for s2, e2, m2 in self.mentions_starting(e, e + 5))

    def sentence_of_char(self, char: int) -> int:
        tok = self.toks.char_span_expand(char, char + 1)
        if tok is None:
            return 0
        k = bisect.bisect_right(self.sentence_starts, tok[0]) - 1
        return max(k, 0)

    def same_paragraph(self, a: int, b: int) -> bool:
        """Tokens a and b lie in one segment (paragraph, caption, ...)."""
        ca, cb = self.toks.idx[a], self.toks.idx[b]
        if self._segments_ordered:
            seg = self.segment_at(ca)
            return seg is not None and seg.start <= cb < seg.end
        return any(seg.start <= ca < seg.end and seg.start <= cb < seg.end for seg in self.segments)

    def segment_at(self, char: int) -> Optional[Segment]:
        """The segment holding a character (segments in order, see __init__), or None."""
        k = bisect.bisect_right(self._segment_starts, char) - 1
        if k >= 0 and self.segments[k].start <= char < self.segments[k].end:
            return self.segments[k]
        return None

    def times_from(self, lo: int, hi: int) -> list[tuple[int, int, TimeValue]]:
        """The times that may start in [lo, hi] (all of them when they are not in text order)."""
        if not self._times_ordered:
            return self.times
        return self.times[bisect.bisect_left(self._time_starts, lo):bisect.bisect_right(self._time_starts, hi)]

    def previous_sentence_start(self, sent_start: int) -> int:
        k = self.sentence_index.get(sent_start, 0)  # sentence_starts are in order
        return self.sentence_starts[k - 1] if k > 0 else sent_start

    def in_mention(self, token: int) -> bool:
        return 0 <= token < self.toks.n and self.in_mention_at[token]

    def segment_kind(self, char: int) -> str:
        if self._segments_ordered:
            seg = self.segment_at(char)
            return seg.kind if seg is not None else "body"
        for seg in self.segments:
            if seg.start <= char < seg.end:
                return seg.kind
        return "body"

    def mentions_in(self, start: int, end: int, clause: Optional[Clause] = None) -> list[tuple[int, int, Mention]]:
        found = []
        # mentions are sorted by start: begin at the first one starting at or after `start`
        for k in range(bisect.bisect_left(self.mention_starts, start), len(self.mentions)):
            x = self.mentions[k]
            if x[0] > end:
                break
            if x[1] <= end and (clause is None or clause.covers(x[0])):
                found.append(x)
        return found

    def protagonist_before(self, token: int, exclude: set[str]) -> Optional[str]:
        """The person named most often before a token (ties: the most recent)."""
        counts: dict[str, tuple[int, int]] = {}
        for s, e, m in self.mentions:
            if e > token:
                break
            a = self.actors[m.actor_id]
            if a.kind == "person" and a.id not in exclude and not is_speaker(a):
                counts[a.id] = (counts.get(a.id, (0, 0))[0] + 1, s)
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _actors_before(self, token: int, exclude: set[str]) -> Iterator[Actor]:
        """The actors of the mentions that end before a token, the most recent first, without
        the excluded ones and spokespeople (who report an act and take no part in it)."""
        # mentions starting after the token also end after it: skip them
        for s, e, m in reversed(self.mentions[:bisect.bisect_right(self.mention_starts, token)]):
            actor = self.actors[m.actor_id]
            if e <= token and actor.id not in exclude and not is_speaker(actor):
                yield actor

    def actor_before(self, token: int, exclude: set[str]) -> Optional[str]:
        """The actor (of any kind) mentioned last before a token (for a demonstrative "diese")."""
        return next((a.id for a in self._actors_before(token, exclude)), None)

    def person_before(self, token: int, exclude: set[str], female: Optional[bool] = None) -> Optional[str]:
        """The most recent person actor mentioned before a token (for "er", "sie", "sein"); a
        person of the other sex (by role or given name) is skipped."""
        unknown = None  # for "sie": a woman by role or name wins over a person of unknown sex
        for actor in self._actors_before(token, exclude):
            if actor.kind != "person":
                continue
            sex = sex_of(actor)
            if female is None or sex is female:
                return actor.id
            if sex is None and female is True:
                unknown = unknown or actor.id
            elif sex is None:
                return actor.id  # "er": the nearest person not known to be a woman
        return unknown


def unnamed_to_named(actors: list[Actor]) -> dict[str, str]:
    """An office holder the article names only by role ("dem Kanzler", "Katars Regierungschef")
    is the one named person of that country holding that role, when there is exactly one."""
    alias = {}
    named = [a for a in actors if a.kind == "person" and not is_unnamed(a)]
    for a in actors:
        if not is_unnamed(a) or not a.roles:
            continue
        matches = [n for n in named if (n.country == a.country or a.country is None or n.country is None)
                   and any(_same_role(r, q) for r in a.roles for q in n.roles)]
        if not matches:
            # "dem Kanzler" when the article names "Friedrich Merz" without his office
            matches = [n for n in named if not n.roles and (n.country in (a.country, None))]
        if len(matches) == 1:
            alias[a.id] = matches[0].id
    return alias


def short_to_full_organisation(actors: list[Actor]) -> dict[str, str]:
    """"Aldermann" beside "Aldermann Capital", "Siemens" beside "Siemens AG": the short form
    names the one organisation whose name it begins."""
    orgs = [a for a in actors if a.kind in ("organization", "group") and " " in a.name]
    alias = {}
    for a in actors:
        if " " in a.name or a.kind not in ("organization", "person") or a.roles:
            continue
        longer = [o for o in orgs if o.id != a.id and o.name.startswith(a.name + " ")]
        if len(longer) == 1:
            alias[a.id] = longer[0].id
    return alias


def _same_role(a: str, b: str) -> bool:
    """"Kanzler" ~ "Bundeskanzler", "Regierungschef" ~ "Ministerpräsident" is not claimed."""
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(b) or b.endswith(a)


def is_speaker(actor: Actor) -> bool:
    """A spokesperson reports an act and takes no part in it."""
    return any(r.startswith(SPEAKER_ROLES) for r in actor.roles)


def is_female(actor: Actor) -> bool:
    return sex_of(actor) is True


def sex_of(actor: Actor) -> Optional[bool]:
    """A person's sex (True: a woman, None: unknown): by role, else by given name."""
    role_female = any(_female_role(r) for r in actor.roles) if actor.roles else None
    return person_sex(role_female, actor.name)


def _female_role(role: str) -> bool:
    """A role's female form: the roles table says so ("Landeshauptfrau", "Obfrau"), else the
    ending -in ("Ministerin")."""
    match = role_of(role)
    return match.female if match is not None and match.female is not None else role.endswith("in")


def view_sentence(view: DocView, clause: Clause) -> int:
    """The index of the clause's sentence."""
    return view.sentence_index.get(clause.sent_start, 0)


def is_unnamed(actor: Actor) -> bool:
    """A person known only by role ("katarischer Regierungschef")."""
    return actor.kind == "person" and actor.name[:1].islower()


def stands_in(actor: Actor) -> bool:
    """States, capitals and unnamed office holders stand in for a named person of their country."""
    return actor.kind in ("country", "city") or is_unnamed(actor)


def same_side(view_actors: dict[str, Actor], a: str, b: str) -> bool:
    """Actors a and b are one side of an act: the same actor, or one standing in for the other."""
    if a == b:
        return True
    x, y = view_actors.get(a), view_actors.get(b)
    if x is None or y is None:
        return False
    # A state, capital or unnamed office holder stands for its government's people ("Moskau" ~ Schoigu).
    if stands_in(x) and y.kind == "person" and not is_unnamed(y):
        return x.country is not None and x.country == y.country
    if stands_in(y) and x.kind == "person" and not is_unnamed(x):
        return y.country is not None and y.country == x.country
    return False
