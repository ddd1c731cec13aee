"""Tagging: rule matches per sentence, longest extents kept, values resolved in text order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..tokens import WORD_MEMO_LIMIT, memoised
from ..types import TimeValue
from .calendar import Anchor, FULL_DATE, Scene, parse_anchor, resolve
from .grammar import Grammar, Rule
from .rules import dating_extent, extent, grammar
from .templates import MissingGroup, evaluate
from .tense import tense_at


DAY_TIME = re.compile(r"(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}T")
NAMED_YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?![\dX])")  # a template result that starts with its year
# a year after these bounds a period or qualifies a noun ("seit Dezember 2015", "Finalistin von
# 2012"): it is not the time the story is at
BOUNDARY_BEFORE = re.compile(r"(?<![\w-])(?:[Ss]eit|[Vv]on|[Vv]om|[Bb]is|[Aa]b|[Nn]ach|[Vv]or|[Zz]wischen|[Ff]ür)\s+(?:de[mn]\s+)?(?:Jahre?s?\s+)?\Z")
MONTH_VALUE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])(?!\d)")  # a month, or a day or time of it

SENTENCE_END = re.compile(r"[.!?…]+[\"'“”«»)]*\s+|\n\s*\n")


# A period after a day or month number or one of these is no sentence end
# ("am 3. Mai", "am 21.10. in Rom"); after a year it is ("im Jahr 2019. Dann").
NO_SENTENCE_END = re.compile(r"(?:(?<!\d)\d{1,2}|\b(?:[A-Za-zÄÖÜäöü]|Nr|Dr|Prof|St|ca|bzw|vgl|z\.B|u\.a|Jan|Feb|Febr"
                             r"|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Mo|Di|Mi|Do|Fr|Sa|So|Chr|Jh|Abs|Art))\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A light sentence splitter for callers without spaCy sentences."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if "\n\n" not in m.group() and NO_SENTENCE_END.search(text, max(0, m.start() - 6), m.start() + 1):
            continue
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@dataclass
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match = field(repr=False)
    spec: Optional[str] = field(default=None, repr=False)  # the value template's result, once evaluated


def present_classes(g: Grammar, text: str, start: int, end: int) -> frozenset:
    """Gate tokens present in text[start:end]: those of its words, then those of phrases
    spanning a space ("bis zum").  Every occurrence counts, overlapping ones too."""
    lowered = text[start:end].lower()
    per_word = memoised(g._word_classes, lowered.split(), lambda word: _word_classes(g, word), WORD_MEMO_LIMIT)
    found = set(g.always).union(*per_word)
    if "\x00" in found:  # a word ends like the first word of a phrase with a space
        found.discard("\x00")
        for phrase in g.phrases:
            if phrase in lowered:
                found |= g.probe_classes[phrase]
    return frozenset(found)


def _word_classes(g: Grammar, word: str) -> frozenset:
    """Gate tokens of a literal starting anywhere in a space-free word; "\x00" marks a word
    ending in the first word of a phrase with a space ("(bis" before "zum")."""
    found: set = set()
    for pos in range(len(word)):
        m = g.probe.match(word, pos)
        if m:
            found |= g.probe_classes.get("#" if m.lastgroup == "digit" else m.group(), frozenset())
    if word.endswith(g.phrase_heads):
        found.add("\x00")
    return frozenset(found)


def rules_for(g: Grammar, present: frozenset) -> tuple[Rule, ...]:
    """The rules whose gate the present tokens meet, in rule order."""
    rules = g._rules_for.get(present)
    if rules is None:
        todo = set(g.ungated)
        for token in present:
            todo.update(g.by_token.get(token, ()))
        if len(g._rules_for) > WORD_MEMO_LIMIT:
            g._rules_for.clear()
        rules = g._rules_for[present] = tuple(
            g.rules[i] for i in sorted(todo) if not any(present.isdisjoint(c) for c in g.rules[i].gate[1:]))
    return rules


def match_rules(g: Grammar, text: str, start: int, end: int) -> list[Candidate]:
    """All rule matches in text[start:end], negative rules already applied."""
    found, vetoes = [], []
    for rule in rules_for(g, present_classes(g, text, start, end)):
        for m in rule.regex.finditer(text, start, end):
            s, e = extent(m)
            if e <= s:
                continue
            (vetoes if rule.type == "REMOVE" else found).append(Candidate(s, e, rule, m))
    if not vetoes:
        return found
    return [c for c in found if not any(v.start <= c.start and c.end <= v.end for v in vetoes)]


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest extents first, then rule order; no two chosen extents overlap."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rule.order, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def tense_span(c: Candidate) -> tuple[int, int]:
    """Where the clause's tense is read: the extent, stretched to the month a day of a list names
    after it (group 'm' past the extent): "am 5., 6. und 7. Oktober" is one date phrase, whose
    commas part no clauses, so every day of it takes the year its month takes."""
    if "m" in c.match.re.groupindex and c.match.group("m") is not None and c.match.end("m") > c.end:
        return c.start, c.match.end("m")
    return c.start, c.end


def to_time_value(g: Grammar, text: str, c: Candidate, sent: tuple[int, int], anchor: Optional[Anchor],
                  ctx: Optional[Anchor], scene: Optional[Scene] = None) -> Optional[TimeValue]:
    try:
        spec = evaluate(c.rule.value, c.match, g.norms)
        mod = evaluate(c.rule.mod, c.match, g.norms) if c.rule.mod else ""
    except MissingGroup:
        return None
    c.spec = spec
    tense = lambda: tense_at(g.cues, text, sent, tense_span(c))  # noqa: E731
    resolved = resolve(spec, anchor, ctx, tense, scene)
    if resolved is None:
        return None
    value, forced = resolved
    ttype = c.rule.type
    if ttype == "TIME" and "T" not in value:
        ttype = "DATE"  # a part of day whose day is unknown ("2022-10")
    tv = TimeValue(c.start, c.end, text[c.start:c.end], ttype, value, (mod if forced is None else forced) or None)
    if c.rule.dating:
        tv.dating = dating_of(g, text, c, mod, anchor, ctx, scene, tense)
    return tv


def dating_of(g: Grammar, text: str, c: Candidate, mod: str, anchor: Optional[Anchor], ctx: Optional[Anchor],
              scene: Optional[Scene], tense) -> Optional[TimeValue]:
    """The DATE an act told with the candidate is given (the rule's dating column), on its own
    extent; the candidate's ``spec`` becomes the dating template's result."""
    try:
        spec = evaluate(c.rule.dating, c.match, g.norms)
    except MissingGroup:
        return None
    resolved = resolve(spec, anchor, ctx, tense, scene)
    if resolved is None:
        return None
    c.spec = spec
    value, forced = resolved
    s, e = dating_extent(c.match)
    return TimeValue(s, e, text[s:e], "TIME" if DAY_TIME.match(value) else "DATE", value,
                     (mod if forced is None else forced) or None)


def tag_times(text: str, published: Optional[str],
              sentences: Optional[list[tuple[int, int]]] = None) -> list[TimeValue]:
    """All time expressions of ``text``, values resolved against ``published``.

    ``sentences`` are character spans (spaCy's ``doc.sents``); they bound the
    matching and give the tense context.  Without them a light splitter runs."""
    g = grammar()
    anchor = parse_anchor(published)
    ctx: Optional[Anchor] = None
    out: list[TimeValue] = []
    story: Optional[Anchor] = None  # the year the last sentence with a year named ("1991")
    period: Optional[str] = None  # and the value of that date ("2009-Q3")
    for sent in sorted(sentences) if sentences is not None else split_sentences(text):
        # the dates this sentence has named so far; a year named in the sentence before goes on
        scene: Optional[Scene] = Scene(story=story, period=period) if story else None
        story = period = None
        for c in select(match_rules(g, text, *sent)):
            tv = to_time_value(g, text, c, sent, anchor, ctx, scene)
            if tv is None:
                continue
            out.append(tv)
            tv = tv.dating or tv  # later expressions go on from the date it gives
            if tv.type not in ("DATE", "TIME"):
                continue
            if NAMED_YEAR.match(c.spec) and c.spec[:4] in tv.text and not BOUNDARY_BEFORE.search(text, max(0, tv.start - 24), tv.start):
                story, period = Anchor(int(c.spec[:4])), tv.value
                scene = Scene(scene.last, scene.named, story, period) if scene else Scene(story=story, period=period)
            m = FULL_DATE.match(tv.value)
            if m:
                ctx = Anchor(*map(int, m.groups()))
            m = MONTH_VALUE.match(tv.value)
            if m:
                # the match gave its year ("im März 1992") when its template result has it
                month = Anchor(int(m.group(1)), int(m.group(2)))
                named = month if MONTH_VALUE.match(c.spec) else scene.named if scene else None
                scene = Scene(month, named, scene.story if scene else None, scene.period if scene else None)
    return out
