"""Where articles are processed: in this process, in a pool of local processes, or on Dask.

Every engine turns a stream of items (Articles, or InputErrors for inputs that
could not be read) into a stream of :class:`Result` s **in input order**, and
holds only a bounded number of articles in flight, so a corpus of any size
streams through.  Each worker process loads the pipeline once.

Why a process pool and not ``nlp.pipe(n_process=N)``: our records are built
from Python objects the components leave on ``doc._`` (actors, times, events),
which spaCy's multiprocessing cannot ship back (it serialises Docs with
msgpack); and shipping whole Docs back costs more than shipping the finished
JSON line (see benchmarks/README.md for the measurement).
"""
from __future__ import annotations

import gc
import json
import os
import signal
import sys
from collections import deque
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Optional, Union

from .article import Article
from .errors import EngineError, ExtractorError, InputError

if TYPE_CHECKING:
    from .api import Extractor

#: A chunk sent to a worker closes at this many articles or characters.
CHUNK_ARTICLES = 8
CHUNK_CHARS = 250_000
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
WINDOW_PER_WORKER = 3
#: Articles longer than this are processed in paragraph chunks (``api.extract_long_article``):
#: spaCy takes at most 1,000,000 characters in one Doc, and the components' time grows
#: faster than linearly with a Doc's length, so very long Docs are cut well below that.
LONG_ARTICLE_CHARS = 100_000
DASK_INSTALL_HINT = "pip install 'extractor[dask]'"


class Result(NamedTuple):
    """What the writer needs of one processed article; ``line`` is its JSON record."""
    article: str
    line: str
    events: int
    words: int
    error: Optional[str] = None
    warnings: tuple[str, ...] = ()


# --- one article ----------------------------------------------------------------

_UNSAFE_LINE_CHARS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def dumps_line(record: dict) -> str:
    """One JSON line that is valid UTF-8 and that line splitters cannot split.

    JSON allows U+2028/U+2029/U+0085 raw inside strings, but ``str.splitlines``
    and some JSONL readers break lines there, so they are escaped.
    """
    line = json.dumps(record, ensure_ascii=False)
    if any(c in line for c in _UNSAFE_LINE_CHARS):
        for c, esc in _UNSAFE_LINE_CHARS.items():
            line = line.replace(c, esc)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. in an id: escape everything
        line = json.dumps(record, ensure_ascii=True)
    return line


def error_result(article: str, message: str, words: int = 0) -> Result:
    return Result(article, dumps_line({"article": article, "error": message}), 0, words, message)


def process_one(extractor: "Extractor", article: Article) -> Result:
    """The record of one article; never raises for a bad article (it becomes an error record)."""
    from .api import extract_long_article
    words = len(article.text.split())
    try:
        record = extract_long_article(extractor, article, limit=LONG_ARTICLE_CHARS)
        return Result(article.id, dumps_line(record.model_dump(mode="json")), len(record.events), words,
                      None, tuple(record.warnings))
    except ExtractorError as exc:
        return error_result(article.id, str(exc), words)
    except (Exception, RecursionError, MemoryError) as exc:  # one bad article must not stop a corpus run
        return error_result(article.id, f"{article.id}: internal error: {type(exc).__name__}: {exc} "
                            f"(the other articles went on; please report this article)", words)


Payload = list[Union[Article, Result]]


def as_payload_item(item: Union[Article, InputError]) -> Union[Article, Result]:
    """Unreadable inputs become their error Result here, so only Articles travel to workers."""
    return error_result(item.source, str(item)) if isinstance(item, InputError) else item


def run_payload(extractor: "Extractor", payload: Payload) -> list[Result]:
    return [x if isinstance(x, Result) else process_one(extractor, x) for x in payload]


