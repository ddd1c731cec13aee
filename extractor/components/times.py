"""German temporal tagger: TIMEX3-style time expressions from raw news text.

The grammar is data (``resources/de/times``, HeidelTime's layout): pattern
classes (``repattern/reX.txt``), normalisation tables
(``normalization/normX.tsv``) and rules (``rules/<type>.tsv``) whose patterns
name the classes (``%reMonth``) and whose values are templates over named
groups (``UNDEF-tense-%normMonth(m)``).  Everything is compiled and checked
once; tagging is then regex matching on the raw text, keeping the longest
extents, and resolving the underspecified values against the publication
date, the tense of the clause and the last date the text mentioned.

Underspecified values a template may produce (resolved in ``resolve``):

``UNDEF-<how>-<cyc>[T<tod>]``
    a recurring date picked relative to the anchor; ``how`` is ``tense``
    (the sentence decides: past, future, else the nearest with a bias to the
    past), ``last``/``next`` (strictly before/after the anchor's period) or
    ``this``; ``cyc`` is ``MM``, ``MM-DD``, ``SP|SU|FA|WI``, ``Q1-4``,
    ``H1|H2``, ``E+n`` (days from Easter Sunday), ``D1-7`` (ISO weekday) or
    ``WE`` (weekend).
``UNDEF-REF|CTX-<unit>-PLUS|MINUS-<n|X>[-<cyc>][T<tod>]``
    arithmetic from the publication date (REF) or from the last full date
    mentioned before (CTX, "tags darauf"); ``X`` is a vague amount.
``UNDEF-century-YY[-MM[-DD]]``
    a two-digit year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ResourceError
from ..resources import DATA_DIR, load_table
from .tokens import WORD_MEMO_LIMIT, memoised, token_table
from .types import BYLINE, CREDIT, META, TimeValue

try:  # Python >= 3.11
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

TIMES_DIR = DATA_DIR / "times"
#: Rule files and the TIMEX3 type their rules produce; REMOVE rules veto matches.
RULE_FILES = (("date.tsv", "DATE"), ("time.tsv", "TIME"), ("duration.tsv", "DURATION"),
              ("set.tsv", "SET"), ("negative.tsv", "REMOVE"))
RULE_COLUMNS = ("name", "pattern", "value", "mod", "example")
SKIPPED_KINDS = frozenset({META, BYLINE, CREDIT})
MODS = frozenset({"START", "MID", "END", "APPROX"})
TENSES = ("FUTURE", "PAST", "PARTICIPLE")  # cue classes, in the order they win a tie
#: Anchor used to check that every rule's example resolves.
CHECK_ANCHOR = "2022-10-21"

CLASS_REF = re.compile(r"%(re[A-Z][A-Za-z0-9]*)")
TEMPLATE_TOKEN = re.compile(
    r"%(?P<fn>[A-Za-z][A-Za-z0-9]*)\((?P<args>[^()]*)\)|\{(?P<group>\w+)\}"
    r"|(?P<open>\[)|(?P<bar>\|)|(?P<close>\])|(?P<text>[^%{\[\]|]+)")
EXAMPLE_EXTENT = re.compile(r"\[([^\[\]]*)\]")
# German inflects what the tables list in base form: adjectives (-e/-en/-er/
# -es/-em: "vergangenen"), nouns (-e/-en/-n/-s/-es: "Tagen", "Jahres").
INFLECTIONS = ("s", "n", "r", "e", "en", "es", "er", "em", "ns", "ens")


# --------------------------------------------------------------------------
# Grammar: loading and validating the data files
# --------------------------------------------------------------------------

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


# --- value templates --------------------------------------------------------

class _Missing(Exception):
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
                raise _Missing(part[1])
            out.append(text)
        elif kind == "call":
            out.append(call(part[1], part[2], match, norms))
        else:
            for alt in part[1]:
                try:
                    out.append(evaluate(alt, match, norms))
                    break
                except _Missing:
                    continue
    return "".join(out)


def call(fn: str, args: tuple, match: re.Match, norms: dict) -> str:
    values = [arg if re.fullmatch(r"[0-9X]+", arg) else match.group(arg) for arg in args]
    if fn.startswith("norm"):
        if values[0] is None:
            raise _Missing(args[0])
        result = normalise(norms[fn], values[0])
    else:
        result = FUNCTIONS[fn](norms, *values)
    if result is None:
        raise _Missing(fn)
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


def duration(norms: dict, amount: Optional[str], unit: Optional[str],
             half: Optional[str] = None) -> Optional[str]:
    """TIMEX3 duration: ('drei', 'Tagen') -> 'P3D', ('zwei', 'Stunden') -> 'PT2H'."""
    n = number(norms, amount)
    letter = normalise(norms["normUnit"], unit) if unit else None
    if n is None or letter is None:
        return None
    if letter == "Q":
        letter, n = "M", n if n == "X" else str(float(n) * 3)
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


# --- rules ------------------------------------------------------------------

def split_example(example: str) -> tuple[str, tuple[int, int]]:
    """'am [Freitag]' -> ('am Freitag', (3, 10)); no brackets: the whole text."""
    m = EXAMPLE_EXTENT.search(example)
    if not m:
        return example, (0, len(example))
    text = example[: m.start()] + m.group(1) + example[m.end():]
    return text, (m.start(), m.start() + len(m.group(1)))


def extent(match: re.Match) -> tuple[int, int]:
    """The TIMEX extent: group 'ext' when the rule has one, else the whole match."""
    if "ext" in match.re.groupindex and match.group("ext") is not None:
        return match.span("ext")
    return match.span()


def load_rules(root: Path, classes: dict[str, str], norms: dict, starts_of: dict) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for filename, rtype in RULE_FILES:
        path = root / "rules" / filename
        for row in read_table(path, "name"):
            missing = [c for c in RULE_COLUMNS if c not in row]
            if missing:
                raise ResourceError(f"{path}: header lacks the column(s) {', '.join(missing)}")
            rules.append(compile_rule(row, rtype, len(rules), f"{path.name}: rule {row['name']!r}",
                                      classes, norms, starts_of))
            if row["name"] in seen:
                raise ResourceError(f"{path}: rule name {row['name']!r} also used in {seen[row['name']]}")
            seen[row["name"]] = path.name
    return rules


def compile_rule(row: dict, rtype: str, order: int, where: str, classes: dict, norms: dict,
                 starts_of: dict) -> Rule:
    source = substitute(row["pattern"], classes, classes.__getitem__, where)
    try:
        regex = re.compile(source)
    except re.error as exc:
        raise ResourceError(f"{where}: pattern does not compile: {exc}") from None
    groups = set(regex.groupindex)
    value = parse_template(row["value"], where)
    mod = parse_template(row["mod"], where) if row["mod"] else ()
    if rtype != "REMOVE":
        check_template(value, groups, norms, where)
        check_template(mod, groups, norms, where)
    rule = Rule(row["name"], rtype, order, regex, value, mod,
                rule_gate(row["pattern"], starts_of, where))
    check_example(rule, row["example"], norms, where)
    return rule


def check_example(rule: Rule, example: str, norms: dict, where: str) -> None:
    """The example must match with the bracketed extent and resolve to a value."""
    if not example:
        raise ResourceError(f"{where}: no example (write one the rule must match, extent in [...])")
    text, span = split_example(example)
    found = [extent(m) for m in rule.regex.finditer(text)]
    if span not in found:
        raise ResourceError(f"{where}: example {example!r} does not match its own pattern "
                            f"(extents found: {[text[s:e] for s, e in found]})")
    if rule.type == "REMOVE":
        return
    m = next(m for m in rule.regex.finditer(text) if extent(m) == span)
    try:
        spec = evaluate(rule.value, m, norms)
        mod = evaluate(rule.mod, m, norms) if rule.mod else ""
    except _Missing as exc:
        raise ResourceError(f"{where}: example {example!r} leaves the value without {exc}") from None
    if mod and mod not in MODS:
        raise ResourceError(f"{where}: mod {mod!r} is not one of {sorted(MODS)}")
    if resolve(spec, parse_anchor(CHECK_ANCHOR), None, lambda: None) is None:
        raise ResourceError(f"{where}: value {spec!r} of example {example!r} cannot be resolved")


# --- gating: which rules can match a sentence at all ------------------------
# Running ~100 regexes on every sentence is slow.  Each rule gets a *gate*: a
# set of tokens (pattern classes, literal words of its pattern, '#' for a
# digit) of which every match contains one.  One probe regex finds the tokens
# present in a sentence; only rules whose gate meets them are run.

DIGIT_START = re.compile(r"(?:\(\?:)*(?:\d|\\d|\[\d)")
MIN_LITERAL = 3  # shorter literals ("am") occur everywhere and make poor gates


def _char(op, av) -> Optional[str]:
    """The one (lower-cased) character an item matches, if it is one."""
    c = _sre_constants
    if op is c.LITERAL:
        return chr(av).lower()
    if op is c.IN and av and all(o is c.LITERAL for o, _ in av):
        chars = {chr(v).lower() for _, v in av}
        return chars.pop() if len(chars) == 1 else None
    return None


def _is_digit_item(op, av) -> bool:
    c = _sre_constants
    if op is c.LITERAL:
        return chr(av).isdigit()
    if op is c.IN:
        return bool(av) and all(o is c.CATEGORY and v is c.CATEGORY_DIGIT or o is c.RANGE and chr(v[0]).isdigit()
                                or o is c.LITERAL and chr(v).isdigit() for o, v in av)
    return False


def starts(items: list) -> Optional[set[str]]:
    """Lower-cased literal starts of a parsed pattern ('#' = a digit); None if unknown."""
    c = _sre_constants
    out = {""}
    for op, av in items:
        if _is_digit_item(op, av) and out == {""}:
            return {"#"}
        ch = _char(op, av)
        if ch is not None:
            out = {p + ch for p in out}
            continue
        sub = None
        if op is c.SUBPATTERN:
            sub = starts(list(av[-1]))
        elif op is c.BRANCH:
            alts = [starts(list(a)) for a in av[1]]
            sub = None if any(a is None for a in alts) else set().union(*alts)
        if sub is not None:
            if out == {""}:
                out = set(sub)
            else:  # a prefix, then a digit: the prefix is start enough
                out = {p + q for p in out for q in sub if q != "#"} | (out if "#" in sub else set())
        break
    return None if "" in out else out


def class_starts(raw: dict[str, list[str]]) -> dict[str, Optional[set[str]]]:
    """Literal starts of every class (None: the class cannot be probed)."""
    done: dict[str, Optional[set[str]]] = {}

    def visit(name: str, stack: tuple = ()) -> Optional[set[str]]:
        if name in done:
            return done[name]
        out: Optional[set[str]] = set()
        for alt in raw[name]:
            ref = CLASS_REF.match(alt)
            if ref and ref.group(1) in raw and ref.group(1) not in stack:
                found = visit(ref.group(1), stack + (name,))  # it starts like that class
            elif DIGIT_START.match(alt):
                found = {"#"}
            else:
                try:
                    found = starts(list(_sre_parser.parse(alt)))
                except re.error:
                    found = None
            if found is None:
                out = None
                break
            out |= found
        done[name] = out
        return out

    for name in raw:
        visit(name)
    return done


def token_score(token: str, starts_of: dict) -> float:
    """How rare a gate token is; longer literals are rarer."""
    if token == "#":
        return 1.5
    if token.startswith("="):
        return len(token) - 1
    found = starts_of.get(token)
    if not found:
        return 0.0
    return min(1.5 if p == "#" else len(p) for p in found)


def rule_gate(pattern: str, starts_of: dict, where: str) -> tuple[frozenset, ...]:
    """Clauses of tokens: every match of ``pattern`` has a token of each clause."""
    names: list[str] = []

    def placeholder(m: re.Match) -> str:
        names.append(m.group(1))
        return f"(?P<_gate{len(names) - 1}>\x00)"

    skeleton = CLASS_REF.sub(placeholder, pattern)
    try:
        tree = _sre_parser.parse(skeleton)
    except re.error as exc:
        raise ResourceError(f"{where}: pattern does not compile: {exc}") from None
    ids = {tree.state.groupdict[f"_gate{i}"]: name for i, name in enumerate(names)}
    score = lambda clause: min(token_score(t, starts_of) for t in clause)  # noqa: E731
    return tuple(sorted({c for c in _gate(list(tree), ids, score) if score(c) > 0},
                        key=score, reverse=True))


def _gate(items: list, ids: dict, score) -> list[frozenset]:
    """The clauses a sequence of parsed items needs (a conjunction)."""
    c = _sre_constants
    clauses: list[frozenset] = []
    run = ""
    for op, av in items + [(None, None)]:
        ch = _char(op, av) if op is not None else None
        if ch is not None and ch != "\x00":
            run += ch
            if ch.isdigit():
                clauses.append(frozenset({"#"}))
            continue
        if len(run.strip()) >= MIN_LITERAL:
            clauses.append(frozenset({"=" + run}))
        run = ""
        if op is None:
            break
        if _is_digit_item(op, av):
            clauses.append(frozenset({"#"}))
        elif op is c.SUBPATTERN:
            if av[0] in ids:
                clauses.append(frozenset({ids[av[0]]}))
            else:
                clauses.extend(_gate(list(av[-1]), ids, score))
        elif op is c.BRANCH:
            best = [max(_gate(list(alt), ids, score), key=score, default=None) for alt in av[1]]
            if all(b is not None for b in best):
                clauses.append(frozenset().union(*best))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            if av[0] >= 1:
                clauses.extend(_gate(list(av[2]), ids, score))
        elif op is c.ASSERT and av[0] == 1:  # a lookahead's content is there too
            clauses.extend(_gate(list(av[1]), ids, score))
    return clauses


def build_probe(starts_of: dict, rules: list[Rule]) -> tuple[re.Pattern, dict[str, frozenset], frozenset]:
    """One regex finding, in a lower-cased sentence, the gate tokens present."""
    tokens_of: dict[str, set] = {}
    always = frozenset(name for name, found in starts_of.items() if found is None)
    for name, found in starts_of.items():
        for p in found or ():
            tokens_of.setdefault(p, set()).add(name)
    for rule in rules:
        for token in frozenset().union(*rule.gate):
            if token.startswith("="):
                tokens_of.setdefault(token[1:], set()).add(token)
    literals = sorted((p for p in tokens_of if p != "#"), key=lambda p: (-len(p), p))
    # A literal found implies every literal inside it ("jahrhundert" holds "jahr").
    classes_of = {p: frozenset(tokens_of[p].union(*(tokens_of[q] for q in literals if q in p)))
                  for p in literals}
    classes_of["#"] = frozenset(tokens_of.get("#", set()) | {"#"})
    alternation = trie_regex(literals)
    probe = re.compile(rf"(?P<digit>\d)|{alternation}" if alternation else r"(?P<digit>\d)")
    return probe, classes_of, always


def trie_regex(words: list[str]) -> str:
    """An alternation as a prefix tree, longest match first: far faster than a flat one."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def load_cues(root: Path) -> re.Pattern:
    """Tense cues as one regex with a group per cue class (future first: 'geplant')."""
    path = root / "tense.tsv"
    by_tense: dict[str, list[str]] = {t: [] for t in TENSES}
    for row in read_table(path, "cue"):
        if row.get("tense") not in TENSES:
            raise ResourceError(f"{path}: cue {row['cue']!r} has tense {row.get('tense')!r}, "
                                f"not one of {', '.join(TENSES)}")
        try:
            re.compile(row["cue"])
        except re.error as exc:
            raise ResourceError(f"{path}: cue {row['cue']!r} does not compile: {exc}") from None
        by_tense[row["tense"]].append(with_initial_capital(row["cue"]))
    body = "|".join(f"(?P<{t}>{'|'.join(sorted(by_tense[t], key=len, reverse=True))})"
                    for t in TENSES if by_tense[t])
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def load_grammar(root: Path | str = TIMES_DIR) -> Grammar:
    """Compile and validate the whole grammar under ``root`` (raises ResourceError)."""
    root = Path(root)
    raw = load_classes(root)
    starts_of = class_starts(raw)
    classes = expand_classes(raw, starts_of)
    norms = load_norms(root)
    for needed in ("normNumber", "normUnit", "normPartOfDay"):
        if needed not in norms:
            raise ResourceError(f"{root}: normalization/{needed}.tsv is missing (template functions use it)")
    rules = load_rules(root, classes, norms, starts_of)
    probe, probe_classes, always = build_probe(starts_of, rules)
    by_token: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for token in rule.gate[0] if rule.gate else ():
            by_token.setdefault(token, []).append(i)
    phrases = tuple(p for p in probe_classes if " " in p)
    return Grammar(tuple(rules), norms, load_cues(root), probe, probe_classes, always,
                   {t: tuple(ids) for t, ids in by_token.items()},
                   tuple(i for i, rule in enumerate(rules) if not rule.gate),
                   phrases, tuple(sorted({p.split(" ", 1)[0] for p in phrases})))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The project's grammar, loaded once."""
    return load_grammar(TIMES_DIR)


