"""Reading articles: decoding, the header (date, title, byline), and input formats.

Every offset the extractor reports points into ``Article.text``, which is the
decoded file text itself (CRLF and all): nothing is stripped or rewritten in a
way that would move characters.  HTML tags are blanked with spaces of the same
length for the same reason.
"""
from __future__ import annotations

import errno
import gzip
import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from .errors import InputError
from .schema import valid_partial_iso

TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".json", ".jsonl", ".jsonl.gz", ".json.gz", ".txt.gz")
HEADER_RE = re.compile(r"^[ \t\ufeff]*date[ \t]+(?P<date>\S+)[ \t]*(?P<title>[^\r\n]*)")
BYLINE_RE = re.compile(r"^[ \t]*Von:?[ \t]+(?P<author>[^\r\n]{2,80}?)[ \t]*\r?$", re.M)
HTML_TAG_RE = re.compile(r"<(?:!--.*?--|/?[A-Za-z][^<>]{0,2000})>", re.S)
HTML_HINT_RE = re.compile(r"<(html|body|p|div|br|head|span|a\s)\b", re.I)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: Largest article (file, or one JSONL line) read; larger ones are refused with a message.
MAX_ARTICLE_BYTES = 50_000_000
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
    """Bytes to text: UTF-8 (BOM or not), UTF-16 (BOM or sniffed), else cp1252/latin-1 with a warning.

    Binary data (PDF, images, archives, NUL-riddled bytes) is refused with an
    :class:`InputError` saying what the file seems to be and what to give instead.
    """
    warnings: list[str] = []
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            hint = ("name it .txt.gz or .jsonl.gz to have it decompressed" if magic == b"\x1f\x8b"
                    else "give plain UTF-8 text, .json or .jsonl; convert other formats to text first")
            raise InputError(source, f"this is {what}, not a text article", hint)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"starts like UTF-16 but is not valid UTF-16 (byte {exc.start})",
                             "save the file as UTF-8 text") from None
        warnings.append("file is UTF-16; decoded it (UTF-8 is preferred)")
        return _check_text(text, source), warnings
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        # Offsets are into the text after the BOM; the BOM is not part of the article.
    if b"\x00" in data[:4096]:
        utf16 = _sniff_utf16(data)
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                pass
            else:
                warnings.append(f"file is {utf16.upper()} without a byte-order mark; decoded it (UTF-8 is preferred)")
                return _check_text(text, source), warnings
        raise InputError(source, "binary data (NUL bytes), not a text article",
                         "give plain UTF-8 text, .json or .jsonl")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text, how = _decode_invalid_utf8(data)
        warnings.append(f"not valid UTF-8 (first bad byte at offset {exc.start}); decoded {how} "
                        f"(if umlauts look wrong, convert the file to UTF-8)")
    return _check_text(text, source), warnings


def _check_text(text: str, source: str) -> str:
    if _looks_binary(text):
        raise InputError(source, "mostly control characters: binary data, not a text article",
                         "give plain UTF-8 text, .json or .jsonl")
    return text


def _sniff_utf16(data: bytes) -> Optional[str]:
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit in every other position, as in Latin text."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.6 * half and even <= 0.02 * half:
        guess = "utf-16-le"
    elif even >= 0.6 * half and odd <= 0.02 * half:
        guess = "utf-16-be"
    else:
        return None
    text = sample[: half * 2].decode(guess, errors="replace")
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return guess if printable >= 0.95 * len(text) else None


def _decode_invalid_utf8(data: bytes) -> tuple[str, str]:
    """Text of bytes that are not valid UTF-8, and how it was decoded.

    Mostly-UTF-8 text with a few stray bytes keeps its umlauts (the bad bytes
    become U+FFFD); text without valid multi-byte sequences is a legacy
    Windows/ISO encoding.
    """
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good_multibyte = sum(1 for c in replaced if ord(c) > 0x7F and c != "\ufffd")
    if good_multibyte > bad:
        return replaced, f"as UTF-8 with {bad} invalid byte sequence(s) replaced by U+FFFD"
    text, name = _decode_legacy(data)
    return text, f"as {name}"


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


