"""Many documents: :func:`extract_many`, safe for millions of records.

One result per input, always, in input order by default: either the :class:`~pageclean.Page` or a
typed error (:class:`BatchError`). With ``jobs > 1`` (or a ``timeout``) documents are extracted in
worker processes: a document that overruns its timeout is abandoned (its worker is killed and
replaced) and reported as ``ExtractTimeoutError``; a worker that dies is replaced and its document
reported as ``WorkerCrashedError``; the batch goes on. Inputs are pulled from the iterable only as
workers free up, and workers are replaced after a fixed number of documents, so memory stays flat
however long the stream. No state is shared between documents.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from .api import extract
from .errors import PagecleanError
from .model import Page
from .options import DEFAULT_OPTIONS, Options

__all__ = ["BatchError", "BatchItem", "BatchResult", "extract_many"]

#: a worker process is replaced after this many documents (bounds any slow growth in C libraries)
WORKER_MAX_TASKS = 500


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One input of a batch: an id echoed on its result, the page, and optionally its URL and HTTP
    headers (for the charset)."""

    id: str
    source: str | bytes
    url: str | None = None
    headers: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class BatchError:
    """Why a document has no Page: ``type`` is the pageclean error class name (``DecodeError``,
    ``NotHTMLError``, ``InputTooLargeError``, ``InputTypeError``, ``ExtractTimeoutError``,
    ``WorkerCrashedError``) or ``InternalError`` for a bug in pageclean itself."""

    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True, slots=True)
class BatchResult:
    id: str
    url: str | None
    #: the Page (None on error, or when a ``postprocess`` function turned it into ``output``)
    page: Page | None
    error: BatchError | None
    #: wall time spent on this document (in its worker)
    seconds: float
    #: what ``postprocess(page)`` returned, computed in the worker (None without postprocess)
    output: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _as_item(index: int, src: Any) -> BatchItem | BatchResult:
    if isinstance(src, (BatchItem, BatchResult)):
        return src  # a BatchResult is an input that already failed upstream: passed through
    if isinstance(src, tuple) and 2 <= len(src) <= 3:
        return BatchItem(str(src[0]), src[1], src[2] if len(src) == 3 else None)
    if isinstance(src, Mapping) and ("source" in src or "html" in src or "text" in src):
        body = src.get("source", src.get("html", src.get("text")))
        return BatchItem(str(src.get("id", index)), body, src.get("url"), src.get("headers"))
    return BatchItem(str(index), src)


Postprocess = Callable[[Page], Any]


def _extract_one(item: BatchItem, options: Options, postprocess: Postprocess | None = None
                 ) -> tuple[Page | None, BatchError | None, float, Any]:
    page, error, seconds = _extract_page(item, options)
    if page is None or postprocess is None:
        return page, error, seconds, None
    try:
        return None, None, seconds, postprocess(page)
    except Exception as exc:  # noqa: BLE001 - the caller's function failed: one error record
        return None, BatchError("PostprocessError", f"{type(exc).__name__}: {exc}"), seconds, None


def _extract_page(item: BatchItem, options: Options) -> tuple[Page | None, BatchError | None, float]:
    t0 = time.perf_counter()
    try:
        page = extract(item.source, url=item.url, headers=item.headers, options=options)
        return page, None, time.perf_counter() - t0
    except PagecleanError as exc:
        return None, BatchError(type(exc).__name__, str(exc)), time.perf_counter() - t0
    except RecursionError as exc:  # pragma: no cover - guarded against in the engine
        return None, BatchError("InternalError", f"RecursionError: {exc}"), time.perf_counter() - t0
    except Exception as exc:  # noqa: BLE001 - a bug in pageclean: reported on the record, the batch goes on
        return None, BatchError("InternalError", f"{type(exc).__name__}: {exc}"), time.perf_counter() - t0


def _precheck(item: BatchItem | BatchResult, max_bytes: int | None) -> BatchResult | None:
    """The result of an input that need not reach a worker: one that failed upstream, or too large."""
    if isinstance(item, BatchResult):
        return item
    error = _too_large(item, max_bytes)
    return BatchResult(item.id, item.url, None, error, 0.0) if error is not None else None


def _too_large(item: BatchItem, max_bytes: int | None) -> BatchError | None:
    if max_bytes is None or not isinstance(item.source, (str, bytes)):
        return None
    size = len(item.source) if isinstance(item.source, bytes) else len(item.source.encode("utf-8", "replace"))
    if size > max_bytes:
        return BatchError("InputTooLargeError", f"input is {size} bytes, over max_bytes={max_bytes}")
    return None


