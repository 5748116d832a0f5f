"""Per-kind precision and recall of credits and boilerplate on the hand-labelled fixtures.

    python -m bench.kinds                 # both modes: raw HTML and the page flattened to text
    python -m bench.kinds --mode text
    python -m bench.kinds --json out.json # also write the figures (used by the CI floors test)

Rules (issue #4): a labelled boilerplate block is *found* when a predicted block of the same kind
overlaps it by at least half the label's characters; a predicted block is *correct* when it
overlaps a labelled block of its kind by at least half its own characters. A credit is matched on
(kind, normalised source); credit-source precision and recall ignore the kind. Title: exact match
(whitespace-collapsed in HTML mode).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pageclean
from bench.fixtures import MODES, Fixture, extract_for, label_spans, load_fixtures, norm


@dataclass
class KindScores:
    mode: str
    fixtures: int = 0
    titles: int = 0
    credit_tp: int = 0
    credit_pred: int = 0
    credit_lab: int = 0
    source_tp: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)

    def add(self, fx: Fixture, page: pageclean.Page) -> None:
        mode = self.mode
        self.fixtures += 1
        self.titles += norm(page.title, mode) == norm(fx.expected.get("title"), mode)
        spans = list(label_spans(page.text, fx.expected.get("boilerplate", []), mode))
        for s in spans:
            kind = s.label["kind"]
            self.labelled[kind] += 1
            self.found[kind] += any(
                bp.kind.value == kind and min(s.end, bp.end) - max(s.start, bp.start) >= (s.end - s.start) / 2
                for bp in page.boilerplate)
        for bp in page.boilerplate:
            self.predicted[bp.kind.value] += 1
            self.correct[bp.kind.value] += any(
                s.label["kind"] == bp.kind.value
                and min(s.end, bp.end) - max(s.start, bp.start) >= (bp.end - bp.start) / 2
                for s in spans)
        want = Counter((c["kind"], c.get("source")) for c in fx.expected.get("credits", []))
        got = Counter((c.kind.value, c.source) for c in page.credits)
        self.credit_tp += sum((want & got).values())
        self.credit_pred += sum(got.values())
        self.credit_lab += sum(want.values())
        self.source_tp += sum((Counter(s for _, s in want.elements()) & Counter(s for _, s in got.elements())).values())

    def summary(self) -> dict[str, object]:
        kinds = {}
        for kind in pageclean.BoilerplateKind:
            k = kind.value
            r = self.found[k] / self.labelled[k] if self.labelled[k] else 0.0
            p = self.correct[k] / self.predicted[k] if self.predicted[k] else 0.0
            kinds[k] = {"labels": self.labelled[k], "recall": round(r, 3), "predicted": self.predicted[k],
                        "precision": round(p, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
        return {
            "mode": self.mode, "fixtures": self.fixtures,
            "title_exact": round(self.titles / max(self.fixtures, 1), 3),
            "credit_precision": round(self.credit_tp / max(self.credit_pred, 1), 3),
            "credit_recall": round(self.credit_tp / max(self.credit_lab, 1), 3),
            "source_precision": round(self.source_tp / max(self.credit_pred, 1), 3),
            "source_recall": round(self.source_tp / max(self.credit_lab, 1), 3),
            "kinds": kinds,
        }


def score(mode: str, fixtures: list[Fixture] | None = None) -> KindScores:
    scores = KindScores(mode)
    for fx in fixtures if fixtures is not None else load_fixtures():
        if mode in fx.modes:
            scores.add(fx, extract_for(fx, mode))
    return scores


def render(s: dict[str, object]) -> str:
    lines = [f"mode {s['mode']}: {s['fixtures']} fixtures; title exact match {s['title_exact']:.2f}",
             f"credits (kind+source): precision {s['credit_precision']:.2f}, recall {s['credit_recall']:.2f}; "
             f"credit sources: precision {s['source_precision']:.2f}, recall {s['source_recall']:.2f}",
             f"{'kind':15s} {'labels':>6s} {'recall':>7s} {'predicted':>9s} {'precision':>9s} {'F1':>5s}"]
    kinds = s["kinds"]
    assert isinstance(kinds, dict)
    for k, v in kinds.items():
        lines.append(f"{k:15s} {v['labels']:6d} {v['recall']:7.2f} {v['predicted']:9d} "
                     f"{v['precision']:9.2f} {v['f1']:5.2f}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=MODES, action="append", help="default: both")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    out = []
    for mode in args.mode or MODES:
        s = score(mode).summary()
        out.append(s)
        print(render(s) + "\n")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
