"""Titles and authors on WCXB (issue #4): pageclean against trafilatura's metadata, in one run.

    python -m bench.meta [--limit N]

For every wcxb-dev page with a ground-truth ``title`` / ``author``:

- title: exact match after whitespace folding (and again with typographic quotes made ASCII, as
  the ground truth writes them); pageclean's ``Page.title`` (a line of the page)
  and, for reference, its ``Page.metadata.title`` (the page's own claim); trafilatura's
  ``extract_metadata(...).title``;
- author: found when one of the ground truth's names (split on commas, ``&``, ``and``) equals,
  ignoring case, a name pageclean credits (byline/contributors credit sources), or, second
  figure, a credit or a ``metadata.authors`` name; trafilatura's ``extract_metadata(...).author``
  split the same way.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import raw_html, wcxb

_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\|)\s*", re.IGNORECASE)


def _fold(s: str | None) -> str:
    return " ".join((s or "").split())


#: typographic quotes and apostrophes as the ground truth writes them (ASCII)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _fold_quotes(s: str | None) -> str:
    """_fold, and typographic quotes made ASCII: the ground truth writes "FDA's" where the page
    shows "FDA’s"; pageclean's title is the page's own text, so this is counted apart."""
    return _fold(s).translate(_QUOTES)


def names(s: str | None) -> set[str]:
    return {n.casefold() for n in (_fold(x) for x in _SPLIT.split(s or "")) if len(n) >= 3}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    import trafilatura

    import pageclean

    pages = list(wcxb())[: args.limit]
    n_title = n_author = 0
    pc_title = pc_meta_title = tr_title = 0
    pc_title_q = tr_title_q = 0
    pc_author = pc_author_meta = tr_author = 0
    t_pc = t_tr = 0.0
    for rec in pages:
        data = raw_html("wcxb-dev", rec.id)
        t0 = time.perf_counter()
        try:
            page = pageclean.extract(data)
        except pageclean.PagecleanError:
            page = None
        t1 = time.perf_counter()
        meta = trafilatura.extract_metadata(data.decode("utf-8", "replace"))
        t2 = time.perf_counter()
        t_pc, t_tr = t_pc + t1 - t0, t_tr + t2 - t1
        if rec.title:
            n_title += 1
            want = _fold(rec.title)
            pc_title += page is not None and _fold(page.title) == want
            pc_meta_title += page is not None and _fold(page.metadata.title) == want
            tr_title += meta is not None and _fold(meta.title) == want
            pc_title_q += page is not None and _fold_quotes(page.title) == _fold_quotes(rec.title)
            tr_title_q += meta is not None and _fold_quotes(meta.title) == _fold_quotes(rec.title)
        if rec.author:
            n_author += 1
            want_names = names(rec.author)
            credited: set[str] = set()
            claimed: set[str] = set()
            if page is not None:
                for c in page.credits:
                    if c.kind.value in ("byline", "contributors") and c.source:
                        credited |= names(c.source)
                for a in page.metadata.authors:
                    claimed |= names(a)
            pc_author += bool(want_names & credited)
            pc_author_meta += bool(want_names & (credited | claimed))
            tr_author += meta is not None and bool(want_names & names(meta.author))
    print(f"wcxb-dev: {len(pages)} pages, {n_title} with a title, {n_author} with an author")
    print(f"title exact   pageclean Page.title {pc_title / n_title:.3f}   pageclean metadata.title "
          f"{pc_meta_title / n_title:.3f}   trafilatura {tr_title / n_title:.3f}")
    print(f"title, quotes folded   pageclean Page.title {pc_title_q / n_title:.3f}   trafilatura "
          f"{tr_title_q / n_title:.3f}")
    print(f"author found  pageclean credits {pc_author / n_author:.3f}   credits+metadata "
          f"{pc_author_meta / n_author:.3f}   trafilatura {tr_author / n_author:.3f}")
    print(f"(time: pageclean extract {t_pc:.1f}s, trafilatura extract_metadata {t_tr:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
