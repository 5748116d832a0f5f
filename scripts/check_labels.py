"""Check hand-written fixture labels against the page text they were copied from.

    python scripts/check_labels.py                  # every fixture
    python scripts/check_labels.py CASE [CASE ...]  # some (folder names under fixtures/pages/)

It reads the html-text rendering (``bench.datasets.flatten``) or the case's input file (for a case
checked in HTML mode only, pageclean's rendering of the HTML: ``Page.text``, never the decisions):
it checks that every label string is there verbatim, that kinds and fields
are valid, that boilerplate labels come in page order and that agency sources are canonical names
of ``src/pageclean/data/agencies.json`` (unknown agencies are listed so the gazetteer can grow).
Exit status 1 when a fixture has a problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.fixtures import load_fixtures  # noqa: E402

CREDIT_KINDS = {"agency", "dateline", "contributors", "byline", "copyright"}
BOILERPLATE_KINDS = {"weather", "share", "navigation", "cookie", "newsletter", "related", "advertisement",
                     "tags", "comments", "legal", "market_ticker", "login_paywall", "page_meta", "caption",
                     "other"}
AGENCY_KINDS = {"agency", "dateline", "copyright"}


def _agencies() -> set[str]:
    data = json.loads((ROOT / "src" / "pageclean" / "data" / "agencies.json").read_text(encoding="utf-8"))
    entries = data["agencies"] if isinstance(data, dict) else data
    return {e["canonical"] for e in entries}


def problems(fx, agencies: set[str]) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    exp = fx.expected
    errs: list[str] = []
    unknown: list[str] = []
    spec = exp.get("input", {})
    if not ({"dataset", "id"} <= spec.keys() or "file" in spec):
        errs.append("input needs dataset+id or file")
        return errs, unknown
    if spec.get("modes") == ["html"]:
        # labels in the HTML rendering's words (Page.text; the renderer only, whitespace collapsed)
        import re

        import pageclean
        page = pageclean.extract(fx.input_bytes(), options=pageclean.Options(input_kind="html"))
        text = re.sub(r"\s+", " ", page.text)
    elif "file" in spec and spec["file"].endswith((".html", ".htm")):
        import html_text  # the labeller's view of a small written page
        text = html_text.extract_text(fx.input_bytes().decode("utf-8"), guess_layout=True)
    else:
        text = fx.input_text()

    def need(s: object, what: str) -> None:
        if not isinstance(s, str) or not s:
            errs.append(f"{what}: not a non-empty string: {s!r}")
        elif "\n" in s:
            errs.append(f"{what}: spans a line break: {s[:60]!r}")
        elif s not in text:
            errs.append(f"{what}: not in the page text verbatim: {s[:80]!r}")

    if exp.get("title") is not None:
        need(exp["title"], "title")
    body = exp.get("body", {})
    if not body.get("none"):
        for key in ("first", "last"):
            need(body.get(key), f"body.{key}")
    first, last = body.get("first"), body.get("last")
    if (not body.get("none") and isinstance(first, str) and isinstance(last, str) and first in text
            and last in text and text.find(first) > text.rfind(last)):
        errs.append("body.first comes after body.last")
    for key in ("contains", "excludes", "headings"):
        for i, s in enumerate(body.get(key, [])):
            need(s, f"body.{key}[{i}]")
    for i, c in enumerate(exp.get("credits", [])):
        if c.get("kind") not in CREDIT_KINDS:
            errs.append(f"credits[{i}]: bad kind {c.get('kind')!r}")
        need(c.get("text"), f"credits[{i}].text")
        if not c.get("source"):
            errs.append(f"credits[{i}]: no source")
        elif c.get("kind") in AGENCY_KINDS and c["source"] not in agencies:
            unknown.append(c["source"])
    cursor = 0
    for i, b in enumerate(exp.get("boilerplate", [])):
        if b.get("kind") not in BOILERPLATE_KINDS:
            errs.append(f"boilerplate[{i}]: bad kind {b.get('kind')!r}")
        need(b.get("first"), f"boilerplate[{i}].first")
        need(b.get("last"), f"boilerplate[{i}].last")
        if isinstance(b.get("first"), str) and b["first"] in text:
            pos = text.find(b["first"], cursor)
            if pos < 0:
                errs.append(f"boilerplate[{i}]: {b['first'][:40]!r} not found after the previous label (page order)")
            else:
                end = text.find(b.get("last") or "", pos)
                if end < 0:
                    errs.append(f"boilerplate[{i}]: last {b.get('last', '')[:40]!r} not after its first")
                cursor = pos + 1 if end < 0 else end + len(b.get("last") or "")
    if not exp.get("language"):
        errs.append("no language")
    return errs, unknown


def main(argv: list[str]) -> int:
    agencies = _agencies()
    wanted = set(argv)
    bad = 0
    for fx in load_fixtures():
        if wanted and fx.name not in wanted:
            continue
        errs, unknown = problems(fx, agencies)
        if errs:
            bad += 1
            print(f"{fx.name}: {len(errs)} problem(s)")
            for e in errs:
                print(f"  - {e}")
        else:
            print(f"{fx.name}: ok")
        if unknown:
            print(f"  note: sources not in agencies.json (add them or use the canonical name): {sorted(set(unknown))}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
