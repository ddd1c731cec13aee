"""Contact events: who called, met, talked with or wrote to whom, when, and did it happen.

Per sentence: find contact triggers (verbs by their inflected forms, nouns and
their compounds), cut the sentence into clauses, take the actor mentions of the
trigger's clause as participants (partner markers "mit", "zwischen", "an"
decide who is on which side; sources, topics and places are left out), the
clause's time as the date, tense/modality/negation cues as the status, and
explicit cues as initiator or proposer.  Mentions of one act in headline,
lead, body and caption are then merged into one event.

The rules run on tokens, the actor mentions and the times, so they work in
the embedded pipeline; nothing here needs the statistical model.
"""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .actors import is_place_noun
from .tokens import TokenTable, token_table
from .segmenter import strip_span
from .triggers import Trigger, TriggerLexicon, trigger_lexicon
from .types import (CAPTION, HEADLINE, SUBHEAD, Actor, ContactEvent, Mention,
                    Segment, TimeValue)

SUBORDINATORS = frozenset(
    "dass weil nachdem als wenn ob obwohl obgleich während bevor ehe damit sodass da wie wo seit seitdem "
    "bis falls indem sofern solange sobald zumal nachdem wobei weshalb weswegen worauf wonach woraufhin".split())
COORD_CLAUSE = frozenset("aber doch sondern denn jedoch".split())
RELATIVE = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen".split())
DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner seines ihr ihre "
    "ihren ihrem ihrer ihres dessen deren beide beiden beider".split())
SEPARABLE_PARTICLES = frozenset(
    "ab an auf aus ein zu vor nach zurück weg fest dar her hin los bei um durch zusammen statt".split())
PRONOUNS_MASC = frozenset({"er", "ihm", "ihn"})
PRONOUNS_FEM = frozenset({"sie"})
GROUP_WORDS = {"beide": 2, "beiden": 2, "beider": 2, "drei": 3, "vier": 4}
GROUP_NOUNS = frozenset({"seiten", "parteien", "politiker", "politikerinnen", "minister", "ministerinnen",
                         "chefdiplomaten", "staatschefs", "regierungschefs", "präsidenten", "männer", "frauen"})
RECIPROCAL = frozenset({"miteinander", "untereinander", "einander"})
NUMERAL_GROUP_DETERMINERS = frozenset({"die", "der", "den", "alle", "allen", "diese", "dieser", "diesen"})
TWICE = frozenset({"zweimal", "zwei-mal"})
CLAUSE_BREAKS = frozenset({";", ":", "–", "—"})
SPEAKER_ROLES = ("Sprecher", "Sprecherin", "Regierungssprecher", "Regierungssprecherin")
# "soll ... initiiert haben": sollen with a perfect infinitive reports the past.
PERFECT_AUX = frozenset({"haben", "sein", "worden"})
PARTNER_PREPS = frozenset({"mit", "zwischen", "an", "bei", "von", "gegenüber"})
PREPOSITIONS = frozenset(
    "mit zwischen an bei von vom gegenüber über laut für gegen ohne in im aus nach zum zur ins bis durch "
    "unter neben vor hinter seit während wegen trotz".split())
INITIATIVE_VON = frozenset({"initiative", "wunsch", "einladung", "betreiben", "veranlassung", "anregung", "bitte"})


@dataclass
class Clause:
    start: int  # token index
    end: int
    sent_start: int
    sent_end: int
    holes: tuple[tuple[int, int], ...] = ()  # embedded clauses ("Ruto hatte Daglo, der ..., empfangen")

    def tokens(self) -> list[int]:
        if not self.holes:
            return list(range(self.start, self.end))
        return [j for j in range(self.start, self.end) if not any(a <= j < b for a, b in self.holes)]

    def covers(self, j: int) -> bool:
        return self.start <= j < self.end and not (self.holes and any(a <= j < b for a, b in self.holes))


@dataclass
class Candidate:
    """One mention of a contact act, before merging."""
    type: str
    participants: list[str]
    trigger: tuple[int, int]  # token span
    evidence: tuple[int, int]  # char span (the sentence)
    segment: str
    status: str = "occurred"
    initiator: Optional[str] = None
    proposer: Optional[str] = None
    date: Optional[TimeValue] = None
    confidence: float = 0.6
    mode: str = "none"
    frame: str = "symmetric"
    group: int = 0  # candidates of one trigger that stand for separate acts
    sentence: int = 0
    # True: told in the pluperfect, an act before the story's own; False: told by a contact verb
    # in another tense; None: not known (a noun, often a back-reference: "aus dem Treffen")
    anterior: Optional[bool] = None
    merged: list["Candidate"] = field(default_factory=list)


# --- clauses -------------------------------------------------------------------

def _is_verb_final_end(toks: TokenTable, j: int) -> bool:
    """A lower-case word before a comma usually closes a verb-final clause ("..., dass X kam, ...")."""
    return toks.is_alpha[j] and toks.text[j][:1].islower() and toks.text[j] not in DETERMINERS


def split_clauses(sent: Span, lex: Optional[TriggerLexicon] = None) -> list[Clause]:
    """Clauses of a sentence (a Span); see ``clauses_of``."""
    return clauses_of(token_table(sent.doc), sent.start, sent.end, lex)


def clauses_of(toks: TokenTable, sent_start: int, sent_end: int,
               lex: Optional[TriggerLexicon] = None) -> list[Clause]:
    """Clauses of the sentence [sent_start, sent_end): subordinate clauses, clause breaks
    (; : –), adversative coordination, and reporting clauses (", sagte Scholz", ", Österreich
    werde ...").

    Commas inside lists and appositions do not split ("mit den Amtskollegen aus
    Frankreich (Sébastien Lecornu), Großbritannien (Ben Wallace) und ...";
    "Erdoğan, der schwedische Ministerpräsident Ulf Kristersson und ...").
    """
    lex = lex or trigger_lexicon()
    bounds = [sent_start]
    in_sub = False
    for i in range(sent_start, sent_end):
        text = toks.text[i]
        has_next = i + 1 < sent_end
        if text in CLAUSE_BREAKS and has_next:
            bounds.append(i + 1)
            in_sub = False
            continue
        if text == "," and has_next:
            if _starts_subclause(toks, i + 1, sent_end) or _starts_report(toks, i + 1, sent_end, lex):
                bounds.append(i + 1)
                in_sub = True
            elif in_sub and i > sent_start and _is_verb_final_end(toks, i - 1):
                bounds.append(i + 1)
                in_sub = False
        if i == sent_start and toks.lower[i] in SUBORDINATORS:
            in_sub = True
    bounds.append(sent_end)
    clauses = [Clause(a, b, sent_start, sent_end) for a, b in zip(bounds, bounds[1:]) if b > a]
    return _rejoin_interrupted(toks, clauses)


def _rejoin_interrupted(toks: TokenTable, clauses: list[Clause]) -> list[Clause]:
    """"Ruto hatte Daglo, der auch ... bekannt ist, vergangene Woche empfangen": the main clause
    goes on after the relative clause; its two parts are one clause with a hole."""
    out: list[Clause] = []
    k = 0
    while k < len(clauses):
        c = clauses[k]
        if k + 2 < len(clauses) and _is_embedded(toks, clauses[k + 1]) and not _is_embedded(toks, clauses[k + 2]) \
                and not _is_embedded(toks, c) and _lacks_finite_start(toks, clauses[k + 2]):
            sub, rest = clauses[k + 1], clauses[k + 2]
            out.append(Clause(c.start, rest.end, c.sent_start, c.sent_end, ((sub.start, sub.end),)))
            out.append(sub)
            k += 3
            continue
        out.append(c)
        k += 1
    return out


def _is_embedded(toks: TokenTable, c: Clause) -> bool:
    first = toks.lower[c.start]
    second = toks.lower[c.start + 1] if c.start + 1 < c.end else ""
    return first in RELATIVE or first in SUBORDINATORS or (first in PREPOSITIONS and second in RELATIVE)


def _lacks_finite_start(toks: TokenTable, c: Clause) -> bool:
    """The rest of a main clause starts with an adverbial or object, not with a new finite verb + subject."""
    return toks.lower[c.start] not in SUBORDINATORS and toks.lower[c.start] not in COORD_CLAUSE


REPORT_AUX = frozenset({"hatte", "hat", "hatten", "haben", "hätte", "habe"})
REPORTED_FINITE = frozenset(
    "werde werden habe haben sei seien wolle wollen könne können müsse müssen solle sollen dürfe hätte hätten wäre wären".split())


def _starts_subclause(toks: TokenTable, j: int, end: int) -> bool:
    """After a comma: "dass ...", "kurz nachdem ...", "der sich ..." (relative), "um ... zu"."""
    low = toks.lower[j]
    if low in SUBORDINATORS or low in COORD_CLAUSE:
        return True
    if j + 1 < end and toks.lower[j + 1] in SUBORDINATORS and toks.is_alpha[j] and toks.text[j][:1].islower():
        return True  # "kurz nachdem", "noch bevor"
    if low in PREPOSITIONS and j + 1 < end and toks.lower[j + 1] in RELATIVE and j + 2 < end \
            and not toks.text[j + 2][:1].isupper():
        return True  # "ein Brief an X, in dem er ..."
    if low in RELATIVE:
        # "Erdoğan, der schwedische Ministerpräsident": article + adjectives + noun is an apposition.
        k = j + 1
        while k < end and _inflected_lowercase(toks, k):
            k += 1
        return not (k < end and toks.text[k][:1].isupper())
    return low in ("um", "ohne", "statt") and _has_zu_infinitive(toks, j, end)


def _starts_report(toks: TokenTable, j: int, end: int, lex: TriggerLexicon) -> bool:
    """", sagte Scholz", ", teilte das Ministerium mit", ", Österreich werde ... unterstützen"."""
    if toks.lower[j] in lex.speech_verbs:
        return True
    if toks.lower[j] in REPORT_AUX and any(toks.lower[k] in lex.speech_verbs for k in range(j + 1, min(end, j + 16))):
        return True  # ", hatte López Obrador anschließend ... berichtet"
    return toks.text[j][:1].isupper() and any(toks.lower[k] in REPORTED_FINITE for k in range(j + 1, min(end, j + 4)))


