"""Calendar: anchors (publication date, last date mentioned), cycles and date arithmetic.

``resolve`` turns the underspecified values of the templates (``UNDEF-...``,
see the package docstring) into TIMEX3 values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional


@dataclass(frozen=True)
class Anchor:
    """A partial date: the publication date or a date the text mentioned."""
    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    @property
    def precision(self) -> int:  # 1 year, 2 month, 3 day
        return 1 + (self.month is not None) + (self.day is not None)

    @property
    def date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def value(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)

    def month_span(self) -> tuple[int, int]:
        if self.month is None:
            return self.year * 12, self.year * 12 + 11
        return (self.year * 12 + self.month - 1,) * 2


def parse_anchor(published: Optional[str]) -> Optional[Anchor]:
    """'2022', '2022-10', '2022-10-21' (or a longer ISO string) -> Anchor; else None."""
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", published.strip())
    if not m:
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    try:
        date(y, mo or 1, d or 1)
    except ValueError:
        return None
    return Anchor(y, mo, d)


def easter(year: int) -> date:
    """Easter Sunday (Gregorian; Meeus/Jones/Butcher form of Gauss' algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year
YEARLY = re.compile(r"\d\d|\d\d-\d\d|SP|SU|FA|WI|Q[1-4]|H[12]|E[+-]\d+(?:WE)?")
WEEKLY = re.compile(r"D[1-7]|WE")
TOD = r"(?:T(?P<tod>MO|MI|AF|EV|NI|DT|\d\d:\d\d))?"
CYC = r"(?P<cyc>\d\d-\d\d|\d\d|SP|SU|FA|WI|Q[1-4]|H[12]|E[+-]\d+(?:WE)?|D[1-7]|WE)"
CYCLE_SPEC = re.compile(rf"UNDEF-(?P<how>tense|last|next|this|after)-{CYC}{TOD}")
RELATIVE_SPEC = re.compile(
    r"UNDEF-(?P<ref>REF|CTX|STORY)-(?P<unit>minute|hour|day|week|weekend|month|quarter|half|year|decade|century)"
    rf"-(?P<dir>PLUS|MINUS)-(?P<n>\d+|X)(?:-{CYC})?{TOD}")
PERIOD_SPEC = re.compile(r"UNDEF-PERIOD-year-(?P<dir>PLUS|MINUS)-(?P<n>\d+)")
CENTURY_SPEC = re.compile(r"UNDEF-century-(?P<yy>\d\d)(?P<rest>(?:-\d\d){0,2})" + TOD)
EASTER_SPEC = re.compile(r"(?P<y>\d{4})-(?P<cyc>E[+-]\d+(?:WE)?)" + TOD)
FULL_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


#: Precision a unit needs from its base (1 year, 2 month, 3 day).
UNIT_PRECISION = {"minute": 3, "hour": 3, "day": 3, "week": 3, "weekend": 3, "month": 2,
                  "quarter": 2, "half": 2, "year": 1, "decade": 1, "century": 1}
UNKNOWN = {"minute": "XXXX-XX-XX", "hour": "XXXX-XX-XX", "day": "XXXX-XX-XX", "week": "XXXX-WXX",
           "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
           "year": "XXXX", "decade": "XXX", "century": "XX"}


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def yearly(year: int, cyc: str) -> Optional[tuple[int, int, str]]:
    """Occurrence of a yearly cycle in ``year``: (first month, last month, value)."""
    if cyc in SEASONS:
        a, b = SEASONS[cyc]
        return year * 12 + a - 1, year * 12 + b - 1, f"{year:04d}-{cyc}"
    if cyc[0] == "Q":
        q = int(cyc[1])
        return year * 12 + 3 * q - 3, year * 12 + 3 * q - 1, f"{year:04d}-{cyc}"
    if cyc[0] == "H":
        h = int(cyc[1])
        return year * 12 + 6 * h - 6, year * 12 + 6 * h - 1, f"{year:04d}-{cyc}"
    if cyc[0] == "E":
        # "E+49": Whit Sunday; "E+49WE": the weekend of its ISO week ("das Pfingstwochenende")
        weekend = cyc.endswith("WE")
        d = easter(year) + timedelta(days=int(cyc[1:-2] if weekend else cyc[1:]))
        value = weekly_value(weekly(d.toordinal(), "WE"), "WE") if weekend else d.isoformat()
        return month_index(d), month_index(d), value
    if len(cyc) == 2:
        if not 1 <= int(cyc) <= 12:
            return None
        return year * 12 + int(cyc) - 1, year * 12 + int(cyc) - 1, f"{year:04d}-{cyc}"
    try:
        d = date(year, int(cyc[:2]), int(cyc[3:]))
    except ValueError:
        return None
    return month_index(d), month_index(d), d.isoformat()


def weekly(day: int, cyc: str) -> tuple[int, int]:
    """Days (ordinals) of a weekday or weekend in the ISO week of ``day``."""
    monday = day - (day - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
    first = monday + (5 if cyc == "WE" else int(cyc[1]) - 1)
    return first, first + (1 if cyc == "WE" else 0)


def weekly_value(occ: tuple[int, int], cyc: str) -> str:
    d = date.fromordinal(occ[0])
    if cyc == "WE":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    return d.isoformat()


def choose(occurrences: list, a0: int, a1: int, how: str, tense: Callable[[], Optional[str]]):
    """Pick the occurrence the expression means, relative to the anchor span [a0, a1].

    Without a tense cue the nearest one wins, but news report more than they
    announce: a future occurrence must be more than twice as close.  ``after``
    is the first occurrence from the anchor on; ``near`` the nearest, the later
    one on a tie (the anchor is a date the sentence named, not the day of writing)."""
    occ = sorted(o for o in occurrences if o is not None)
    if how == "after":
        return next((o for o in occ if o[0] >= a0), None)
    if how == "near":
        return min(occ, key=lambda o: (max(a0 - o[1], o[0] - a1, 0), -o[0]), default=None)
    if how == "last":
        return next((o for o in reversed(occ) if o[1] < a0), None)
    if how == "next":
        return next((o for o in occ if o[0] > a1), None)
    if how == "this":
        return next((o for o in occ if o[0] <= a1 and o[1] >= a0), None)
    past = next((o for o in reversed(occ) if o[0] <= a1), None)
    future = next((o for o in occ if o[1] >= a0), None)
    t = tense()
    if t == "PAST" or future is None:
        return past
    if t == "FUTURE" or past is None:
        return future
    if past[1] >= a0:  # the occurrence overlapping the anchor
        return past
    later = next((o for o in occ if o[0] > a1), None)
    if later is None:
        return past
    return later if 2 * (later[0] - a1) < a0 - past[1] else past


def coarse(base: Optional[Anchor], unknown: str) -> tuple[str, Optional[str]]:
    """The best value when the base is less precise than the expression.

    A weekday or "gestern" in an article dated only "2022-10" cannot be given
    a day; TIMEX3 offers no clean form for "some day in October", so we return
    the anchor's own value ("2022-10") with mod APPROX rather than invent a
    day.  Without any anchor the TIMEX3 unknown form is used ("XXXX-WXX-5")."""
    if base is None:
        return unknown, None
    return base.value(), "APPROX"


def with_tod(value: str, tod: Optional[str]) -> str:
    return f"{value}T{tod}" if tod and FULL_DATE.fullmatch(value) else value


def present_read_as(tense: Callable[[], Optional[str]], reading: Optional[str]) -> Callable[[], Optional[str]]:
    """The clause's tense with the present (PRESENT: "Der Brief wird am Freitag verschickt") read
    as ``reading``."""
    def read() -> Optional[str]:
        t = tense()
        return reading if t == "PRESENT" else t
    return read


def resolve_cycle(m: re.Match, anchor: Optional[Anchor], tense, ctx: Optional[Anchor] = None,
                  scene: Optional["Scene"] = None) -> Optional[tuple[str, Optional[str]]]:
    how, cyc, tod = m.group("how"), m.group("cyc"), m.group("tod")
    # In news the present with a weekday announces the coming one ("Die Gespräche werden am Freitag
    # fortgesetzt"); with a month it may as well tell a story in the historical present ("Der Brief
    # wird Ende Februar verschickt" in April): the nearest month, as without a cue.
    tense = present_read_as(tense, "FUTURE" if WEEKLY.fullmatch(cyc) else None)
    if how == "after" and (scene is None or scene.last is None or WEEKLY.fullmatch(cyc)):
        how = "tense"  # nothing named before it: read it as a date on its own
    if WEEKLY.fullmatch(cyc):
        if (anchor is None or anchor.precision < 3) and ctx is not None and ctx.precision == 3 and how == "tense":
            # An article dated only "2023-04" that named a day before: "Am Freitag, dem 14.
            # April, kam sie an. Am Samstag traf sie ..." - the weekday of that day's week
            # (the narrative goes on from the last date named), if it stays in the article's month.
            found = weekly(ctx.date.toordinal(), cyc)
            value = weekly_value(found, cyc) if found else None
            if value and (anchor is None or value.startswith(anchor.value())):
                return with_tod(value, tod), ""
        if anchor is None or anchor.precision < 3:
            unknown = "XXXX-WXX-" + ("WE" if cyc == "WE" else cyc[1])
            value, mod = coarse(anchor, unknown + (f"T{tod}" if tod else ""))
            return value, mod
        day = anchor.date.toordinal()
        if how == "this":
            found = weekly(day, cyc)
        else:
            found = choose([weekly(day + 7 * k, cyc) for k in (-2, -1, 0, 1, 2)], day, day, how, tense)
        return (with_tod(weekly_value(found, cyc), tod), None) if found else None
    if anchor is None:
        value = ("XXXX-WXX-WE" if cyc.endswith("WE") else "XXXX-XX-XX") if cyc[0] == "E" else f"XXXX-{cyc}"
        day_level = cyc[0] == "E" or "-" in cyc
        return (f"{value}T{tod}" if tod and day_level else value), None
    a0, a1 = anchor.month_span()
    if how == "after":
        # "im Juli und August": the second month goes on from the first
        a0, a1 = scene.last.month_span()
    elif how == "tense" and scene is not None and scene.named is not None:
        # "Als sie im März 1992 die Nase verlor, brachte man sie im April ...": a date
        # with its year named before in the sentence is the time the sentence speaks of
        a0, a1, how = *scene.named.month_span(), "near"
    year = a0 // 12
    occ = [yearly(year + k, cyc) for k in (-2, -1, 0, 1, 2)]
    found = choose(occ, a0, a1, how, tense)
    if how == "this" and found is None:
        found = yearly(anchor.year, cyc)
    if found is None:
        return None
    return with_tod(found[2], tod), None


def resolve_relative(m: re.Match, anchor: Optional[Anchor], ctx: Optional[Anchor],
                     scene: Optional["Scene"] = None, tense: Callable[[], Optional[str]] = lambda: None):
    base = ctx if m.group("ref") == "CTX" and ctx is not None else anchor
    if m.group("ref") == "STORY" and scene is not None and scene.story is not None and tense() != "FUTURE":
        # "Erst 1991 erhielt er den Status. Ab Ende des Jahres stand die Statue ...": the year the
        # story told of just before, unless the clause looks ahead ("Bis Ende des Jahres soll ...")
        base = scene.story
    unit, n, cyc, tod = m.group("unit"), m.group("n"), m.group("cyc"), m.group("tod")
    sign = -1 if m.group("dir") == "MINUS" else 1
    if n == "X":
        if UNIT_PRECISION[unit] == 3 and base is not None:
            # "vor wenigen Tagen", "kürzlich": some day around the base month
            return Anchor(base.year, base.month).value() if base.month else base.value(), "APPROX"
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), ""  # a vague ref takes no mod
    n = int(n) * sign
    if cyc and WEEKLY.fullmatch(cyc) and unit == "year" or cyc and YEARLY.fullmatch(cyc) and unit == "week":
        return None
    if base is None or base.precision < UNIT_PRECISION[unit]:
        unknown = UNKNOWN[unit]
        if cyc:
            unknown = ("XXXX-WXX-" + cyc[1:]) if unit == "week" else \
                ("XXXX-XX-XX" if cyc[0] == "E" else f"XXXX-{cyc}")
        day_level = unit in ("day", "hour", "minute") or unit == "week" and cyc or unit == "year" and cyc \
            and (cyc[0] == "E" or "-" in cyc)
        return coarse(base, f"{unknown}T{tod}" if tod and day_level else unknown)
    d = base.date
    if unit in ("day", "hour", "minute"):
        days = n if unit == "day" else int(n / 24) if unit == "hour" else 0
        return with_tod((d + timedelta(days=days)).isoformat(), tod), None
    if unit in ("week", "weekend"):
        day = d + timedelta(weeks=n)
        if unit == "weekend":
            return weekly_value(weekly(day.toordinal(), "WE"), "WE"), None
        if cyc:
            return with_tod(weekly_value(weekly(day.toordinal(), cyc), cyc), tod), None
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}", None
    if unit == "month":
        i = month_index(d) + n
        return f"{i // 12:04d}-{i % 12 + 1:02d}", None
    if unit == "quarter":
        i = d.year * 4 + (d.month - 1) // 3 + n
        return f"{i // 4:04d}-Q{i % 4 + 1}", None
    if unit == "half":
        i = d.year * 2 + (d.month - 1) // 6 + n
        return f"{i // 2:04d}-H{i % 2 + 1}", None
    if unit == "year":
        if cyc:
            found = yearly(d.year + n, cyc)
            return (with_tod(found[2], tod), None) if found else None
        return f"{d.year + n:04d}", None
    if unit == "decade":
        return f"{d.year // 10 + n:03d}", None
    return f"{d.year // 100 + n:02d}", None