def chunked(items: Iterable[Union[Article, InputError]], max_articles: int = CHUNK_ARTICLES,
            max_chars: int = CHUNK_CHARS) -> Iterator[Payload]:
    """Consecutive chunks of the stream, each closed at ``max_articles`` items or ``max_chars``."""
    chunk: Payload = []
    chars = 0
    for item in items:
        x = as_payload_item(item)
        chunk.append(x)
        if isinstance(x, Article):
            chars += len(x.text)
        if len(chunk) >= max_articles or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


# --- the pipeline, once per process ----------------------------------------------

_EXTRACTORS: dict[Optional[str], "Extractor"] = {}


def get_extractor(model: Optional[str] = None, announce: bool = False) -> "Extractor":
    """This process's Extractor for ``model``, loaded on first use."""
    ex = _EXTRACTORS.get(model)
    if ex is None:
        from .api import Extractor
        ex = _EXTRACTORS[model] = Extractor(model=model, announce=announce)
        # The pipeline and its lexicons live for the whole run: keep the garbage collector
        # from scanning them again and again (and copy-on-write pages shared after fork).
        gc.freeze()
    return ex


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- local: in this process, or a pool of processes --------------------------------

_POOL_MODEL: Optional[str] = None


def _init_pool_worker(model: Optional[str]) -> None:
    """Pool initializer: ignore Ctrl-C (the parent stops the pool), die with the parent, load the pipeline.

    With the fork start method the parent's loaded Extractor is inherited, so
    nothing is loaded again; with spawn each worker loads it once here.
    """
    global _POOL_MODEL
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler, which turns the signal into
    # KeyboardInterrupt.  A worker blocked sending a result into a full pipe would catch
    # that, retry the send and hang for ever when the parent terminates the pool (after
    # a broken output pipe, a Ctrl-C, a SIGTERM): a worker is simply ended.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _POOL_MODEL = model
    get_extractor(model)


