"""The lookup lemmas: built once into a compact store, same answers as the in-memory table."""
from __future__ import annotations

from extractor.resources import lemma_store


def test_lemma_store_built_once_and_answers_like_the_table(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    overrides = [("sprachen", "sprechen"), ("getroffen", "treffen")]
    table = {"Gespräche": "Gespräch", "getroffen": "triefen", "Häuser": "Haus"}
    monkeypatch.setattr(lemma_store, "read_spacy_table", lambda path: dict(table))
    store = lemma_store.open_store(overrides, lambda: {})
    assert store.path is not None and store.path.parent == tmp_path
    assert store.get("getroffen") == "treffen" and store.get("sprachen") == "sprechen"
    assert store.get("Gespräche") == "Gespräch" and "Häuser" in store and "Haus" not in store
    assert store.is_known("Haus") and store.is_known("Häuser") and not store.is_known("Schoigu")
    assert store.get("Schoigu", "Schoigu") == "Schoigu"
    built = store.path.stat().st_mtime_ns
    again = lemma_store.open_store(overrides, lambda: {})
    assert again.path == store.path and again.path.stat().st_mtime_ns == built


def test_lemma_store_falls_back_to_memory_without_a_cache_dir(monkeypatch):
    monkeypatch.setattr(lemma_store, "cache_dir", lambda: None)
    store = lemma_store.open_store([("sprachen", "sprechen")], lambda: {"sprachen": "sprechen", "Haus": "Haus"})
    assert store.path is None
    assert store.get("sprachen") == "sprechen" and store.is_known("Haus") and not store.is_known("Putin")
