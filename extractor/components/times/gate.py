"""Gates: which rules can match a sentence at all, so that ~100 regexes need not run on each.
"""
from __future__ import annotations

import re
from typing import Optional

from ...errors import ResourceError
from .grammar import CLASS_REF, Rule

try:  # Python >= 3.11
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]


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
