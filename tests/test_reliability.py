"""Bad input and unwritable output: nothing lost, nothing silent (issue 9).

Each bad input sits between two good articles; the good ones must still come
out, in order, and the bad one must say which file, what is wrong and what
to do (an error record), or be decoded with a warning that says how.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from extractor import engines
from extractor.article import blank_html
from extractor.batch import run_extract
from extractor.schema import SCHEMA_DIR

from .test_batch import read_lines

GOOD = "date 2023-03-10 Kanzler telefoniert\n\nBundeskanzler Olaf Scholz hat am Donnerstag mit Emmanuel Macron telefoniert.\n"
GERMAN = "date 2022-10 Titel\n\nDer Bürgermeister sprach mit dem Landrat über Straßen und Brücken in Köln.\n"
RECORD_SCHEMA = json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8"))
ERROR_SCHEMA = json.loads((SCHEMA_DIR / "error-record.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def shared_pipeline(extractor):
    engines._EXTRACTORS.setdefault(None, extractor)
    yield


def spans(value):
    """Every {start, end, text} span anywhere in a record."""
    if isinstance(value, list):
        for v in value:
            yield from spans(v)
    elif isinstance(value, dict):
        if isinstance(value.get("start"), int) and "text" in value:
            yield value
        for v in value.values():
            yield from spans(v)


# --- builders: each writes one bad input under tmp and returns its path ------------------

def _file(name: str, data: bytes):
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return build


def _gz(name: str, data: bytes):
    return _file(name, gzip.compress(data))


def _jsonl(name: str, lines: list[bytes], gz: bool = False):
    data = b"\n".join(lines) + b"\n"
    return _gz(name, data) if gz else _file(name, data)


def _rec(i: str, text: str = GOOD, **kw) -> bytes:
    return json.dumps({"id": i, "text": text, **kw}).encode()


def _truncated_gz(tmp: Path) -> Path:
    path = tmp / "cut.jsonl.gz"
    data = gzip.compress(b"\n".join(_rec(f"r{i}", GOOD + "x" * 2000 + f" {i}") for i in range(40)) + b"\n")
    path.write_bytes(data[: len(data) // 2])
    return path


def _dangling(tmp: Path) -> Path:
    d = tmp / "folder"
    d.mkdir()
    (d / "gone.txt").symlink_to(tmp / "does-not-exist.txt")
    return d


def _dir_loop(tmp: Path) -> Path:
    d = tmp / "folder"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "back").symlink_to(d, target_is_directory=True)
    (d / "sub" / "ok.txt").write_text(GOOD, encoding="utf-8")
    return d


def _self_loop(tmp: Path) -> Path:
    d = tmp / "folder"
    d.mkdir()
    (d / "loop.txt").symlink_to(d / "loop.txt")
    return d


def _fifo(tmp: Path) -> Path:
    d = tmp / "folder"
    d.mkdir()
    os.mkfifo(d / "pipe.txt")  # opening it would block forever: must be skipped, not read
    return d


def _huge_file(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50_000_001)  # sparse: over the 50 MB limit without writing it
    return path


def _huge_jsonl_line(tmp: Path) -> Path:
    path = tmp / "huge.jsonl"
    with open(path, "wb") as fh:
        fh.write(_rec("before") + b"\n")
        fh.write(b'{"id": "big", "text": "' + b"a " * 25_000_001 + b'"}\n')
        fh.write(_rec("after") + b"\n")
    return path


def _html(tmp: Path) -> Path:
    path = tmp / "page.txt"
    path.write_text("<html><head><title>T</title></head><body><p>Bundeskanzler Olaf Scholz hat am "
                    "Donnerstag mit Emmanuel Macron telefoniert.</p>\n<p>Auch Joe Biden sprach mit "
                    "Scholz.</p></body></html>", encoding="utf-8")
    return path


LONG_TOKEN = "Scholz telefonierte mit Macron. " + "x" * 1_000_000 + " Ende."
LONG_LINE = "Olaf Scholz sprach mit Macron. " + " ".join(["y" * 20_000] * 150)  # 3 MB, one line
BIG_ARTICLE = ("Bundeskanzler Olaf Scholz hat am Montag mit Emmanuel Macron telefoniert. " + "z" * 99_000 + "\n\n") * 202

# fmt: off
# (case, builder, kind, what must appear in the message)
#   kind "error": an error record;  "warning": a record with a warning;  "ok": a plain record;
#   "records": a file with several records, the bad parts error records, the rest records.
BAD_INPUTS = [
    ("empty",            _file("empty.txt", b""),                                    "error",   ["empty.txt", "empty", "check the file"]),
    ("whitespace-only",  _file("blank.txt", b"  \n\n\t \r\n"),                       "error",   ["blank.txt", "empty", "check the file"]),
    ("pdf",              _file("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),   "error",   ["doc.txt", "PDF", "convert"]),
    ("png",              _file("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),   "error",   ["bild.txt", "PNG", "convert"]),
    ("gzip-named-txt",   _gz("packed.txt", GOOD.encode()),                           "error",   ["packed.txt", "gzip", ".txt.gz"]),
    ("gzip-of-binary",   _gz("bild.txt.gz", b"\x89PNG\r\n\x1a\n\x00\x00"),           "error",   ["bild.txt.gz", "PNG"]),
    ("gz-not-gzip",      _file("plain.jsonl.gz", _rec("a") + b"\n"),                  "error",   ["plain.jsonl.gz", "not gzip", "decompress"]),
    ("nul-bytes",        _file("nul.txt", b"abc\x00\x01\x02" * 50),                   "error",   ["nul.txt", "binary", "UTF-8"]),
    ("utf8-stray-byte",  _file("stray.txt", GERMAN.encode() + b"\xff kaputt"),       "warning", ["stray.txt", "not valid UTF-8", "U+FFFD", "convert the file to UTF-8"]),
    ("latin-1",          _file("alt.txt", GERMAN.encode("latin-1")),                 "warning", ["alt.txt", "not valid UTF-8", "cp1252", "convert the file to UTF-8"]),
    ("cp1252-quotes",    _file("win.txt", "„Gespräch“ – Köln mit Scholz.".encode("cp1252")), "warning", ["win.txt", "cp1252"]),
    ("utf-16-bom",       _file("u16.txt", GERMAN.encode("utf-16")),                  "warning", ["u16.txt", "UTF-16", "UTF-8 is preferred"]),
    ("utf-16-le-no-bom", _file("u16le.txt", GERMAN.encode("utf-16-le")),             "warning", ["u16le.txt", "UTF-16-LE"]),
    ("utf-16-be-no-bom", _file("u16be.txt", GERMAN.encode("utf-16-be")),             "warning", ["u16be.txt", "UTF-16-BE"]),
    ("html",             _html,                                                      "warning", ["page.txt", "HTML", "offsets still point into the file"]),
    ("impossible-date",  _file("datum.txt", b"date 2022-13-45 Titel\n\nScholz sprach mit Macron.\n"), "warning", ["datum.txt", "2022-13-45", "not a valid date", "--published"]),
    ("long-token",       _file("token.txt", LONG_TOKEN.encode()),                    "warning", ["token.txt", "long article", "chunks"]),
    ("90k-char-token",   _file("token.txt", ("Scholz sprach mit Macron. " + "x" * 90_000).encode()), "ok", ["token.txt"]),
    ("long-line",        _file("line.txt", LONG_LINE.encode()),                      "warning", ["line.txt", "long article", "chunks"]),
    ("20-mb-article",    _file("big.txt", BIG_ARTICLE.encode()),                     "warning", ["big.txt", "long article", "chunks of at most 100,000 characters"]),
    ("over-50-mb",       _huge_file,                                                 "error",   ["huge.txt", "larger than 50 MB", "split it"]),
    ("json-invalid",     _file("rec.json", b'{"id": "x", "text": "abc",}'),          "error",   ["rec.json", "invalid JSON at line 1", "fix the JSON"]),
    ("jsonl-binary",     _file("bin.jsonl", b"\x00\x01\x02\x03" * 100),              "error",   ["bin.jsonl", "binary data", "one JSON record"]),
    ("jsonl-broken-line", _jsonl("news.jsonl", [_rec("a"), b'{"id": "b", "text": "abc', _rec("c")]),
                                                                                     "records", ["news.jsonl:2", "broken JSON line", "the other lines were processed"]),
    ("jsonl-no-text",    _jsonl("news.jsonl", [_rec("a"), b'{"id": "b", "body": "abc"}', _rec("c")]),
                                                                                     "records", ["news.jsonl:2", "'b'", "no string field 'text'", "each record needs"]),
    ("jsonl-not-object", _jsonl("news.jsonl", [_rec("a"), b'["a", "list"]', _rec("c")]),
                                                                                     "records", ["news.jsonl:2", "must be an object, got list", "one object"]),
    ("jsonl-huge-line",  _huge_jsonl_line,                                           "records", ["huge.jsonl:2", "longer than 50 MB", "split the record"]),
    ("jsonl-gz-truncated", _truncated_gz,                                            "records", ["cut.jsonl.gz", "ends early", "get a complete copy"]),
    ("jsonl-bad-utf8",   _jsonl("news.jsonl", [_rec("a"), b'{"id": "b", "text": "K\xf6ln und Scholz"}', _rec("c")]),
                                                                                     "warning", ["line 2 is not valid UTF-8", "cp1252"]),
    ("jsonl-surrogate",  _jsonl("news.jsonl", [_rec("a"), b'{"id": "b", "text": "Scholz \\ud800 sprach mit Macron."}']),
                                                                                     "warning", ["surrogates", "U+FFFD"]),
    ("jsonl-bad-date",   _jsonl("news.jsonl", [_rec("a", published="2022-13-01")]),  "warning", ["'2022-13-01'", "not a valid date", "--published"]),
    ("dangling-symlink", _dangling,                                                  "error",   ["gone.txt", "dangling symbolic link", "fix or remove the link"]),
    ("folder-link-loop", _dir_loop,                                                  "records", ["back", "symbolic link loop", "skipped"]),
    ("file-link-loop",   _self_loop,                                                 "error",   ["loop.txt", "symbolic link loop", "fix or remove the link"]),
    ("fifo",             _fifo,                                                      "error",   ["pipe.txt", "not a regular file", "give regular files"]),
    ("missing-path",     lambda tmp: tmp / "nowhere.txt",                            "error",   ["nowhere.txt", "no such file", "check the path"]),
]
# fmt: on


@pytest.mark.parametrize("case,build,kind,needles", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_reliability_bad_input_is_reported_and_the_rest_goes_on(tmp_path, capsys, case, build, kind, needles):
    (tmp_path / "in").mkdir()
    good1, good2 = tmp_path / "in" / "good1.txt", tmp_path / "in" / "good2.txt"
    good1.write_text(GOOD, encoding="utf-8")
    good2.write_text(GOOD.replace("Donnerstag", "Freitag"), encoding="utf-8")
    bad = build(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    code = run_extract([str(good1), str(bad), str(good2)], output=out, workers=1)
    err = capsys.readouterr().err
    records = read_lines(out)
    assert records[0]["article"] == str(good1) and records[-1]["article"] == str(good2)
    assert "error" not in records[0] and "error" not in records[-1]
    middle = records[1:-1]
    errors = [r for r in middle if "error" in r]
    for r in records:
        jsonschema.validate(r, ERROR_SCHEMA if "error" in r else RECORD_SCHEMA)
    if kind == "error":
        assert len(middle) == 1 and errors == middle and code == 1
        text = errors[0]["error"]
    elif kind == "records":
        assert errors and len(middle) > len(errors) and code == 1
        text = " ".join(e["error"] for e in errors)
    else:
        assert middle and not errors and code == 0
        text = " ".join(str(r["article"]) + ": " + " ".join(r["warnings"]) for r in middle)
        if kind == "ok":
            assert all(not r["warnings"] for r in middle)
    for needle in needles:
        assert needle in text, (needle, text)
    if kind in ("error", "records"):
        assert "extractor: error: " in err and needles[0] in err
    elif kind == "warning":
        assert "extractor: warning: " in err
    assert "Traceback" not in err
    # Every offset slices the text it was read from (the decoded, tag-blanked file text).
    if kind in ("ok", "warning") and bad.is_file() and bad.suffix == ".txt":
        raw = bad.read_bytes()
        for r in middle:
            for s in spans(r):
                assert s["end"] - s["start"] == len(s["text"])
                if case == "html":  # tags blanked with as many spaces: every other character in place
                    file_text = raw.decode("utf-8")
                    blanked = blank_html(file_text)[0]
                    assert len(blanked) == len(file_text) and blanked[s["start"]:s["end"]] == s["text"]
                    assert all(a == b or a == " " for a, b in zip(s["text"], file_text[s["start"]:s["end"]]))


def test_reliability_unreadable_file_and_folder(tmp_path, monkeypatch, capsys):
    """Tests run as root, for whom chmod 000 blocks nothing: the unreadable file is simulated by
    making its open() fail with EACCES, the unreadable folder by making scandir() fail."""
    import extractor.article as article_mod
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    for name in ("a.txt", "secret.txt", "z.txt"):
        (d / name).write_text(GOOD, encoding="utf-8")
    real_open, real_scandir = article_mod._open_bytes, os.scandir

    def deny_open(path):
        if path.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path)

    def deny_scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(article_mod, "_open_bytes", deny_open)
    monkeypatch.setattr(article_mod.os, "scandir", deny_scandir)
    out = tmp_path / "out.jsonl"
    assert run_extract([str(d)], output=out, workers=1, quiet=True) == 1
    records = read_lines(out)
    assert [Path(r["article"]).name for r in records] == ["a.txt", "locked", "secret.txt", "z.txt"]
    assert "cannot list folder: Permission denied (check its permissions)" in records[1]["error"]
    assert "cannot read: Permission denied (check the file's permissions)" in records[2]["error"]


def test_reliability_output_is_excluded_from_its_own_input(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    assert run_extract([str(tmp_path), str(out)], output=out, workers=1, quiet=True) == 1
    records = read_lines(out)
    assert records[0]["article"].endswith("a.txt")
    assert "this is the output file" in records[1]["error"]


def test_reliability_20_mb_article_stays_in_bounded_memory(tmp_path):
    """A 20 MB article is processed in chunks in a subprocess whose peak RSS stays far below 20x the text."""
    path = tmp_path / "big.txt"
    path.write_text(BIG_ARTICLE, encoding="utf-8")
    code = ("import resource, sys; from extractor.cli import main; rc = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr); sys.exit(rc)")
    res = subprocess.run([sys.executable, "-c", code, str(path), "-o", str(tmp_path / "o.jsonl"), "--quiet"],
                         capture_output=True, timeout=300)
    assert res.returncode == 0, res.stderr.decode()
    peak_mb = int(res.stderr.decode().strip().splitlines()[-1])
    assert peak_mb < 1000, peak_mb
    record = read_lines(tmp_path / "o.jsonl")[0]
    text = BIG_ARTICLE
    for s in spans(record):
        assert text[s["start"]:s["end"]] == s["text"]


# --- output that cannot be written ------------------------------------------------------

def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, timeout=300, **kw)


# fmt: off
BAD_OUTPUTS = [
    ("missing-folder", "{tmp}/nope/out.jsonl",  ["nope", "does not exist", "create it or choose another -o path"]),
    ("dev-full",       "/dev/full",             ["/dev/full", "No space left on device", "--resume"]),
    ("read-only-sys",  "/sys/out.jsonl",        ["/sys/out.jsonl", "cannot create the output file", "choose another -o path"]),
    ("proc",           "/proc/out.jsonl",       ["/proc/out.jsonl", "cannot create the output file", "choose another -o path"]),
]
# fmt: on


@pytest.mark.parametrize("case,output,needles", BAD_OUTPUTS, ids=[c[0] for c in BAD_OUTPUTS])
def test_reliability_unwritable_output_is_a_clear_error(tmp_path, case, output, needles):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    output = output.replace("{tmp}", str(tmp_path))
    res = _cli(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", output, "--format", "jsonl", "--workers", "1")
    err = res.stderr.decode()
    assert res.returncode == 1, err
    assert "Traceback" not in err and "extract: error:" in err
    for needle in needles:
        assert needle.replace("{tmp}", str(tmp_path)) in err, (needle, err)


def test_reliability_disk_full_mid_run_leaves_only_whole_records_then_resumes(tmp_path):
    """A file-size limit (RLIMIT_FSIZE) makes writes fail mid-record like a full disk: the file is cut
    back to its last complete record, the run stops with exit 1, and --resume finishes it."""
    from .test_batch import write_jsonl
    ids = write_jsonl(tmp_path / "in.jsonl", 30)
    out = tmp_path / "out.jsonl"

    def limit_file_size():
        import resource
        import signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))

    args = [str(tmp_path / "in.jsonl"), "-o", str(out), "--workers", "1"]
    res = _cli(*args, preexec_fn=limit_file_size)
    err = res.stderr.decode()
    assert res.returncode == 1 and "File too large" in err and "--resume" in err and "Traceback" not in err
    partial = read_lines(out)  # every line complete and parseable
    assert 0 < len(partial) < 30 and out.stat().st_size <= 60_000
    res = _cli(*args, "--resume")
    assert res.returncode == 0, res.stderr.decode()
    assert [r["article"] for r in read_lines(out)] == ids