def replace_surrogates(text: str, what: str, warnings: list[str]) -> str:
    """Lone surrogates (from JSON ``\\ud800`` escapes) cannot be written as UTF-8: U+FFFD each.

    One code point for one, so offsets do not move.
    """
    if _SURROGATE_RE.search(text) is None:
        return text
    warnings.append(f"{what} contains lone UTF-16 surrogates (invalid Unicode); replaced them by U+FFFD")
    return _SURROGATE_RE.sub("\ufffd", text)


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
        raise InputError(source, "the article is empty (no text, or only whitespace)",
                         "check the file; there is nothing to extract")
    warnings = list(warnings or [])
    text = replace_surrogates(text, "the text", warnings)
    text, html_warnings = blank_html(text)
    pub, title, author, header_warnings = parse_header(text, source)
    art = Article(id=source, text=text, published=pub, title=title, author=author,
                  warnings=warnings + html_warnings + header_warnings)
    if published is not None:
        art.published = published
    return art


def article_from_record(record: object, source: str, published: Optional[str] = None) -> Article:
    """An Article from a JSON record ``{id, published|date, title, text}``."""
    if not isinstance(record, dict):
        raise InputError(source, f"a JSON record must be an object, got {type(record).__name__}",
                         "write one object {\"id\": ..., \"text\": ...} per record")
    rid = record.get("id")
    where = source if rid is None else f"{source} (id {rid!r})"
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "the record has no string field 'text'",
                         "each record needs id, text and optionally published, title")
    if not text.strip():
        raise InputError(where, "the record's text is empty", "remove the record or fill in its text")
    warnings: list[str] = []
    text = replace_surrogates(text, "the text", warnings)
    text, html_warnings = blank_html(text)
    warnings += html_warnings
    pub = record.get("published", record.get("date"))
    if pub is not None:
        pub = str(pub)[:10]
        try:
            valid_partial_iso(pub)
        except ValueError:
            warnings.append(f"published {pub!r} is not a valid date (want YYYY, YYYY-MM or YYYY-MM-DD); "
                            f"left empty, give --published to set it")
            pub = None

    def optional_text(key: str) -> Optional[str]:
        value = record.get(key)
        return replace_surrogates(value, f"the {key}", warnings) if isinstance(value, str) else None

    art = Article(id=str(rid) if rid is not None else source, text=text, published=pub,
                  title=optional_text("title"), author=optional_text("author"), warnings=warnings)
    if published is not None:
        art.published = published
    return art


def _open_bytes(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


Item = Union[Article, InputError]


def _read_error(source: str, exc: BaseException) -> InputError:
    """The InputError for an OSError/EOFError met while reading ``source``."""
    if isinstance(exc, gzip.BadGzipFile):
        return InputError(source, "named .gz but is not gzip-compressed data",
                          "decompress it or remove the .gz from its name")
    if isinstance(exc, EOFError):
        return InputError(source, "the gzip data ends early (a truncated download or copy?)",
                          "the records before the cut were processed; get a complete copy of the file")
    if isinstance(exc, (zlib.error,)):
        return InputError(source, f"corrupt gzip data ({exc})", "get an intact copy of the file")
    problem = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, PermissionError):
        return InputError(source, f"cannot read: {problem}", "check the file's permissions")
    if isinstance(exc, IsADirectoryError):
        return InputError(source, "is a folder", "give the folder itself as INPUT")
    return InputError(source, f"cannot read: {problem}", "check that the file exists and is readable")


def read_path(path: Path, published: Optional[str] = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """Articles (or the error for each unreadable one) from one file, streamed."""
    source = str(path)
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        yield from _read_jsonl(path, published, max_bytes)
        return
    try:
        with _open_bytes(path) as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield _read_error(source, exc)
        return
    if len(data) > max_bytes:
        yield InputError(source, f"larger than {max_bytes // 1_000_000} MB", "split it into several articles")
        return
    try:
        text, warnings = decode(data, source)
        del data
        if name.endswith((".json", ".json.gz")):
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                                 "fix the JSON (or name the file .txt if it is plain text)") from None
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


