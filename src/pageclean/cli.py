"""``pageclean`` on the command line: a Unix filter over files or standard input.

    pageclean page.html                 the body
    pageclean --json page.html          the whole Page as JSON (one object per line per input)
    pageclean --explain page.txt        each segment with its role, kind and evidence
    curl -s URL | pageclean -           standard input

Exit status: 0 all inputs succeeded, 1 at least one input failed (each failure is reported on
stderr and the other inputs are still processed), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from . import __version__
from .api import extract
from .errors import PagecleanError
from .model import Page
from .options import Options

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pageclean",
        description="Split scraped pages (HTML or flattened text) into title, body, source credits and "
                    "typed boilerplate. Prints the body by default.",
    )
    ap.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the whole Page as JSON, one line per input")
    mode.add_argument("--explain", action="store_true", help="print every segment with role, kind and evidence")
    ap.add_argument("--input-kind", choices=("auto", "html", "text"), default="auto",
                    help="force the HTML or the text engine (default: sniff)")
    ap.add_argument("--url", default=None, help="the page's URL, recorded on the Page")
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


def _read(name: str, stdin: BinaryIO) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as fh:
        return fh.read()


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    options = Options(input_kind=args.input_kind)
    files = args.files or ["-"]
    out = sys.stdout
    failed = 0
    many = len(files) > 1
    try:
        for n, name in enumerate(files):
            try:
                page = extract(_read(name, sys.stdin.buffer), url=args.url, options=options)
            except (OSError, PagecleanError) as exc:
                failed += 1
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                sys.stderr.write(f"pageclean: {name}: {reason}\n")
                if args.json:
                    out.write(json.dumps({"path": name, "error": type(exc).__name__, "message": reason}) + "\n")
                continue
            if args.json:
                record = page.to_dict()
                record["path"] = name
                out.write(json.dumps(record, ensure_ascii=True) + "\n")
            elif args.explain:
                if many:
                    out.write(f"{'' if n == 0 else chr(10)}==> {name} <==\n")
                _explain(page, out)
            else:
                if many:
                    out.write(f"{'' if n == 0 else chr(10)}==> {name} <==\n")
                if page.body:
                    out.write(page.body + "\n")
        out.flush()
    except BrokenPipeError:
        # the reader went away (`pageclean … | head`): stop quietly, as Unix filters do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1 if failed else 0
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
