"""Load the golden fixtures and check a Page against their labels.

Used by ``tests/test_fixtures.py`` (one test per fixture and aspect) and by
``python -m bench.fixtures`` (a table of what passes, for notes and BENCHMARKS.md).
Labels follow ``docs/labelling.md``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import flatten_page

__all__ = ["ASPECTS", "Fixture", "check", "load_fixtures"]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ASPECTS = ("title", "body-start", "body-end", "body-contains", "body-excludes", "headings", "credits",
           "boilerplate")


@dataclass(frozen=True)
class Fixture:
    name: str
    path: Path
    expected: dict[str, Any]

    def input_text(self) -> str:
        spec = self.expected["input"]
        if "file" in spec:
            return (self.path / spec["file"]).read_text(encoding="utf-8")
        return flatten_page(spec["dataset"], spec["id"])


def load_fixtures(kind: str = "text") -> list[Fixture]:
    out = []
    for exp in sorted((FIXTURES / kind).glob("*/expected.json")):
        out.append(Fixture(exp.parent.name, exp.parent, json.loads(exp.read_text(encoding="utf-8"))))
    return out


def _spans(text: str, labels: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], int, int]]:
    """Locate each boilerplate label: its ``first`` (searched from the previous label on), to the
    first ``last`` after it."""
    cursor = 0
    for label in labels:
        start = text.find(label["first"], cursor)
        if start < 0:
            start = text.find(label["first"])
        if start < 0:
            continue
        end = text.find(label["last"], start)
        end = start + len(label["first"]) if end < 0 else end + len(label["last"])
        cursor = end
        yield label, start, end


def check(fx: Fixture, page: Any, aspect: str) -> tuple[bool, str]:
    """(passed, explanation) for one aspect of one fixture."""
    exp = fx.expected
    body = page.body
    if aspect == "title":
        ok = page.title == exp.get("title")
        return ok, f"title {page.title!r} != {exp.get('title')!r}"
    b = exp["body"]
    if aspect == "body-start":
        return body.startswith(b["first"]), f"body starts {body[:80]!r}, want {b['first']!r}"
    if aspect == "body-end":
        return body.endswith(b["last"]), f"body ends {body[-80:]!r}, want {b['last']!r}"
    if aspect == "body-contains":
        missing = [s for s in b.get("contains", []) if s not in body]
        return not missing, f"missing from body: {missing}"
    if aspect == "body-excludes":
        present = [s for s in b.get("excludes", []) if s in body]
        return not present, f"should not be in body: {present}"
    if aspect == "headings":
        headings = {blk.text for blk in page.blocks if blk.kind.value == "heading"}
        missing = [h for h in b.get("headings", []) if h not in headings]
        return not missing, f"not heading blocks: {missing}"
    if aspect == "credits":
        want = sorted((c["kind"], c.get("source")) for c in exp.get("credits", []))
        got = sorted((c.kind.value, c.source) for c in page.credits)
        return want == got, f"credits {got} != {want}"
    if aspect == "boilerplate":
        misses = [f"{label['kind']}:{label['first'][:30]!r}"
                  for label, start, end in _spans(page.text, exp.get("boilerplate", []))
                  if not _found(page, label["kind"], start, end)]
        return not misses, f"boilerplate not found: {misses}"
    raise ValueError(aspect)


def _found(page: Any, kind: str, start: int, end: int) -> bool:
    """A labelled block is found when a block of its kind overlaps at least half its characters."""
    return any(bp.kind.value == kind and min(end, bp.end) - max(start, bp.start) >= (end - start) / 2
               for bp in page.boilerplate)


def boilerplate_recall(fx: Fixture, page: Any) -> tuple[int, int]:
    spans = list(_spans(page.text, fx.expected.get("boilerplate", [])))
    return sum(_found(page, label["kind"], s, e) for label, s, e in spans), len(spans)


def main() -> int:
    import pageclean

    fixtures = load_fixtures()
    totals = dict.fromkeys(ASPECTS, 0)
    bp_found = bp_total = 0
    for fx in fixtures:
        page = pageclean.extract(fx.input_text(), options=pageclean.Options(input_kind="text"))
        fails = []
        for aspect in ASPECTS:
            ok, _why = check(fx, page, aspect)
            totals[aspect] += ok
            if not ok:
                fails.append(aspect)
        f, t = boilerplate_recall(fx, page)
        bp_found, bp_total = bp_found + f, bp_total + t
        print(f"{fx.name:40s} boilerplate {f:3d}/{t:<3d} fails: {', '.join(fails) or '-'}")
    print(f"\n{len(fixtures)} fixtures; passing per aspect: "
          + ", ".join(f"{a} {n}/{len(fixtures)}" for a, n in totals.items())
          + f"; boilerplate blocks found {bp_found}/{bp_total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
