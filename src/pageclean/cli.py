"""``pageclean`` on the command line: a Unix filter over one page, and a batch tool over many.

    pageclean page.html                      the body
    pageclean --format markdown page.html    title and body as Markdown
    pageclean --json page.html               the whole Page as JSON (one object per line per input)
    pageclean --explain page.txt             each segment with its role, kind and evidence
    curl -s URL | pageclean -                standard input
    pageclean -r pages/ --glob '*.html' --format jsonl --jobs 4 > out.jsonl
    pageclean crawl.warc.gz --format jsonl --timeout 10 > out.jsonl
    pageclean records.jsonl.gz --html-field content --id-field key --format jsonl

Inputs are files, directories (walked recursively; ``--glob`` picks the file names), ``-`` for
standard input, JSON Lines (``.jsonl``, ``.ndjson``, optionally ``.gz``; one record per line) and
WARC archives (``.warc``, ``.warc.gz``; response records; needs the ``warc`` extra). Every input
gives exactly one output record, either the result or the error. Standard output carries only
data; a progress line (only when standard error is a terminal) and the closing summary go to
standard error.

Exit status: 0 all inputs succeeded, 1 at least one input failed (each failure is reported on
stderr and the other inputs are still processed), 2 usage error.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .batch import BatchItem, BatchResult, extract_many
from .model import Page
from .options import Options
from .sources import SourceSpec, count_files, iter_sources

__all__ = ["main"]

#: the command line's default per-document size limit (the library has none)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORMATS = ("text", "markdown", "json", "jsonl")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pageclean",
        description="Split scraped pages (HTML or flattened text) into title, body, source credits and "
                    "typed boilerplate. Prints the body by default.",
        epilog="Exit status: 0 all inputs succeeded, 1 some inputs failed, 2 usage error.",
    )
    ap.add_argument("inputs", nargs="*", metavar="INPUT",
                    help="files, directories, JSONL or WARC files; none or '-' reads standard input")
    out = ap.add_mutually_exclusive_group()
    out.add_argument("--format", choices=FORMATS, default=None,
                     help="text (the body; default), markdown, json (the whole Page per line) or jsonl "
                          "(one compact record per input: id, url, title, body, credits, boilerplate kinds)")
    out.add_argument("--json", action="store_true", help="same as --format json")
    out.add_argument("--explain", action="store_true", help="print every segment with role, kind and evidence")
    ap.add_argument("--input-kind", choices=("auto", "html", "text"), default="auto",
                    help="force the HTML or the text engine (default: sniff each input)")
    ap.add_argument("--input-format", choices=("auto", "file", "jsonl", "warc"), default="auto",
                    help="how to read inputs (default: by extension; standard input is one document)")
    ap.add_argument("--glob", default="*", help="file names to take from directories (default: all)")
    ap.add_argument("-r", "--recursive", action="store_true",
                    help="accepted for familiarity: directories are always walked recursively")
    ap.add_argument("--id-field", default="id", help="JSONL: the record's id field (default: id)")
    field = ap.add_mutually_exclusive_group()
    field.add_argument("--html-field", default=None, help="JSONL: the field holding HTML (default: html)")
    field.add_argument("--text-field", default=None, help="JSONL: the field holding flattened text")
    ap.add_argument("--url-field", default="url", help="JSONL: the record's URL field (default: url)")
    ap.add_argument("--url", default=None, help="the page's URL (single documents)")
    ap.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default: 1)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per document; a document over it is abandoned and reported")
    ap.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help=f"larger documents are reported, not parsed (default: {DEFAULT_MAX_BYTES})")
    ap.add_argument("--keep-order", action="store_true",
                    help="with --jobs > 1, write results in input order (default: as they finish)")
    ap.add_argument("--rules-only", action="store_true",
                    help="leave out the line model's second opinion on body lines (the rules alone)")
    ap.add_argument("--quiet", "-q", action="store_true", help="no progress line and no summary")
    ap.add_argument("--version", action="version", version=f"pageclean {__version__}")
    return ap


def _explain(page: Page, out: TextIO) -> None:
    out.write(f"# input_kind={page.input_kind.value} encoding={page.encoding} ({page.encoding_source}) "
              f"title={page.title!r}\n")
    for seg in page.segments:
        text = seg.text.replace("\n", " ⏎ ")
        if len(text) > 100:
            text = text[:97] + "..."
        out.write(f"{seg.start:>7}-{seg.end:<7} {seg.role.value:<11} {seg.kind.value:<13} {text}\n")
        out.write(f"{'':16}{'':12}evidence: {', '.join(seg.evidence)}\n")


def _render_jsonl(page: Page) -> str:
    return json.dumps(page.to_record(), ensure_ascii=True)


def _render_json(page: Page) -> str:
    return json.dumps(page.to_dict(), ensure_ascii=True)


def _render_text(page: Page) -> str:
    return page.body


def _render_markdown(page: Page) -> str:
    return page.to_markdown()


def _render_explain(page: Page) -> str:
    buf = io.StringIO()
    _explain(page, buf)
    return buf.getvalue()


#: per output format, the function that renders a Page (run in the worker processes)
RENDER = {"jsonl": _render_jsonl, "json": _render_json, "text": _render_text, "markdown": _render_markdown,
          "explain": _render_explain}


def _splice(head: dict[str, object], rendered: str) -> str:
    """``{"id": …, "url": …}`` joined with an already rendered JSON object (no re-encoding)."""
    start = json.dumps(head, ensure_ascii=True)[:-1]
    return start + (", " + rendered[1:] if rendered != "{}" else "}")


def compact_record(res: BatchResult) -> dict[str, object]:
    """The JSONL record of one result: what a pipeline keeps, or the error."""
    rec: dict[str, object] = {"id": res.id, "url": res.url}
    if res.page is None:
        assert res.error is not None
        rec["error"] = res.error.to_dict()
        return rec
    rec.update(res.page.to_record())
    return rec


class _Progress:
    """A progress line (count, rate, errors, and an ETA when the number of documents is known from
    the start) written to ``stream`` when ``enabled`` (the command line enables it only when stderr
    is a terminal)."""

    def __init__(self, enabled: bool, total: int | None = None, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.t0 = time.monotonic()
        self.last = 0.0
        self.done = 0
        self.failed = 0

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.t0, 1e-9)
        count = f"{self.done}/{self.total}" if self.total else f"{self.done}"
        text = f"{count} documents, {rate:.1f}/s, {self.failed} failed"
        if self.total and rate > 0 and self.done < self.total:
            left = (self.total - self.done) / rate
            text += f", ETA {int(left // 60)}:{int(left % 60):02d}"
        return text

    def update(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.25:
            self.last = now
            self.stream.write("\r" + self.line(now) + " ")
            self.stream.flush()

    def summary(self) -> str:
        dt = time.monotonic() - self.t0
        return (f"pageclean: {self.done} documents, {self.done - self.failed} ok, {self.failed} failed "
                f"in {dt:.1f} s ({self.done / max(dt, 1e-9):.1f}/s)")


def _write(res: BatchResult, fmt: str, out: TextIO, first: bool, many: bool) -> None:
    """Write one result; ``res.output`` is the Page already rendered by ``RENDER[fmt]``."""
    if fmt == "jsonl":
        if res.error is not None:
            out.write(json.dumps(compact_record(res), ensure_ascii=True) + "\n")
        else:
            out.write(_splice({"id": res.id, "url": res.url}, res.output) + "\n")
        return
    if fmt == "json":
        if res.error is not None:
            out.write(json.dumps({"path": res.id, "id": res.id, "error": res.error.type,
                                  "message": res.error.message}) + "\n")
        else:
            out.write(_splice({"path": res.id, "id": res.id}, res.output) + "\n")
        return
    if res.error is not None:
        return
    if many:
        out.write(f"{'' if first else chr(10)}==> {res.id} <==\n")
    text = res.output
    if text:
        out.write(text if text.endswith("\n") else text + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        ap.error("--timeout must be positive")
    if args.max_bytes <= 0:
        ap.error("--max-bytes must be positive")
    fmt = "json" if args.json else (args.format or "text")
    input_kind = "text" if args.text_field else args.input_kind
    options = Options(input_kind=input_kind, line_model=not args.rules_only)
    spec = SourceSpec(input_format=args.input_format, glob=args.glob, id_field=args.id_field,
                      content_field=args.text_field or args.html_field, url_field=args.url_field,
                      max_bytes=args.max_bytes)
    inputs = args.inputs or ["-"]
    single = len(inputs) == 1 and (inputs[0] == "-" or os.path.isfile(inputs[0])) and \
        spec.input_format in ("auto", "file") and not inputs[0].lower().endswith((".jsonl", ".ndjson", ".jsonl.gz",
                                                                                 ".ndjson.gz", ".warc", ".warc.gz"))
    sources = iter_sources(inputs, spec, sys.stdin.buffer)
    if args.url and single:
        sources = (_with_url(item, args.url) for item in sources)
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty(),
                         total=count_files(inputs, spec) if sys.stderr.isatty() else None)
    out = sys.stdout
    first = True
    try:
        results = extract_many(sources, jobs=args.jobs, timeout=args.timeout, max_bytes=args.max_bytes,
                               ordered=args.keep_order or args.jobs == 1, options=options,
                               postprocess=RENDER["explain" if args.explain else fmt])
        for res in results:
            progress.update(res.ok)
            if res.error is not None:
                sys.stderr.write(("\r" if progress.enabled else "")
                                 + f"pageclean: {res.id}: {res.error.message}\n")
            _write(res, fmt, out, first, many=not single)
            first = False
        out.flush()
    except BrokenPipeError:
        # the reader went away (`pageclean … | head`): stop quietly, as Unix filters do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1 if progress.failed else 0
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    if progress.enabled:
        sys.stderr.write("\r")
    if not args.quiet and not (single and progress.done == 1):
        sys.stderr.write(progress.summary() + "\n")
    return 1 if progress.failed else 0


def _with_url(item: BatchItem | BatchResult, url: str) -> BatchItem | BatchResult:
    if isinstance(item, BatchItem) and item.url is None:
        return BatchItem(item.id, item.source, url, item.headers)
    return item


if __name__ == "__main__":
    raise SystemExit(main())
