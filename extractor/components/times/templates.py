"""Value templates: ``[{y}|UNDEF-tense]-%normMonth(m)`` parsed once, then filled from a match.

The functions a template may call (``%num``, ``%clock``, ``%duration`` ...)
turn the words of a match into TIMEX3 value parts.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ...errors import ResourceError
from .grammar import lookup_key, normalise


TEMPLATE_TOKEN = re.compile(
    r"%(?P<fn>[A-Za-z][A-Za-z0-9]*)\((?P<args>[^()]*)\)|\{(?P<group>\w+)\}"
    r"|(?P<open>\[)|(?P<bar>\|)|(?P<close>\])|(?P<text>[^%{\[\]|]+)")



class MissingGroup(Exception):
    """A group the template needs did not take part in the match."""


def parse_template(source: str, where: str) -> tuple:
    """'[{y}|UNDEF-tense]-%normMonth(m)' -> nested tuple of parts."""
    stack: list[list] = [[[]]]  # a stack of optional sections, each a list of alternatives
    pos = 0
    for m in TEMPLATE_TOKEN.finditer(source):
        if m.start() != pos:
            break
        pos = m.end()
        alts = stack[-1]
        if m.group("fn"):
            args = tuple(a.strip() for a in m.group("args").split(",") if a.strip())
            alts[-1].append(("call", m.group("fn"), args))
        elif m.group("group"):
            alts[-1].append(("group", m.group("group")))
        elif m.group("open"):
            stack.append([[]])
        elif m.group("bar"):
            if len(stack) == 1:
                raise ResourceError(f"{where}: '|' outside [...] in template {source!r}")
            alts.append([])
        elif m.group("close"):
            if len(stack) == 1:
                raise ResourceError(f"{where}: unbalanced ']' in template {source!r}")
            section = stack.pop()
            stack[-1][-1].append(("opt", tuple(tuple(a) for a in section)))
        else:
            alts[-1].append(("text", m.group("text")))
    if pos != len(source) or len(stack) != 1:
        raise ResourceError(f"{where}: cannot parse template {source!r} near {source[pos:pos + 12]!r}")
    return tuple(stack[0][0])


def template_parts(parts: tuple):
    for part in parts:
        if part[0] == "opt":
            for alt in part[1]:
                yield from template_parts(alt)
        else:
            yield part


def check_template(parts: tuple, groups: set[str], norms: dict, where: str) -> None:
    for part in template_parts(parts):
        if part[0] == "group" and part[1] not in groups:
            raise ResourceError(f"{where}: template uses group {{{part[1]}}} that the pattern lacks")
        if part[0] == "call":
            fn, args = part[1], part[2]
            if fn.startswith("norm"):
                if fn not in norms:
                    raise ResourceError(f"{where}: unknown normalisation table %{fn} "
                                        f"(add normalization/{fn}.tsv)")
                if len(args) != 1:
                    raise ResourceError(f"{where}: %{fn}(...) takes one group")
            elif fn not in FUNCTIONS:
                raise ResourceError(f"{where}: unknown template function %{fn} "
                                    f"(known: {', '.join(sorted(FUNCTIONS))})")
            for arg in args:
                if arg not in groups and not re.fullmatch(r"[0-9X]+", arg):
                    raise ResourceError(f"{where}: %{fn} uses group {arg!r} that the pattern lacks")


def evaluate(parts: tuple, match: re.Match, norms: dict) -> str:
    out = []
    for part in parts:
        kind = part[0]
        if kind == "text":
            out.append(part[1])
        elif kind == "group":
            text = match.group(part[1])
            if text is None:
                raise MissingGroup(part[1])
            out.append(text)
        elif kind == "call":
            out.append(call(part[1], part[2], match, norms))
        else:
            for alt in part[1]:
                try:
                    out.append(evaluate(alt, match, norms))
                    break
                except MissingGroup:
                    continue
    return "".join(out)


def call(fn: str, args: tuple, match: re.Match, norms: dict) -> str:
    values = [arg if re.fullmatch(r"[0-9X]+", arg) else match.group(arg) for arg in args]
    if fn.startswith("norm"):
        if values[0] is None:
            raise MissingGroup(args[0])
        result = normalise(norms[fn], values[0])
    else:
        result = FUNCTIONS[fn](norms, *values)
    if result is None:
        raise MissingGroup(fn)
    return result


# --- template functions (German numerals and clock times) ----------------

UNITS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
         "siebzig": 70, "achtzig": 80, "neunzig": 90}


def number(norms: dict, text: Optional[str]) -> Optional[str]:
    """'drei' -> '3', '2,5' -> '2.5', 'einundzwanzig' -> '21', 'einige' -> 'X'."""
    if text is None or text == "X":
        return text
    key = lookup_key(text)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", key):
        value = float(key.replace(",", "."))
    else:
        found = normalise(norms["normNumber"], key)
        if found is None:
            # "einundzwanzig": ones + "und" + tens, the German order of compound numerals
            m = re.fullmatch(r"(\w+?)und(\w+)", key)
            ones = normalise(norms["normNumber"], m.group(1)) if m else None
            if not m or ones is None or m.group(2) not in UNITS:
                return None
            found = str(int(ones) + UNITS[m.group(2)])
        if found == "X":
            return "X"
        value = float(found)
    return str(int(value)) if value == int(value) else str(value)


def pad2(norms: dict, text: Optional[str]) -> Optional[str]:
    return None if text is None else f"{int(text):02d}"


def decade(norms: dict, text: Optional[str]) -> Optional[str]:
    """'1990' -> '199'; a bare '90' means the 1990s, '00'/'10' the 2000s/2010s."""
    if text is None:
        return None
    if len(text) == 4:
        return text[:3]
    return ("20" if text in ("00", "10") else "19") + text[0]


def century(norms: dict, text: Optional[str]) -> Optional[str]:
    """'19.' (Jahrhundert) -> '18': the 19th century is the 1800s."""
    return None if text is None else f"{int(text.rstrip('.')) - 1:02d}"


def clock(norms: dict, hour: Optional[str], minute: Optional[str] = None,
          part: Optional[str] = None) -> Optional[str]:
    """'8' + 'abends' -> '20:00'; the part of day moves a 12-hour reading."""
    h = number(norms, hour)
    if h is None or h == "X" or "." in h:
        return None
    h, mi = int(h), int(minute) if minute else 0
    pod = normalise(norms["normPartOfDay"], part) if part else None
    if pod in ("AF", "EV") and h < 12 or pod == "NI" and 6 <= h < 12:
        h += 12
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def half_hour(norms: dict, hour: Optional[str]) -> Optional[str]:
    """'halb neun' is 8:30: German counts the half towards the next hour."""
    h = clock(norms, hour)
    return None if h is None else f"{(int(h[:2]) - 1) % 24:02d}:30"


def quarter_hour(norms: dict, hour: Optional[str], direction: Optional[str]) -> Optional[str]:
    """'Viertel nach acht' 08:15, 'Viertel vor neun' 08:45."""
    h = clock(norms, hour)
    if h is None or direction is None:
        return None
    return f"{h[:2]}:15" if direction == "nach" else f"{(int(h[:2]) - 1) % 24:02d}:45"


# Fractions become the next smaller unit when that is exact ("ein halbes Jahr" P6M).
SMALLER_UNIT = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "W": ("D", 7),
                "DE": ("Y", 10), "CE": ("Y", 100), "MIN": ("S", 60)}
TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
YEARS_IN = {"DE": 10, "CE": 100}


def duration(norms: dict, amount: Optional[str], unit: Optional[str],
             half: Optional[str] = None) -> Optional[str]:
    """TIMEX3 duration: ('drei', 'Tagen') -> 'P3D', ('zwei', 'Stunden') -> 'PT2H'."""
    n = number(norms, amount)
    letter = normalise(norms["normUnit"], unit) if unit else None
    if n is None or letter is None:
        return None
    if letter == "Q":
        letter, n = "M", n if n == "X" else str(float(n) * 3)
    if letter in YEARS_IN and n != "X":  # TimeML counts decades and centuries in years: P10Y
        letter, n = "Y", str(float(n) * YEARS_IN[letter])
    if n != "X":
        value = float(n) * (0.5 if half else 1)
        while value != int(value) and letter in SMALLER_UNIT and \
                (value * SMALLER_UNIT[letter][1]) == int(value * SMALLER_UNIT[letter][1]):
            letter, value = SMALLER_UNIT[letter][0], value * SMALLER_UNIT[letter][1]
        n = str(int(value)) if value == int(value) else str(value)
    if letter in TIME_UNITS:
        return f"PT{n}{TIME_UNITS[letter]}"
    return f"P{n}{letter}"


FUNCTIONS: dict[str, Callable] = {"num": number, "pad2": pad2, "decade": decade, "century": century,
                                  "clock": clock, "halfhour": half_hour, "quarterhour": quarter_hour,
                                  "duration": duration}