def _bounded_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """``(line number, line)`` for each line; ``None`` for a line longer than ``limit`` bytes.

    Never holds more than ``limit`` bytes of one line, so a file without line
    breaks cannot exhaust memory.
    """
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # skip the rest of the overlong line
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, raw


def _read_jsonl(path: Path, published: Optional[str], max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Item]:
    source = str(path)
    seen_record = False
    try:
        with _open_bytes(path) as fh:
            for lineno, raw in _bounded_lines(fh, max_bytes):
                src = f"{source}:{lineno}"
                if raw is None:
                    yield InputError(src, f"line longer than {max_bytes // 1_000_000} MB",
                                     "split the record; the other lines were processed")
                    continue
                if not raw.strip():
                    continue
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not seen_record and (b"\x00" in raw[:4096] or any(raw.startswith(m) for m in BINARY_MAGIC)):
                    yield InputError(source, "binary data, not JSON lines",
                                     "give one JSON record {\"id\", \"text\", ...} per line, UTF-8 encoded")
                    return
                warnings: list[str] = []
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    line = raw.decode("cp1252", errors="replace")
                    warnings.append(f"line {lineno} is not valid UTF-8 (byte {exc.start}); decoded as cp1252 "
                                    f"(if umlauts look wrong, convert the file to UTF-8)")
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield InputError(src, f"broken JSON line ({exc.msg}, column {exc.colno})",
                                     "fix or remove this line; the other lines were processed")
                    continue
                except RecursionError:
                    yield InputError(src, "JSON nested too deeply", "fix or remove this line")
                    continue
                seen_record = True
                try:
                    art = article_from_record(record, src, published)
                except InputError as err:
                    yield err
                    continue
                art.warnings[:0] = warnings
                yield art
    except (OSError, EOFError, zlib.error) as exc:
        yield _read_error(source, exc)


def is_input_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES + RECORD_SUFFIXES)


