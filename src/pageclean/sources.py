"""Read batch inputs for the command line: files, directories, JSON Lines and WARC archives.

``iter_sources`` turns command-line inputs into a stream of :class:`~pageclean.BatchItem` (a
document to extract) and :class:`~pageclean.BatchResult` (an input that failed before extraction:
a corrupt gzip stream, a JSONL line that is not JSON, a WARC response that is not HTML, an
unreadable file). Every input yields at least one of them, so a batch never loses a record.

WARC support uses warcio (the ``warc`` extra): a pure-Python wheel that installs everywhere and
tolerates the usual defects of real crawls; fastwarc is faster at parsing, but it is a compiled
extension, and parsing is a small share of the time next to extraction (see README).
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .batch import BatchError, BatchItem, BatchResult

__all__ = ["SourceSpec", "count_files", "iter_sources"]

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """How to read the inputs (the command line's reading options)."""

    #: ``auto`` (by file extension), ``file`` (one document per file), ``jsonl`` or ``warc``
    input_format: str = "auto"
    #: for directories: file names to take (fnmatch pattern)
    glob: str = "*"
    id_field: str = "id"
    #: the JSONL field holding the page (HTML or text); None: ``html``, else ``text``
    content_field: str | None = None
    url_field: str = "url"
    #: a document over this many bytes (decompressed) is reported without being read whole
    max_bytes: int | None = None


def _failed(doc_id: str, kind: str, message: str, url: str | None = None) -> BatchResult:
    return BatchResult(doc_id, url, None, BatchError(kind, message), 0.0)


def _format_of(name: str, spec: SourceSpec) -> str:
    if spec.input_format != "auto":
        return spec.input_format
    low = name.lower()
    if low.endswith(_JSONL):
        return "jsonl"
    if low.endswith(_WARC):
        return "warc"
    return "file"


def _walk(root: str, pattern: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and fnmatch.fnmatch(name, pattern):
                yield os.path.join(dirpath, name)


def count_files(inputs: Sequence[str], spec: SourceSpec) -> int | None:
    """The number of documents when every input is a plain file or a folder of them, else None."""
    n = 0
    for name in inputs or ["-"]:
        paths = list(_walk(name, spec.glob)) if name != "-" and os.path.isdir(name) else [name]
        for path in paths:
            if path == "-" or _format_of(path, spec) != "file":
                return None
            n += 1
    return n


def iter_sources(inputs: Sequence[str], spec: SourceSpec, stdin: IO[bytes]) -> Iterator[BatchItem | BatchResult]:
    for name in inputs or ["-"]:
        if name != "-" and os.path.isdir(name):
            for path in _walk(name, spec.glob):
                yield from _one_input(path, spec, stdin)
        else:
            yield from _one_input(name, spec, stdin)


def _one_input(name: str, spec: SourceSpec, stdin: IO[bytes]) -> Iterator[BatchItem | BatchResult]:
    fmt = _format_of(name, spec)
    try:
        if fmt == "jsonl":
            yield from _jsonl(name, spec, stdin)
        elif fmt == "warc":
            yield from _warc(name, stdin)
        else:
            yield _document(name, stdin, spec.max_bytes)
    except OSError as exc:
        yield _failed(name, "ReadError", exc.strerror or str(exc))


def _open(name: str, stdin: IO[bytes]) -> IO[bytes]:
    if name == "-":
        return stdin
    return open(name, "rb")


def _document(name: str, stdin: IO[bytes], max_bytes: int | None = None) -> BatchItem | BatchResult:
    """One file (or stdin) as one document, gunzipped if need be; never more than ``max_bytes`` + 1
    bytes are read or decompressed (a 5 GB file or a gzip bomb costs no memory)."""
    limit = -1 if max_bytes is None else max_bytes + 1

    def too_large() -> BatchResult:
        return _failed(name, "InputTooLargeError", f"input is over max_bytes={max_bytes}")

    with _open(name, stdin) as fh:
        head = fh.read(2)
        if head == b"\x1f\x8b" or (name.lower().endswith(".gz") and head):
            try:
                if fh.seekable():
                    fh.seek(0)
                    src: IO[bytes] = fh
                else:
                    src = io.BytesIO(head + fh.read())
                with gzip.GzipFile(fileobj=src) as gz:
                    data = gz.read(limit)
            except (OSError, EOFError, zlib.error) as exc:
                return _failed(name, "DecodeError", f"corrupt gzip stream: {exc}")
        else:
            data = head + fh.read(limit - 2 if limit > 0 else -1)
    if max_bytes is not None and len(data) > max_bytes:
        return too_large()
    return BatchItem(name, data)


def _jsonl(name: str, spec: SourceSpec, stdin: IO[bytes]) -> Iterator[BatchItem | BatchResult]:
    field = spec.content_field or "html"
    raw = _open(name, stdin)
    stream: IO[bytes] = gzip.open(raw) if name.lower().endswith(".gz") else raw  # type: ignore[assignment]  # noqa: SIM115
    lineno = 0
    with raw, stream:
        try:
            for lineno, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                yield _record(name, lineno, line, field, spec)
        except (OSError, EOFError, zlib.error) as exc:
            yield _failed(f"{name}:{lineno + 1}", "DecodeError", f"corrupt input stream after line {lineno}: {exc}")


def _record(name: str, lineno: int, line: bytes, field: str, spec: SourceSpec) -> BatchItem | BatchResult:
    where = f"{name}:{lineno}"
    try:
        rec = json.loads(line)
    except UnicodeDecodeError:
        return _failed(where, "DecodeError", "line is not valid UTF-8 JSON")
    except ValueError as exc:
        return _failed(where, "JSONError", f"line is not JSON: {exc}")
    if not isinstance(rec, dict):
        return _failed(where, "JSONError", "line is not a JSON object")
    doc_id = str(rec.get(spec.id_field, where))
    url = rec.get(spec.url_field)
    url = url if isinstance(url, str) else None
    content = rec.get(field)
    if not isinstance(content, str):
        return _failed(doc_id, "JSONError", f"no string field {field!r}", url)
    return BatchItem(doc_id, content, url)


def _warc(name: str, stdin: IO[bytes]) -> Iterator[BatchItem | BatchResult]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        yield _failed(name, "MissingDependency", "reading WARC needs warcio: pip install 'pageclean[warc]'")
        return
    n = 0
    with _open(name, stdin) as fh:
        stream: IO[bytes] = fh if fh.seekable() else io.BytesIO(fh.read())
        try:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue  # requests, metadata, warcinfo: not documents
                n += 1
                yield _warc_record(name, n, record)
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on a corrupt archive
            yield _failed(f"{name}#{n + 1}", "DecodeError", f"corrupt WARC after record {n}: {exc}")


def _warc_record(name: str, n: int, record: Any) -> BatchItem | BatchResult:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    doc_id = headers.get_header("WARC-Record-ID") or f"{name}#{n}"
    ctype = ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        ctype = record.http_headers.get_header("Content-Type") or ""
        if status and not status.startswith("2"):
            return _failed(doc_id, "NotHTMLError", f"HTTP status {status}", url)
    elif record.rec_type == "resource":
        ctype = headers.get_header("Content-Type") or ""
    if ctype and not ctype.split(";")[0].strip().lower().startswith(_HTML_TYPES):
        return _failed(doc_id, "NotHTMLError", f"content type {ctype.split(';')[0].strip()}", url)
    body = record.content_stream().read()
    return BatchItem(doc_id, body, url, {"Content-Type": ctype} if ctype else None)
