"""Reading articles: decoding, the header (date, title, byline), and input formats.

Every offset the extractor reports points into ``Article.text``, which is the
decoded file text itself (CRLF and all): nothing is stripped or rewritten in a
way that would move characters.  HTML tags are blanked with spaces of the same
length for the same reason.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from .errors import InputError
from .schema import valid_partial_iso

TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".json", ".jsonl", ".jsonl.gz", ".json.gz", ".txt.gz")
HEADER_RE = re.compile(r"^[ \t\ufeff]*date[ \t]+(?P<date>\S+)[ \t]*(?P<title>[^\r\n]*)")
BYLINE_RE = re.compile(r"^[ \t]*Von:?[ \t]+(?P<author>[^\r\n]{2,80}?)[ \t]*\r?$", re.M)
HTML_TAG_RE = re.compile(r"<(?:!--.*?--|/?[A-Za-z][^<>]{0,2000})>", re.S)
HTML_HINT_RE = re.compile(r"<(html|body|p|div|br|head|span|a\s)\b", re.I)
BINARY_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\x1f\x8b": "gzip-compressed data",
                b"PK\x03\x04": "a ZIP archive (e.g. .docx)", b"\xff\xd8\xff": "a JPEG image",
                b"GIF8": "a GIF image", b"\x7fELF": "an executable"}


@dataclass
class Article:
    """One article to process: its text and what its header or record says."""
    id: str
    text: str
    published: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252/latin-1 with a warning."""
    warnings: list[str] = []
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"this is {what}, not a text article",
                             "give plain UTF-8 text, .json or .jsonl; convert other formats to text first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        warnings.append("file is UTF-16; decoded it (UTF-8 is preferred)")
        return data.decode("utf-16"), warnings
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        # Offsets are into the text after the BOM; the BOM is not part of the article.
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary data (NUL bytes), not a text article",
                         "give plain UTF-8 text, .json or .jsonl")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_legacy(data)
        warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as {text[1]}")
        text = text[0]
    if _looks_binary(text):
        raise InputError(source, "mostly control characters: binary data, not a text article",
                         "give plain UTF-8 text, .json or .jsonl")
    return text, warnings


def _decode_legacy(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252 (Windows-1252)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1 (ISO-8859-1)"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    ctrl = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t\f\v")
    return ctrl / len(sample) > 0.1


def blank_html(text: str) -> tuple[str, list[str]]:
    """Replace HTML tags by spaces of equal length, so offsets still point into the file."""
    if not HTML_HINT_RE.search(text[:20000]):
        return text, []
    blanked = HTML_TAG_RE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    return blanked, ["input looks like HTML; tags were blanked out (offsets still point into the file)"]


def parse_header(text: str, source: str = "") -> tuple[Optional[str], Optional[str], Optional[str], list[str]]:
    """``published``, ``title``, ``author`` and warnings from the article's header lines.

    First line: `` date 2022-10 Rückkehr zur Diplomatie? ...``; a ``Von: NAME``
    line among the first lines gives the author.
    """
    published = title = author = None
    warnings: list[str] = []
    m = HEADER_RE.match(text)
    head_end = 0
    if m:
        head_end = m.end()
        title = m.group("title").strip() or None
        raw = m.group("date")
        try:
            published = valid_partial_iso(raw)
        except ValueError:
            warnings.append(f"header date {raw!r} is not a valid date (want YYYY, YYYY-MM or YYYY-MM-DD); "
                            f"published left empty, give --published to set it")
    # The byline stands within the first few lines after the header.
    lead = text[head_end:head_end + 600]
    b = BYLINE_RE.search(lead)
    if b and lead[:b.start()].strip().count("\n") <= 2:
        author = b.group("author").strip()
    return published, title, author, warnings


def article_from_text(text: str, source: str, warnings: Optional[list[str]] = None,
                      published: Optional[str] = None) -> Article:
    """An Article from decoded plain text in the header format."""
    if not text.strip():
        raise InputError(source, "the article is empty (no text)", "check the file; nothing to extract")
    text, html_warnings = blank_html(text)
    pub, title, author, header_warnings = parse_header(text, source)
    art = Article(id=source, text=text, published=pub, title=title, author=author,
                  warnings=list(warnings or []) + html_warnings + header_warnings)
    if published is not None:
        art.published = published
    return art


