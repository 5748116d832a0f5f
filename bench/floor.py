"""How fast could an lxml-based extractor be? The floor under pageclean's speed, in one run.

    python -m bench.floor [--pages 300]

On the first N devset pages (bytes read before the clock), one process, in turn: a bare
``lxml.html.document_fromstring``; the same parse plus one ``etree.iterwalk`` reading every
element's text and tail; ``pageclean.extract``; ``trafilatura.extract``. Prints pages/s and
milliseconds per page for each.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import devset, raw_html


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args()
    import lxml.etree as etree
    import lxml.html
    import trafilatura

    import pageclean

    pages = [raw_html("devset", p.id) for p in list(devset())[: args.pages]]

    def parse(data: bytes) -> Any:
        return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(remove_comments=True))

    def walk(data: bytes) -> int:
        n = 0
        for event, el in etree.iterwalk(parse(data), events=("start", "end")):
            t = el.text if event == "start" else el.tail
            if t:
                n += len(t)
        return n

    def pc(data: bytes) -> None:
        with contextlib.suppress(pageclean.PagecleanError):
            pageclean.extract(data)

    runs: dict[str, Callable[[bytes], Any]] = {"lxml parse": parse, "parse + iterwalk": walk, "pageclean": pc,
                                               "trafilatura": trafilatura.extract}
    for name, fn in runs.items():
        fn(pages[0])
        t0 = time.perf_counter()
        for data in pages:
            fn(data)
        dt = time.perf_counter() - t0
        print(f"{name:18s} {len(pages) / dt:7.1f} pages/s  {1000 * dt / len(pages):6.2f} ms/page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
