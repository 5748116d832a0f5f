"""Load the golden fixtures and check a Page against their labels.

Used by ``tests/test_fixtures.py`` (one test per fixture, mode and aspect), ``bench/kinds.py``
(per-kind precision/recall) and ``python -m bench.fixtures`` (a table of what passes).
Labels follow ``docs/labelling.md``.

A fixture is checked in one or two *modes*:

- ``text``: the page flattened with html-text (``bench.datasets.flatten``) or its ``input.txt``,
  given to ``extract(..., input_kind="text")``; strings are compared verbatim;
- ``html``: the raw page bytes (or ``input.html``) given to ``extract`` as HTML. pageclean renders
  the HTML itself, so line breaks and spacing can differ from html-text's rendering the labels were
  copied from: in this mode strings are compared with every run of whitespace collapsed to one space.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import flatten_page, raw_html

__all__ = ["ASPECTS", "MODES", "Fixture", "LabelSpan", "check", "extract_for", "label_spans", "load_fixtures"]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
ASPECTS = ("title", "body-start", "body-end", "body-contains", "body-excludes", "headings", "credits",
           "boilerplate")
MODES = ("text", "html")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Fixture:
    name: str
    path: Path
    expected: dict[str, Any]

    @property
    def modes(self) -> tuple[str, ...]:
        spec = self.expected["input"]
        if "modes" in spec:  # labels copied from one rendering that the other cannot show (ruby readings)
            return tuple(m for m in MODES if m in spec["modes"])
        if "file" in spec:
            return ("html",) if spec["file"].endswith((".html", ".htm")) else ("text",)
        return MODES

    def input_text(self) -> str:
        """The flattened text of the page (text mode)."""
        spec = self.expected["input"]
        if "file" in spec:
            return (self.path / spec["file"]).read_text(encoding="utf-8")
        return flatten_page(spec["dataset"], spec["id"])

    def input_bytes(self) -> bytes:
        """The raw HTML bytes of the page (html mode)."""
        spec = self.expected["input"]
        if "file" in spec:
            return (self.path / spec["file"]).read_bytes()
        return raw_html(spec["dataset"], spec["id"])


def load_fixtures() -> list[Fixture]:
    out = []
    for exp in sorted(FIXTURES.glob("*/expected.json")):
        out.append(Fixture(exp.parent.name, exp.parent, json.loads(exp.read_text(encoding="utf-8"))))
    return out


def extract_for(fx: Fixture, mode: str) -> Any:
    import pageclean

    if mode == "text":
        return pageclean.extract(fx.input_text(), options=pageclean.Options(input_kind="text"))
    return pageclean.extract(fx.input_bytes(), options=pageclean.Options(input_kind="html"))


class _View:
    """A page's text as compared in one mode, with a map back to the page's own offsets."""

    def __init__(self, text: str, mode: str) -> None:
        if mode == "text":
            self.text, self.offsets = text, None
            return
        out: list[str] = []
        offsets: list[int] = []
        for m in re.finditer(r"\S+", text):
            if out:
                out.append(" ")
                offsets.append(m.start() - 1)
            out.append(m.group())
            offsets.extend(range(m.start(), m.end()))
        self.text = "".join(out)
        self.offsets = offsets

    def orig(self, i: int) -> int:
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return (self.offsets[-1] + 1) if self.offsets else 0
        return self.offsets[i]


def norm(s: str | None, mode: str) -> str | None:
    if s is None or mode == "text":
        return s
    return _WS.sub(" ", s).strip()


@dataclass(frozen=True)
class LabelSpan:
    label: dict[str, Any]
    start: int  # offsets in Page.text
    end: int


def label_spans(page_text: str, labels: list[dict[str, Any]], mode: str) -> Iterator[LabelSpan]:
    """Locate each boilerplate label: its ``first`` (searched from the previous label on), to the
    first ``last`` after it. Labels not found in the page's text are skipped."""
    view = _View(page_text, mode)
    text = view.text
    cursor = 0
    for label in labels:
        first, last = norm(label["first"], mode) or "", norm(label["last"], mode) or ""
        start = text.find(first, cursor)
        if start < 0:
            start = text.find(first)
        if start < 0:
            continue
        end = text.find(last, start)
        end = start + len(first) if end < 0 else end + len(last)
        cursor = end
        yield LabelSpan(label, view.orig(start), view.orig(end - 1) + 1)


