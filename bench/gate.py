"""The CI quality gate: a fixed sample of each development set, scored with the sets' own rules.

    python -m bench.gate                 # print the sample's figures and the floors they are held to
    python -m bench.gate --raise-floors  # raise each floor to today's figure (rounded down), never lower

The sample is fixed by page id, not drawn at run time: the 100 devset pages whose SHA-1 of the id
comes first, and the 15 first by the same order of each of the seven WCXB page types (105 pages).
``tests/test_quality_gate.py`` scores pageclean on it (raw HTML, and the text engine on the pages
flattened with html-text) against the floors pinned in ``tests/quality_floors.json``.
Raise a floor when the engine improves; never lower one without a note in that file saying why.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import DevPage, WcxbPage, devset, flatten, raw_html, wcxb
from bench.scoring import score_devset, score_wcxb

__all__ = ["FLOORS", "devset_sample", "gate_scores", "wcxb_sample"]

FLOORS = Path(__file__).resolve().parents[1] / "tests" / "quality_floors.json"
DEVSET_N = 100
WCXB_PER_TYPE = 15


def _key(page_id: str) -> str:
    return hashlib.sha1(page_id.encode()).hexdigest()


def devset_sample() -> list[DevPage]:
    return sorted(devset(), key=lambda p: _key(p.id))[:DEVSET_N]


def wcxb_sample() -> list[WcxbPage]:
    by_type: dict[str, list[WcxbPage]] = defaultdict(list)
    for p in wcxb():
        by_type[p.page_type].append(p)
    out: list[WcxbPage] = []
    for page_type in sorted(by_type):
        out.extend(sorted(by_type[page_type], key=lambda p: _key(p.id))[:WCXB_PER_TYPE])
    return out


def _bodies(dataset: str, ids: list[str], mode: str) -> list[str]:
    import pageclean

    bodies = []
    for page_id in ids:
        data = raw_html(dataset, page_id)
        try:
            if mode == "text":
                page = pageclean.extract(flatten(data), options=pageclean.Options(input_kind="text"))
            else:
                page = pageclean.extract(data)
        except pageclean.PagecleanError:
            bodies.append("")
            continue
        bodies.append(page.body)
    return bodies


def gate_scores() -> dict[str, Any]:
    """{"devset": {"html": {...}, "text": {...}}, "wcxb-dev": {...}} on the fixed samples."""
    dev, wc = devset_sample(), wcxb_sample()
    out: dict[str, Any] = {"devset": {}, "wcxb-dev": {}}
    for mode in ("html", "text"):
        out["devset"][mode] = score_devset(dev, _bodies("devset", [p.id for p in dev], mode))
        out["wcxb-dev"][mode] = score_wcxb(wc, _bodies("wcxb-dev", [p.id for p in wc], mode))
    return out


def _down(x: float) -> float:
    return math.floor(x * 1000) / 1000


def raise_floors(floors: dict[str, Any], scores: dict[str, Any]) -> dict[str, Any]:
    """Each floor becomes max(floor, today's figure rounded down to 0.001); none is lowered."""
    for dataset, modes in scores.items():
        for mode, s in modes.items():
            slot = floors.setdefault(dataset, {}).setdefault(mode, {})
            slot["f1"] = max(slot.get("f1", 0.0), _down(s["f1"]))
            if "per_type" in slot:
                for page_type, value in s["per_type"].items():
                    slot["per_type"][page_type] = max(slot["per_type"].get(page_type, 0.0), _down(value))
    return floors


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raise-floors", action="store_true")
    args = ap.parse_args()
    scores = gate_scores()
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    if args.raise_floors:
        floors = raise_floors(floors, scores)
        FLOORS.write_text(json.dumps(floors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for dataset, modes in scores.items():
        for mode, s in modes.items():
            floor = floors.get(dataset, {}).get(mode, {})
            extra = ("  " + " ".join(f"{k}={v:.4f}" for k, v in s["per_type"].items())) if "per_type" in s else ""
            print(f"{dataset:9s} {mode:5s} F1={s['f1']:.4f} (floor {floor.get('f1', '-')}) "
                  f"P={s['precision']:.3f} R={s['recall']:.3f}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
