"""Per-kind precision and recall of credits and boilerplate on the hand-labelled fixtures.

    python -m bench.kinds            # flattened text (the fixtures' own rendering)

Rules (issue #4): a labelled boilerplate block is *found* when a predicted block of the same kind
overlaps it by at least half the label's characters; a predicted block is *correct* when it
overlaps a labelled block of its kind by at least half its own characters. A credit is matched on
(kind, normalised source); credit-source precision and recall ignore the kind. Title: exact match.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pageclean
from bench.fixtures import _spans, load_fixtures


def main() -> int:
    found: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    c_tp = c_pred = c_lab = s_tp = 0
    titles = 0
    fixtures = load_fixtures("text")
    for fx in fixtures:
        page = pageclean.extract(fx.input_text(), options=pageclean.Options(input_kind="text"))
        titles += page.title == fx.expected.get("title")
        spans = list(_spans(page.text, fx.expected.get("boilerplate", [])))
        for label, start, end in spans:
            labelled[label["kind"]] += 1
            found[label["kind"]] += any(
                bp.kind.value == label["kind"] and min(end, bp.end) - max(start, bp.start) >= (end - start) / 2
                for bp in page.boilerplate)
        for bp in page.boilerplate:
            predicted[bp.kind.value] += 1
            correct[bp.kind.value] += any(
                label["kind"] == bp.kind.value and min(end, bp.end) - max(start, bp.start) >= (bp.end - bp.start) / 2
                for label, start, end in spans)
        want = Counter((c["kind"], c.get("source")) for c in fx.expected.get("credits", []))
        got = Counter((c.kind.value, c.source) for c in page.credits)
        c_tp += sum((want & got).values())
        c_pred += sum(got.values())
        c_lab += sum(want.values())
        s_tp += sum((Counter(s for _, s in want.elements()) & Counter(s for _, s in got.elements())).values())
    print(f"{len(fixtures)} fixtures; title exact match {titles}/{len(fixtures)} = {titles / len(fixtures):.2f}")
    print(f"credits (kind+source): precision {c_tp / max(c_pred, 1):.2f} ({c_tp}/{c_pred}), "
          f"recall {c_tp / max(c_lab, 1):.2f} ({c_tp}/{c_lab})")
    print(f"credit sources: precision {s_tp / max(c_pred, 1):.2f}, recall {s_tp / max(c_lab, 1):.2f}")
    print(f"{'kind':15s} {'labels':>6s} {'recall':>7s} {'predicted':>9s} {'precision':>9s} {'F1':>5s}")
    for kind in pageclean.BoilerplateKind:
        k = kind.value
        r = found[k] / labelled[k] if labelled[k] else 0.0
        p = correct[k] / predicted[k] if predicted[k] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:15s} {labelled[k]:6d} {r:7.2f} {predicted[k]:9d} {p:9.2f} {f:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