# --------------------------------------------------------------------------
# Calendar: anchors, cycles and arithmetic
# --------------------------------------------------------------------------

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
YEARLY = re.compile(r"\d\d|\d\d-\d\d|SP|SU|FA|WI|Q[1-4]|H[12]|E[+-]\d+")
WEEKLY = re.compile(r"D[1-7]|WE")
TOD = r"(?:T(?P<tod>MO|MI|AF|EV|NI|DT|\d\d:\d\d))?"
CYC = r"(?P<cyc>\d\d-\d\d|\d\d|SP|SU|FA|WI|Q[1-4]|H[12]|E[+-]\d+|D[1-7]|WE)"
CYCLE_SPEC = re.compile(rf"UNDEF-(?P<how>tense|last|next|this)-{CYC}{TOD}")
RELATIVE_SPEC = re.compile(
    r"UNDEF-(?P<ref>REF|CTX)-(?P<unit>minute|hour|day|week|weekend|month|quarter|half|year|decade|century)"
    rf"-(?P<dir>PLUS|MINUS)-(?P<n>\d+|X)(?:-{CYC})?{TOD}")
CENTURY_SPEC = re.compile(r"UNDEF-century-(?P<yy>\d\d)(?P<rest>(?:-\d\d){0,2})" + TOD)
EASTER_SPEC = re.compile(r"(?P<y>\d{4})-(?P<cyc>E[+-]\d+)" + TOD)
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
        d = easter(year) + timedelta(days=int(cyc[1:]))
        return month_index(d), month_index(d), d.isoformat()
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
    announce: a future occurrence must be more than twice as close."""
    occ = sorted(o for o in occurrences if o is not None)
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


def resolve_cycle(m: re.Match, anchor: Optional[Anchor], tense,
                  ctx: Optional[Anchor] = None) -> Optional[tuple[str, Optional[str]]]:
    how, cyc, tod = m.group("how"), m.group("cyc"), m.group("tod")
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
        value = "XXXX-XX-XX" if cyc[0] == "E" else f"XXXX-{cyc}"
        day_level = cyc[0] == "E" or "-" in cyc
        return (f"{value}T{tod}" if tod and day_level else value), None
    a0, a1 = anchor.month_span()
    occ = [yearly(anchor.year + k, cyc) for k in (-2, -1, 0, 1, 2)]
    found = choose(occ, a0, a1, how, tense)
    if how == "this" and found is None:
        found = yearly(anchor.year, cyc)
    if found is None:
        return None
    return with_tod(found[2], tod), None


def resolve_relative(m: re.Match, anchor: Optional[Anchor], ctx: Optional[Anchor]):
    base = ctx if m.group("ref") == "CTX" and ctx is not None else anchor
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


def resolve(spec: str, anchor: Optional[Anchor], ctx: Optional[Anchor],
            tense: Callable[[], Optional[str]]) -> Optional[tuple[str, Optional[str]]]:
    """(value, mod) for a template result, or None if invalid.

    The mod is None when the rule's own mod stands, else it replaces it ('' clears it)."""
    m = CYCLE_SPEC.fullmatch(spec)
    if m:
        return resolve_cycle(m, anchor, tense, ctx)
    m = RELATIVE_SPEC.fullmatch(spec)
    if m:
        return resolve_relative(m, anchor, ctx)
    m = CENTURY_SPEC.fullmatch(spec)
    if m:
        yy = int(m.group("yy"))
        limit = (anchor.year if anchor else date.today().year) % 100 + 20
        year = 2000 + yy if yy <= limit else 1900 + yy
        value = finish(with_tod(f"{year}{m.group('rest')}", m.group("tod")))
        return (value, None) if value else None
    value = finish(spec)
    return (value, None) if value else None


