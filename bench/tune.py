"""Try threshold changes on one half of both dev sets and report them on the other.

    python -m bench.tune --half 0 weight_short=-1.0 weight_barrier=-30
    python -m bench.tune --half 1 weight_short=-1.0 weight_barrier=-30   # the held-out half
    python -m bench.tune --half 0 main_mode_ratio=0.2,0.35,0.5           # one value at a time

Pages are decoded, rendered and featurised once; each configuration then only re-runs the
classifier (``pageclean.classify`` reads its thresholds from the module-level ``T``, which this
script swaps for a modified copy inside this process only). Prints, for the baseline and for the
configuration: devset snippet F1 and WCXB mean token F1 of the HTML engine on that half.
Half 0 = even positions in each set's listing, half 1 = odd.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import devset, raw_html, wcxb
from bench.scoring import snippet_counts, wcxb_scores
from pageclean import classify as classify_module
from pageclean import lexicon
from pageclean.api import _from_tree, _site_names
from pageclean.assemble import assemble
from pageclean.decode import decode_bytes
from pageclean.features import page_features
from pageclean.html import parse_html, read_metadata
from pageclean.model import InputKind
from pageclean.text import normalize_text, segment_text


def _prepare(dataset: str, page_id: str) -> Any:
    root = parse_html(decode_bytes(raw_html(dataset, page_id))[0])
    if root is None:
        return None
    meta = read_metadata(root)
    text, hints = _from_tree(root)
    text = normalize_text(text)
    lines = segment_text(text, hints)
    return text, lines, page_features(lines), meta


def _body(prepared: Any) -> str:
    if prepared is None or not prepared[1]:
        return ""
    text, lines, feats, meta = prepared
    decisions = classify_module.classify(lines, feats, title_hint=meta.title, author_hints=meta.authors,
                                         site_hints=_site_names(meta, None))
    return assemble(text, lines, decisions, InputKind.HTML).body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", type=int, choices=(0, 1), default=0)
    ap.add_argument("changes", nargs="*", metavar="NAME=VALUE", help="thresholds.json entries to change")
    args = ap.parse_args()
    dev = [(r, _prepare("devset", r.id)) for i, r in enumerate(devset()) if i % 2 == args.half]
    wc = [(r, _prepare("wcxb-dev", r.id)) for i, r in enumerate(wcxb()) if i % 2 == args.half]

    def score() -> tuple[float, float]:
        tp = fn = fp = 0
        for rec, prepared in dev:
            a, b, c, _ = snippet_counts(_body(prepared), rec.with_, rec.without)
            tp, fn, fp = tp + a, fn + b, fp + c
        p, r = tp / (tp + fp), tp / (tp + fn)
        return 2 * p * r / (p + r), statistics.mean(wcxb_scores(_body(pp), rec.main_content)[2] for rec, pp in wc)

    base = lexicon.THRESHOLDS
    print(f"half {args.half}: baseline devset F1 {score()[0]:.4f}  wcxb F1 {score()[1]:.4f}")
    # "a=1 b=2" is one configuration; "a=1,2,3" tries each value of a in turn
    grid: list[dict[str, float]] = [{}]
    for item in args.changes:
        name, values = item.split("=", 1)
        grid = [{**g, name: type(getattr(base, name))(float(v))} for g in grid for v in values.split(",")]
    for changes in grid if args.changes else []:
        classify_module.T = dataclasses.replace(base, **changes)
        f_dev, f_wc = score()
        print(f"half {args.half}: {changes} devset F1 {f_dev:.4f}  wcxb F1 {f_wc:.4f}")
        classify_module.T = base
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