def _die_with_parent() -> None:
    """Linux: a SIGKILLed parent takes its workers with it instead of leaving orphans."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
            if os.getppid() == 1:  # the parent died before prctl took effect
                os._exit(1)
        except (OSError, AttributeError):
            pass


def _start_method() -> str:
    """Fork on Linux: the workers inherit the loaded pipeline.  Spawn elsewhere: on macOS a
    forked child can crash in system libraries that started threads (Python's own default
    there since 3.8), and Windows has no fork; each spawned worker loads the pipeline once."""
    import multiprocessing
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


#: seconds a stopped pool's threads and workers get to end before they are killed or left behind
CANCEL_GRACE_SECONDS = 5.0
_STOPPED_POOLS = 0


def _cancel_pool(executor) -> None:
    """Stop a pool now (Ctrl-C, SIGTERM, a closed output, a crashed worker): terminate its
    workers and shut it down without waiting, each step in bounded time.

    A terminated worker can leave the pool's threads blocked for good (a result it was
    killed half-way through sending, a queue nobody reads), and Python joins such threads
    at exit: the run would hang after it has stopped.  So the pool is counted, and
    ``exit_now_after_stopped_pools`` ends the process without those joins."""
    import threading
    global _STOPPED_POOLS
    _STOPPED_POOLS += 1
    workers = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    for proc in workers:
        proc.terminate()  # our own workers, by their handle
    stopper = threading.Thread(target=executor.shutdown, kwargs={"wait": False, "cancel_futures": True},
                               name="extractor-pool-stop", daemon=True)
    stopper.start()
    stopper.join(CANCEL_GRACE_SECONDS)
    for proc in workers:
        proc.join(CANCEL_GRACE_SECONDS / max(1, len(workers)))
        if proc.is_alive():
            proc.kill()
    if manager is not None:
        manager.join(CANCEL_GRACE_SECONDS)


def exit_now_after_stopped_pools(code: int) -> None:
    """End the process with ``code`` at once, without Python's exit-time joins of pool threads,
    when a pool was stopped (see ``_cancel_pool``).  The CLI calls it last: output files
    are closed by then, and the streams are flushed here."""
    if not _STOPPED_POOLS:
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _pool_task(payload: Payload) -> list[Result]:
    return run_payload(get_extractor(_POOL_MODEL), payload)


def _pool_ping() -> int:
    return os.getpid()


class LocalEngine:
    """``workers == 1``: in this process, no pool.  More: a process pool, one Extractor per worker.

    Chunks are submitted in a bounded window and results taken in submission
    order.  A worker that dies (out of memory, a crash in native code) breaks
    the pool: it is restarted, the chunk it held is redone one article at a
    time, and the article that kills a worker again becomes an error record.
    """

    name = "local"

    def __init__(self, model: Optional[str] = None, workers: int = 1, announce: bool = True):
        self.model, self.workers = model, max(1, workers)
        self.extractor = get_extractor(model, announce=announce)
        self._executor = None
        self.restarts = 0

    # -- the pool ---------------------------------------------------------------
    def _new_executor(self):
        import gc
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        method = _start_method()
        if method == "fork":
            gc.freeze()  # keep the inherited pipeline's pages shared (GC would touch every object)
        ex = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method),
                                 initializer=_init_pool_worker, initargs=(self.model,))
        # Start the workers now, before the caller starts threads (progress bar): forking
        # a process that runs threads is unsafe.
        ex.submit(_pool_ping).result()
        return ex

    def start(self) -> None:
        if self.workers > 1 and self._executor is None:
            self._executor = self._new_executor()

    def close(self, cancel: bool = False) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if not cancel:
            executor.shutdown(wait=True)
            return
        _cancel_pool(executor)

    # -- running ---------------------------------------------------------------
    def run(self, items: Iterable[Union[Article, InputError]]) -> Iterator[Result]:
        it = iter(items)
        if self.workers == 1:
            for item in it:
                x = as_payload_item(item)
                yield x if isinstance(x, Result) else process_one(self.extractor, x)
            return
        first = list(islice(it, 2))
        if len(first) < 2:  # one article: not worth a pool
            for item in first:
                yield from run_payload(self.extractor, [as_payload_item(item)])
            return
        self.start()
        yield from self._run_pool(chunked(_chain(first, it)))

    def _run_pool(self, chunks: Iterator[Payload]) -> Iterator[Result]:
        from concurrent.futures.process import BrokenProcessPool
        window = self.workers * WINDOW_PER_WORKER
        pending: deque = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, self._submit(chunk)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                self._restart()
                results = self._isolate(chunk)
                pending = deque((c, self._submit(c)) for c, _ in pending)
            yield from results

    def _submit(self, chunk: Payload):
        from concurrent.futures.process import BrokenProcessPool
        try:
            return self._executor.submit(_pool_task, chunk)
        except BrokenProcessPool:
            self._restart()
            return self._executor.submit(_pool_task, chunk)

    def _restart(self) -> None:
        self.restarts += 1
        if self.restarts > 20:
            raise EngineError("worker processes keep dying (more than 20 restarts); stopping. "
                              "Check free memory, or run with --workers 1 to see the failing article")
        self.close(cancel=True)
        self._executor = self._new_executor()

    def _isolate(self, chunk: Payload) -> list[Result]:
        """Redo a chunk whose worker died, one article per task, to find the article that kills it."""
        from concurrent.futures.process import BrokenProcessPool
        out = []
        for x in chunk:
            if isinstance(x, Result):
                out.append(x)
                continue
            try:
                out.extend(self._executor.submit(_pool_task, [x]).result())
            except BrokenProcessPool:
                self._restart()
                out.append(error_result(x.id, f"{x.id}: the worker process died while processing this "
                                        f"article (out of memory or a crash in native code); skipped it",
                                        len(x.text.split())))
        return out


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


# --- Dask -------------------------------------------------------------------------

def dask_available() -> bool:
    import importlib.util
    try:
        return importlib.util.find_spec("distributed") is not None and importlib.util.find_spec("dask") is not None
    except (ImportError, ValueError):
        return False


def dask_task(payload: Payload, model: Optional[str]) -> list[Result]:
    """Runs on a Dask worker: the worker process's cached Extractor processes the chunk."""
    return run_payload(get_extractor(model), payload)