def check(fx: Fixture, page: Any, aspect: str, mode: str = "text") -> tuple[bool, str]:
    """(passed, explanation) for one aspect of one fixture in one mode."""
    exp = fx.expected
    body = norm(page.body, mode) or ""
    if aspect == "title":
        ok = norm(page.title, mode) == norm(exp.get("title"), mode)
        return ok, f"title {page.title!r} != {exp.get('title')!r}"
    b = exp["body"]
    if b.get("none"):  # a page without any article: the body must be empty
        if aspect in ("body-start", "body-end"):
            return not body, f"body should be empty, starts {body[:80]!r}"
        if aspect in ("body-contains", "headings"):
            return True, ""
    if aspect == "body-start":
        want = norm(b["first"], mode) or ""
        return body.startswith(want), f"body starts {body[:80]!r}, want {want!r}"
    if aspect == "body-end":
        want = norm(b["last"], mode) or ""
        return body.endswith(want), f"body ends {body[-80:]!r}, want {want!r}"
    if aspect == "body-contains":
        missing = [s for s in b.get("contains", []) if (norm(s, mode) or "") not in body]
        return not missing, f"missing from body: {missing}"
    if aspect == "body-excludes":
        present = [s for s in b.get("excludes", []) if (norm(s, mode) or "") in body]
        return not present, f"should not be in body: {present}"
    if aspect == "headings":
        headings = {norm(blk.text, mode) for blk in page.blocks if blk.kind.value == "heading"}
        missing = [h for h in b.get("headings", []) if norm(h, mode) not in headings]
        return not missing, f"not heading blocks: {missing}"
    if aspect == "credits":
        want = sorted((c["kind"], c.get("source")) for c in exp.get("credits", []))
        got = sorted((c.kind.value, c.source) for c in page.credits)
        return want == got, f"credits {got} != {want}"
    if aspect == "boilerplate":
        misses = [f"{s.label['kind']}:{s.label['first'][:30]!r}"
                  for s in label_spans(page.text, exp.get("boilerplate", []), mode)
                  if not found(page, s.label["kind"], s.start, s.end)]
        return not misses, f"boilerplate not found: {misses}"
    raise ValueError(aspect)


def found(page: Any, kind: str, start: int, end: int) -> bool:
    """A labelled block is found when a block of its kind overlaps at least half its characters."""
    return any(bp.kind.value == kind and min(end, bp.end) - max(start, bp.start) >= (end - start) / 2
               for bp in page.boilerplate)


def boilerplate_recall(fx: Fixture, page: Any, mode: str) -> tuple[int, int]:
    spans = list(label_spans(page.text, fx.expected.get("boilerplate", []), mode))
    return sum(found(page, s.label["kind"], s.start, s.end) for s in spans), len(spans)


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Which fixture aspects pass, per mode.")
    ap.add_argument("--mode", choices=MODES, action="append", help="default: both")
    args = ap.parse_args()
    for mode in args.mode or MODES:
        fixtures = [fx for fx in load_fixtures() if mode in fx.modes]
        totals = dict.fromkeys(ASPECTS, 0)
        bp_found = bp_total = 0
        print(f"== mode {mode}")
        for fx in fixtures:
            page = extract_for(fx, mode)
            fails = [a for a in ASPECTS if not check(fx, page, a, mode)[0]]
            for a in ASPECTS:
                totals[a] += a not in fails
            f, t = boilerplate_recall(fx, page, mode)
            bp_found, bp_total = bp_found + f, bp_total + t
            print(f"{fx.name:45s} boilerplate {f:3d}/{t:<3d} fails: {', '.join(fails) or '-'}")
        print(f"\n{mode}: {len(fixtures)} fixtures; passing per aspect: "
              + ", ".join(f"{a} {n}/{len(fixtures)}" for a, n in totals.items())
              + f"; boilerplate blocks found {bp_found}/{bp_total}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