def _worker_main(conn: Connection, options: Options, postprocess: Postprocess | None) -> None:
    """A worker process: extract what the parent sends until it sends None or goes away."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, item = task
        page, error, seconds, output = _extract_one(item, options, postprocess)
        try:
            conn.send((seq, page, error, seconds, output))
        except Exception as exc:  # noqa: BLE001 - e.g. a result that does not pickle: still one record
            conn.send((seq, None, BatchError("InternalError", f"result not sendable: {exc}"), seconds, None))


class _Worker:
    def __init__(self, ctx: Any, options: Options, postprocess: Postprocess | None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, options, postprocess), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple[int, BatchItem] | None = None
        self.deadline: float | None = None
        self.started = 0.0
        self.done = 0

    def send(self, seq: int, item: BatchItem, timeout: float | None) -> None:
        self.task = (seq, item)
        self.started = time.monotonic()
        self.deadline = self.started + timeout if timeout is not None else None
        self.conn.send((seq, item))

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def extract_many(sources: Iterable[Any], *, jobs: int | None = None, timeout: float | None = None,
                 max_bytes: int | None = None, ordered: bool = True, options: Options | None = None,
                 worker_max_tasks: int = WORKER_MAX_TASKS, postprocess: Postprocess | None = None
                 ) -> Iterator[BatchResult]:
    """Extract every document of ``sources``, yielding one :class:`BatchResult` per input.

    ``sources`` yields :class:`BatchItem`, ``(id, source)`` or ``(id, source, url)`` tuples, mappings
    with ``id`` and ``source``/``html``/``text`` (and ``url``, ``headers``), or bare sources (their
    id is their position); a :class:`BatchResult` in the stream (an input that failed upstream) is
    passed through in its place. ``jobs``: worker processes (None or 1: this process, unless a timeout is
    set). ``timeout``: seconds per document, enforced by killing the worker. ``max_bytes``: larger
    inputs are reported without being parsed. ``ordered``: results in input order (else as they
    finish). ``postprocess``: a function applied to each Page in the worker (a module-level
    function, so that it can reach spawned workers); its return value is the result's ``output``
    and the Page itself is not sent back (cheaper when only, say, a JSON line is needed).
    """
    opts = options if options is not None else DEFAULT_OPTIONS
    if max_bytes is not None:
        opts = replace(opts, max_bytes=max_bytes)
    n_jobs = 1 if jobs is None else int(jobs)
    if n_jobs < 1:
        raise ValueError("jobs must be at least 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive")
    items = (_as_item(i, src) for i, src in enumerate(sources))
    if n_jobs == 1 and timeout is None:
        for item in items:
            early = _precheck(item, opts.max_bytes)
            if early is not None:
                yield early
                continue
            assert isinstance(item, BatchItem)
            page, error, seconds, output = _extract_one(item, opts, postprocess)
            yield BatchResult(item.id, item.url, page, error, seconds, output)
        return
    yield from _pooled(items, n_jobs, timeout, opts, ordered, worker_max_tasks, postprocess)


def _pooled(items: Iterator[BatchItem | BatchResult], n_jobs: int, timeout: float | None, opts: Options, ordered: bool,
            worker_max_tasks: int, postprocess: Postprocess | None) -> Iterator[BatchResult]:
    # fork where the platform has it (Linux): no main-module guard needed in user scripts, fast
    # worker start; elsewhere spawn (the workers import only pageclean)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn")
    workers = [_Worker(ctx, opts, postprocess) for _ in range(n_jobs)]
    pending: dict[int, BatchResult] = {}  # finished, waiting for their turn (ordered mode)
    next_out = 0
    seq = 0
    exhausted = False
    try:
        while True:
            # hand work to idle workers
            for k, w in enumerate(workers):
                while w.task is None and not exhausted:
                    try:
                        item = next(items)
                    except StopIteration:
                        exhausted = True
                        break
                    early = _precheck(item, opts.max_bytes)
                    if early is not None:
                        pending[seq] = early
                        seq += 1
                        continue
                    assert isinstance(item, BatchItem)
                    if w.done >= worker_max_tasks or not w.proc.is_alive():
                        w.stop()
                        w = workers[k] = _Worker(ctx, opts, postprocess)
                    w.send(seq, item, timeout)
                    seq += 1
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if exhausted:
                    break
                continue
            now = time.monotonic()
            deadlines = [w.deadline for w in busy if w.deadline is not None]
            wait_for = max(0.0, min(deadlines) - now) if deadlines else None
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for k, w in enumerate(workers):
                if w.task is None:
                    continue
                task_seq, item = w.task
                failure: BatchError | None = None
                if w.conn in ready:
                    try:
                        got_seq, page, error, seconds, output = w.conn.recv()
                    except (EOFError, OSError):
                        failure = BatchError("WorkerCrashedError", f"worker process died (exit code {w.proc.exitcode})")
                    else:
                        w.task, w.deadline = None, None
                        w.done += 1
                        pending[got_seq] = BatchResult(item.id, item.url, page, error, seconds, output)
                elif w.deadline is not None and time.monotonic() >= w.deadline:
                    failure = BatchError("ExtractTimeoutError", f"no result within {timeout} s; abandoned")
                if failure is not None:  # the document is reported; its worker is replaced
                    w.kill()
                    workers[k] = _Worker(ctx, opts, postprocess)
                    pending[task_seq] = BatchResult(item.id, item.url, None, failure, time.monotonic() - w.started)
            if ordered:
                while next_out in pending:
                    yield pending.pop(next_out)
                    next_out += 1
            else:
                for key in sorted(pending):
                    yield pending.pop(key)
        for key in sorted(pending):  # anything left (ordered mode, all finished)
            yield pending.pop(key)
    finally:
        for w in workers:
            if w.task is not None:
                w.kill()
            else:
                w.stop()
