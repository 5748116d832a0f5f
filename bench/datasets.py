"""Read the shared development sets and flatten their pages to text.

The sets live in ``../shared/data`` beside the repository (read-only, never copied here).
``flatten`` is the one fixed HTML-to-text rendering used to make the flattened-text fixtures
and the text-engine benchmark: html-text with ``guess_layout=True`` over lxml's parse of the
page (bytes that are valid UTF-8 decoded as UTF-8, other bytes left to lxml, which honours a
``<meta charset>`` near the top). It must not use pageclean, so that a
fixture's input never depends on the engine it checks.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DATA_DIR", "DevPage", "WcxbPage", "devset", "flatten", "flatten_page", "raw_html", "wcxb"]

DATA_DIR = Path(os.environ.get("PAGECLEAN_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data"))


@dataclass(frozen=True, slots=True)
class DevPage:
    id: str
    url: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WcxbPage:
    id: str
    url: str
    page_type: str
    title: str | None
    author: str | None
    main_content: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


def devset() -> Iterator[DevPage]:
    with open(DATA_DIR / "devset" / "devset.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield DevPage(rec["id"], rec.get("url", ""), tuple(rec.get("with", ())), tuple(rec.get("without", ())))


def wcxb() -> Iterator[WcxbPage]:
    gt_dir = DATA_DIR / "wcxb-dev" / "dev" / "ground-truth"
    for path in sorted(gt_dir.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        gt = rec["ground_truth"]
        yield WcxbPage(
            id=path.stem,
            url=rec.get("url", ""),
            page_type=rec["_internal"]["page_type"]["primary"],
            title=gt.get("title") or None,
            author=gt.get("author") or None,
            main_content=gt.get("main_content") or "",
            with_=tuple(gt.get("with") or ()),
            without=tuple(gt.get("without") or ()),
        )


def raw_html(dataset: str, page_id: str) -> bytes:
    """The raw bytes of one page of ``devset`` or ``wcxb-dev``."""
    if dataset == "devset":
        path = DATA_DIR / "devset" / "pages" / f"{page_id}.html.gz"
    elif dataset == "wcxb-dev":
        path = DATA_DIR / "wcxb-dev" / "dev" / "html" / f"{page_id}.html.gz"
    else:
        raise ValueError(f"unknown dataset {dataset!r}")
    with gzip.open(path) as fh:
        return fh.read()


def flatten(html: bytes) -> str:
    """Render raw HTML bytes to flattened text the way a scraper would (html-text)."""
    import html_text  # a benchmark/test dependency only
    import lxml.html

    # bytes that are valid UTF-8 are read as UTF-8 (lxml alone honours a <meta charset> only near
    # the top of the page and misreads UTF-8 pages that declare it late); others go to lxml as bytes
    markup: str | bytes = html
    with contextlib.suppress(UnicodeDecodeError):
        markup = html.decode("utf-8")
    if isinstance(markup, str) and markup.lstrip().startswith("<?xml"):
        markup = markup[markup.find("?>") + 2:]  # lxml refuses an encoding declaration in a str
    try:
        tree = lxml.html.fromstring(markup)
    except Exception:  # noqa: BLE001 - an unparsable page flattens to nothing
        return ""
    return str(html_text.extract_text(tree, guess_layout=True))


def flatten_page(dataset: str, page_id: str) -> str:
    return flatten(raw_html(dataset, page_id))