def article_from_record(record: object, source: str, published: Optional[str] = None) -> Article:
    """An Article from a JSON record ``{id, published|date, title, text}``."""
    if not isinstance(record, dict):
        raise InputError(source, f"a JSON record must be an object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, "the record has no string field 'text'", "each record needs id, text and optionally published, title")
    if not text.strip():
        raise InputError(source, "the record's text is empty")
    text, warnings = blank_html(text)
    pub = record.get("published", record.get("date"))
    if pub is not None:
        pub = str(pub)[:10]
        try:
            valid_partial_iso(pub)
        except ValueError:
            warnings.append(f"published {pub!r} is not a valid date; left empty")
            pub = None
    rid = record.get("id")
    art = Article(id=str(rid) if rid is not None else source, text=text, published=pub,
                  title=record.get("title") if isinstance(record.get("title"), str) else None,
                  author=record.get("author") if isinstance(record.get("author"), str) else None,
                  warnings=warnings)
    if published is not None:
        art.published = published
    return art


def _open_bytes(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


Item = Union[Article, InputError]


def read_path(path: Path, published: Optional[str] = None, max_bytes: int = 50_000_000) -> Iterator[Item]:
    """Articles (or the error for each unreadable one) from one file, streamed."""
    source = str(path)
    name = path.name.lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(path, published)
            return
        with _open_bytes(path) as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}", "check that the file exists and is readable")
        return
    if len(data) > max_bytes:
        yield InputError(source, f"larger than {max_bytes // 1_000_000} MB", "split it into articles")
        return
    try:
        text, warnings = decode(data, source)
        if name.endswith((".json", ".json.gz")):
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
            records = record if isinstance(record, list) else [record]
            for i, rec in enumerate(records):
                src = source if len(records) == 1 else f"{source}:{i + 1}"
                try:
                    yield article_from_record(rec, src, published)
                except InputError as err:
                    yield err
            return
        yield article_from_text(text, source, warnings, published)
    except InputError as err:
        yield err


def _read_jsonl(path: Path, published: Optional[str]) -> Iterator[Item]:
    source = str(path)
    with _open_bytes(path) as fh:
        for lineno, raw in enumerate(fh, 1):
            src = f"{source}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(src, f"broken JSON line ({exc.msg}, column {exc.colno})", "fix or remove this line; the other lines were processed")
                continue
            try:
                art = article_from_record(record, src, published)
                if art.id == src and isinstance(record, dict) and record.get("id") is None:
                    art.id = src
                yield art
            except InputError as err:
                yield err


def is_input_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES + RECORD_SUFFIXES)


def walk_directory(root: Path) -> Iterator[Union[Path, InputError]]:
    """Input files below ``root`` in sorted order; unreadable folders and link loops reported."""
    seen: set[tuple[int, int]] = set()

    def walk(d: Path) -> Iterator[Union[Path, InputError]]:
        try:
            st = d.stat()
        except OSError as exc:
            yield InputError(str(d), f"cannot read folder: {exc.strerror}")
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield InputError(str(d), "symbolic link loop; skipped this folder")
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(str(d), f"cannot list folder: {exc.strerror}", "check its permissions")
            return
        for e in entries:
            p = Path(e.path)
            try:
                if e.is_dir():
                    yield from walk(p)
                elif is_input_file(p):
                    yield p
            except OSError as exc:
                yield InputError(str(p), f"cannot read: {exc.strerror}")

    yield from walk(root)


def iter_articles(inputs: Iterable[str], published: Optional[str] = None,
                  stdin: Optional[IO[bytes]] = None, exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every article of the given paths (files, folders, ``-`` for stdin), streamed in order.

    ``exclude`` holds files never to read, such as the output being written
    (``extract corpus/ -o corpus/out.jsonl`` must not read its own output).
    """
    skip = {p.resolve() for p in exclude}
    for raw in inputs:
        if raw == "-":
            data = (stdin or sys.stdin.buffer).read()
            try:
                text, warnings = decode(data, "<stdin>")
                stripped = text.lstrip()
                if stripped.startswith("{") and stripped.rstrip().endswith("}") and "\n{" in stripped:
                    for lineno, line in enumerate(text.splitlines(), 1):
                        if line.strip():
                            try:
                                yield article_from_record(json.loads(line), f"<stdin>:{lineno}", published)
                            except (json.JSONDecodeError, InputError) as exc:
                                yield exc if isinstance(exc, InputError) else InputError(f"<stdin>:{lineno}", f"broken JSON line ({exc.msg})")
                else:
                    yield article_from_text(text, "<stdin>", warnings, published)
            except InputError as err:
                yield err
            continue
        path = Path(raw)
        if path.is_dir():
            for p in walk_directory(path):
                if isinstance(p, InputError):
                    yield p
                elif p.resolve() not in skip:
                    yield from read_path(p, published)
        elif not path.exists():
            yield InputError(raw, "no such file or folder")
        elif path.resolve() in skip:
            yield InputError(raw, "this is the output file; it cannot be an input as well")
        else:
            yield from read_path(path, published)


def read_article(path: Union[str, Path], published: Optional[str] = None) -> Article:
    """The single article of a text or JSON file (raises InputError)."""
    items = list(read_path(Path(path), published))
    if not items:
        raise InputError(str(path), "no article in this file")
    if isinstance(items[0], InputError):
        raise items[0]
    return items[0]
