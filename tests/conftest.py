"""Shared fixtures: one embedded pipeline for the whole session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"
SEED = SHARED_EXAMPLES / "seed-2022-10-diplomatie.txt"


@pytest.fixture(scope="session")
def extractor():
    from extractor import Extractor
    return Extractor(announce=False)


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def de_vocab(nlp):
    return nlp.vocab


@pytest.fixture
def run_pipeline(extractor):
    """Run the whole pipeline on a German text with a publication date; returns the Doc."""
    from extractor.article import Article

    def run(text: str, published: str | None = None):
        return extractor.process(Article(id="<test>", text=text, published=published))
    return run


@pytest.fixture(autouse=True)
def _stopped_pools_do_not_leak(monkeypatch):
    """A test that stops a worker pool (``eng.close(cancel=True)``) counts it in
    ``engines._STOPPED_POOLS``; after that, every in-process ``cli.main()`` ends the test
    process itself with ``os._exit`` (test_evaluate's main() calls did, killing the run).
    Each test gets the count back as it found it."""
    from extractor import engines
    monkeypatch.setattr(engines, "_STOPPED_POOLS", engines._STOPPED_POOLS)
