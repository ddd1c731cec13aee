"""Step 6, dates: the time expression that dates an act, and dates moved to where the act lies.

The clause's dates come first, then the sentence's, then a date the clause refers back to
("tags darauf", "Dort ..."); a period ("seit Februar") dates no act.  A weekday in the present
tense announces the coming one; a planned act lies ahead of the publication date.
"""
from __future__ import annotations

import datetime
import re
from typing import Optional

from ..tokens import TokenTable
from ..triggers import trigger_lexicon
from ..types import TimeValue
from ...lang.de.adverbs import NEXT_DAY_PHRASES, SAME_DAY_PHRASES, SCENE_WORDS, VAGUE_FUTURE_WORDS
from ...lang.de.nouns import WEEKDAYS
from ...lang.de.verbs import SCHEDULE_PARTICIPLES
from ...lang.de.determiners import DETERMINERS, RELATIVE
from ...lang.de.prepositions import DAY_JOINERS, ORDER_WORDS, PERIOD_WORDS, PLAN_TARGET_PREPS, PREPOSITIONS
from .clauses import Clause, predicate_conjunct
from .view import DocView
from .words import attributive_stem, before_noun_phrase, is_verb_form

VAGUE_FUTURE = re.compile(r"\b(?:" + "|".join(VAGUE_FUTURE_WORDS) + r")\b", re.I)
WEEKDAY_RE = re.compile("(" + "|".join(WEEKDAYS) + ")", re.I)
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
# "Das Treffen mit Anna Berg, das am Montag stattfand": a relative clause this many tokens after
# the contact noun may be about it
RELATIVE_REACH = 9


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


def starts_after(value: str, published: Optional[str]) -> bool:
    """Does a date begin after the publication date? Weeks ("2016-W11") by their Monday."""
    week = re.match(r"^(\d{4})-W(\d\d)", value)
    if week and published and len(published) == 10:
        try:
            monday = datetime.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return False
        return monday.isoformat() > published
    return relative_to_published(value, published) == 1


def _is_date(t: TimeValue) -> bool:
    """A point in time that can date an act: not "damals" (PAST_REF), not a value with nothing
    known ("im Vorjahr" in an article without a date is "XXXX"), and not a vague prospect: the
    guidelines date vague recency ("in den letzten Tagen": the month, approximately), but an act
    "in den kommenden Wochen" has a date only when it is planned (``clause_prospect``); nor a clock time
    of recurring days ("jeweils um 20 Uhr": "T20:00"), which names no day."""
    return t.type in ("DATE", "TIME") and not t.value.endswith("_REF") and t.value.strip("X-") != "" \
        and not t.value.startswith("T") and not (t.mod == "APPROX" and VAGUE_FUTURE.search(t.text))


def clause_dates(view: DocView, clause: Clause, i: int) -> list[TimeValue]:
    """Dates in the trigger's clause, in text order. "seit Beginn ... im Februar 2022" bounds a
    period and does not date the contact; "«Nordkurve 1919»" is part of a name.  When "und" joins
    two predicates and the trigger's own has a date, the other's date is not the act's ("hat den
    Fehler im Jänner entdeckt und die Firma im März informiert"); without one, a date standing
    first may date both ("Am Montag landete sie und traf den Premier")."""
    found = [(s, t) for s, e, t in view.times_from(clause.start, clause.end) if s >= clause.start and e <= clause.end
             and _is_date(t) and clause.covers(s) and not _in_period_phrase(view.toks, s, clause.start, i)
             and not view.in_mention(s) and not _in_speech_frame(view.toks, s, i, clause)
             and not _day_of_other_event(view, s, i, clause.start) and not in_participle_attribute(view.toks, s, e)]
    lo, hi = predicate_conjunct(view.toks, clause, i)
    own = [t for s, t in found if lo <= s < hi]
    return own or [t for _, t in found]


def clause_prospect(view: DocView, clause: Clause, i: int) -> Optional[TimeValue]:
    """A vague prospect in the trigger's clause ("in den kommenden Wochen"): no date of an act that
    may or may not come, but one of an act planned: the guidelines date it as vague times, the
    month of publication approximately ("Die Behörde wird in den kommenden Tagen an X schreiben")."""
    return next((t for s, e, t in view.times_from(clause.start, clause.end)
                 if s >= clause.start and e <= clause.end and clause.covers(s) and t.type == "DATE"
                 and t.mod == "APPROX" and VAGUE_FUTURE.search(t.text) and not _in_speech_frame(view.toks, s, i, clause)),
                None)