# --------------------------------------------------------------------------
# Tense of the clause around an expression
# --------------------------------------------------------------------------

CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")


def clause_around(text: str, sent: tuple[int, int], ext: tuple[int, int]) -> tuple[int, int]:
    """The comma-delimited clause holding the expression (German clauses are comma-bound)."""
    start = sent[0]
    for m in CLAUSE_BREAK.finditer(text, sent[0], ext[0]):
        start = m.end()
    m = CLAUSE_BREAK.search(text, ext[1], sent[1])
    return start, m.start() if m else sent[1]


def nearest_cues(cues: re.Pattern, text: str, span: tuple[int, int], ext: tuple[int, int]) -> dict[str, int]:
    """Distance of the nearest cue of each class to the expression."""
    nearest: dict[str, int] = {}
    for m in cues.finditer(text, *span):
        if m.start() < ext[1] and m.end() > ext[0]:
            continue
        dist = ext[0] - m.end() if m.end() <= ext[0] else m.start() - ext[1]
        if dist < nearest.get(m.lastgroup, dist + 1):
            nearest[m.lastgroup] = dist
    return nearest


def tense_at(cues: re.Pattern, text: str, sent: tuple[int, int], ext: tuple[int, int]) -> Optional[str]:
    """PAST, FUTURE or None: the nearest finite cue of the clause, else of the sentence.

    "Nachdem sie am Freitag telefoniert hatten, wollen sie sich am Dienstag
    treffen." - Freitag is past, Dienstag future.  A participle alone means
    past; governed by a future auxiliary it does not: "Die Gespräche werden
    am Freitag fortgesetzt"."""
    for span in (clause_around(text, sent, ext), sent):
        found = nearest_cues(cues, text, span, ext)
        finite = [t for t in ("FUTURE", "PAST") if t in found]
        if finite:
            return min(finite, key=lambda t: (found[t], TENSES.index(t)))
        if "PARTICIPLE" in found:
            return "PAST"
    return None


