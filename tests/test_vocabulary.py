"""The German closed-class vocabulary is written once (issue 15, item 2).

- ``extractor/lang/de/`` holds the closed word classes, one module a class; no name is defined
  in two of its modules and no two of its lists have the same words.
- No two module-level word lists anywhere in ``extractor/`` have the same words, and no list
  written outside ``lang/de`` holds a closed-class word: such a list belongs in ``lang/de``.
- Data files do not repeat the Python lists: no whole closed class is copied into a word list
  under ``resources/de``, and a file that names its word class (``# word class: verbs``) shares
  no word with that class's module.  (The rule tables contact_verbs/contact_nouns/event_cues are
  keyed by lemma or cue, not by word class; their rows are checked by tests/test_lexicon_examples.py.)
"""
from __future__ import annotations

import ast
import importlib
import re
from collections import defaultdict
from pathlib import Path

import pytest

from extractor.resources import DATA_DIR, load_lines, load_table

ROOT = Path(__file__).resolve().parents[1] / "extractor"
LANG = ROOT / "lang" / "de"
CLASSES = sorted(p.stem for p in LANG.glob("*.py") if p.stem != "__init__")


def _strings(node: ast.AST) -> frozenset[str] | None:
    """The strings of a literal word list: {..}, (..), [..], frozenset(..), "a b".split(), Literal[..]."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts \
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return frozenset(e.value for e in node.elts)
    if isinstance(node, ast.Call) and not node.args and not node.keywords and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "split" and isinstance(node.func.value, ast.Constant) \
            and isinstance(node.func.value.value, str):
        return frozenset(node.func.value.value.split())
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple") \
            and len(node.args) == 1:
        return _strings(node.args[0])
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
        return _strings(node.slice)
    return None


def _word_lists(path: Path) -> list[tuple[str, int, bool, frozenset[str]]]:
    """(where, line, module-level, words) of every literal list of two or more strings in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_level = {id(n.value) for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value}
    parents = {id(c): n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    found = []
    for node in ast.walk(tree):
        words = _strings(node)
        if words is None or len(words) < 2 or _strings(parents.get(id(node))) is not None:
            continue  # the list inside frozenset(...) counts once
        parent = parents.get(id(node))
        if isinstance(parent, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in getattr(parent, "targets", [])):
            continue  # names exported, no words
        found.append((str(path.relative_to(ROOT.parent)), node.lineno, id(node) in module_level, words))
    return found


def _lang_constants() -> dict[str, frozenset[str]]:
    """``module.NAME`` -> its words (lower case), for every public word list of lang/de."""
    out = {}
    for cls in CLASSES:
        module = importlib.import_module(f"extractor.lang.de.{cls}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, (frozenset, tuple, dict)) \
                    and getattr(module, "__name__", "") and _defined_in(cls, name):
                out[f"{cls}.{name}"] = frozenset(w.lower() for w in value if isinstance(w, str))
    return out


def _defined_in(cls: str, name: str) -> bool:
    tree = ast.parse((LANG / f"{cls}.py").read_text(encoding="utf-8"))
    return any(isinstance(t, ast.Name) and t.id == name for n in tree.body if isinstance(n, ast.Assign)
               for t in n.targets)


#: Lists of parts of words (endings, prefixes, letters), not of words.
MORPHOLOGY = re.compile(r"_(ENDINGS|PREFIXES|SUFFIXES|LETTERS)(_|$)")
CLOSED_WORDS = frozenset(w for name, words in _lang_constants().items() if not MORPHOLOGY.search(name)
                         and not name.startswith("endings.") for w in words if w.isalpha() and len(w) > 1)


def test_lang_de_defines_each_name_in_one_module():
    where = defaultdict(list)
    for cls in CLASSES:
        tree = ast.parse((LANG / f"{cls}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            for target in getattr(node, "targets", []):
                if isinstance(target, ast.Name):
                    where[target.id].append(cls)
    assert {name: mods for name, mods in where.items() if len(mods) > 1} == {}


def test_lang_de_writes_no_word_list_twice():
    by_words = defaultdict(list)
    for name, words in _lang_constants().items():
        if len(words) >= 2:
            by_words[words].append(name)
    assert [names for names in by_words.values() if len(names) > 1] == []


def test_no_word_list_is_written_twice_across_modules():
    """Two module-level constants with the same words are one list written twice."""
    by_words = defaultdict(list)
    for path in sorted(ROOT.rglob("*.py")):
        for where, line, module_level, words in _word_lists(path):
            if module_level:
                by_words[words].append(f"{where}:{line}")
    assert [places for places in by_words.values() if len(places) > 1] == []


def test_closed_class_words_are_written_only_in_lang_de():
    """A list outside lang/de that holds an article, preposition, auxiliary ... belongs in lang/de."""
    stray = []
    for path in sorted(ROOT.rglob("*.py")):
        if LANG in path.parents:
            continue
        for where, line, _, words in _word_lists(path):
            # two closed-class words, or nothing else: a German list (an English label list may hold
            # one word that is German too: "video", "initiative")
            if len(words & CLOSED_WORDS) >= 2 or words <= CLOSED_WORDS:
                stray.append((f"{where}:{line}", sorted(words & CLOSED_WORDS)))
    assert stray == []


#: Rule tables keyed by lemma or cue: a word there is a rule (a cue of kind "place" for "in"), not
#: a member of a word class; their rows are checked by tests/test_lexicon_examples.py.
RULE_TABLES = {"contact_verbs.tsv", "contact_nouns.tsv", "event_cues.tsv"}


def _data_word_lists() -> dict[str, frozenset[str]]:
    """Every one-word-a-line list and the first column of every other table under resources/de."""
    out = {}
    for path in sorted(DATA_DIR.glob("*.txt")):
        out[path.name] = frozenset(w.lower() for w in load_lines(path.name))
    for path in sorted(DATA_DIR.glob("*.tsv")):
        if path.name in RULE_TABLES:
            continue
        rows = load_table(path.name)
        first = next(iter(rows[0]))
        out[path.name] = frozenset(r[first].lower() for r in rows)
    return out


#: Python lists that name rows of a lexicon on purpose (lemmas the rules single out); each is
#: checked below to name real rows, so that it cannot drift from the data.
LEMMA_REFERENCES = {"verbs.ENCOUNTER_VERBS": ("contact_verbs.tsv",),
                    "verbs.VISIT_ONLY": ("contact_verbs.tsv", "contact_nouns.tsv")}


def test_no_closed_class_is_copied_into_a_data_file():
    data = _data_word_lists()
    copied = [(name, file) for name, words in _lang_constants().items() if len(words) >= 2
              for file, file_words in data.items() if words <= file_words]
    assert copied == []


@pytest.mark.parametrize("name", sorted(LEMMA_REFERENCES))
def test_lemma_references_name_lexicon_rows(name):
    cls, const = name.split(".")
    words = getattr(importlib.import_module(f"extractor.lang.de.{cls}"), const)
    lemmas = {r["lemma"] for f in LEMMA_REFERENCES[name] for r in load_table(f)}
    assert set(words) <= lemmas


WORD_CLASS = re.compile(r"^# word class: (.*)$", re.M)


def _declared_classes() -> list[tuple[str, str, frozenset[str]]]:
    """(file, lang/de module, words) for every data file that names its word class."""
    out = []
    for path in sorted(DATA_DIR.glob("*.*")):
        m = WORD_CLASS.search(path.read_text(encoding="utf-8"))
        if not m:
            continue
        if path.suffix == ".txt":
            out.append((path.name, m.group(1).split()[0], frozenset(w.lower() for w in load_lines(path.name))))
            continue
        # "saying -> verbs, medium -> nouns": the table's class column maps rows to word classes
        text = path.read_text(encoding="utf-8")
        spec = " ".join(re.findall(r"^# word class: (.*)$", text, re.M))
        pairs = dict(re.findall(r"(\w+) -> (\w+)", spec))
        rows = load_table(path.name, key="word")
        for value, cls in pairs.items():
            out.append((f"{path.name}[{value}]", cls, frozenset(r["word"].lower() for r in rows if r["class"] == value)))
    return out


def test_data_files_name_their_word_class():
    declared = _declared_classes()
    assert {f for f, _, _ in declared} >= {"speech_verbs.txt", "honorifics.txt", "place_noun_endings.txt",
                                           "contact_noun_exclusions.txt", "press_words.tsv[saying]",
                                           "press_words.tsv[medium]"}
    assert all(cls in CLASSES for _, cls, _ in declared)


@pytest.mark.parametrize("file,cls,words", _declared_classes(), ids=lambda v: v if isinstance(v, str) else "")
def test_no_word_sits_in_a_data_file_and_a_python_list_of_its_class(file, cls, words):
    python = {name: sorted(words & ws) for name, ws in _lang_constants().items()
              if name.startswith(cls + ".") and words & ws}
    assert python == {}, f"{file}: words of class {cls} also in {python}"