def _special_file_error(entry: os.DirEntry) -> Optional[InputError]:
    """Why an input-named directory entry cannot be read as a file, or None if it can."""
    try:
        if entry.is_file():
            return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputError(entry.path, "symbolic link loop; skipped", "fix or remove the link")
        return InputError(entry.path, f"cannot read: {exc.strerror}", "check the file and its permissions")
    if entry.is_symlink():
        try:
            os.stat(entry.path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return InputError(entry.path, "symbolic link loop; skipped", "fix or remove the link")
            return InputError(entry.path, "dangling symbolic link (its target does not exist); skipped",
                              "fix or remove the link")
    return InputError(entry.path, "not a regular file (a FIFO, socket or device); skipped",
                      "give regular files or folders")


def walk_directory(root: Path) -> Iterator[Union[Path, InputError]]:
    """Input files below ``root`` in sorted order; unreadable folders, special files and link loops reported."""
    seen: set[tuple[int, int]] = set()

    def walk(d: Path) -> Iterator[Union[Path, InputError]]:
        try:
            st = d.stat()
        except OSError as exc:
            yield InputError(str(d), f"cannot read folder: {exc.strerror}", "check the folder and its permissions")
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield InputError(str(d), "symbolic link loop (a link to a folder already read); skipped this folder",
                             "nothing to do unless the link is a mistake")
            return
        seen.add(key)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputError(str(d), f"cannot list folder: {exc.strerror}", "check its permissions")
            return
        for e in entries:
            p = Path(e.path)
            try:
                if e.is_dir():
                    yield from walk(p)
                    continue
            except OSError as exc:
                if is_input_file(p) or exc.errno == errno.ELOOP:
                    yield _special_file_error(e) or InputError(str(p), f"cannot read: {exc.strerror}")
                continue
            if is_input_file(p):
                problem = _special_file_error(e)
                yield problem if problem is not None else p

    yield from walk(root)


def _read_stdin(stream: IO[bytes], published: Optional[str]) -> Iterator[Item]:
    """Standard input: JSON lines (streamed) when it starts with a JSON object, else one text article."""
    head = stream.read(65536)
    first_line = head.split(b"\n", 1)[0].strip().lstrip(b"\xef\xbb\xbf")
    if first_line.startswith(b"{") and first_line.endswith(b"}"):
        try:
            is_record = isinstance(json.loads(first_line), dict)
        except (ValueError, RecursionError):
            is_record = False
        if is_record:
            stream_all = io.BufferedReader(_Prepend(head, stream))  # type: ignore[arg-type]
            for lineno, raw in _bounded_lines(stream_all, MAX_ARTICLE_BYTES):
                src = f"<stdin>:{lineno}"
                if raw is None:
                    yield InputError(src, "line too long", "split the record")
                    continue
                if not raw.strip():
                    continue
                try:
                    yield article_from_record(json.loads(raw.decode("utf-8", errors="replace")), src, published)
                except (ValueError, RecursionError) as exc:
                    yield InputError(src, f"broken JSON line ({getattr(exc, 'msg', exc)})",
                                     "fix or remove this line; the other lines were processed")
                except InputError as err:
                    yield err
            return
    data = head + stream.read(MAX_ARTICLE_BYTES + 1 - len(head))
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputError("<stdin>", f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB",
                         "split it into articles, or give JSON lines")
        return
    try:
        text, warnings = decode(data, "<stdin>")
        yield article_from_text(text, "<stdin>", warnings, published)
    except InputError as err:
        yield err


class _Prepend(io.RawIOBase):
    """A raw stream that first returns ``head``, then reads on from ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buf))
        buf[:len(data)] = data
        return len(data)


def item_id(item: Item) -> str:
    """The id an item's output record carries in its ``article`` field."""
    return item.id if isinstance(item, Article) else item.source


def iter_articles(inputs: Iterable[str], published: Optional[str] = None,
                  stdin: Optional[IO[bytes]] = None, exclude: Iterable[Path] = (),
                  skip: Optional[Callable[[str], bool]] = None) -> Iterator[Item]:
    """Every article of the given paths (files, folders, ``-`` for stdin), streamed in order.

    ``exclude`` holds files never to read, such as the output being written
    (``extract corpus/ -o corpus/out.jsonl`` must not read its own output).
    ``skip(id)`` is asked once per item (articles and errors alike, by the id
    its record would carry); items it answers True for are left out.  A text
    file is asked before it is read, so resuming a big folder does not read
    what is already done.
    """
    exclude_set = {p.resolve() for p in exclude}
    keep = (lambda item: not skip(item_id(item))) if skip else (lambda item: True)

    def from_file(path: Path) -> Iterator[Item]:
        if skip is not None and path.name.lower().endswith(TEXT_SUFFIXES + (".txt.gz",)):
            if skip(str(path)):
                return
            yield from read_path(path, published)  # one item, with the id just asked about
            return
        yield from filter(keep, read_path(path, published))

    for raw in inputs:
        if raw == "-":
            yield from filter(keep, _read_stdin(stdin or sys.stdin.buffer, published))
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError as exc:  # e.g. a symbolic link loop
            yield from filter(keep, [_read_error(raw, exc)])
            continue
        if is_dir:
            for p in walk_directory(path):
                if isinstance(p, InputError):
                    yield from filter(keep, [p])
                elif p.resolve() not in exclude_set:
                    yield from from_file(p)
        elif not path.exists():
            problem = "dangling symbolic link" if path.is_symlink() else "no such file or folder"
            yield from filter(keep, [InputError(raw, problem, "check the path")])
        elif path.resolve() in exclude_set:
            yield from filter(keep, [InputError(raw, "this is the output file; it cannot be an input as well",
                                                "choose another -o path")])
        else:
            yield from from_file(path)


def read_article(path: Union[str, Path], published: Optional[str] = None) -> Article:
    """The single article of a text or JSON file (raises InputError)."""
    items = list(read_path(Path(path), published))
    if not items:
        raise InputError(str(path), "no article in this file")
    if isinstance(items[0], InputError):
        raise items[0]
    return items[0]
