"""How far two annotators agree on the kinds corpus: the ceiling any engine is measured against.

    python -m bench.agreement DIR     # DIR/<case>/expected.json: a second annotator's labels

A second person (or helper) labels some fixture pages again, from the page text alone and without
seeing ``fixtures/``. This scores those labels exactly as ``bench.kinds`` scores pageclean, with the
fixture's labels as the reference and the second annotator in the engine's place: per boilerplate
kind, precision and recall under the same half-overlap rule; credits matched on (kind, normalised
source); the title by exact match. Text mode only (both annotators label the html-text rendering).

When two careful annotators following ``docs/labelling.md`` agree on a kind at, say, F1 0.7, an
engine scored against one of them cannot be shown to reach 0.85 on it: the figure is bounded by the
labels' own noise, and chasing it past that point fits one annotator's habits.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fixtures import Fixture, label_spans, load_fixtures
from bench.kinds import KindScores, render


def labels_as_page(fx: Fixture, labels: dict[str, Any]) -> Any:
    """The second annotator's labels in the shape ``KindScores.add`` reads from a Page."""
    text = fx.input_text()
    blocks = [SimpleNamespace(kind=SimpleNamespace(value=s.label["kind"]), start=s.start, end=s.end)
              for s in label_spans(text, labels.get("boilerplate", []), "text")]
    credits = [SimpleNamespace(kind=SimpleNamespace(value=c["kind"]), source=c.get("source"))
               for c in labels.get("credits", [])]
    return SimpleNamespace(text=text, title=labels.get("title"), boilerplate=blocks, credits=credits)


def agreement(second: Path) -> tuple[KindScores, list[str]]:
    by_name = {fx.name: fx for fx in load_fixtures()}
    scores = KindScores("text")
    cases = []
    for path in sorted(second.glob("*/expected.json")):
        fx = by_name.get(path.parent.name)
        if fx is None or "text" not in fx.modes:
            continue
        scores.add(fx, labels_as_page(fx, json.loads(path.read_text(encoding="utf-8"))))
        cases.append(fx.name)
    return scores, cases


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("second", type=Path, help="folder of <case>/expected.json from a second annotator")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    scores, cases = agreement(args.second)
    summary = scores.summary()
    summary["cases"] = cases
    print(f"second annotator vs fixtures, {len(cases)} pages")
    print(render(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
