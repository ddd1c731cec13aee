"""The README's Python examples run as written (section "Python API and spaCy")."""
from __future__ import annotations

import re

from extractor.render import DYAD_COLUMNS
from extractor.schema import ArticleRecord

from .conftest import ROOT

API_SECTION = "## Python API and spaCy"


def readme_section(title: str = API_SECTION) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert title in readme, f"README has no section {title!r}"
    return re.split(r"^## ", readme.split(title, 1)[1], flags=re.M)[0]


def code_blocks(language: str, title: str = API_SECTION) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", readme_section(title), re.S | re.M)


def test_api_readme_examples_run(tmp_path, monkeypatch):
    blocks = code_blocks("python")
    assert len(blocks) == 3
    monkeypatch.chdir(tmp_path)  # the examples write events.html
    namespace: dict = {"__name__": "readme"}
    for n, block in enumerate(blocks, 1):
        exec(compile(block, f"README.md python block {n}", "exec"), namespace)
    record = namespace["record"]
    assert isinstance(record, ArticleRecord) and record.published == "2023-03-14"
    assert len(namespace["records"]) == 2
    assert tuple(namespace["events"].columns) == DYAD_COLUMNS
    assert (tmp_path / "events.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    doc = namespace["doc"]
    names = {a.id: a.name for a in doc._.actors}
    assert [(e.type, sorted(names[p] for p in e.participants), e.status, e.date.value) for e in doc._.events] == [
        ("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2023-03-13")]


def test_api_extract_returns_the_record_and_pipe_keeps_order(extractor):
    texts = ["Olaf Scholz telefonierte am Montag mit Emmanuel Macron.", "Kein Treffen heute."]
    records = list(extractor.pipe(texts, published="2023-03-14"))
    assert [r.article for r in records] == ["<text 1>", "<text 2>"]
    single = extractor.extract(texts[0], published="2023-03-14")
    assert single.model_dump(exclude={"article"}) == records[0].model_dump(exclude={"article"})
