"""Views of records: the dyad table (CSV/Parquet), the HTML article view and the evaluation report."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from extractor import render
from extractor.errors import OutputError
from extractor.evaluate import evaluate

from .conftest import ROOT

# --- hand-made records over short German texts (no extraction rules involved) ----------

ARTICLE = (" date 2023-03-14 Scholz und Macron telefonieren vor EU-Gipfel\n\n"
           "Berlin – Bundeskanzler Olaf Scholz hat am Montagabend mit dem französischen Präsidenten "
           "Emmanuel Macron telefoniert. Das Telefonat sei auf Wunsch Macrons zustande gekommen, hieß es.\n\n"
           "Persönlich wollen sich Scholz und Macron Ende des Monats in Brüssel sehen. "
           "Auch Italiens Regierungschefin Giorgia Meloni soll dazukommen.\n\n"
           "Kritik kam von der <Initiative \"Frieden & Co\">: <script>alert(1)</script> sei nur Symbolpolitik.\n\n"
           "(dpa)\n")


def span(text: str, needle: str, nth: int = 0) -> dict:
    """``{start, end, text}`` of the ``nth`` occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def time(text: str, needle: str, type_: str, value: str, mod=None) -> dict:
    return dict(span(text, needle), type=type_, value=value, mod=mod)


def actor(id_, name, kind, mentions, roles=(), country=None) -> dict:
    return {"id": id_, "name": name, "kind": kind, "roles": list(roles), "country": country, "mentions": mentions}


def event(id_, type_, participants, status, evidence, date=None, initiator=None, proposer=None,
          cameo=None, plover=None, mode=None, confidence=0.8) -> dict:
    return {"id": id_, "type": type_, "participants": [{"actor": a, "name": n} for a, n in participants],
            "initiator": initiator, "proposer": proposer, "date": date, "status": status,
            "evidence": evidence, "confidence": confidence,
            "codes": {"cameo": cameo, "plover": plover, "plover_mode": mode}}


def scholz_macron_record(article_id: str = "corpus/test/scholz-macron.txt") -> dict:
    t = ARTICLE
    scholz = actor("A1", "Olaf Scholz", "person", [span(t, "Scholz"), span(t, "Bundeskanzler"),
                                                   span(t, "Olaf Scholz"), span(t, "Scholz", 2)],
                   ["Bundeskanzler"], "DEU")
    macron = actor("A2", "Emmanuel Macron", "person",
                   [span(t, "Macron"), span(t, "französischen Präsidenten Emmanuel Macron"),
                    span(t, "Macrons"), span(t, "Macron", 3)], ["Präsident"], "FRA")
    meloni = actor("A3", "Giorgia Meloni", "person", [span(t, "Italiens Regierungschefin Giorgia Meloni")],
                   ["Regierungschefin"], "ITA")
    berlin = actor("A4", "Berlin", "city", [span(t, "Berlin")], country="DEU")
    bruessel = actor("A5", "Brüssel", "city", [span(t, "Brüssel")], country="BEL")
    initiative = actor("A6", 'Initiative "Frieden & Co"', "group", [span(t, 'Initiative "Frieden & Co"')])
    monday = time(t, "Montagabend", "TIME", "2023-03-13TEV")
    month_end = time(t, "Ende des Monats", "DATE", "2023-03", "END")
    s1 = span(t, "Berlin – Bundeskanzler Olaf Scholz hat am Montagabend mit dem französischen Präsidenten "
                 "Emmanuel Macron telefoniert.")
    s2 = span(t, "Das Telefonat sei auf Wunsch Macrons zustande gekommen, hieß es.")
    s3 = span(t, "Persönlich wollen sich Scholz und Macron Ende des Monats in Brüssel sehen.")
    s4 = span(t, "Auch Italiens Regierungschefin Giorgia Meloni soll dazukommen.")
    events = [
        event("E1", "call", [("A1", "Olaf Scholz"), ("A2", "Emmanuel Macron")], "occurred", [s1, s2],
              date=monday, initiator="Emmanuel Macron", cameo="041", plover="CONSULT", mode="phone", confidence=0.93),
        event("E2", "meeting", [("A1", "Olaf Scholz"), ("A2", "Emmanuel Macron")], "planned", [s3],
              date=month_end, cameo="040", plover="CONSULT", mode="visit", confidence=0.71),
        event("E3", "meeting", [("A1", "Olaf Scholz"), ("A2", "Emmanuel Macron"), ("A3", "Giorgia Meloni")],
              "possible", [s3, s4], date=month_end, cameo="040", plover="CONSULT", confidence=0.42),
    ]
    return {"article": article_id, "published": "2023-03-14",
            "title": "Scholz und Macron telefonieren vor EU-Gipfel", "author": None,
            "pipeline": {"name": "hand-made", "version": "0", "embedded": True},
            "actors": [scholz, macron, meloni, berlin, bruessel, initiative], "times": [monday, month_end],
            "events": events, "warnings": []}


VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Page(HTMLParser):
    """Checks that tags nest and collects ids, links, titles, table rows and the article text as shown."""

    def __init__(self, html_text: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.titles: list[str] = []
        self.rows: dict[str, int] = {}  # body rows per table data-role
        self.text_parts: list[str] = []
        self._roles: list = []
        self._text_depth = None  # stack depth of the open article text <div>
        self._skip_depth = None  # inside a label or back-link: not article text
        self.feed(html_text)
        self.close()
        assert not self.stack, f"unclosed tags: {self.stack}"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if a.get("title"):
            self.titles.append(a["title"])
        if tag == "table":
            self._roles.append(a.get("data-role"))
        if tag == "tr" and self._roles and self._roles[-1] and "thead" not in self.stack:
            self.rows[self._roles[-1]] = self.rows.get(self._roles[-1], 0) + 1
        if tag in VOID:
            return
        self.stack.append(tag)
        if "text" in classes:
            self._text_depth = len(self.stack)
        if self._text_depth and self._skip_depth is None and {"lbl", "evref"} & set(classes):
            self._skip_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        if len(self.stack) == self._skip_depth:
            self._skip_depth = None
        if len(self.stack) == self._text_depth:
            self._text_depth = None
        self.stack.pop()
        if tag == "table":
            self._roles.pop()

    def handle_data(self, data):
        if self._text_depth and self._skip_depth is None:
            self.text_parts.append(data)


# --- dyads -------------------------------------------------------------------------

@pytest.mark.parametrize("participants,initiator,expected", [
    (["A", "B"], None, [("A", "B"), ("B", "A")]),
    (["A", "B"], "B", [("B", "A")]),
    (["A", "B", "C"], None, [("A", "B"), ("A", "C"), ("B", "A"), ("B", "C"), ("C", "A"), ("C", "B")]),
    (["A", "B", "C"], "A", [("A", "B"), ("A", "C")]),
    (["A", "B"], "X", [("A", "B"), ("B", "A")]),  # an initiator who is no participant is ignored
])
def test_render_dyads_follow_cameo(participants, initiator, expected):
    assert render.dyads(participants, initiator) == expected


def test_render_csv_has_one_row_per_event_and_dyad():
    record = scholz_macron_record()
    rows = list(csv.DictReader(io.StringIO(render.csv_text([record, {"article": "x.txt", "error": "bad"}]))))
    assert tuple(rows[0]) == render.DYAD_COLUMNS
    by_event = {}
    for r in rows:
        by_event.setdefault(r["event_id"], []).append((r["source_actor"], r["target_actor"]))
    assert by_event == {
        "E1": [("Emmanuel Macron", "Olaf Scholz")],  # Macron initiated the call
        "E2": [("Olaf Scholz", "Emmanuel Macron"), ("Emmanuel Macron", "Olaf Scholz")],
        "E3": [(a, b) for a in ("Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni")
               for b in ("Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni") if a != b]}
    first = rows[0]
    assert (first["date_value"], first["date_mod"], first["cameo"], first["plover_mode"]) == ("2023-03-13", "", "041", "phone")
    assert (first["source_country"], first["target_country"], first["confidence"]) == ("FRA", "DEU", "0.93")
    assert first["evidence"].count(render.EVIDENCE_JOIN) == 1
    assert rows[1]["date_mod"] == "END" and rows[1]["initiator"] == ""


def test_render_columns_are_documented():
    doc = (ROOT / "docs" / "views.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", doc.split("## Event table", 1)[1], re.M)
    assert tuple(documented) == render.DYAD_COLUMNS


def test_render_parquet_round_trip(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "events.parquet"
    render.write([scholz_macron_record()], "parquet", out)
    frame = pd.read_parquet(out)
    assert tuple(frame.columns) == render.DYAD_COLUMNS and len(frame) == 9
    assert frame["cameo"].iloc[0] == "041" and frame["confidence"].dtype == "float64"


def test_render_parquet_without_pyarrow_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(OutputError, match=r"pip install pyarrow"):
        render.write([scholz_macron_record()], "parquet", tmp_path / "x.parquet")
    with pytest.raises(OutputError, match=r"-o FILE.parquet"):
        render.write([scholz_macron_record()], "parquet", None)


def test_render_csv_of_the_corpus_loads_in_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "corpus.csv"
    res = subprocess.run([sys.executable, "-m", "extractor", str(ROOT / "corpus" / "articles"), "--format", "csv",
                          "-o", str(out), "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    frame = pd.read_csv(out, dtype={"cameo": str})
    assert tuple(frame.columns) == render.DYAD_COLUMNS
    if len(frame):
        assert set(frame["type"]) <= {"call", "meeting", "talk", "correspondence"}
        assert frame["source_actor"].notna().all() and (frame["source_actor"] != frame["target_actor"]).all()
        assert frame["confidence"].between(0, 1).all()


# --- HTML article view ---------------------------------------------------------------

def test_render_html_highlights_links_and_escapes(tmp_path):
    record = scholz_macron_record()
    out = tmp_path / "view.html"
    render.write([record], "html", out, texts={record["article"]: ARTICLE})
    html_text = out.read_text(encoding="utf-8")
    page = Page(html_text)
    assert "".join(page.text_parts) == ARTICLE  # every character shown once, in order
    assert "<script>alert" not in html_text and "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "Initiative &quot;Frieden &amp; Co&quot;" in html_text
    assert page.rows["events"] == 3
    assert {"a1-E1", "a1-E2", "a1-E3"} <= set(page.ids)
    internal = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert internal and set(internal) <= set(page.ids)
    # E2 and E3 share a sentence: one anchor, linked from both rows.
    assert internal.count("a1-s3") == 2
    assert "Olaf Scholz · person · Bundeskanzler · DEU (A1)" in page.titles
    assert "DATE 2023-03 (END)" in page.titles
    assert "http://" not in html_text and "https://" not in html_text


def test_render_html_many_articles_get_contents_and_unique_ids(tmp_path):
    a, b = scholz_macron_record("a.txt"), scholz_macron_record("b.txt")
    b["events"] = b["events"][:1]
    failed = {"article": "c.txt", "error": "c.txt: the article is empty (no text)"}
    html_text = render.html_page([a, b, failed], texts={"a.txt": ARTICLE})
    page = Page(html_text)
    assert len(page.ids) == len(set(page.ids))
    assert {"#a1", "#a2", "#a3"} <= set(page.hrefs)
    assert "the article is empty" in html_text
    assert "The article text is not available" in html_text  # b.txt has no text: events only
    assert html_text.count('data-role="events"') == 2


def test_render_html_spans_crossing_and_mismatching():
    text = "Scholz traf Macron. Danach sprach Scholz mit Meloni."
    record = {"article": "x", "actors": [
        {"id": "A1", "name": "Olaf Scholz", "kind": "person", "mentions": [span(text, "Scholz"), span(text, "Scholz", 1)]},
        {"id": "A2", "name": "Emmanuel Macron", "kind": "person",
         "mentions": [span(text, "Macron. Danach")]},  # crosses the evidence boundary
        {"id": "A3", "name": "Giorgia Meloni", "kind": "person", "mentions": [{"start": 0, "end": 3, "text": "xyz"}]}],
        "times": [], "events": [
            event("E1", "meeting", [("A1", "Olaf Scholz"), ("A2", "Emmanuel Macron")], "occurred",
                  [span(text, "Scholz traf Macron.")]),
            event("E2", "talk", [("A1", "Olaf Scholz"), ("A3", "Giorgia Meloni")], "occurred",
                  [span(text, "traf Macron. Danach sprach Scholz mit Meloni.")])]}  # overlaps E1's
    html_text = render.html_page([record], texts={"x": text})
    page = Page(html_text)
    assert "".join(page.text_parts) == text
    assert "1 spans do not match this text" in html_text
    assert html_text.count('class="ev"') == 1  # the overlapping evidence merged into one stretch


def test_render_html_from_the_command_line_reads_the_article_file(tmp_path):
    article = ROOT / "corpus" / "articles" / "a01-scholz-macron-telefonat.txt"
    out = tmp_path / "a01.html"
    res = subprocess.run([sys.executable, "-m", "extractor", str(article), "-o", str(out), "--quiet"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    html_text = out.read_text(encoding="utf-8")
    page = Page(html_text)
    assert "Élysée-Vertrags" in "".join(page.text_parts)
    assert "Scholz und Macron telefonieren vor EU-Gipfel" in html_text


def test_render_html_of_jsonl_records_uses_the_texts_kept_while_reading(tmp_path, extractor):
    from extractor.article import iter_articles
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "n1", "published": "2023-03-14", "text": ARTICLE}) + "\n", encoding="utf-8")
    texts: dict[str, str] = {}
    records = [extractor.extract_article(a).model_dump(mode="json")
               for a in render.keep_texts(iter_articles([str(source)]), texts)]
    assert records[0]["article"] == "n1" and texts == {"n1": ARTICLE}
    page = Page(render.html_page(records, texts))
    assert "".join(page.text_parts) == ARTICLE


def test_render_unknown_format_is_refused():
    with pytest.raises(OutputError, match="gold, html, csv or parquet"):
        render.write([], "xml", None)


# --- evaluation report ---------------------------------------------------------------

GOLD = {"article": "a.txt", "published": "2022-10", "events": [
    {"type": "call", "participants": ["Lloyd Austin", "Sergei Schoigu"], "initiator": "Lloyd Austin",
     "date": "2022-10-21", "status": "occurred", "evidence": "Austin telefonierte am Freitag mit Schoigu."},
    {"type": "talk", "participants": ["Olaf Scholz", "Wladimir Putin"], "initiator": None,
     "date": "2022-09", "status": "occurred", "evidence": "Scholz sprach im September mit Putin <am Telefon>."}]}


def _pred(type_, names, date, status="occurred"):
    return {"type": type_, "participants": [{"actor": f"A{i}", "name": n} for i, n in enumerate(names)],
            "initiator": None, "proposer": None, "status": status, "confidence": 0.5,
            "date": {"text": "x", "start": 0, "end": 1, "type": "DATE", "value": date, "mod": None},
            "evidence": [{"text": "Macron & Scholz trafen sich.", "start": 0, "end": 1}]}


def test_render_evaluation_report_lists_problems_with_evidence(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "gold" / "broken.json").write_text("{", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"article": "a.txt", "events": [
        _pred("call", ["Austin", "Schoigu"], "2022-10-22"),
        _pred("meeting", ["Olaf Scholz", "Emmanuel Macron"], "2022-09")]}) + "\n", encoding="utf-8")
    result = evaluate([str(tmp_path / "gold")], pred=pred)
    out = tmp_path / "report.html"
    render.write_evaluation_html(result, out)
    html_text = out.read_text(encoding="utf-8")
    page = Page(html_text)
    assert page.rows["problems"] == 4  # miss, false alarm, wrong date, wrong initiator
    kinds = re.findall(r'data-kind="([a-z_]+)"', html_text)
    assert sorted(kinds) == ["false_alarm", "miss", "wrong_date", "wrong_initiator"]
    assert "Scholz sprach im September mit Putin &lt;am Telefon&gt;." in html_text
    assert "Macron &amp; Scholz trafen sich." in html_text
    assert "broken.json" in html_text  # files not scored are listed
    assert page.rows["articles"] == 1 and "0.500" in html_text  # P = R = F1 = 1/2


def test_render_evaluation_page_takes_plain_data():
    """views.evaluation builds the report from dicts and lists (render.evaluation_data converts)."""
    from extractor.views.evaluation import evaluation_page
    scores = {"gold": 1, "predicted": 1, "matched": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0,
              "strict_f1": 0.0, "accuracy": {"type": None, "date": None}}
    summary = {"articles": 1, "overall": scores, "occurred": scores, "by_type": {}, "by_status": {}}
    articles = [{"article": "a.txt", "scores": scores, "paired": 0, "misses": 1, "false_alarms": 1, "problems": [
        {"kind": "miss", "detail": "call A + B", "evidence": "A rief B an."},
        {"kind": "false_alarm", "detail": "meeting A + C", "evidence": ""}]}]
    html_text = evaluation_page(summary, articles, ["broken.json: not JSON"])
    page = Page(html_text)
    assert page.rows["problems"] == 2 and "A rief B an." in html_text and "broken.json: not JSON" in html_text
    assert "<th" in html_text and ">date<" in html_text and ">status<" not in html_text  # columns: the accuracy keys