def finish(value: str) -> Optional[str]:
    """Check an absolute value; compute Easter-relative dates ('2021-E+0')."""
    m = EASTER_SPEC.fullmatch(value)
    if m:
        occ = yearly(int(m.group("y")), m.group("cyc"))
        return with_tod(occ[2], m.group("tod")) if occ else None
    m = FULL_DATE.match(value)
    if m:
        try:
            date(*map(int, m.groups()))
        except ValueError:
            return None
    if "UNDEF" in value:
        return None
    return value


@dataclass(frozen=True)
class Scene:
    """Dates the current sentence named before an expression.

    ``last``: the last date of month precision or finer, however resolved;
    ``named``: the last one whose year the text gave ("im März 1992");
    ``story``: the year of the last date whose year the text gave in this sentence or the one
    before ("1991", "im Juni 1930"), which "Ende des Jahres" and "im selben Jahr" refer to."""
    last: Optional[Anchor] = None
    named: Optional[Anchor] = None
    story: Optional[Anchor] = None
    period: Optional[str] = None  # the value of that date ("2009-Q3"), for "im gleichen Zeitraum des Vorjahres"


def resolve(spec: str, anchor: Optional[Anchor], ctx: Optional[Anchor],
            tense: Callable[[], Optional[str]], scene: Optional[Scene] = None) -> Optional[tuple[str, Optional[str]]]:
    """(value, mod) for a template result, or None if invalid.

    The mod is None when the rule's own mod stands, else it replaces it ('' clears it)."""
    m = CYCLE_SPEC.fullmatch(spec)
    if m:
        return resolve_cycle(m, anchor, tense, ctx, scene)
    m = RELATIVE_SPEC.fullmatch(spec)
    if m:
        return resolve_relative(m, anchor, ctx, scene, tense)
    m = PERIOD_SPEC.fullmatch(spec)
    if m:
        # "gegenüber dem gleichen Zeitraum des Vorjahres": the period the story just named with its
        # year, else the month this sentence named, a year (or n) earlier; else the year before publication
        n = int(m.group("n")) * (-1 if m.group("dir") == "MINUS" else 1)
        if scene is not None and scene.period is not None:
            return f"{int(scene.period[:4]) + n:04d}{scene.period[4:]}", None
        if scene is not None and scene.last is not None:  # "im Oktober ... zum Vorjahresmonat"
            return f"{scene.last.year + n:04d}-{scene.last.month:02d}", None
        if anchor is None:
            return "XXXX", None
        return f"{anchor.year + n:04d}", None
    m = CENTURY_SPEC.fullmatch(spec)
    if m:
        yy = int(m.group("yy"))
        limit = (anchor.year if anchor else date.today().year) % 100 + 20
        year = 2000 + yy if yy <= limit else 1900 + yy
        value = finish(with_tod(f"{year}{m.group('rest')}", m.group("tod")))
        return (value, None) if value else None
    value = finish(spec)
    return (value, None) if value else None
