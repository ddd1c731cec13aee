"""The grammar's data: pattern classes, normalisation tables and the compiled ``Rule``/``Grammar`` types.

Surface patterns (``repattern/reX.txt``, one alternative a line) and
normalisation tables (``normalization/normX.tsv``, surface form -> value) are
read and checked here; German inflection of table entries is added on reading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, get_args

from ...errors import ResourceError
from ...lang.de.endings import INFLECTIONS
from ...resources import DATA_DIR, load_table
from ...schema import TimeMod


TIMES_DIR = DATA_DIR / "times"


#: Rule files and the TIMEX3 type their rules produce; REMOVE rules veto matches.
RULE_FILES = (("date.tsv", "DATE"), ("time.tsv", "TIME"), ("duration.tsv", "DURATION"),
              ("set.tsv", "SET"), ("negative.tsv", "REMOVE"))
RULE_COLUMNS = ("name", "pattern", "value", "mod", "example")
#: Optional last column: the date an act told with the expression is given, where TimeML's
#: value is not one ('kürzlich' is PAST_REF, but a meeting held 'kürzlich' is dated by the
#: month of publication, approximately; 'vor fünf Jahren' holds the DURATION 'fünf Jahren',
#: and the act lies in the year five years back).  Its extent is the group 'act', else the TIMEX3's.
DATING_COLUMN = "dating"
MODS = frozenset(get_args(TimeMod))
# Cue classes, in the order they win a tie (a word of two classes is read as the first: PERFECT
# lists participles that the generic PARTICIPLE patterns match too).
TENSES = ("FUTURE", "PAST", "PERFECT", "PARTICIPLE", "STATE", "FORWARD", "PROSPECT")
CLASS_REF = re.compile(r"%(re[A-Z][A-Za-z0-9]*)")


@dataclass(frozen=True)
class Rule:
    """One compiled rule; ``type`` REMOVE marks a negative rule."""
    name: str
    type: str
    order: int
    regex: re.Pattern
    value: tuple
    mod: tuple
    gate: tuple[frozenset, ...]  # clauses: a token of each must occur in the sentence
    dating: tuple = ()  # template of the date an act told with it is given (DATING_COLUMN), if not the value


@dataclass(frozen=True)
class Grammar:
    rules: tuple[Rule, ...]
    norms: dict[str, dict[str, str]]
    cues: re.Pattern
    probe: re.Pattern
    probe_classes: dict[str, frozenset]
    always: frozenset  # classes that cannot be probed (treated as present)
    by_token: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first gate clause -> rules
    ungated: tuple[int, ...] = ()
    phrases: tuple[str, ...] = ()  # probe literals with a space ("bis zum")
    phrase_heads: tuple[str, ...] = ()  # their first words
    # Memos (the grammar never changes): a word's gate tokens, a token set's rules to run.
    _word_classes: dict[str, frozenset] = field(default_factory=dict, compare=False, repr=False)
    _rules_for: dict[frozenset, tuple["Rule", ...]] = field(default_factory=dict, compare=False, repr=False)


def read_repattern(path: Path) -> tuple[list[str], bool]:
    """Alternatives of one pattern class; ``#! exact-case`` keeps their case."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("#"):
        raise ResourceError(f"{path}: must start with a '#' header line saying what the class holds")
    alts, exact = [], False
    for lineno, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("#!"):
            if s[2:].strip() != "exact-case":
                raise ResourceError(f"{path}:{lineno}: unknown directive {s!r} (only '#! exact-case')")
            exact = True
        elif s and not s.startswith("#"):
            alts.append(s)
    if not alts:
        raise ResourceError(f"{path}: no alternatives")
    return alts, exact


def with_initial_capital(alt: str) -> str:
    """'zwei' -> '[zZ]wei': lower-case words are capitalised at sentence start."""
    if alt[:1].isalpha() and alt[:1].islower() and alt[:1] != "ß":
        return f"[{alt[0]}{alt[0].upper()}]{alt[1:]}"
    return alt


def load_classes(root: Path) -> dict[str, list[str]]:
    """Raw alternatives of every ``repattern/reX.txt``, keyed by 'reX'."""
    classes: dict[str, list[str]] = {}
    for path in sorted((root / "repattern").glob("re*.txt")):
        alts, exact = read_repattern(path)
        classes[path.stem] = alts if exact else [with_initial_capital(a) for a in alts]
    return classes


def first_chars(found: Optional[set[str]]) -> str:
    """A lookahead on the possible first characters of a class ('' if unknown).

    It lets the regex engine reject most positions with one charset test
    instead of trying every alternative."""
    if not found:
        return ""
    chars = set()
    for p in found:
        chars |= {"0-9"} if p == "#" else {p[0], p[0].upper()}
    body = "".join(sorted(c if c == "0-9" else re.escape(c) for c in chars))
    return f"(?=[{body}])"


def expand_classes(raw: dict[str, list[str]], starts_of: Optional[dict] = None) -> dict[str, str]:
    """Each class as one non-capturing group; classes may use other classes."""
    done: dict[str, str] = {}
    starts_of = starts_of or {}

    def expand(name: str, stack: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in stack:
            raise ResourceError(f"pattern class %{name} refers to itself via {' -> '.join(stack)}")
        alts = sorted(raw[name], key=lambda a: (-len(a), a))
        body = "|".join(substitute(a, raw, lambda n: expand(n, stack + (name,)), f"class %{name}")
                        for a in alts)
        done[name] = f"{first_chars(starts_of.get(name))}(?:{body})"
        return done[name]

    for name in raw:
        expand(name, ())
    return done


def substitute(pattern: str, known, expand: Callable[[str], str], where: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group(1) not in known:
            raise ResourceError(f"{where}: unknown pattern class %{m.group(1)} "
                                f"(add repattern/{m.group(1)}.txt or fix the name)")
        return expand(m.group(1))
    return CLASS_REF.sub(repl, pattern)


def lookup_key(text: str) -> str:
    return " ".join(text.lower().replace("\u00a0", " ").split()).rstrip(".")


def load_norms(root: Path) -> dict[str, dict[str, str]]:
    """Every ``normalization/normX.tsv`` as {form: value}, forms compared lower-cased."""
    norms: dict[str, dict[str, str]] = {}
    for path in sorted((root / "normalization").glob("norm*.tsv")):
        rows = read_table(path, "form")
        table: dict[str, str] = {}
        for row in rows:
            if "value" not in row:
                raise ResourceError(f"{path}: header must name the columns 'form' and 'value'")
            key = lookup_key(row["form"])
            if key in table:
                raise ResourceError(f"{path}: duplicate form {row['form']!r} (forms are compared lower-cased)")
            table[key] = row["value"]
        norms[path.stem] = table
    return norms


def read_table(path: Path, key: str) -> tuple[dict[str, str], ...]:
    """A TSV resource via the shared loader; a missing key column is a ResourceError."""
    check_header(path)
    try:
        return load_table(str(path), key=key)
    except KeyError:
        raise ResourceError(f"{path}: the header row must name a column {key!r}") from None


def check_header(path: Path) -> None:
    with open(path, encoding="utf-8") as fh:
        if not fh.readline().startswith("#"):
            raise ResourceError(f"{path}: must start with a '#' header line stating its format")


def normalise(table: dict[str, str], text: str) -> Optional[str]:
    """Table value of a surface form, trying German inflection endings."""
    key = lookup_key(text)
    if key in table:
        return table[key]
    for suffix in INFLECTIONS:
        if key.endswith(suffix) and key[: -len(suffix)] in table:
            return table[key[: -len(suffix)]]
    return None
