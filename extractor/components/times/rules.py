"""The rules compiled from ``rules/<type>.tsv``, each checked against its example on load.

``grammar()`` builds (once) everything tagging needs: rules with their gates,
the normalisation tables, the tense cues and the probe regex.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from ...errors import ResourceError
from ...resources import per_folder
from .calendar import parse_anchor, resolve
from .gate import _sre_constants, _sre_parser, build_probe, class_starts, rule_gate
from .grammar import (DATING_COLUMN, Grammar, MODS, RULE_COLUMNS, RULE_FILES, Rule, TENSES, TIMES_DIR, expand_classes,
                      load_classes, load_norms, read_table, substitute, with_initial_capital)
from .templates import MissingGroup, check_template, evaluate, parse_template


#: Anchor used to check that every rule's example resolves.
CHECK_ANCHOR = "2022-10-21"
EXAMPLE_EXTENT = re.compile(r"\[([^\[\]]*)\]")



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


def dating_extent(match: re.Match) -> tuple[int, int]:
    """The extent of a rule's dating value: group 'act' when the rule has one, else the TIMEX's
    ('[vor [fünf Jahren]]': the act is dated by the whole phrase, the DURATION is its inner part)."""
    if "act" in match.re.groupindex and match.group("act") is not None:
        return match.span("act")
    return extent(match)


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
    dating = parse_template(row[DATING_COLUMN], where) if row.get(DATING_COLUMN) else ()
    if rtype != "REMOVE":
        check_template(value, groups, norms, where)
        check_template(mod, groups, norms, where)
        check_template(dating, groups, norms, where)
    elif dating:
        raise ResourceError(f"{where}: a negative rule has no {DATING_COLUMN} value")
    rule = Rule(row["name"], rtype, order, regex, value, mod,
                rule_gate(row["pattern"], starts_of, where), dating)
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
    except MissingGroup as exc:
        raise ResourceError(f"{where}: example {example!r} leaves the value without {exc}") from None
    if mod and mod not in MODS:
        raise ResourceError(f"{where}: mod {mod!r} is not one of {sorted(MODS)}")
    if resolve(spec, parse_anchor(CHECK_ANCHOR), None, lambda: None) is None:
        raise ResourceError(f"{where}: value {spec!r} of example {example!r} cannot be resolved")
    if rule.dating:
        try:
            dating = evaluate(rule.dating, m, norms)
        except MissingGroup as exc:
            raise ResourceError(f"{where}: example {example!r} leaves the {DATING_COLUMN} value without {exc}") from None
        if resolve(dating, parse_anchor(CHECK_ANCHOR), None, lambda: None) is None:
            raise ResourceError(f"{where}: {DATING_COLUMN} value {dating!r} of example {example!r} cannot be resolved")


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
    cues = [(t, cue) for t in TENSES for cue in sorted(by_tense[t], key=len, reverse=True)]
    return re.compile(rf"(?<![\w-])(?:{indexed_alternatives(cues)})(?![\w-])")


def indexed_alternatives(cues: list[tuple[str, str]]) -> str:
    """The cues as one alternation that tries, at each word, only the cues that can start with its
    first character: ~480 cues tried one by one at every word start were most of the tense step's
    time.  The cues a character may start keep their order (the first that matches wins, as in a
    plain alternation), each run of one class in a group named ``<class>_<n>`` (``cue_class``)."""
    firsts = [first_chars(_sre_parser.parse(cue)) for _, cue in cues]
    known = sorted(set().union(*(f for f in firsts if f is not None)))
    chars_of: dict[tuple[int, ...], list[str]] = {}  # the cues a character may start -> those characters
    for ch in known:
        chars_of.setdefault(tuple(n for n, f in enumerate(firsts) if f is None or ch in f), []).append(ch)
    buckets = [(f"(?=[{''.join(map(re.escape, chars))}])", members) for members, chars in chars_of.items()]
    unknown = tuple(n for n, f in enumerate(firsts) if f is None)
    if unknown:
        buckets.append((f"(?![{''.join(map(re.escape, known))}])" if known else "", unknown))
    out = []
    for b, (guard, members) in enumerate(buckets):
        runs: list[tuple[str, list[str]]] = []
        for n in members:
            tense, cue = cues[n]
            if not runs or runs[-1][0] != tense:
                runs.append((tense, []))
            runs[-1][1].append(cue)
        out.append(guard + "(?:" + "|".join(f"(?P<{t}_{b}>{'|'.join(alts)})" for t, alts in runs) + ")")
    return "|".join(out)


def cue_class(m: re.Match) -> str:
    """The class (``TENSES``) of the cue a match of ``load_cues``'s regex found."""
    return m.lastgroup.rpartition("_")[0]  # type: ignore[union-attr]


def first_chars(items) -> Optional[frozenset[str]]:
    """Every character a match of a parsed pattern can start with; None where that is not known
    (a category such as \\w, a negated set, a first item that may be absent, case folding)."""
    c = _sre_constants
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width: the next item takes the first character
        if op is c.LITERAL:
            return frozenset(chr(av))
        if op is c.IN:
            chars: set[str] = set()
            for o, v in av:
                if o is c.LITERAL:
                    chars.add(chr(v))
                elif o is c.RANGE:
                    chars.update(map(chr, range(v[0], v[1] + 1)))
                else:
                    return None
            return frozenset(chars)
        if op is c.SUBPATTERN:
            return None if av[1] & re.IGNORECASE else first_chars(av[3])
        if op is c.BRANCH:
            found = [first_chars(alt) for alt in av[1]]
            return None if None in found else frozenset().union(*found)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return first_chars(av[2])
        return None
    return None


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


@per_folder
def grammar(root: Path) -> Grammar:
    """The grammar under ``times/`` of a resource folder, loaded once per folder (``grammar()``:
    the folder of the component running now, else the packaged ``TIMES_DIR``)."""
    return load_grammar(root / "times")
