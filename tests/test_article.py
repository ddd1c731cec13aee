"""Reading articles: header variants, encodings, JSON and JSONL records."""
from __future__ import annotations

import gzip
import json

import pytest

from extractor.article import decode, iter_articles, parse_header, read_article
from extractor.errors import InputError

# fmt: off
HEADERS = [
    (" date 2022-10 Rückkehr zur Diplomatie? US-Minister telefoniert\n\nVon: Oliver Schmitz\n\nText.",
     "2022-10", "Rückkehr zur Diplomatie? US-Minister telefoniert", "Oliver Schmitz"),
    ("date 2023-05-04 Scholz trifft Macron\n\nText ohne Autor.", "2023-05-04", "Scholz trifft Macron", None),
    ("date 2021 Jahresrückblick\n\nVon: Anna-Lena Kowalczyk\n\nText.", "2021", "Jahresrückblick", "Anna-Lena Kowalczyk"),
    ("Kein Kopf, nur Text. Scholz sprach mit Macron.", None, None, None),
    ("date 2022-10 Titel\r\n\r\nVon: Ben Müller\r\n\r\nText.\r\n", "2022-10", "Titel", "Ben Müller"),
]
# fmt: on


@pytest.mark.parametrize("text,published,title,author", HEADERS)
def test_article_header_variants(text, published, title, author):
    pub, tit, auth, warnings = parse_header(text)
    assert (pub, tit, auth) == (published, title, author)
    assert warnings == []


def test_article_impossible_header_date_warns_and_leaves_published_empty():
    pub, title, _, warnings = parse_header("date 2022-13-45 Titel\n\nText.")
    assert pub is None and title == "Titel"
    assert "2022-13-45" in warnings[0]


@pytest.mark.parametrize("data,expected,warned", [
    ("Scholz traf Macron in Köln.".encode("utf-8"), "Scholz traf Macron in Köln.", False),
    (b"\xef\xbb\xbf" + "Gespräch".encode("utf-8"), "Gespräch", False),
    ("Gespräch in Düsseldorf".encode("latin-1"), "Gespräch in Düsseldorf", True),
    ("„Gespräch“ – Köln".encode("cp1252"), "„Gespräch“ – Köln", True),
    ("Gespräch".encode("utf-16"), "Gespräch", True),
])
def test_article_decoding(data, expected, warned):
    text, warnings = decode(data, "x.txt")
    assert text == expected
    assert bool(warnings) == warned


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.4\n...", "PDF"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (gzip.compress(b"hello"), "gzip"), (b"abc\x00\x00\x01\x02def" * 10, "binary"),
])
def test_article_binary_input_is_refused_with_reason(data, what):
    with pytest.raises(InputError) as err:
        decode(data, "bad.txt")
    assert "bad.txt" in str(err.value) and what.lower() in str(err.value).lower()


def test_article_offsets_point_into_decoded_file_text(tmp_path):
    raw = "date 2022-10 Titel\r\n\r\nVon: Ben Müller\r\n\r\nScholz telefonierte mit Macron.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    art = read_article(path)
    assert art.text == raw
    assert art.published == "2022-10" and art.author == "Ben Müller"


def test_article_html_tags_are_blanked_keeping_offsets(tmp_path):
    raw = "<html><body><p>Scholz telefonierte mit Macron.</p></body></html>"
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    art = read_article(path)
    assert len(art.text) == len(raw)
    assert art.text.index("Scholz") == raw.index("Scholz")
    assert "<" not in art.text and any("HTML" in w for w in art.warnings)


def test_article_json_and_jsonl_records(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(
        {"id": "r1", "date": "2022-10-24", "title": "T", "text": "Scholz sprach mit Macron."}), encoding="utf-8")
    lines = [json.dumps({"id": "j1", "published": "2022-10", "text": "Erster Text."}),
             "{broken", json.dumps({"id": "j3", "text": "Dritter Text."})]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "many2.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(lines[0] + "\n")
    items = list(iter_articles([str(tmp_path)]))
    ok = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in ok] == ["j1", "j3", "j1", "r1"]
    assert ok[3].published == "2022-10-24" and ok[3].title == "T"
    assert len(bad) == 1 and bad[0].source.endswith("many.jsonl:2")


def test_article_published_option_overrides_header(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2022-10 Titel\n\nText.", encoding="utf-8")
    assert read_article(path, published="2023-01-02").published == "2023-01-02"


@pytest.mark.parametrize("content", ["", "   \n\n\t  \n"])
def test_article_empty_file_is_an_error(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_article(path)
    assert "empty" in str(err.value) and "empty.txt" in str(err.value)