def _pipeline_plugin(model: Optional[str]):
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Loads the pipeline when a worker starts, so the first tasks do not wait for it."""
        name = f"extractor-pipeline-{model or 'default'}"

        def setup(self, worker):
            get_extractor(model)

    return LoadPipeline()


def close_dask(client, cluster) -> None:
    """Close a Dask client and its local cluster, whatever state they are in (shutting down)."""
    for thing in (client, cluster):
        if thing is not None:
            try:
                thing.close()
            except Exception:  # shutting down; nothing left to save
                pass


def connect_dask(scheduler: Optional[str], workers: int):
    """(client, cluster): a client of the scheduler at ``scheduler``, else of a new local cluster
    of ``workers`` processes (the cluster, to close with it); Dask's logs quietened."""
    import logging
    from distributed import Client, LocalCluster
    for name in ("distributed", "distributed.worker", "distributed.nanny", "distributed.scheduler"):
        logging.getLogger(name).setLevel(logging.ERROR)
    cluster = None
    try:
        if scheduler:
            return Client(scheduler), None
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise EngineError(f"cannot connect to {where}: {exc}. Check the address "
                          f"(e.g. tcp://host:8786) and that the scheduler runs") from None


class DaskEngine:
    """Chunks of articles as Dask tasks, at most ``window`` chunks in flight, results in order.

    ``scheduler``: the address of a running scheduler; without it a
    LocalCluster of ``workers`` single-threaded processes is started.
    """

    name = "dask"

    def __init__(self, model: Optional[str] = None, workers: int = 1, scheduler: Optional[str] = None):
        if not dask_available():
            raise EngineError(f"--engine dask needs Dask, which is not installed: {DASK_INSTALL_HINT}")
        self.model, self.workers, self.scheduler = model, max(1, workers), scheduler
        self.client = self.cluster = None

    def start(self) -> None:
        if self.client is not None:
            return
        self.client, self.cluster = connect_dask(self.scheduler, self.workers)
        self.client.register_plugin(_pipeline_plugin(self.model))

    def close(self, cancel: bool = False) -> None:
        close_dask(self.client, self.cluster)
        self.client = self.cluster = None

    def run(self, items: Iterable[Union[Article, InputError]]) -> Iterator[Result]:
        self.start()
        nthreads = sum(self.client.nthreads().values()) or self.workers
        window = max(2, nthreads * WINDOW_PER_WORKER)
        pending: deque = deque()
        chunks = chunked(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, self.client.submit(dask_task, chunk, self.model, pure=False)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except Exception:  # the task failed on every worker it was tried on (e.g. KilledWorker)
                results = self._isolate(chunk)
            yield from results

    def _isolate(self, chunk: Payload) -> list[Result]:
        out = []
        for x in chunk:
            if isinstance(x, Result):
                out.append(x)
                continue
            try:
                out.extend(self.client.submit(dask_task, [x], self.model, pure=False).result())
            except Exception as exc:
                out.append(error_result(x.id, f"{x.id}: failed on the Dask cluster "
                                        f"({type(exc).__name__}: {exc}); skipped it", len(x.text.split())))
        return out


def make_engine(engine: str, model: Optional[str], workers: Optional[int], scheduler: Optional[str],
                announce: bool = True) -> Union[LocalEngine, DaskEngine]:
    n = workers or default_workers()
    if engine == "dask":
        return DaskEngine(model=model, workers=n, scheduler=scheduler)
    return LocalEngine(model=model, workers=n, announce=announce)


__all__ = ["Result", "LocalEngine", "DaskEngine", "EngineError", "make_engine", "process_one", "chunked",
           "dumps_line", "error_result", "get_extractor", "default_workers", "dask_available",
           "DASK_INSTALL_HINT"]