def _in_period_phrase(toks: TokenTable, s: int, start: int, trigger: Optional[int] = None) -> bool:
    lo = max(start, s - 7) if trigger is None or trigger > s else min(trigger, s)
    return any(toks.lower[k] in PERIOD_WORDS for k in range(lo, s))


def sentence_date(view: DocView, clause: Clause, i: int) -> Optional[TimeValue]:
    ts = [(abs(s - i), t) for s, e, t in view.times_from(clause.sent_start, clause.sent_end)
          if s >= clause.sent_start and e <= clause.sent_end and _is_date(t)
          and not _in_period_phrase(view.toks, s, clause.sent_start, i) and not view.in_mention(s)
          and not _in_speech_frame(view.toks, s, i, clause) and not _in_other_relative(view.toks, s, i, clause)
          and not _day_of_other_event(view, s, i, clause.sent_start) and not in_participle_attribute(view.toks, s, e)]
    return min(ts, key=lambda x: x[0])[1] if ts else None


def in_participle_attribute(toks: TokenTable, s: int, e: int) -> bool:
    """Does the date at [s, e) stand in a participle attribute, between a noun's determiner and
    its inflected participle?  "Die EU eröffnete am Montag die 2014 eingeleiteten Verhandlungen",
    "traf den im Mai gewählten Präsidenten": the year and the month are the participle's (the
    talks began in 2014, the president was elected in May), not the act's.  A participle that
    schedules ("das am Montag geplante Treffen") or a date it aims at ("die für Mai vereinbarten
    Gespräche") dates the act.  After a comma the determiner is a relative pronoun ("X, die am
    Montag neue Gespräche führte") and the date is that clause's."""
    k = s - 1
    if k >= 0 and toks.lower[k] in PREPOSITIONS:
        if toks.lower[k] in PLAN_TARGET_PREPS:
            return False
        k -= 1  # "die im Mai abgebrochenen Gespräche"
    if k < 0 or toks.lower[k] not in DETERMINERS or (k > 0 and toks.text[k - 1] == ","):
        return False
    if e + 1 >= toks.n or not toks.is_alpha[e] or not toks.text[e].islower() or toks.lower[e] in DETERMINERS:
        return False
    stem = attributive_stem(toks.lower[e])
    return stem is not None and stem not in SCHEDULE_PARTICIPLES and toks.is_alpha[e + 1] and toks.text[e + 1][:1].isupper()


def _day_of_other_event(view: DocView, s: int, i: int, start: int) -> bool:
    """Is the date at s the day of another event that the act is placed before or after?  In
    "Vor der Wahl am Sonntag hatte er mit X telefoniert" and "im Vorfeld des Gipfels am Montag"
    the day joined by "am"/"vom" to the noun of the "vor"/"nach"/"Vorfeld" phrase is the
    election's or the summit's; the act lies before or after it, on no day the text gives.
    The contact noun's own day ("nach dem Treffen am Montag") is left alone."""
    toks = view.toks
    k = s - 1
    if k <= start or toks.lower[k] not in DAY_JOINERS:
        return False
    noun = k - 1
    if noun == i or not (toks.is_alpha[noun] and toks.text[noun][:1].isupper()) or view.in_mention(noun):
        return False
    j = before_noun_phrase(toks, noun, start)
    return j >= start and j < noun - 1 and toks.lower[j] in ORDER_WORDS


def _comma_segment(toks: TokenTable, s: int, clause: Clause) -> tuple[int, int]:
    """The stretch of the sentence between the commas around token s."""
    lo = s
    while lo > clause.sent_start and toks.text[lo - 1] != ",":
        lo -= 1
    hi = s
    while hi < clause.sent_end and toks.text[hi] != ",":
        hi += 1
    return lo, hi


