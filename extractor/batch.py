"""Streaming many articles through an engine and writing one record per article.

Inputs are read lazily (a 5 GB JSONL never sits in memory), processed by an
engine (``extractor.engines``: in-process, a local process pool, or Dask) and
written in input order, one JSON line per article, each line written whole
and flushed before the next.  Whatever was written before a crash stays;
``--resume`` skips the articles already in the output and cuts off a torn
last line, so a killed run resumed gives exactly one record per article.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .article import iter_articles, walk_directory
from .errors import ExtractorError, InputError, OutputError

#: Lines of errors / warnings echoed on stderr before the rest only go to the records.
MAX_ERROR_LINES = 50
MAX_WARNING_LINES = 20
STREAM_FORMATS = ("json", "jsonl")


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    failures: int = 0
    words: int = 0
    skipped: int = 0
    seconds: float = 0.0          # wall time of the whole run, loading included
    work_seconds: float = 0.0     # from the pipeline being ready to the last record
    interrupted: bool = False
    failed: list[str] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.work_seconds if self.work_seconds > 0 else 0.0

    def line(self) -> str:
        plural = "" if self.articles == 1 else "s"
        ev_plural = "" if self.events == 1 else "s"
        text = (f"extractor: {self.articles} article{plural}, {self.events} event{ev_plural}, {self.failures} failed, "
                f"{self.seconds:.1f} s, {self.words_per_second:,.0f} words/s")
        if self.skipped:
            text += f" ({self.skipped} skipped: already in the output)"
        return text


# --- output --------------------------------------------------------------------------

class JsonlSink:
    """Writes one JSON line per record to a file (appending when resuming) or to stdout.

    Each line goes out in whole-line writes and is flushed before the next.  If
    a write fails (disk full, ...) or is interrupted, the file is cut back to
    its last complete line, so no partial record is left behind.  With
    ``pretty_single`` a run that yields exactly one record prints it as
    indented JSON instead.
    """

    def __init__(self, path: Optional[Path], append: bool = False, pretty_single: bool = False):
        self.path, self.pretty_single = path, pretty_single
        self._held: Optional[str] = None
        self.lines = 0
        if path is None:
            self._fh = None
            self._good = 0
            return
        try:
            self._fh = open(path, "ab" if append else "wb", buffering=0)
        except OSError as exc:
            raise _output_error(path, exc, "cannot create the output file") from None
        try:
            self._good = self._fh.seek(0, os.SEEK_END)
        except OSError:  # not seekable (a pipe, /dev/full)
            self._good = 0

    def write(self, line: str) -> None:
        if self.pretty_single and self.lines == 0 and self._held is None:
            self._held = line
            return
        if self._held is not None:
            held, self._held = self._held, None
            self._emit(held)
        self._emit(line)

    def _emit(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        if self._fh is None:
            _write_stdout(data)
            self.lines += 1
            return
        try:
            view = memoryview(data)
            while view:
                n = self._fh.write(view)
                view = view[n:]
        except OSError as exc:
            self._rollback()
            raise _output_error(self.path, exc, "cannot write") from None
        except BaseException:
            self._rollback()
            raise
        self._good += len(data)
        self.lines += 1

    def _rollback(self) -> None:
        try:
            os.ftruncate(self._fh.fileno(), self._good)
        except OSError:
            pass

    def close(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            text = json.dumps(json.loads(held), ensure_ascii=False, indent=2)
            if self._fh is None:
                _write_stdout((text + "\n").encode("utf-8"))
            else:
                self._emit(text)
        if self._fh is not None:
            try:
                os.fsync(self._fh.fileno())
            except OSError:
                pass  # not a regular file
            self._fh.close()
            self._fh = None


def _write_stdout(data: bytes) -> None:
    out = getattr(sys.stdout, "buffer", None)
    if out is not None:
        sys.stdout.flush()
        out.write(data)
        out.flush()
    else:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()


def _output_error(path: Optional[Path], exc: OSError, what: str) -> OutputError:
    import errno
    hints = {errno.ENOSPC: "the disk is full; free some space, then run the same command with --resume",
             errno.EDQUOT: "the disk quota is exceeded; free some space, then run with --resume",
             errno.EROFS: "the file system is read-only; choose another -o path",
             errno.EACCES: "no permission to write there; choose another -o path",
             errno.ENOENT: "that folder cannot hold files; choose another -o path"}
    hint = hints.get(exc.errno, "choose another -o path")
    return OutputError(f"{path}: {what}: {exc.strerror or exc} ({hint})")


# --- resuming ------------------------------------------------------------------------

@dataclass
class ResumeState:
    done: Counter
    records: int = 0
    repaired_bytes: int = 0


def prepare_resume(path: Path) -> ResumeState:
    """The article ids already in ``path`` (with counts), after cutting off a torn last line.

    A crash can leave the last line without its newline: a partial record that
    must not count as done.  It is cut off (the file is truncated to its last
    complete line) and its article is processed again.  A complete line that
    is not a JSON record means the file is not our output: an error.
    """
    state = ResumeState(Counter())
    if not path.exists():
        return state
    try:
        fh = open(path, "r+b")
    except OSError as exc:
        raise _output_error(path, exc, "cannot open for --resume") from None
    with fh:
        pos = 0
        for lineno, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                state.repaired_bytes = len(raw)
                fh.truncate(pos)
                break
            pos += len(raw)
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                article = record["article"]
                if not isinstance(article, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                raise OutputError(f"{path}:{lineno}: not a record written by extract, so --resume cannot "
                                  f"continue this file (remove the line, or run without --resume to start "
                                  f"afresh)") from None
            state.done[article] += 1
            state.records += 1
    return state


class ResumeFilter:
    """``skip(id)``: True for the first N occurrences of an id that has N records in the output."""

    def __init__(self, done: Counter):
        self.done = done
        self.skipped = 0

    def __call__(self, article_id: str) -> bool:
        if self.done.get(article_id, 0) > 0:
            self.done[article_id] -= 1
            self.skipped += 1
            return True
        return False


# --- progress ------------------------------------------------------------------------

class Progress:
    """A tqdm bar on stderr (articles, articles/s, ETA once the total is counted); messages above it."""

    def __init__(self, enabled: bool, inputs: list[str], exclude: list[Path], already_done: int = 0):
        self.bar = None
        if not enabled:
            return
        from tqdm import tqdm
        tqdm.monitor_interval = 0  # no monitor thread: the process pool may fork again
        self.bar = tqdm(total=None, unit=" articles", file=sys.stderr, dynamic_ncols=True,
                        mininterval=0.5, smoothing=0.05, leave=True)
        self._done = already_done
        threading.Thread(target=self._count, args=(inputs, exclude), daemon=True,
                         name="extractor-count-inputs").start()

    def _count(self, inputs: list[str], exclude: list[Path]) -> None:
        total = count_items(inputs, exclude)
        if total is not None and self.bar is not None:
            self.bar.total = max(0, total - self._done)
            self.bar.refresh()

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def count_items(inputs: list[str], exclude: Iterable[Path] = ()) -> Optional[int]:
    """How many records the inputs will give (lines of JSONL files), or None when unknowable (stdin)."""
    skip = {p.resolve() for p in exclude}
    total = 0
    for raw in inputs:
        if raw == "-":
            return None
        path = Path(raw)
        paths = [p for p in walk_directory(path)] if path.is_dir() else [path]
        for p in paths:
            if isinstance(p, InputError) or not isinstance(p, Path):
                total += 1
                continue
            if p.resolve() in skip:
                continue
            name = p.name.lower()
            if name.endswith((".jsonl", ".jsonl.gz")):
                total += _count_lines(p)
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    import gzip
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n, last = 0, b"\n"
    try:
        with opener(path, "rb") as fh:
            while True:
                block = fh.read(1 << 20)
                if not block:
                    break
                n += block.count(b"\n")
                last = block[-1:]
    except (OSError, EOFError):
        return max(n, 1)
    return n + (last != b"\n")


# --- the command ---------------------------------------------------------------------

def default_format(inputs: list[str], output: Optional[Path], fmt: Optional[str]) -> str:
    if fmt:
        return fmt
    if output is not None:
        suffix = "".join(output.suffixes[-2:]).lower()
        for ext, f in ((".jsonl", "jsonl"), (".jsonl.gz", "jsonl"), (".html", "html"), (".csv", "csv"),
                       (".parquet", "parquet"), (".json", "json")):
            if suffix.endswith(ext):
                return f
        return "jsonl"
    single = len(inputs) == 1 and inputs[0] != "-" and not _is_many(inputs[0])
    return "json" if single or inputs == ["-"] else "jsonl"


def _is_many(path: str) -> bool:
    p = Path(path)
    return p.is_dir() or p.name.lower().endswith((".jsonl", ".jsonl.gz"))


def _on_sigterm(signum, frame):
    raise KeyboardInterrupt


def run_extract(inputs: list[str], output: Optional[Path] = None, fmt: Optional[str] = None,
                model: Optional[str] = None, published: Optional[str] = None, workers: Optional[int] = None,
                engine: str = "local", scheduler: Optional[str] = None, resume: bool = False,
                quiet: bool = False, progress: Optional[bool] = None) -> int:
    """The ``extract`` command's work; returns the exit code.

    0: every input processed; 1: some input failed (each has an error record),
    or the output could not be written (raised as OutputError); 130: stopped
    by Ctrl-C/SIGTERM (the output is complete up to there and resumable).
    ``progress`` forces the bar on or off (default: when stderr is a terminal).
    """
    from .engines import make_engine
    started = time.perf_counter()
    fmt = default_format(inputs, output, fmt)
    if resume and (output is None or fmt != "jsonl"):
        raise OutputError("--resume needs -o OUTPUT.jsonl (JSON lines): it continues that file")
    if output is not None and not output.parent.exists():
        raise OutputError(f"{output}: the folder {output.parent} does not exist; create it or choose another -o path")

    summary = Summary()
    state = prepare_resume(output) if resume else ResumeState(Counter())
    already = state.records
    skip = ResumeFilter(state.done) if resume else None
    streaming = fmt in STREAM_FORMATS
    sink = JsonlSink(output, append=resume, pretty_single=(fmt == "json")) if streaming else None
    collected: list[dict] = []
    texts: dict[str, str] = {}  # for the HTML view of JSONL/stdin inputs, whose text is not in a file
    notes = _Notes(quiet)
    if state.repaired_bytes:
        notes.progress.message(f"extractor: {output}: cut off a torn last line ({state.repaired_bytes} bytes) "
                               f"left by an interrupted run; that article is processed again")
    if resume and already:
        notes.progress.message(f"extractor: {output}: {already} records already there; continuing")

    eng = None
    old_term = _install_sigterm()
    error: Optional[BaseException] = None
    try:
        eng = make_engine(engine, model, workers, scheduler, announce=True)
        eng.start()  # workers exist before any thread (progress bar) starts
        work_start = time.perf_counter()
        show = (not quiet and sys.stderr.isatty()) if progress is None else progress
        exclude = [output] if output is not None else []
        items = iter_articles(inputs, published, exclude=exclude, skip=skip)
        if fmt == "html":
            from . import render as _render
            items = _render.keep_texts(items, texts)
        notes.progress = Progress(show, inputs, exclude, already_done=already)
        for res in eng.run(items):
            if sink is not None:
                sink.write(res.line)
            else:
                collected.append(json.loads(res.line))
            summary.articles += 1
            summary.words += res.words
            summary.events += res.events
            if res.error is not None:
                summary.failures += 1
                summary.failed.append(res.article)
                notes.error(res.error)
            else:
                for w in res.warnings:
                    notes.warning(f"{res.article}: {w}")
            notes.progress.update()
        summary.work_seconds = time.perf_counter() - work_start
    except KeyboardInterrupt:
        summary.interrupted = True
    except BrokenPipeError:
        _silence_stdout()
        error = OutputError("standard output was closed (broken pipe); stopped")
    except ExtractorError as exc:
        error = exc
    finally:
        _restore_sigterm(old_term)
        notes.progress.close()
        if eng is not None:
            eng.close(cancel=summary.interrupted or error is not None)
        if sink is not None:
            try:
                sink.close()
            except OutputError as exc:
                error = error or exc
            except BrokenPipeError:
                _silence_stdout()
        if summary.work_seconds == 0.0:
            summary.work_seconds = time.perf_counter() - started
    summary.skipped = skip.skipped if skip is not None else 0
    summary.seconds = time.perf_counter() - started

    if not summary.interrupted and error is None and not streaming:
        from . import render
        render.write(collected, fmt, output, texts=texts)
    if notes.errors_hidden:
        print(f"extractor: {notes.errors_hidden} more failures not shown; see the error records", file=sys.stderr)
    print(summary.line(), file=sys.stderr, flush=True)
    if error is not None:
        if sink is not None and output is not None and output.is_file():
            print(f"extractor: {output} holds the {already + sink.lines} complete records written before the "
                  f"error; run the same command with --resume to continue", file=sys.stderr)
        raise error
    if summary.interrupted:
        where = f" to {output}" if output is not None else ""
        again = ("; run the same command with --resume to continue" if output is not None and streaming else "")
        print(f"extractor: interrupted; {summary.articles} records written{where}{again}", file=sys.stderr, flush=True)
        return 130
    return 1 if summary.failures else 0


class _Notes:
    """Error and warning lines on stderr, capped so a big corpus does not flood the terminal."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.progress = Progress(False, [], [])
        self.errors = self.warnings = self.errors_hidden = 0

    def error(self, text: str) -> None:
        self.errors += 1
        if self.errors <= MAX_ERROR_LINES:
            self.progress.message(f"extractor: error: {text}")
        else:
            self.errors_hidden += 1

    def warning(self, text: str) -> None:
        if self.quiet:
            return
        self.warnings += 1
        if self.warnings <= MAX_WARNING_LINES:
            self.progress.message(f"extractor: warning: {text}")
        elif self.warnings == MAX_WARNING_LINES + 1:
            self.progress.message("extractor: further warnings are only in the records' 'warnings'")


def _install_sigterm():
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError):
        return None


def _restore_sigterm(old) -> None:
    if old is not None:
        try:
            signal.signal(signal.SIGTERM, old)
        except (ValueError, OSError):
            pass


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
