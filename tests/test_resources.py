"""Every lexicon under extractor/resources/de parses and has no duplicate keys.

Generic on purpose: a resource file added later is checked without touching this
test.  A ``*.tsv`` file is keyed by its first header column unless a header
comment says otherwise (``# key column: NAME`` or ``# key: NAME``; ``# key column:
none`` for tables whose rows may repeat a key).  A ``*.txt`` file is one entry a
line and must not list an entry twice.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.resources import DATA_DIR, load_lines, load_table

KEY_RE = re.compile(r"#.*\bkey(?: column)?:\s*([^\s;,(]+)", re.IGNORECASE)
TSV_FILES = sorted(DATA_DIR.rglob("*.tsv"))
TXT_FILES = sorted(DATA_DIR.rglob("*.txt"))


def _rel(path: Path) -> str:
    return str(path.relative_to(DATA_DIR))


def _header(path: Path) -> tuple[list[str], list[str]]:
    """(comment lines before the header row, header columns)."""
    comments = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            if line.lstrip().startswith("#"):
                comments.append(line)
                continue
            return comments, [c.strip() for c in line.rstrip("\n").split("\t")]
    return comments, []


def _key_column(path: Path) -> str | None:
    comments, header = _header(path)
    for line in comments:
        m = KEY_RE.search(line)
        if m:
            key = m.group(1).strip().rstrip(".")
            if key.lower() in ("none", "-"):
                return None
            if key in header:
                return key
    return header[0] if header else None


def test_resources_exist():
    assert TSV_FILES and TXT_FILES


@pytest.mark.parametrize("path", TSV_FILES, ids=_rel)
def test_resources_tsv_parses_with_unique_keys(path):
    comments, header = _header(path)
    assert comments, f"{_rel(path)}: starts with no '#' lines saying its format"
    assert header, f"{_rel(path)}: no header row"
    rows = load_table(_rel(path), key=_key_column(path))
    assert rows, f"{_rel(path)}: no rows"


@pytest.mark.parametrize("path", TXT_FILES, ids=_rel)
def test_resources_txt_parses_without_duplicates(path):
    entries = load_lines(_rel(path))
    assert entries, f"{_rel(path)}: no entries"
    with open(path, encoding="utf-8") as fh:
        lines = [l.strip() for l in fh if l.strip() and not l.lstrip().startswith("#")]
        fh.seek(0)
        assert fh.readline().lstrip().startswith("#"), f"{_rel(path)}: no '#' header saying its format"
    seen: set[str] = set()
    dupes = sorted({l for l in lines if l in seen or seen.add(l)})
    assert not dupes, f"{_rel(path)}: listed twice: {dupes[:10]}"


def test_open_data_given_names_carry_their_licence():
    from extractor.resources import DATA_DIR
    head = (DATA_DIR / "first_names_faker.tsv").read_text(encoding="utf-8")[:2000]
    assert "Faker" in head and "MIT" in head and "Daniele Faraglia" in head
    notice = (DATA_DIR / "NOTICE.md").read_text(encoding="utf-8")
    assert "first_names_faker.tsv" in notice and "Copyright (c) 2012 Daniele Faraglia" in notice
    head = (DATA_DIR / "surnames_faker.txt").read_text(encoding="utf-8")[:2000]
    assert "Faker" in head and "MIT" in head and "Daniele Faraglia" in head and "surnames_faker.txt" in notice
    head = (DATA_DIR / "given_name_sex.tsv").read_text(encoding="utf-8")[:2000]
    assert "Faker" in head and "MIT" in head and "Daniele Faraglia" in head and "given_name_sex.tsv" in notice


def test_word_cache_is_emptied_only_past_its_size():
    from extractor.resources import _SIZED_CACHES, trim_word_caches, word_cache

    @word_cache(maxsize=3)
    def shout(word: str) -> str:
        return word.upper()

    try:
        assert [shout(w) for w in ("a", "b", "c", "a")] == ["A", "B", "C", "A"]
        trim_word_caches()
        assert shout.cache_info().currsize == 3  # at its size: kept
        shout("d")
        trim_word_caches()
        assert shout.cache_info().currsize == 0 and shout("d") == "D"  # past it: emptied whole
    finally:
        _SIZED_CACHES.remove(shout)