def _in_other_relative(toks: TokenTable, s: int, i: int, clause: Clause) -> bool:
    """Does the date at s stand in a relative clause about another noun than the act's?  "Der
    Zeitung, die das Gespräch am Freitag druckt, sagte er, er habe Weber geschrieben": Friday is
    the paper's day.  A relative clause right after the contact noun dates it ("Das Treffen mit
    Berg, das am Montag stattfand"); a contact verb has none ("traf Berg, die am Montag
    angereist war": Monday is the arrival's day)."""
    lo, hi = _comma_segment(toks, s, clause)
    if lo == clause.sent_start or lo <= i < hi:
        return False
    first = lo + 1 if toks.lower[lo] in PREPOSITIONS and lo + 1 < hi else lo
    if toks.lower[first] not in RELATIVE:
        return False
    noun = toks.text[i][:1].isupper() and i > clause.sent_start
    # only the noun's attributes between it and the comma ("Das Treffen zwischen Weber und Berg, das ...")
    attached = i < lo and lo - i <= RELATIVE_REACH and not any(
        toks.text[k][:1].islower() and is_verb_form(toks.lower[k]) for k in range(i + 1, lo))
    return not (noun and attached)


def _in_speech_frame(toks: TokenTable, s: int, i: int, clause: Clause) -> bool:
    """Does the date at s stand in the frame that reports the act, not in the act's own words?
    "Er werde Fischer kontaktieren, erklärte Platter am Dienstag", "Am Montag sagte sie, sie
    habe mit Putin telefoniert": the day of the statement is no day of the contact."""
    lo, hi = _comma_segment(toks, s, clause)
    if lo <= i < hi:
        return False
    speech = trigger_lexicon().speech_verbs
    return any(toks.lower[k] in speech for k in range(lo, hi))


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


def dates_the_plan(view: DocView, clause: Clause, i: int, tv: TimeValue, published: Optional[str]) -> bool:
    """Does a past date before a planned act's noun or verb date the planning instead?  "Kurz und
    Lawrow vereinbarten am Dienstag ein Treffen", "... vereinbarten am Dienstag, sich bald wieder
    zu treffen": the tense put Tuesday in the past, so it is the day they agreed; "für Dienstag"
    or "ein Treffen am Dienstag" would date the meeting."""
    if relative_to_published(tv.value, published) != -1:
        return False
    k = next((s for s, _, t in view.times_from(clause.start, i) if t is tv and clause.start <= s < i), None)
    return k is not None and not (k > clause.start and view.toks.lower[k - 1] in PLAN_TARGET_PREPS)


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


def referred_date(view: DocView, clause: Clause, back_reference: bool = False) -> Optional[TimeValue]:
    """A date the clause refers back to: "an diesem Tag", "tags darauf", or the day of the
    scene that "Dort ..."/"Dabei ..." continue (the sentence before, same paragraph).  A contact
    noun that refers back with its definite article ("In dem Schreiben beklagte er ...") names
    the act the sentence before told and dated, to whatever precision ("im April")."""
    toks = view.toks
    words = [toks.lower[j] for j in clause.tokens()]
    grams = {tuple(words[k:k + n]) for n in (2, 3) for k in range(len(words))}
    shift = 0 if any(p in grams for p in SAME_DAY_PHRASES) else 1 if any(p in grams for p in NEXT_DAY_PHRASES) else None
    if shift is None and back_reference:
        before = view.previous_sentence_start(clause.sent_start)
        previous = [t for s, e, t in view.times if before <= s and e <= clause.sent_start and _is_date(t)
                    and view.same_paragraph(s, clause.sent_start) and not _in_period_phrase(toks, s, before)]
        if before < clause.sent_start and len({t.value for t in previous}) == 1:
            return previous[-1]
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


def named_before_date(view: DocView, i: int) -> Optional[TimeValue]:
    """The date an earlier mention of the same contact noun had right after it: with its definite
    article the noun names that act again ("Der Gipfel der EU mit China am Montag scheiterte. ...
    was vor dem gescheiterten Gipfel der EU mit China geplant war")."""
    toks = view.toks
    word = _singular_nominative(toks.text[i])
    for j in range(i - 1, -1, -1):
        if _singular_nominative(toks.text[j]) != word:
            continue
        attached = [t for s, e, t in view.times_from(j + 1, j + 2) if s in (j + 1, j + 2) and _is_date(t)]
        return attached[0] if attached else None
    return None


def _singular_nominative(word: str) -> str:
    """"Gipfels" -> "Gipfel": the genitive -s/-es of a masculine or neuter noun dropped."""
    for ending in ("es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


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