# --------------------------------------------------------------------------
# Matching and tagging
# --------------------------------------------------------------------------

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


def to_time_value(g: Grammar, text: str, c: Candidate, sent: tuple[int, int],
                  anchor: Optional[Anchor], ctx: Optional[Anchor]) -> Optional[TimeValue]:
    try:
        spec = evaluate(c.rule.value, c.match, g.norms)
        mod = evaluate(c.rule.mod, c.match, g.norms) if c.rule.mod else ""
    except _Missing:
        return None
    resolved = resolve(spec, anchor, ctx, lambda: tense_at(g.cues, text, sent, (c.start, c.end)))
    if resolved is None:
        return None
    value, forced = resolved
    ttype = c.rule.type
    if ttype == "TIME" and "T" not in value:
        ttype = "DATE"  # a part of day whose day is unknown ("2022-10")
    return TimeValue(c.start, c.end, text[c.start:c.end], ttype, value,
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
    for sent in sorted(sentences) if sentences is not None else split_sentences(text):
        for c in select(match_rules(g, text, *sent)):
            tv = to_time_value(g, text, c, sent, anchor, ctx)
            if tv is None:
                continue
            out.append(tv)
            m = FULL_DATE.match(tv.value)
            if m and tv.type in ("DATE", "TIME"):
                ctx = Anchor(*map(int, m.groups()))
    return out


# --------------------------------------------------------------------------
# spaCy component
# --------------------------------------------------------------------------

@Language.factory("german_times", default_config={})
def make_times(nlp: Language, name: str) -> "TimeTagger":
    return TimeTagger()


class TimeTagger:
    """Sets ``Doc._.times``; header, byline and credit regions are not tagged."""

    def __init__(self) -> None:
        grammar()  # fail at pipeline build time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        skipped = [(s.start, s.end) for s in doc._.segments or () if s.kind in SKIPPED_KINDS]
        toks = token_table(doc)  # doc.sents and doc.text, computed once per Doc
        text = toks.doc_text
        if toks.has_sents:
            sentences = [toks.sent_chars(s, e) for s, e in toks.sents]
        else:
            sentences = split_sentences(text)
        sentences = [s for s in sentences if not inside_any(s, skipped)]
        times = tag_times(text, doc._.published, sentences)
        times = [t for t in times if not inside_any((t.start, t.end), skipped)]
        if not doc._.published:
            times = fill_unknown_years(times)
        doc._.times = times
        return doc


def fill_unknown_years(times: list[TimeValue]) -> list[TimeValue]:
    """Without a publication date, "im März" is "XXXX-03"; an article that names its year
    elsewhere in a full date ("am 14. Januar 2025") gives it: the latest such year before it,
    else the first one named after it (HeidelTime's narrative reading)."""
    # only dates with a month anchor the year: "seit 1998" names a year of the past, not the story's
    years = [(t.start, t.value[:4]) for t in times if t.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d\d", t.value)]
    if not years:
        return times
    out = []
    for t in times:
        if t.type in ("DATE", "TIME") and re.match(r"^XXXX-\d\d", t.value):
            before = [y for s, y in years if s < t.start]
            year = before[-1] if before else years[0][1]
            t = TimeValue(t.start, t.end, t.text, t.type, year + t.value[4:], t.mod)
        out.append(t)
    return out


def inside_any(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in regions)