def _has_zu_infinitive(toks: TokenTable, start: int, end: int) -> bool:
    return any(toks.lower[j] == "zu" or "zu" in toks.lower[j][2:6] for j in range(start, min(end, start + 12)))


# --- the component ---------------------------------------------------------------

@Language.factory("contact_events", default_config={"min_participants": 2, "merge_mentions": True})
def make_events(nlp: Language, name: str, min_participants: int, merge_mentions: bool) -> "ContactEventExtractor":
    return ContactEventExtractor(nlp, min_participants=min_participants, merge_mentions=merge_mentions)


class ContactEventExtractor:
    """Sets ``Doc._.events``; runs the segmenter, actor and time stages itself when they are missing,
    so ``nlp.add_pipe("contact_events")`` works on any German pipeline."""

    def __init__(self, nlp: Optional[Language] = None, min_participants: int = 2, merge_mentions: bool = True):
        self.min_participants = min_participants
        self.merge_mentions = merge_mentions
        self._prereqs = None

    def _ensure_prerequisites(self, doc: Doc) -> Doc:
        if doc._.segments is not None and doc._.mentions is not None and doc._.times is not None:
            return doc
        if self._prereqs is None:
            from .actors import make_actors
            from .segmenter import Segmenter
            from .times import make_times
            self._prereqs = (Segmenter(), make_actors(None, "german_actors"), make_times(None, "german_times"))
        segmenter, actors, times = self._prereqs
        if doc._.segments is None:
            if doc.has_annotation("SENT_START"):
                from .segmenter import find_segments
                doc._.segments = find_segments(doc.text)
            else:
                doc = segmenter(doc)
        if doc._.mentions is None:
            doc = actors(doc)
        if doc._.times is None:
            doc = times(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        doc = self._ensure_prerequisites(doc)
        view = DocView(doc)
        candidates = find_candidates(doc, trigger_lexicon(), self.min_participants, view)
        apply_document_initiatives(doc, candidates, view)
        events = merge_candidates(candidates, {a.id: a for a in doc._.actors or []}) if self.merge_mentions else [[c] for c in candidates]
        doc._.events = [to_event(group, doc, view.toks) for group in events]
        return doc


# --- candidates ---------------------------------------------------------------------

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
        self._participants: dict[tuple, list[tuple[int, int, Mention]]] = {}

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
        if not (e > s and self.toks.text[e - 1].endswith(("s", "'"))):  # the text of doc[s:e]
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

    def participant_mentions(self, clause: Clause) -> list[tuple[int, int, Mention]]:
        """The mentions of a clause that may take part (``_excluded`` drops the others);
        several triggers of one clause ask for the same."""
        key = (clause.start, clause.end, clause.sent_start, clause.sent_end, clause.holes)
        found = self._participants.get(key)
        if found is None:
            found = self._participants[key] = [
                (s, e, m) for s, e, m in self.mentions_in(clause.start, clause.end, clause)
                if not _excluded(self.toks, self, s, e, m, clause)]
        return found

    def mentions_in(self, start: int, end: int, clause: Optional["Clause"] = None) -> list[tuple[int, int, Mention]]:
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
            if a.kind == "person" and a.id not in exclude and not _is_speaker(a):
                counts[a.id] = (counts.get(a.id, (0, 0))[0] + 1, s)
        return max(counts, key=lambda k: counts[k]) if counts else None

    def person_before(self, token: int, exclude: set[str], female: Optional[bool] = None) -> Optional[str]:
        """The most recent person actor mentioned before a token (for "er", "sie", "sein")."""
        # mentions starting after the token also end after it: skip them
        unknown = None  # for "sie": a woman named by her role wins over a person of unknown gender
        for s, e, m in reversed(self.mentions[:bisect.bisect_right(self.mention_starts, token)]):
            if e > token:
                continue
            actor = self.actors[m.actor_id]
            if actor.kind != "person" or actor.id in exclude or _is_speaker(actor):
                continue
            if female is not None and _is_female(actor) is not female and actor.roles:
                continue
            if female is True and not actor.roles:
                unknown = unknown or actor.id
                continue
            return actor.id
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


def _is_role_plural(word: str) -> bool:
    """"der beiden Chefdiplomaten", "die drei Minister": a role noun, not "allen drei Gesprächen"."""
    from .actors import role_of
    return role_of(word) is not None


def group_reference(view: "DocView", recent: list["Candidate"], n: int, token: int,
                    history: Optional[list["Candidate"]] = None) -> list[str]:
    """Who "die beiden" / "die drei" are: the last act with that many participants, else the last
    n distinct persons named before."""
    # "beide Seiten" are often organisations; "die beiden" are people
    any_kind = view.toks.lower[token + 1] in ("seiten", "parteien") if token + 1 < view.toks.n else False
    if any_kind:
        # "Vertreter von Verdi und KAV kamen zusammen. ... Verdi-Verhandlungsführer Brandstätter schlug
        # ein Gespräch mit KAV-Chefin Okonkwo-Maier vor. ... wollen sich beide Seiten im März treffen":
        # the sides are the last organisations or states that met, not their negotiators.
        for c in ([recent[0]] if recent else []) + (history or [])[-6:][::-1]:
            if len(c.participants) == n and all(view.actors[a].kind != "person" for a in c.participants):
                return list(c.participants)
    if recent and len(recent[0].participants) == n:
        return list(recent[0].participants)
    earlier = [c for c in (history or [])[-6:] if len(c.participants) == n]
    if n > 2 and earlier:
        return list(earlier[-1].participants)
    found: list[str] = []
    # mentions starting after the token also end after it: skip them
    for s, e, m in reversed(view.mentions[:bisect.bisect_right(view.mention_starts, token)]):
        if e > token:
            continue
        a = view.actors[m.actor_id]
        if (a.kind == "person" or any_kind) and a.id not in found and not _is_speaker(a):
            found.append(a.id)
        if len(found) == n:
            return found[::-1]
    return []


def _is_speaker(actor: Actor) -> bool:
    return any(r.startswith(SPEAKER_ROLES) for r in actor.roles)


def _is_female(actor: Actor) -> bool:
    return any(r.endswith("in") for r in actor.roles)


def find_candidates(doc: Doc, lex: TriggerLexicon, min_participants: int = 2,
                    view: Optional["DocView"] = None) -> list[Candidate]:
    view = view or DocView(doc)
    toks = view.toks
    out: list[Candidate] = []
    group = 0
    recent: list[Candidate] = []
    for s_idx, sent in enumerate(view.sentences):
        if not (recent and recent[0].sentence >= s_idx - 1) and not view.possible_triggers(sent.start, sent.end, lex):
            continue  # no contact word, no act just before: nothing to find here
        clauses = view.clauses(s_idx, lex)
        seen_triggers: set[int] = set()
        for clause in clauses:
            triggers = [(i, t) for i in view.possible_triggers(clause.start, clause.end, lex)
                        if i not in seen_triggers and (t := match_trigger(toks, i, clause, lex)) is not None]
            if not triggers and recent and recent[0].sentence >= s_idx - 1:
                add_attendees(view, clause, recent)
            for i, trig, part, subject in coordinated_parts(doc, view, clause, triggers):
                seen_triggers.add(i)
                group += 1
                found = candidates_for(view, sent, part, clauses, i, trig, lex, recent, min_participants,
                                       extra_subject=subject, history=out)
                for c in found:
                    c.group, c.sentence = group, s_idx
                out.extend(found)
                if found:
                    recent = found
    return out


def coordinated_parts(doc: Doc, view: "DocView", clause: Clause, triggers: list[tuple[int, Trigger]]):
    """Split a clause at the coordination before a further contact verb.

    "Am Mittwoch traf Neuendorf Faeser und sprach am Abend noch mit Čeferin"; "führte Telefonate
    mit A und B und empfing am Freitag C": separate acts; the subject of the first predicate is
    the subject of the later ones.
    """
    toks = view.toks
    cuts = [clause.start]
    for (lo, _), (hi, t) in zip(triggers, triggers[1:]):
        if t.pos != "verb":
            continue
        cut = next((j for j in range(hi - 1, lo, -1) if toks.lower[j] in ("und", "sowie", "oder")
                    and hi - j <= 3), None)
        if cut is not None:
            cuts.append(cut)
    if len(cuts) == 1:
        return [(i, t, clause, []) for i, t in triggers]
    cuts.append(clause.end)
    parts = [Clause(x, y, clause.sent_start, clause.sent_end, clause.holes) for x, y in zip(cuts, cuts[1:]) if y > x]
    first = triggers[0][0]
    subject = [m.actor_id for s, e, m in view.mentions_in(clause.start, first, clause)]
    if not subject:  # "Am Montag traf X Y": the subject follows the verb
        after = view.mentions_in(first + 1, parts[0].end, clause)
        subject = [after[0][2].actor_id] if after else []
    out = []
    for i, t in triggers:
        part = next(p for p in parts if p.start <= i < p.end)
        out.append((i, t, part, subject if part is not parts[0] else []))
    return out


TAKE_PART = frozenset({"teilnehmen", "teilnahm", "teilnahmen", "teilgenommen", "teilnimmt", "teilzunehmen"})


def add_attendees(view: "DocView", clause: Clause, recent: list["Candidate"]) -> None:
    """"Daran soll neben X und Y auch Z teilnehmen": attendees named right after the act join it."""
    toks = view.toks
    words = {toks.lower[j] for j in clause.tokens()}
    takes_part = bool(words & TAKE_PART) or ("teil" in words and bool(words & {"nahm", "nahmen", "nimmt", "nehmen"}))
    if not (words & {"daran", "ebenfalls", "auch"} and takes_part):
        return
    people = [m.actor_id for s, e, m in view.mentions_in(clause.start, clause.end, clause)
              if not _excluded(toks, view, s, e, m, clause)]
    for c in recent:
        c.participants = _unique(c.participants + people)


def match_trigger(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> Optional[Trigger]:
    """The contact trigger at token i, checking separable particles in the clause."""
    text = toks.text[i]
    if text[:1].isupper():
        noun = lex.noun(text)
        if noun is not None and noun.mode == "invitation" and not _invitation_taken(toks, clause):
            return None  # an invitation alone is a cue for the status, not yet an act
        if noun is not None and _genitive_noun_trigger(toks, i, clause):
            return None
        if noun is not None and _idiom_particle(toks, i, clause, lex):
            return None  # "brachte ein Treffen ins Gespräch": proposed it; no talk took place
        if noun is not None:
            return noun
        if i != clause.sent_start:
            return None
    options = lex.verb(toks.lower[i])
    if not options:
        return None
    final = _clause_final_word(toks, i, clause)
    sich = any(toks.lower[j] == "sich" for j in range(clause.start, clause.end))
    options = tuple(t for t in options if not t.reflexive or sich)
    chunk_ends = _chunk_final_words(toks, i, clause)
    for trig in options:
        if trig.particle:
            # "kam ... mit Whitfield zusammen, dem Gründer von ...": an apposition may follow
            if final == trig.particle or trig.particle in chunk_ends:
                return trig
    for trig in options:
        if not trig.particle:
            # "sprach sich für ... aus", "traf ... ein": another particle makes another verb.
            if final in SEPARABLE_PARTICLES and final != "zusammen" and final != "statt":
                continue
            return trig
    return None


INVITATION_TAKEN = frozenset({"folgte", "folgten", "gefolgt", "folgt", "folgen", "angenommen", "annahm", "nahm", "nahmen"})


def _genitive_noun_trigger(toks: TokenTable, i: int, clause: Clause) -> bool:
    """"am Rande des Gipfels", "die Tagesordnung des Gipfels": a contact noun in the genitive of
    another noun names an occasion, not an act, unless its participants follow."""
    j = i - 1
    while j >= clause.start and toks.is_alpha[j] and toks.text[j][:1].islower() and toks.lower[j] not in DETERMINERS:
        j -= 1
    if j < clause.start + 1 or toks.lower[j] not in ("des", "der"):
        return False
    if not (toks.is_alpha[j - 1] and toks.text[j - 1][:1].isupper()):  # the head noun
        return False
    follow = {toks.lower[k] for k in range(i + 1, min(clause.end, i + 3))}
    return not follow & {"zwischen", "mit", "von"}


def _idiom_particle(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """A contact noun after "ins" that closes a cue of the clause as its particle ("brachte ...
    ins Gespräch") is part of the idiom, not an act."""
    if i == clause.start or toks.lower[i - 1] != "ins":
        return False
    word = toks.lower[i]
    return any(cue.particle == word for j in clause.tokens() for cue in lex.cue(toks.lower[j]))


def _invitation_taken(toks: TokenTable, clause: Clause) -> bool:
    """"folgte einer Einladung von X", "hat die Einladung angenommen": the visit is real (or planned)."""
    return any(toks.lower[j] in INVITATION_TAKEN for j in range(clause.start, clause.end))


def _clause_final_word(toks: TokenTable, i: int, clause: Clause) -> Optional[str]:
    for j in range(clause.end - 1, i, -1):
        if toks.is_punct[j] or toks.is_space[j]:
            continue
        return toks.lower[j]
    return None


def _chunk_final_words(toks: TokenTable, i: int, clause: Clause) -> set[str]:
    """The last word before each comma after token i in the clause."""
    ends, last = set(), None
    for k in range(i + 1, clause.end):
        if toks.text[k] == ",":
            if last:
                ends.add(last)
            last = None
        elif not (toks.is_punct[k] or toks.is_space[k]):
            last = toks.lower[k]
    if last:
        ends.add(last)
    return ends


def _chunk_final_word(toks: TokenTable, j: int, clause: Clause) -> Optional[str]:
    """The last word before the next comma: where a separable particle stands ("bot an, ...")."""
    last = None
    for k in range(j + 1, clause.end):
        if toks.text[k] == ",":
            break
        if not (toks.is_punct[k] or toks.is_space[k]):
            last = toks.lower[k]
    return last


LIST_GLUE = frozenset({",", "und", "sowie", "oder", "(", ")", "/", "&"})
# "Amtskollegen aus Frankreich (Sébastien Lecornu)": "aus Frankreich" modifies the noun
# before it, so the mention's governing preposition is the one before that noun.
NOUN_MODIFIER_PREPS = frozenset({"aus"})


def _governing_prep(toks: TokenTable, start: int, clause_start: int, limit: int = 30,
                    in_time: Optional[list[bool]] = None) -> Optional[str]:
    """The preposition a mention stands in: 'mit dem russischen Präsidenten' -> 'mit'.

    Walks back over determiners, adjectives, nouns, other list members and list
    glue ("mit A, B und C"; "mit den Amtskollegen aus F (A), G (B) und H (C)").
    Returns the first other word (a preposition, a verb, ...) or None.  A time
    expression (``in_time``: per token) closes its own phrase: in "traf am Montag
    Vertreter der Gewerkschaft" the union stands in no "am".
    """
    j = start - 1
    while j >= clause_start and start - j <= limit:
        if in_time is not None and in_time[j]:
            return None
        text, low = toks.text[j], toks.lower[j]
        if low in DETERMINERS or low in LIST_GLUE or toks.is_space[j]:
            j -= 1
            continue
        if (text[:1].isupper() or "-" in text and any(p[:1].isupper() for p in text.split("-"))) \
                and j != clause_start:
            j -= 1  # nouns and names, also "al-Burhan"
            continue
        if toks.is_alpha[j] and _adjective_like(text) and low not in PREPOSITIONS:
            j -= 1  # an adjective ("dem russischen Präsidenten"), not a verb ("wollte Scholz")
            continue
        if low in NOUN_MODIFIER_PREPS and j - 1 >= clause_start and _noun_before(toks, j - 1, clause_start):
            j -= 1
            continue
        if text[:1].isupper():  # the clause's first word
            return None
        return low
    return None


def _means_phrase(toks: TokenTable, i: int) -> bool:
    """"hatte die GHL dem Verband in einem Schreiben übermittelt": a letter noun in a "in
    einem"/"per" phrase is the means of the clause's verb, whose objects are the recipients."""
    return i >= 2 and toks.lower[i - 1] in ("einem", "einer", "seinem", "ihrem", "seiner", "ihrer") \
        and toks.lower[i - 2] in ("in", "per", "mit")


def _singular_verb_beside(toks: TokenTable, j: int, clause: Clause) -> bool:
    """"bot sie ... an", "sie hatte": a singular finite verb beside "sie" makes it "she"; the
    plural ("boten sie", "sie hatten", "sie verhandeln", "sind sie") makes it "they"."""
    for k in (j - 1, j + 1):
        if clause.start <= k < clause.end and toks.is_alpha[k] and toks.text[k][:1].islower() \
                and _is_verb_form(toks.lower[k]):
            word = toks.lower[k]
            return not (word.endswith(("en", "ln", "rn")) or word == "sind")
    return False


def _is_verb_form(word: str) -> bool:
    """A finite or infinitive verb form by the lookup lemmas: its lemma is an infinitive."""
    from ..resources import german_lemma_table
    lemma = german_lemma_table().get(word)
    return lemma is not None and lemma != word and lemma.endswith(("en", "ern", "eln")) and not lemma.endswith("chen") \
        or word in FINITE_AUXILIARIES


FINITE_AUXILIARIES = frozenset("hatte hatten habe haben wurde wurden werde werden sei seien wollte wollten "
                               "sollte sollten könnte könnten müsste müssten dürfte dürften würde würden".split())


def _noun_before(toks: TokenTable, j: int, clause_start: int) -> bool:
    """Is there a capitalised noun right before token j+1 (skipping adjectives)?"""
    return toks.text[j][:1].isupper() and toks.is_alpha[j] and toks.lower[j] not in DETERMINERS


def _excluded(toks: TokenTable, view: DocView, s: int, e: int, m: Mention, clause: Clause) -> bool:
    """Mentions that are no participant: sources, topics, places and origins, speakers."""
    actor = view.actors[m.actor_id]
    if _is_speaker(actor):
        return True
    prep = _governing_prep(toks, s, clause.start, limit=4, in_time=view.in_time_at)
    if prep in ("laut", "über", "gegen", "für", "ohne") or prep == "angaben":
        return True
    if actor.kind != "person" and any(s2 == e and view.actors[m2.actor_id].kind == "person" and m2.actor_id != actor.id
                                      for s2, e2, m2 in view.mentions_starting(e, e + 1)):
        return True  # "Bundesrat Albert Rösti": an office before the name
    if (s > clause.start and is_place_noun(toks.text[s - 1]) or is_place_noun(toks.text[s])) \
            and _governing_prep(toks, s, clause.start, limit=4) in PLACE_PREPS:
        return True  # "auf dem Weltraumbahnhof Wostotschny", "im Küstenort Mamallapuram"
    prep = _governing_prep(toks, s, clause.start, in_time=view.in_time_at)
    if e < clause.end and toks.lower[e] == "zufolge":
        return True
    # "nach Söders Worten", "nach Angaben des Ministeriums", "nach einem Bericht der Athener Zeitung X":
    # a source formula; the mention must stand inside it, not after it ("Nach Angaben des Kremls
    # hat Putin ..." keeps Putin).
    if _in_source_formula(toks, s, e, clause):
        return True
    # "Stephan Weil (SPD)", "Katrin de Groot (VfL Wolfsburg)": an affiliation in brackets.
    if actor.kind != "person" and s > clause.start and toks.text[s - 1] == "(" and s - 2 >= clause.start \
            and any(x[0] <= s - 2 < x[1] and view.actors[x[2].actor_id].kind == "person" for x in view.mentions_covering(s - 2)):
        return True
    if actor.kind in ("country", "city", "organization") and prep in PLACE_PREPS:
        return True
    start = view.phrase_start(s)
    if _genitive_attribute(toks, view, start, clause):
        return True
    if actor.kind in ("country", "city") and view.possessive_of_person(s, e):
        return True  # "Chinas Staats- und Parteichef Xi Jinping"
    if actor.kind in ("country", "city") and any(toks.lower[k] in DIRECTION_WORDS for k in range(max(clause.start, s - 3), s)):
        return True  # "westlich von Paris"
    return False


DIRECTION_WORDS = frozenset({"westlich", "östlich", "nördlich", "südlich", "nahe", "unweit", "vor", "bei"})
SOURCE_NOUNS = frozenset({"worten", "angaben", "informationen", "darstellung", "einschätzung", "ansicht", "auskunft",
                          "bericht", "berichten", "meldung", "meldungen", "medienberichten"})
QUOTATION_MARKS = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘", "’", "'"})
PLACE_PREPS = frozenset({"in", "im", "aus", "nach", "vom", "zum", "ins", "bis", "durch", "auf", "am", "nahe"})


def lex_noun_free(text: str) -> bool:
    return trigger_lexicon().noun(text) is None


def _adjective_like(word: str) -> bool:
    """A lower-case inflected adjective ("amerikanischen"), not a verb ("hat", "wollte")."""
    return word.islower() and word.endswith(ADJECTIVE_ENDINGS) and not _is_verb_form(word)


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _inflected_lowercase(toks: TokenTable, k: int) -> bool:
    """A lower-case word with an adjective ending ("letzten", "russischen"), verbs not excluded."""
    return toks.is_alpha[k] and toks.text[k][:1].islower() and toks.lower[k].endswith(ADJECTIVE_ENDINGS)


def _in_source_formula(toks, s: int, e: int, clause: Clause) -> bool:
    """Is the mention the holder of a "nach Angaben/Worten/einem Bericht ..." formula?"""
    if e < clause.end and toks.lower[e] in SOURCE_NOUNS and s - 1 >= clause.start and toks.lower[s - 1] == "nach":
        return True  # "nach Söders Worten"
    k = s - 1
    # between the source noun and the mention only articles, adjectives, descriptive nouns and the
    # quotation marks of a title ("der Athener Zeitung „Kathimerini“"), no verb
    while k >= clause.start and s - k <= 6 and toks.lower[k] not in SOURCE_NOUNS:
        word = toks.text[k]
        if not (toks.lower[k] in DETERMINERS or word[:1].isupper() or word in QUOTATION_MARKS or
                (word.isalpha() and _adjective_like(word))):
            return False
        k -= 1
    if k < clause.start or toks.lower[k] not in SOURCE_NOUNS:
        return False
    return any(toks.lower[j] == "nach" for j in range(max(clause.start, k - 3), k))


def _genitive_attribute(toks: TokenTable, view: "DocView", s: int, clause: Clause) -> bool:
    """"der Chefunterhändler der Huthi-Miliz", "Gouverneur der Banque de France": the
    organisation qualifies a noun; it is no participant (unless that noun is the contact)."""
    # "das Interesse Deutschlands": a genitive -s name right after a common noun.
    if toks.text[s].endswith("s") and s - 1 > clause.start and not toks.is_sent_start[s - 1] \
            and not any(x[0] <= s < x[1] and view.actors[x[2].actor_id].kind == "person" for x in view.mentions_covering(s)) \
            and not view.in_time_at[s - 1] \
            and toks.is_alpha[s - 1] and toks.text[s - 1][:1].isupper() \
            and trigger_lexicon().noun(toks.text[s - 1]) is None and toks.lower[s - 1] not in DETERMINERS \
            and toks.lower[s - 1] not in REPRESENTATIVE_NOUNS and not view.in_mention_at[s - 1]:
        return True  # but "Delegationen Saudi-Arabiens und Irans" stand for the states
    j = s - 1
    nouns = 0
    while j >= clause.start and toks.is_alpha[j] and toks.lower[j] not in DETERMINERS and (
            _adjective_like(toks.text[j]) or (nouns < 2 and toks.text[j][:1].isupper() and lex_noun_free(toks.text[j]))):
        nouns += toks.text[j][:1].isupper()
        j -= 1  # adjectives, an apposition noun ("der amerikanischen Notenbank Federal Reserve")
    if j < clause.start or toks.lower[j] not in ("der", "des"):
        return False
    h = j - 1  # the head noun
    return (h >= clause.start and toks.is_alpha[h] and toks.text[h][:1].isupper()
            and trigger_lexicon().noun(toks.text[h]) is None and toks.lower[h] not in REPRESENTATIVE_NOUNS)


# "Vertreter der Gewerkschaft Verdi": those who speak for an organisation stand for it.
REPRESENTATIVE_NOUNS = frozenset(
    "vertreter vertreterinnen vertretern delegation delegationen delegierte unterhändler abgesandte "
    "spitzen spitze führung leitung verhandlungsführer gesandte".split())


def candidates_for(view: DocView, sent: Sentence, clause: Clause, clauses: list[Clause], i: int, trig: Trigger,
                   lex: TriggerLexicon, recent: list[Candidate], min_participants: int,
                   extra_subject: Optional[list[str]] = None,
                   history: Optional[list[Candidate]] = None) -> list[Candidate]:
    doc = view.doc
    toks = view.toks
    in_clause = view.participant_mentions(clause)
    confidence = 0.6
    explicit = False
    # Participants by side.
    zwischen: list[str] = []
    partners: list[str] = []
    others: list[tuple[int, str]] = []
    initiator_von: Optional[str] = None
    for s, e, m in in_clause:
        prep = _governing_prep(toks, s, clause.start)
        aid = m.actor_id
        if prep == "zwischen":
            if _zwischen_attaches(toks, s, clause, lex):
                zwischen.append(aid)
            continue
        elif prep == "an" and trig.type != "correspondence" and trig.frame != "sender":
            continue  # "appellierte an Deutschland"
        elif prep in ("mit", "an", "bei", "gegenüber"):
            partners.append(aid)
        elif prep == "von" and s >= 2 and toks.lower[s - 2] in INITIATIVE_VON | {"einer"}:
            initiator_von = aid
            others.append((s, aid))
        elif trig.pos == "noun" and s > clause.start and toks.lower[s - 1] in ("dem", "einem") \
                and not (clause.start <= s - 2 and toks.lower[s - 2] in PARTNER_PREPS) \
                and not (trig.type == "correspondence" and _means_phrase(toks, i)):
            continue  # "... will X die Aufnahme dem Parlament vorlegen": an object of another verb
        else:
            others.append((s, aid))
        # "auf Initiative von X", "auf Einladung von X", "einer Einladung von X"
        back = [toks.lower[j] for j in range(max(clause.start, s - 3), s)]
        if "von" in back and any(w in INITIATIVE_VON for w in back):
            initiator_von = aid
        # "auf Einladung der CDU", "einer Einladung Putins", "auf Initiative Umjerows"
        if s >= 1 and (toks.lower[s - 1] in INITIATIVE_VON or (
                s >= 2 and toks.lower[s - 1] in ("der", "des") and toks.lower[s - 2] in INITIATIVE_VON)):
            initiator_von = aid
    # Pronouns and "die beiden" stand for actors named before.
    anaphoric: Optional[Candidate] = None
    pronoun_actors: list[tuple[int, str]] = []
    mention_tokens = {j for s, e, _ in in_clause for j in range(s, e)}
    named = set(zwischen) | set(partners) | {a for _, a in others}
    first_mention = in_clause[0][0] if in_clause else clause.end
    for j in range(clause.start, clause.end if len(named) < 2 else first_mention):
        if j in mention_tokens:
            continue
        low = toks.lower[j]
        nxt = j + 1 if j + 1 < clause.end else None  # the next token in the clause
        masculine = low in PRONOUNS_MASC and toks.text[j][:1].islower() or (low == "er" and j == clause.sent_start)
        if masculine or low in PRONOUNS_FEM and _singular_verb_beside(toks, j, clause):
            exclude = {a for _, a in others} | set(partners) | set(zwischen)
            aid = view.person_before(j if j > clause.start else clause.start, exclude, female=not masculine)
            if aid:
                pronoun_actors.append((j, aid))
        elif low in GROUP_WORDS and (nxt is None or not toks.text[nxt][:1].isupper() or toks.lower[nxt] in RECIPROCAL
                                     or toks.lower[nxt] in GROUP_NOUNS or _is_role_plural(toks.text[nxt])) \
                and (not low.startswith(("drei", "vier")) or j > 0 and toks.lower[j - 1] in NUMERAL_GROUP_DETERMINERS):
            # a numeral stands for people only after an article: "die drei", not "Platz drei"
            # "die beiden", "beide Seiten", "der drei Minister": the actors of the last act, or
            # the last persons named.
            for aid in group_reference(view, recent, GROUP_WORDS[low], j, history):
                pronoun_actors.append((j, aid))
        elif low in ("sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer") \
                and j + 1 == i and trig.pos == "noun":
            # "sein Telefonat mit Macron": the possessor is a participant.
            aid = view.person_before(j, {a for _, a in others} | set(partners), female=low.startswith("ihr") or None)
            if aid:
                pronoun_actors.append((j, aid))
    if pronoun_actors:
        confidence -= 0.1
    side_a = list(extra_subject or []) + [a for _, a in others] + [a for _, a in pronoun_actors]
    if len(set(zwischen)) >= 2:
        participants = _unique(zwischen)
        explicit = True
        outside = _unique(side_a + partners)
    else:
        participants = _unique(side_a + zwischen + partners)
        explicit = bool(partners) or _has_reciprocal(toks, clause)
        outside = []
    # Compound names: "Putin-Biden-Telefonat".
    if trig.pos == "noun" and "-" in toks.text[i]:
        for part in toks.text[i].split("-")[:-1]:
            aid = _actor_by_surname(view, part)
            if aid and aid not in participants:
                participants.append(aid)
                explicit = True
    if len(participants) < 2 and trig.pos == "noun" and recent and toks.text[i].count("-") < 2 \
            and _continues_previous(toks, i, clause):
        # "Ein weiteres Treffen in dieser Runde ist für März geplant", "Ein Folgetreffen ...":
        # the same people meet again as at the last act of this kind.
        same_kind = [c for c in (history or []) if c.type == trig.type and len(c.participants) >= 2]
        previous = same_kind[-1] if same_kind else recent[0]
        participants = _unique(participants + list(previous.participants))
        confidence -= 0.15
    elif (not participants or (trig.mode == "invitation" and len(participants) == 1 and recent
                                 and participants[0] in recent[0].participants)) \
            and trig.pos == "noun" and recent and toks.text[i].count("-") < 2 \
            and recent[0].sentence >= view_sentence(view, clause) - 2 \
            and i > clause.start and toks.lower[i - 1] in ("die", "das", "dem", "den", "der", "diese", "dieses", "diesem"):
        # "Die Gespräche sollen am 4. März fortgesetzt werden": the talks just reported.
        participants = list(recent[0].participants)
        confidence -= 0.15
        anaphoric = recent[0]
    participants = _drop_metonymic_duplicates(view, participants)
    if partners and len(set(zwischen)) < 2 and not [a for a in participants if a not in partners]:
        # "Ein Treffen mit Erdoğan gab es am Montag nicht": the article's current protagonist
        # (the last person named before this sentence) is the other side; a headline has none.
        # In reported speech ("sei ... nicht zustande gekommen") the side is the one just quoted.
        reported = any(toks.lower[j] in KONJUNKTIV_I for j in clause.tokens())
        topic = (view.person_before(clause.sent_start, set(partners)) if reported
                 else view.protagonist_before(clause.sent_start, set(partners)))
        if topic is None or view.segment_kind(toks.idx[i]) in (HEADLINE, SUBHEAD, CAPTION) or trig.pos != "noun":
            return []
        participants = [topic] + participants
        confidence -= 0.15
    if trig.needs_partner and not (partners or zwischen or _has_reciprocal(toks, clause)
                                   or len(others) + len(pronoun_actors) >= 2):
        return []
    if len(participants) < min_participants:
        return []
    if explicit:
        confidence += 0.2
    status, cue_actor = event_status(doc, view, clause, clauses, i, trig, lex)
    if anaphoric is not None and not clause_dates(view, clause, i):
        status = anaphoric.status  # a back-reference ("aus dem Treffen") is that act, as reported
    if trig.mode == "invitation" and status in ("occurred", "planned", "proposed"):
        # "Putin habe die Einladung angenommen": accepted, still ahead; "folgte einer Einladung": done
        accepted = any(toks.lower[j] in ("angenommen", "annahm", "nahm", "nahmen", "annehmen") for j in clause.tokens())
        status = "planned" if accepted else status
    sent_chars = strip_span(toks.doc_text, sent.start_char, sent.end_char)
    segment = view.segment_kind(toks.idx[i])
    if segment in (HEADLINE, SUBHEAD, CAPTION):
        confidence -= 0.1
    proposer = None
    if status == "proposed":
        proposer = cue_actor or (outside[0] if outside else (side_a[0] if side_a else None))
    invited = status == "proposed" and _has_invitation(toks, clause, lex)
    initiator = initiator_von if initiator_von in participants else None
    if initiator is None and cue_actor in participants and (status in ("occurred", "planned") or invited):
        initiator = cue_actor  # the host who invited (an open invitation too: corpus/GUIDELINES.md)
    if initiator is None and (trig.frame in ("caller", "host", "sender") or trig.mode in ("letter", "host")) \
            and status in ("occurred", "planned"):
        initiator = (extra_subject[0] if extra_subject and extra_subject[0] in participants
                     else _subject_of(toks, view, clause, i, participants, partners, pronoun_actors))
    if trig.pos == "noun" and trig.lemma == "Anruf" and initiator is None:
        von = [m.actor_id for s, e, m in in_clause if _governing_prep(toks, s, clause.start) == "von"]
        initiator = von[0] if von and von[0] in participants else None
    dates = clause_dates(view, clause, i)
    base = dict(type=_type_of(trig, toks, clause), trigger=(i, i + 1), evidence=sent_chars, segment=segment,
                status=status, initiator=initiator, proposer=proposer, confidence=confidence,
                mode=trig.mode, frame=trig.frame,
                anterior=_anterior(toks, i, clause, trig, lex) if status == "occurred" else None)
    twice = any(toks.lower[j] in TWICE for j in range(clause.start, clause.end))
    # "traf Baerbock zunächst Han Zheng, anschließend Wang Yi": one act per object in sequence.
    if trig.pos == "verb" and trig.frame in ("object", "host", "visit", "caller") and _in_sequence(toks, clause):
        subject = _subject_of(toks, view, clause, i, participants, partners, pronoun_actors)
        objects = [a for a in participants if a != subject]
        if subject is not None and len(objects) >= 2:
            date = dates[0] if dates else sentence_date(view, clause, i)
            return [Candidate(participants=[subject, o], date=date, **base) for o in objects]
    # "Telefonate mit den Amtskollegen aus F (A), G (B) und H (C)": one act per partner.
    if trig.pos == "noun" and trig.plural and len(set(partners)) >= 2 and side_a:
        subject = [a for a in participants if a not in partners]
        date = dates[0] if dates else None
        return [Candidate(participants=subject + [p], date=date, **base) for p in _unique(partners)]
    run = coordinated_date_run(toks, dates)
    if len(run) >= 2:
        return [Candidate(participants=list(participants), date=d, **base) for d in run]
    date = dates[0] if dates else (sentence_date(view, clause, i) or referred_date(view, clause))
    if status == "occurred" and date is not None and trig.pos == "verb" and _present_tense(toks, i, clause, lex):
        # "Am Montag trifft Macron Scholz in Paris": in news, the present tense with a weekday
        # announces the coming one.
        ahead = coming_weekday(date, doc._.published)
        if ahead is not None:
            date, status = ahead, "planned"
            base["status"] = status
    if status == "planned" and date is not None:
        date = in_the_future(date, doc._.published)
    if twice and len(dates) <= 1:
        return [Candidate(participants=list(participants), date=date, **base),
                Candidate(participants=list(participants), date=None, **base)]
    return [Candidate(participants=list(participants), date=date, **base)]


CONTINUATION_WORDS = frozenset({"weiteres", "weitere", "weiteren", "erneutes", "erneute", "nächste", "nächstes",
                                "nächsten", "zweites", "zweite", "folgende", "anschließende"})
SAME_GROUP = frozenset({"dieser", "gleicher", "derselben", "selber", "selben", "gleichen", "dieselbe"})


def _continues_previous(toks: TokenTable, i: int, clause: Clause) -> bool:
    """"ein weiteres Treffen", "das nächste Treffen", "ein Folgetreffen", "in gleicher Runde"."""
    if toks.lower[i].startswith(("folge", "nachfolge")):
        return True
    words = [toks.lower[j] for j in clause.tokens()]
    before = [toks.lower[j] for j in range(max(clause.start, i - 3), i)]
    if any(w in CONTINUATION_WORDS for w in before):
        return True
    return any(a in SAME_GROUP and b in ("runde", "besetzung", "konstellation", "zusammensetzung")
               for a, b in zip(words, words[1:]))


def view_sentence(view: DocView, clause: Clause) -> int:
    return view.sentence_index.get(clause.sent_start, 0)


KONJUNKTIV_I = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "wolle", "solle", "dürfe"})
SEQUENCE_WORDS = frozenset({"anschließend", "danach", "später", "dann", "daraufhin", "zuvor"})


def _in_sequence(toks: TokenTable, clause: Clause) -> bool:
    """"zunächst X, anschließend Y" / "X und danach Y": the objects were met one after the other
    (a sequence word right after a comma or "und", or "zunächst ... dann")."""
    positions = clause.tokens()
    words = {toks.lower[j] for j in positions}
    glued = any(toks.lower[j] in SEQUENCE_WORDS and j - 1 >= clause.start and toks.text[j - 1] in (",", "und")
                for j in positions)
    return glued or (bool(words & {"zunächst", "zuerst"}) and bool(words & SEQUENCE_WORDS))


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _zwischen_attaches(toks: TokenTable, s: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """"ein Gespräch zwischen X und Y", "gab es zwischen X und Y": yes; "an der Grenze zwischen
    Mexiko und den USA", "Stillstand zwischen dem Westen und Russland": no."""
    j = s - 1
    while j >= clause.start and toks.lower[j] != "zwischen":
        j -= 1
    k = j - 1
    while k >= clause.start and (toks.lower[k] in DETERMINERS or _inflected_lowercase(toks, k)):
        k -= 1
    if k < clause.start:
        return True
    return not (toks.is_alpha[k] and toks.text[k][:1].isupper()) or lex.noun(toks.text[k]) is not None


def _has_reciprocal(toks: TokenTable, clause: Clause) -> bool:
    return any(toks.lower[j] in RECIPROCAL or toks.lower[j] == "sich" for j in range(clause.start, clause.end))


def _type_of(trig: Trigger, toks: TokenTable, clause: Clause) -> str:
    """The trigger's type, refined by mode words: "sprachen am Telefon" is a call."""
    if trig.type in ("talk", "meeting"):
        words = set(toks.lower[clause.start:clause.end])
        if words & {"telefonisch", "telefon", "videoschalte", "videokonferenz", "video", "telefonat", "videotelefonat"}:
            return "call"
        if trig.type == "talk" and words & {"schriftlich", "brief", "briefen", "schreiben", "e-mail"}:
            return "correspondence"  # "wandte sich schriftlich an den Minister"
        if trig.type == "talk" and (words & {"persönlich", "vier-augen-gespräch"} or toks.lower[clause.start] == "dort"):
            # "Dort sprach er mit ...": there, at the place just visited, in person
            return "meeting"
    return trig.type


def _actor_by_surname(view: DocView, word: str) -> Optional[str]:
    for actor in view.actors.values():
        if actor.kind == "person" and actor.name.split()[-1] == word:
            return actor.id
    return None


def is_unnamed(actor: Actor) -> bool:
    """A person known only by role ("katarischer Regierungschef")."""
    return actor.kind == "person" and actor.name[:1].islower()


def _stands_in(actor: Actor) -> bool:
    """States, capitals and unnamed office holders stand in for a named person of their country."""
    return actor.kind in ("country", "city") or is_unnamed(actor)


def _drop_metonymic_duplicates(view: DocView, ids: list[str]) -> list[str]:
    """A state, capital or unnamed office holder beside a named person of that state is the same
    side, not another participant ("mit Katars Regierungschef ... Al Thani", "Putin ... Moskau")."""
    named = [view.actors[a] for a in ids if view.actors[a].kind == "person" and not is_unnamed(view.actors[a])]
    countries = {p.country for p in named if p.country}
    return [a for a in ids if not (_stands_in(view.actors[a]) and view.actors[a].country in countries)]


def _subject_of(toks: TokenTable, view: DocView, clause: Clause, i: int, participants: list[str],
                partners: list[str], pronouns: Optional[list[tuple[int, str]]] = None) -> Optional[str]:
    """The subject of a directed contact verb: "X rief Y an", "Am Montag rief X Y an", "von X angerufen",
    "empfängt er den Chefdiplomaten" (a pronoun right after the verb is its subject)."""
    mentions = [(s, m.actor_id) for s, e, m in view.mentions_in(clause.start, clause.end) if m.actor_id in participants]
    mentions = sorted(mentions + [(j, a) for j, a in (pronouns or []) if toks.lower[j] in ("er", "sie")])
    for s, aid in mentions:
        if _governing_prep(toks, s, clause.start) == "von" and any(
                toks.lower[j] in ("wurde", "wurden", "worden", "war", "waren") for j in range(clause.start, clause.end)):
            return aid
    before = [a for s, a in mentions if s < i and a not in partners]
    if before:
        return before[0]
    after = [a for s, a in mentions if s > i and a not in partners]
    return after[0] if after else None


# --- status ---------------------------------------------------------------------------

def event_status(doc: Doc, view: DocView, clause: Clause, clauses: list[Clause], i: int, trig: Trigger,
                 lex: TriggerLexicon) -> tuple[str, Optional[str]]:
    """occurred / planned / proposed / possible / negated, and the actor of a proposal cue."""
    toks = view.toks
    scope = [clause]
    idx = next((k for k, c in enumerate(clauses) if c.start <= clause.start < c.end), 0)
    # "Lawrow schlug vor, sich mit Blinken zu treffen": the governing clause's cue counts.
    if idx > 0 and clauses[idx].start == clause.start and _has_zu_infinitive(toks, clause.start, clause.end) \
            and toks.lower[clause.start] not in SUBORDINATORS:
        scope.insert(0, clauses[idx - 1])
    kinds: dict[str, int] = {}
    for cl in scope:
        for j in range(cl.start, cl.end):
            low = toks.lower[j]
            for cue in lex.cue(low):
                # the particle closes the clause ("brachte ... ins Gespräch"), is joined ("abgesagt")
                # or stands just before a verb at the end ("ins Gespräch gebracht")
                if cue.particle and _chunk_final_word(toks, j, cl) != cue.particle and not low.startswith(cue.particle) \
                        and not (j > cl.start and toks.lower[j - 1] == cue.particle):
                    continue
                kinds.setdefault(cue.kind, j)
    words = toks.lower[clause.start:clause.end]
    if _is_question(toks, clause):
        return "possible", None
    if "possible" in kinds or toks.lower[i] in ("käme", "kämen", "träfe", "träfen", "spräche", "sprächen"):
        return "possible", None
    if "refusal" in kinds:
        # "wollte ein Treffen nicht ausschließen", "nicht verweigern": a denied refusal leaves it open.
        return ("possible", None) if "negation" in kinds else ("negated", None)
    if _negated(toks, clause, i, trig, lex):
        return "negated", None
    if "invitation" in kinds and "einladung" not in words and "proposal" not in kinds:
        # "X lud Y zum Gipfel am 20. November ein": dated in the future, it is planned;
        # dated in the past, it took place; undated, it is an open invitation.
        inviter = _actor_near(view, clause, kinds["invitation"])
        when = [relative_to_published(t.value, doc._.published) for t in clause_dates(view, clause, i)]
        if when and when[0] is not None and when[0] < 0:
            return "occurred", inviter
        if when and when[0] is not None and when[0] > 0:
            return "planned", inviter
        return "proposed", inviter
    if "proposal" in kinds and ((trig.pos == "noun" and abs(kinds["proposal"] - i) <= 8) or kinds["proposal"] < clause.start):
        # "schlug ein Treffen vor", "bot Gespräche an"; "Lawrow schlug vor, sich ... zu treffen"
        return "proposed", _actor_near(view, clause, kinds["proposal"])
    if trig.pos == "noun" and _after_done_prep(toks, i, clause, lex):
        return "occurred", None  # "Nach einem Dreiertreffen mit X will Y ...": the meeting took place
    planned = "plan" in kinds and not (set(words) & PERFECT_AUX and any(w in ("soll", "sollen", "solle") for w in words))
    future = "future" in kinds and _has_infinitive_after(toks, clause, kinds["future"])
    if _counterfactual(toks, clause):
        return "negated", None  # "hätten sich längst treffen sollen": it did not happen
    if planned or future:
        return "planned", None
    dates = clause_dates(view, clause, i)
    if dates and relative_to_published(dates[0].value, doc._.published) == 1 and dates[0].mod != "APPROX":
        return "planned", None  # "Am Donnerstag treffen sich ...": a dated act still to come
    return "occurred", None


def _counterfactual(toks: TokenTable, clause: Clause) -> bool:
    words = [toks.lower[j] for j in clause.tokens()]
    return any(w in ("hätte", "hätten") for w in words) and any(w in ("sollen", "müssen", "können", "dürfen") for w in words)


def relative_to_published(value: str, published: Optional[str]) -> Optional[int]:
    """-1, 0 or 1: is a TIMEX3 date before, at or after the publication date (at their common
    precision)? None when either is unknown."""
    if not published or not value[:4].isdigit():
        return None
    n = min(len(published), len(value.split("T")[0]))
    a, b = value[:n], published[:n]
    if not a.replace("-", "").isdigit():
        return None
    return (a > b) - (a < b)


def _negated(toks: TokenTable, clause: Clause, i: int, trig: Trigger, lex: TriggerLexicon) -> bool:
    """Negation in scope of the contact: "nicht telefoniert", "nie miteinander gesprochen";
    for a noun, "kein Treffen" (kein right before it) or a "nicht" after it ("Ein Treffen gab es
    nicht", "kam nicht zustande"); "nicht nur ... sondern auch" is no negation."""
    for j in clause.tokens():
        low = toks.lower[j]
        cues = lex.cue(low)
        if not cues or not any(c.kind == "negation" for c in cues):
            continue
        if low == "nicht" and j + 1 < toks.n and toks.lower[j + 1] == "nur":
            continue
        if trig.pos == "verb":
            return True
        if low.startswith("kein"):
            if 0 < i - j <= 3:
                return True
        elif j > i:
            return True
    return False


def _has_invitation(toks: TokenTable, clause: Clause, lex: TriggerLexicon) -> bool:
    return any(c.kind == "invitation" for j in clause.tokens() for c in lex.cue(toks.lower[j]))


def _after_done_prep(toks: TokenTable, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    j = i - 1
    while j >= clause.start and (toks.lower[j] in DETERMINERS or _inflected_lowercase(toks, j)):
        j -= 1
    return j >= clause.start and toks.lower[j] in lex.past_preps


def _is_question(toks: TokenTable, clause: Clause) -> bool:
    """A headline question ("folgt Putin-Biden-Telefonat?") asserts nothing."""
    last = clause.end - 1
    while last > clause.start and toks.is_space[last]:
        last -= 1
    return toks.text[last] == "?"


def _has_infinitive_after(toks: TokenTable, clause: Clause, j: int) -> bool:
    """werden + infinitive (future), not werden + participle (passive: "wird gesprochen")."""
    for k in range(clause.end - 1, j, -1):
        if toks.is_alpha[k] and toks.text[k][:1].islower():
            return toks.lower[k].endswith(("en", "ern", "eln")) and not toks.lower[k].startswith("ge")
    return False


def _actor_near(view: DocView, clause: Clause, j: int) -> Optional[str]:
    """The subject of a cue verb: the first mention of its clause."""
    for s, e, m in view.mentions_in(clause.start, clause.end):
        if not _is_speaker(view.actors[m.actor_id]):
            return m.actor_id
    return None


# --- dates ------------------------------------------------------------------------------

def _is_date(t: TimeValue) -> bool:
    """A point in time that can date an act: not "damals" (PAST_REF), not a value with nothing
    known ("im Vorjahr" in an article without a date is "XXXX"), and not a vague prospect: the
    guidelines date vague recency ("in den letzten Tagen": the month, approximately), but an act
    "in den kommenden Wochen" has no date yet."""
    return t.type in ("DATE", "TIME") and not t.value.endswith("_REF") and t.value.strip("X-") != "" \
        and not (t.mod == "APPROX" and VAGUE_FUTURE.search(t.text))


VAGUE_FUTURE = re.compile(r"\b(?:kommenden|nächsten|folgenden)\b", re.I)


def clause_dates(view: DocView, clause: Clause, i: int) -> list[TimeValue]:
    """Dates in the trigger's clause, in text order. "seit Beginn ... im Februar 2022" bounds a
    period and does not date the contact; "«Nordkurve 1919»" is part of a name."""
    return [t for s, e, t in view.times_from(clause.start, clause.end) if s >= clause.start and e <= clause.end and _is_date(t)
            and clause.covers(s) and not _in_period_phrase(view.toks, s, clause.start, i) and not view.in_mention(s)]


def _in_period_phrase(toks: TokenTable, s: int, start: int, trigger: Optional[int] = None) -> bool:
    lo = max(start, s - 7) if trigger is None or trigger > s else min(trigger, s)
    return any(toks.lower[k] in ("seit", "seitdem", "bis") for k in range(lo, s))


def sentence_date(view: DocView, clause: Clause, i: int) -> Optional[TimeValue]:
    ts = [(abs(s - i), t) for s, e, t in view.times_from(clause.sent_start, clause.sent_end)
          if s >= clause.sent_start and e <= clause.sent_end and _is_date(t)
          and not _in_period_phrase(view.toks, s, clause.sent_start, i) and not view.in_mention(s)]
    return min(ts, key=lambda x: x[0])[1] if ts else None


SAME_DAY_PHRASES = (("an", "diesem", "tag"), ("am", "selben", "tag"), ("am", "gleichen", "tag"),
                    ("am", "selben", "abend"), ("am", "gleichen", "abend"), ("noch", "am", "selben"))
NEXT_DAY_PHRASES = (("tags", "darauf"), ("am", "tag", "darauf"), ("einen", "tag", "später"), ("am", "folgetag"),
                    ("am", "folgenden", "tag"))
# "Dort sprach er mit ...", "Dabei traf sie ...": the scene of the sentence before goes on.
SCENE_WORDS = frozenset({"dort", "dabei", "anschließend", "danach", "hier"})


PAST_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war",
                              "waren", "wurde", "wurden", "worden", "sei", "seien", "gewesen"})
# "Yoon und Kishida hatten bereits im November miteinander gesprochen": the pluperfect
# (hatte/war + participle) places an act before the one the story tells.
PLUPERFECT_AUXILIARIES = frozenset({"hatte", "hatten", "hattest", "hattet", "war", "waren", "warst", "wart"})
WEEKDAY_RE = re.compile(r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)", re.I)


def _present_tense(toks, i: int, clause: Clause, lex: TriggerLexicon) -> bool:
    """The contact verb stands in the present tense, with no perfect or past auxiliary."""
    return toks.lower[i] in lex.present_forms and not any(toks.lower[j] in PAST_AUXILIARIES for j in clause.tokens())


def _anterior(toks, i: int, clause: Clause, trig: Trigger, lex: TriggerLexicon) -> Optional[bool]:
    """True when the clause stands in the pluperfect: "hatte"/"war" with a participle, the contact
    verb itself ("hatten ... gesprochen") or another ("Das Treffen hatte ... stattgefunden");
    False for a contact verb in another tense; None for a noun in another tense."""
    words = [toks.lower[j] for j in clause.tokens() if toks.is_alpha[j]]
    verb = trig.pos == "verb" and toks.lower[i] not in PLUPERFECT_AUXILIARIES
    if PLUPERFECT_AUXILIARIES.intersection(words) and (
            verb and toks.lower[i] not in lex.present_forms or _looks_participle(_right_bracket(words))):
        return True
    return False if verb else None


def _right_bracket(words: list[str]) -> str:
    """The verb at the clause's end: the participle of "hatte ... stattgefunden", or the one before
    the auxiliary in a verb-final clause ("nachdem sie telefoniert hatten")."""
    if words and words[-1] in PLUPERFECT_AUXILIARIES:
        words = words[:-1]
    return words[-1] if words else ""


def _looks_participle(word: str) -> bool:
    """A past participle by its form: ge-...-t/-en, with a separable particle before the ge
    ("stattgefunden", "zusammengekommen"), or -iert ("telefoniert")."""
    if not word.isalpha() or not word.endswith(("t", "en")):
        return False
    return word.endswith("iert") or "ge" in word[:-3] and word.index("ge") <= len("zusammen")


def coming_weekday(tv: TimeValue, published: Optional[str]) -> Optional[TimeValue]:
    """A weekday the tagger placed in the last six days, moved to the coming week."""
    if not published or len(published) < 10 or any(ch.isdigit() for ch in tv.text) or not WEEKDAY_RE.search(tv.text):
        return None
    if not DAY_VALUE.match(tv.value) or relative_to_published(tv.value, published) != -1:
        return None
    day = datetime.date.fromisoformat(tv.value[:10])
    pub = datetime.date.fromisoformat(published[:10])
    if (pub - day).days > 6:
        return None
    value = (day + datetime.timedelta(days=7)).isoformat() + tv.value[10:]
    return TimeValue(tv.start, tv.end, tv.text, tv.type, value, tv.mod)


def in_the_future(tv: TimeValue, published: Optional[str]) -> TimeValue:
    """A planned act lies ahead: "die Vorbereitung des Treffens am 6. November" read in October
    is this November, even where the tagger, lacking a tense cue, chose the last one."""
    m = re.match(r"^(\d{4})(-\d\d(?:-\d\d)?)$", tv.value)
    if not m or relative_to_published(tv.value, published) != -1:
        return tv
    later = f"{int(m.group(1)) + 1:04d}{m.group(2)}"
    if relative_to_published(later, published) == -1:
        return tv
    return TimeValue(tv.start, tv.end, tv.text, tv.type, later, tv.mod)


def referred_date(view: DocView, clause: Clause) -> Optional[TimeValue]:
    """A date the clause refers back to: "an diesem Tag", "tags darauf", or the day of the
    scene that "Dort ..."/"Dabei ..." continue (the sentence before, same paragraph)."""
    toks = view.toks
    words = [toks.lower[j] for j in clause.tokens()]
    grams = {tuple(words[k:k + n]) for n in (2, 3) for k in range(len(words))}
    shift = 0 if any(p in grams for p in SAME_DAY_PHRASES) else 1 if any(p in grams for p in NEXT_DAY_PHRASES) else None
    if shift is None:
        first = next((toks.lower[j] for j in clause.tokens() if not toks.is_punct[j]), "")
        if first not in SCENE_WORDS:
            return None
        shift = 0
        previous = [t for s, e, t in view.times if e <= clause.sent_start and _is_date(t) and DAY_VALUE.match(t.value)
                    and view.same_paragraph(s, clause.sent_start) and s >= view.previous_sentence_start(clause.sent_start)]
    else:
        previous = [t for s, e, t in view.times if e <= clause.sent_start and _is_date(t) and DAY_VALUE.match(t.value)]
    if not previous:
        return None
    base = previous[-1]
    if shift == 0:
        return base
    y, m, d = map(int, base.value[:10].split("-"))
    nxt = datetime.date(y, m, d) + datetime.timedelta(days=shift)
    return TimeValue(base.start, base.end, base.text, "DATE", nxt.isoformat(), None)


DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def coordinated_date_run(toks: TokenTable, dates: list[TimeValue]) -> list[TimeValue]:
    """Dates joined by "und"/"sowie" mark separate acts: "am Freitag (21. Oktober) und dann nochmal
    am Sonntag (23. Oktober)", "zweimal, am Dienstag und am Donnerstag"; a range ("von ... bis")
    or a date inside a wider one ("in dieser Woche ... am Dienstag") does not."""
    best: list[TimeValue] = []
    run: list[TimeValue] = []
    for d in dates:
        if run:
            between = toks.doc_text[run[-1].end:d.start].lower()
            joined = (" und " in f" {between} " or "sowie" in between or between.strip() == ",") \
                and "bis" not in between and len(between) < 40 and d.value != run[-1].value
            if joined:
                run.append(d)
                continue
        if len(run) > len(best):
            best = run
        run = [d]
    if len(run) > len(best):
        best = run
    return best if len(best) >= 2 else []


# --- document-level initiative -------------------------------------------------------------

def apply_document_initiatives(doc: Doc, candidates: list[Candidate], view: Optional["DocView"] = None) -> None:
    """Initiative stated apart from the report of the act:

    "Austin soll die Gespräche initiiert haben" names the initiator of the latest acts Austin
    took part in; "Das Gespräch sei auf Wunsch des US-Präsidenten zustande gekommen" names the
    initiator of the latest act before it with that actor.
    """
    view = view or DocView(doc)
    toks = view.toks
    lex = trigger_lexicon()
    # only clauses with one of the words the rules below look for can state an initiative
    cue_at = [k for k, w in enumerate(toks.lower) if w in INITIATIVE_WORDS or w.startswith("initiier")]
    if not cue_at:
        return

    def has_cue(start: int, end: int) -> bool:
        k = bisect.bisect_left(cue_at, start)
        return k < len(cue_at) and cue_at[k] < end

    for s_idx, sent in enumerate(view.sentences):
        if not has_cue(sent.start, sent.end):
            continue
        for clause in view.clauses(s_idx, lex):
            if not has_cue(clause.start, clause.end):
                continue
            words = toks.lower[clause.start:clause.end]
            mentions = [(s, e, m) for s, e, m in view.mentions_in(clause.start, clause.end)
                        if not _is_speaker(view.actors[m.actor_id])]
            nouns = [t for t in (lex.noun(toks.text[k]) for k in range(clause.start, clause.end)) if t]
            # "soll die Gespräche initiiert haben"; "Erdoğan habe das Gespräch gesucht" (sought it)
            if any(w.startswith("initiier") for w in words) or (nouns and set(words) & SOUGHT):
                actors = [m.actor_id for s, e, m in mentions if not _excluded(toks, view, s, e, m, clause)]
                if actors:
                    _assign_latest(candidates, actors[0], sent.end_char, nouns[0].type if nouns else None)
                continue
            if any(match_trigger(toks, k, clause, lex) is not None and not _definite_before(toks, k)
                   for k in view.possible_triggers(clause.start, clause.end, lex)):
                continue  # the act is reported here; its own clause gave the initiator
            for j in range(clause.start, clause.end):
                if toks.lower[j] not in INITIATIVE_VON or j == 0 or toks.lower[j - 1] not in ("auf", "nach"):
                    continue
                who = next((m.actor_id for s, e, m in mentions if j < s <= j + 4), None)
                if who is not None:
                    _assign_nearest(view, candidates, who, sent.start_char)


SOUGHT = frozenset({"gesucht", "suchte", "suchten", "sucht"})
INITIATIVE_WORDS = SOUGHT | INITIATIVE_VON


def _definite_before(toks: TokenTable, k: int) -> bool:
    """"Das Gespräch sei auf Wunsch ... zustande gekommen": a back-reference, not a new report."""
    return k > 0 and toks.lower[k - 1] in ("das", "die", "der", "dem", "den", "dieses", "diese", "diesem")


def _assign_latest(candidates: list[Candidate], who: str, before: int, etype: Optional[str] = None) -> None:
    """"hat das Treffen initiiert": the latest acts of that kind (any kind for "Gespräche")."""
    mine = [c for c in candidates if who in c.participants and c.status in ("occurred", "planned")
            and c.initiator is None and c.evidence[0] <= before + 2000
            and (etype in (None, "talk") or _compatible_types(c.type, etype))]
    dated = [c for c in mine if c.date is not None]
    if dated:
        latest = max(c.date.value[:7] for c in dated)
        mine = [c for c in mine if c.date is None or c.date.value[:7] == latest]
    for c in mine:
        c.initiator = who


def _assign_nearest(view: DocView, candidates: list[Candidate], who: str, sent_start: int) -> None:
    """The act this sentence comments on: the latest one at or before it with ``who`` (or an actor
    ``who`` stands in for) among its participants."""
    here = view.sentence_of_char(sent_start)
    pool = [c for c in candidates if c.evidence[0] <= sent_start and c.initiator is None
            and c.status in ("occurred", "planned") and c.sentence >= here - 3]
    for c in sorted(pool, key=lambda c: -c.evidence[0]):
        match = next((p for p in c.participants if _same_side(view.actors, who, p)), None)
        if match is not None:
            same_act = [x for x in candidates if x.group == c.group or (x.participants == c.participants and x.date == c.date)]
            for x in same_act:
                x.initiator = match
            return


# --- merging mentions of one act ------------------------------------------------------------

TYPE_RANK = {"talk": 0, "correspondence": 1, "meeting": 2, "call": 2}


def _compatible_types(a: str, b: str) -> bool:
    return a == b or "talk" in (a, b)


def _same_side(view_actors: dict[str, Actor], a: str, b: str) -> bool:
    if a == b:
        return True
    x, y = view_actors.get(a), view_actors.get(b)
    if x is None or y is None:
        return False
    # A state, capital or unnamed office holder stands for its government's people ("Moskau" ~ Schoigu).
    if _stands_in(x) and y.kind == "person" and not is_unnamed(y):
        return x.country is not None and x.country == y.country
    if _stands_in(y) and x.kind == "person" and not is_unnamed(x):
        return y.country is not None and y.country == x.country
    return False


def merge_candidates(candidates: list[Candidate], actors: dict[str, Actor]) -> list[list[Candidate]]:
    """Group candidates that report one act: same participants (or states standing for them),
    compatible type, the same status, and no conflicting dates.  Dated mentions anchor groups;
    undated ones join the latest compatible group (news report the latest act first)."""
    if not candidates:
        return []
    groups: list[list[Candidate]] = []

    def fits(c: Candidate, g: list[Candidate], need_same_date: bool) -> bool:
        head = g[0]
        if c.status != head.status or not _compatible_types(c.type, head.type):
            return False
        if c.status == "negated" and c.type != head.type:
            return False  # "lehnte ein Treffen ab" and "haben nicht miteinander gesprochen" are two statements
        if set(c.participants) != set(head.participants):
            return False
        if c.date is not None and head.date is not None:
            return c.date.value == head.date.value
        return not need_same_date
    # Undated acts told by a verb outside the pluperfect go first: they found the story's own act,
    # which the other undated mentions then prefer to an earlier one told in the pluperfect.
    ordered = sorted(candidates, key=lambda c: (c.date is None, c.anterior is not False,
                                                c.segment in (HEADLINE, SUBHEAD, CAPTION)))
    for c in ordered:
        for g in groups:
            if c.date is not None and g[0].date is not None and fits(c, g, True):
                g.append(c)
                break
        else:
            if c.date is not None:
                groups.append([c])
                continue
            # Undated: the latest-dated compatible group not yet fed by this trigger's other acts;
            # a group dated only by pluperfect mentions is an earlier act than one told in the
            # perfect or preterite ("Kishida empfing Yoon. ... hatten bereits im November gesprochen").
            options = [g for g in groups if fits(c, g, False) and not any(x.group == c.group for x in g)]
            fresh = [g for g in options if not _told_before(g)]
            options = fresh if fresh or c.anterior is False else options
            if options:
                best = max(options, key=lambda g: (g[0].date.value if g[0].date else "", -g[0].evidence[0]))
                best.append(c)
            else:
                groups.append([c])
    return _fold_metonymic_groups(groups, actors)


def _told_before(group: list[Candidate]) -> bool:
    """Every dated mention of the group is in the pluperfect."""
    dated = [x for x in group if x.date is not None]
    return bool(dated) and all(x.anterior is True for x in dated)


def _fold_metonymic_groups(groups: list[list[Candidate]], actors: dict[str, Actor]) -> list[list[Candidate]]:
    """Mentions naming states or capitals ("US-Minister telefoniert mit Moskau", "USA und
    Russland reden wieder miteinander") fold into the person-level event they summarise:
    same status, compatible type, and each state standing for one of its participants."""
    def stands_for(g: list[Candidate], h: list[Candidate]) -> bool:
        a, b = g[0], h[0]
        if a.status != b.status or not _compatible_types(a.type, b.type) or len(a.participants) != len(b.participants):
            return False
        if a.date is not None and b.date is not None and a.date.value != b.date.value:
            return False
        return _bijection(a.participants, b.participants, lambda x, y: _same_side(actors, x, y))

    def is_metonymic(g: list[Candidate]) -> bool:
        return any(_stands_in(actors[p]) for p in g[0].participants if p in actors)

    kept = [g for g in groups if not is_metonymic(g)]
    for g in groups:
        if not is_metonymic(g):
            continue
        targets = [h for h in kept if h is not g and stands_for(g, h)]
        if targets:
            best = max(targets, key=lambda h: (h[0].date.value if h[0].date else "", -h[0].evidence[0]))
            best.extend(g)
        else:
            kept.append(g)
    return sorted(kept, key=lambda g: min(x.evidence[0] for x in g))


def _bijection(a: list[str], b: list[str], same) -> bool:
    if len(a) != len(b):
        return False
    if not a:
        return True
    first = a[0]
    return any(same(first, y) and _bijection(a[1:], b[:k] + b[k + 1:], same) for k, y in enumerate(b))


def to_event(group: list[Candidate], doc: Doc, toks: Optional[TokenTable] = None) -> ContactEvent:
    """One ContactEvent from the mentions of one act (``toks``: the Doc's token table, if at hand)."""
    group = sorted(group, key=lambda c: c.evidence[0])
    body = [c for c in group if c.segment not in (HEADLINE, SUBHEAD, CAPTION)] or group
    best = max(body, key=lambda c: (TYPE_RANK[c.type], c.confidence))
    etype = max((c.type for c in body), key=lambda t: TYPE_RANK[t])
    date = next((c.date for c in body if c.date is not None), None) or next((c.date for c in group if c.date), None)
    initiator = next((c.initiator for c in group if c.initiator), None)
    if initiator is not None and initiator not in best.participants:
        # A folded headline mention's initiator ("empfängt den israelischen Chefdiplomaten")
        # is the participant it stands for, if any.
        actors = {a.id: a for a in doc._.actors or []}
        initiator = next((p for p in best.participants if _same_side(actors, initiator, p)), None)
    proposer = next((c.proposer for c in group if c.proposer), None)
    participants = list(dict.fromkeys(p for p in best.participants))
    evidence = list(dict.fromkeys(c.evidence for c in group))
    confidence = min(0.99, max(c.confidence for c in group) + 0.05 * (len(evidence) - 1))
    mode = next((c.mode for c in group if c.mode != "none"), "none")
    frame = best.frame
    cameo, plover, plover_mode = event_codes(etype, best.status, mode, frame, len(participants))
    toks = toks or token_table(doc)
    ev = ContactEvent(type=etype, participants=participants, status=best.status, initiator=initiator,
                      proposer=proposer, date=date, evidence=evidence, confidence=round(max(0.05, confidence), 3),
                      cameo=cameo, plover=plover, plover_mode=plover_mode,
                      trigger=(toks.idx[best.trigger[0]], toks.end[best.trigger[1] - 1]))
    return ev


def event_codes(etype: str, status: str, mode: str, frame: str, n: int) -> tuple[str, str, str]:
    """CAMEO code, PLOVER type and PLOVER mode of an event.

    CAMEO: 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at a
    third location, 040 consult (unspecified), 036 express intent to meet or
    negotiate (planned, proposed, possible), 125 reject a proposal to meet (negated).
    """
    if status in ("planned", "proposed", "possible"):
        cameo = "036"
    elif status == "negated":
        cameo = "125"
    elif etype == "call":
        cameo = "041"
    elif etype == "meeting":
        cameo = {"visit": "042", "host": "043"}.get(frame if frame in ("visit", "host") else mode, "044")
    else:
        cameo = "040"
    if etype == "call":
        pmode = "phone"
    elif etype == "meeting":
        pmode = ("visit" if "visit" in (frame, mode) else "host" if "host" in (frame, mode)
                 else "multilateral" if n > 2 or mode == "summit" else "third-party")
    elif etype == "correspondence":
        pmode = "correspondence"
    else:
        pmode = "unspecified"
    return cameo, "CONSULT", pmode
