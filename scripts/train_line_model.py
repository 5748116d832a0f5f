"""Train the line model (``src/pageclean/data/line_model.json``) on one half of the dev sets and
report it on the other.

    python scripts/train_line_model.py              # train on half 0, report half 1, write the model
    python scripts/train_line_model.py --dry-run    # the same, without writing
    python scripts/train_line_model.py --dry-run --cross-check   # also the other fold (two-fold mean)
    python scripts/train_line_model.py --text-only  # retrain the text model, keep the HTML model on disk

The shipped model: the HTML model as trained at commit 49a6eb8 (session 4), the text model by
``--text-only --text-threshold 0.45`` (session 8). Half 0 cannot tell 0.45 from 0.5 for the
text model: this script's line-level score prefers 0.5 by 0.002, the whole pipeline on half 0
scores both 1.6559 (devset + WCXB F1); the hand-labelled fixtures break the tie (text aspects
failing: 1,150 at 0.45, 1,157 at 0.5), and a lower threshold takes fewer lines out.

Needs the benchmark extras, numpy included (``pip install -e '.[dev]'``); the package itself reads
the model with plain Python.

What it learns: whether a line the rules put in the body belongs to the main content. Each page of
``devset`` and ``wcxb-dev`` is decoded and rendered (HTML input) and also flattened with html-text
(text input), classified by the rules alone, and each body line gets the features of
:func:`pageclean.linemodel.line_vectors` and a label:

- wcxb-dev: 1 when the line's words occur, in order, in the page's ground-truth main content;
- devset: 1 when the line holds a must-have snippet, 0 when it holds a must-not snippet, else no label.

Lines are weighted by their word count (capped), divided by the square root of their page's total so
that pages count more evenly (WCXB scores the mean of per-page F1); devset lines count three times
(they are few and checked by hand). A logistic regression over all features and all their pairwise
products picks the ``--pairs`` most useful products; a second, the shipped model, reads the features
and those products. Two models are fitted this way: one on both modes' lines, which serves HTML
input, and one on the flattened-text lines alone, which serves text input (a page without tags
or class hints is a different problem, and a model of its own fits it better). Each mode's
threshold is chosen on the training half.

Half 0 = even positions in each set's listing (the pages ``bench.tune --half 0`` uses), half 1 = odd.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["PAGECLEAN_LINE_MODEL"] = "none"  # the rules alone; the model on disk may be for older features

from bench.datasets import devset, flatten, raw_html, wcxb  # noqa: E402
from bench.scoring import _norm, snippet_counts, wcxb_scores  # noqa: E402

from pageclean import classify as classify_module  # noqa: E402
from pageclean.api import _from_tree, _site_names  # noqa: E402
from pageclean.decode import decode_bytes  # noqa: E402
from pageclean.features import page_features  # noqa: E402
from pageclean.html import parse_html, read_metadata  # noqa: E402
from pageclean.linemodel import FEATURE_NAMES, line_vectors  # noqa: E402
from pageclean.model import Role  # noqa: E402
from pageclean.text import normalize_text, segment_text  # noqa: E402

MODEL_PATH = ROOT / "src" / "pageclean" / "data" / "line_model.json"
_TOKEN = re.compile(r"\w+")
_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def _words(s: str) -> str:
    return " " + " ".join(_TOKEN.findall(s.lower())) + " "


def _page(job: tuple[str, Any, str]) -> dict[str, Any] | None:
    """One page in one mode: its body lines' texts, feature vectors and labels."""
    dataset, rec, mode = job
    data = raw_html(dataset, rec.id)
    if mode == "html":
        root = parse_html(decode_bytes(data)[0])
        if root is None:
            return None
        meta = read_metadata(root)
        text, hints = _from_tree(root)
        lines = segment_text(normalize_text(text), hints)
        kw: dict[str, Any] = {"title_hint": meta.title, "author_hints": meta.authors,
                              "site_hints": _site_names(meta, None)}
    else:
        lines = segment_text(normalize_text(flatten(data)), None)
        kw = {}
    if not lines:
        return None
    feats = page_features(lines)
    decisions = classify_module.classify(lines, feats, line_model=None, **kw)
    quals = [classify_module._quality(f).value for f in feats]
    body = [d.role is Role.BODY for d in decisions]
    which = [i for i in range(len(lines)) if body[i]]
    labels: list[float] = []
    if dataset == "wcxb-dev":
        gt = _words(rec.main_content)
        labels = [1.0 if _words(lines[i].text).strip() and _words(lines[i].text) in gt else 0.0 for i in which]
    else:
        must, must_not = [_norm(s) for s in rec.with_], [_norm(s) for s in rec.without]
        for i in which:
            t = _norm(lines[i].text)
            labels.append(1.0 if any(s in t for s in must) else 0.0 if any(s in t for s in must_not) else -1.0)
    return {"texts": [lines[i].text for i in which], "words": [feats[i].words for i in which],
            "X": line_vectors(lines, feats, quals, body, which), "y": labels, "credit": [
                decisions[i].credit is not None for i in which]}


def _jobs() -> Iterator[tuple[str, Any, str, int]]:
    for dataset, recs in (("devset", list(devset())), ("wcxb-dev", list(wcxb()))):
        for k, rec in enumerate(recs):
            for mode in ("html", "text"):
                yield dataset, rec, mode, k % 2


def _fit(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton's method on standardised columns."""
    mu, sd = X.mean(0), X.std(0) + 1e-6
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    beta = np.zeros(Z.shape[1])
    ridge = l2 * np.r_[np.ones(Z.shape[1] - 1), 0.0]
    for _ in range(60):
        p = 1 / (1 + np.exp(-Z @ beta))
        grad = Z.T @ (w * (p - y)) + ridge * beta
        hess = (Z * (w * p * (1 - p))[:, None]).T @ Z + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    coef = beta[:-1] / sd
    return coef, float(beta[-1] - (coef * mu).sum())


def _expand(X: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    if not pairs:
        return X
    return np.hstack([X, X[:, [i for i, _ in pairs]] * X[:, [j for _, j in pairs]]])


def _score(pages: list[tuple[str, Any, str, int, dict[str, Any] | None]], mode: str, half: int,
           predict: Any, threshold: float) -> tuple[float, float]:
    """(devset snippet F1, WCXB mean token F1) of the bodies with doubted lines removed."""
    tp = fn = fp = 0
    f1s = []
    for dataset, rec, m, h, page in pages:
        if m != mode or h != half:
            continue
        body = ""
        if page is not None and page["texts"]:
            keep = [True] * len(page["texts"])
            if predict is not None:
                p = predict(np.asarray(page["X"]))
                keep = [bool(pp >= threshold or c) for pp, c in zip(p, page["credit"], strict=True)]
            body = "\n".join(t for t, k in zip(page["texts"], keep, strict=True) if k)
        if dataset == "devset":
            a, b, c, _ = snippet_counts(body, rec.with_, rec.without)
            tp, fn, fp = tp + a, fn + b, fp + c
        else:
            f1s.append(wcxb_scores(body, rec.main_content)[2])
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return (2 * p * r / (p + r) if p + r else 0.0), statistics.mean(f1s)


def _train(pages: list[tuple[str, Any, str, int, dict[str, Any] | None]], half: int, n_pairs: int,
           mode: str | None = None) -> tuple[list[tuple[int, int]], np.ndarray, float, Any]:
    """Fit a model on one half, on the lines of ``mode`` (None: both modes): (pairs, coefficients,
    bias, predict)."""
    n = len(FEATURE_NAMES)
    Xs, ys, ws = [], [], []
    for dataset, _rec, m, h, page in pages:
        if h != half or page is None or not page["texts"] or (mode is not None and m != mode):
            continue
        y = np.asarray(page["y"])
        w = np.minimum(np.asarray(page["words"], dtype=float), 60) + 1
        w = w / np.sqrt(w.sum()) * 15.0 * (3.0 if dataset == "devset" else 1.0)
        keep = y >= 0
        Xs.append(np.asarray(page["X"])[keep])
        ys.append(y[keep])
        ws.append(w[keep])
    X, y, w = np.vstack(Xs), np.concatenate(ys), np.concatenate(ws)
    print(f"training lines (half {half}, {mode or 'both'} mode{'' if mode else 's'}): {len(y)}, "
          f"main content {y.mean():.3f}")

    all_pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    coef, _ = _fit(_expand(X, all_pairs), y, w, l2=100.0)
    importance = np.abs(coef) * _expand(X, all_pairs).std(0)
    ranked = [k - n for k in np.argsort(-importance) if k >= n]
    pairs = [all_pairs[k] for k in ranked[:n_pairs]]
    coef, bias = _fit(_expand(X, pairs), y, w, l2=10.0)

    def predict(Xp: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(_expand(Xp, pairs) @ coef + bias)))

    return pairs, coef, bias, predict


def _choose(pages: list[tuple[str, Any, str, int, dict[str, Any] | None]], mode: str, half: int, predict: Any
            ) -> tuple[float, dict[float, tuple[float, float]]]:
    """The threshold maximising devset F1 + WCXB F1 on ``half``, and the whole curve."""
    curve = {t: _score(pages, mode, half, predict, t) for t in _THRESHOLDS}
    return max(_THRESHOLDS, key=lambda t: sum(curve[t])), curve


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=80, help="feature products the model reads")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cross-check", action="store_true",
                    help="also train on half 1 and report half 0: the two-fold mean judges a feature change")
    ap.add_argument("--text-only", action="store_true",
                    help="retrain only the flattened-text model; the HTML model and its report stay as on disk")
    ap.add_argument("--text-threshold", type=float, default=None,
                    help="the text model's threshold, instead of the one half 0 prefers")
    args = ap.parse_args()

    jobs = list(_jobs())
    with Pool(args.jobs) as pool:
        results = pool.map(_page, [(d, r, m) for d, r, m, _ in jobs], chunksize=8)
    pages = [(d, r, m, h, page) for (d, r, m, h), page in zip(jobs, results, strict=True)]
    n = len(FEATURE_NAMES)

    # HTML: one model over both modes' lines (the text lines teach it what prose looks like without
    # tags); flattened text: a model of its own, trained on text lines only (two folds, session 8:
    # text devset 0.8526 -> 0.8572 against the shared model, WCXB unchanged)
    modes = ("text",) if args.text_only else ("html", "text")
    fitted = {mode: _train(pages, 0, args.pairs, None if mode == "html" else mode) for mode in modes}
    thresholds: dict[str, float] = {}
    report: dict[str, Any] = {}
    for mode in modes:
        predict = fitted[mode][3]
        base0 = _score(pages, mode, 0, None, 0.0)
        best, curve = _choose(pages, mode, 0, predict)
        print(f"{mode}: half 0 (devset F1, WCXB F1) by threshold: "
              + "  ".join(f"{t}: {d:.4f}/{x:.4f}" for t, (d, x) in curve.items()))
        if mode == "text" and args.text_threshold is not None:
            print(f"text: threshold {args.text_threshold} as asked (half 0 prefers {best})")
            best = args.text_threshold
            curve.setdefault(best, _score(pages, mode, 0, predict, best))
        thresholds[mode] = best
        base1, model1 = _score(pages, mode, 1, None, 0.0), _score(pages, mode, 1, predict, best)
        report[mode] = {"threshold": best, "half0_rules": base0, "half0_model": curve[best],
                        "half1_rules": base1, "half1_model": model1}
        chosen = "as asked" if mode == "text" and args.text_threshold is not None else "chosen on half 0"
        print(f"{mode}: threshold {best} ({chosen})")
        print(f"  half 1 (held out)  rules alone: devset F1 {base1[0]:.4f}  wcxb F1 {base1[1]:.4f}")
        print(f"  half 1 (held out)  with model:  devset F1 {model1[0]:.4f}  wcxb F1 {model1[1]:.4f}")

    if args.cross_check:
        # the other fold: train on half 1, choose its thresholds there, report half 0; the mean of
        # both held-out halves judges a change to the features with every page held out once
        for mode in modes:
            predict1 = _train(pages, 1, args.pairs, None if mode == "html" else mode)[3]
            best1, _ = _choose(pages, mode, 1, predict1)
            held0 = _score(pages, mode, 0, predict1, best1)
            held1 = report[mode]["half1_model"]
            rules = [(a + b) / 2 for a, b in zip(report[mode]["half0_rules"], report[mode]["half1_rules"], strict=True)]
            mean = [(a + b) / 2 for a, b in zip(held0, held1, strict=True)]
            report[mode]["cross_check"] = {"threshold_half1": best1, "half0_model_from_half1": held0,
                                           "two_fold_rules": rules, "two_fold_model": mean}
            print(f"{mode}: two folds, every page held out once: rules devset {rules[0]:.4f} wcxb {rules[1]:.4f}"
                  f"  model devset {mean[0]:.4f} wcxb {mean[1]:.4f} (half-1 model threshold {best1})")

    def weights(fit: tuple[list[tuple[int, int]], np.ndarray, float, Any]) -> dict[str, Any]:
        pairs, coef, bias, _ = fit
        return {"weights": [round(float(x), 6) for x in coef[:n]],
                "pairs": [[FEATURE_NAMES[i], FEATURE_NAMES[j], round(float(x), 6)]
                          for (i, j), x in zip(pairs, coef[n:], strict=True)],
                "bias": round(bias, 6)}

    html_part: dict[str, Any]
    if args.text_only:
        on_disk = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        html_part = {key: on_disk[key] for key in ("weights", "pairs", "bias")}
        thresholds["html"] = on_disk["threshold_html"]
        report["html"] = on_disk["report"]["html"]
    else:
        html_part = weights(fitted["html"])
    model = {
        "about": "Line model of pageclean.linemodel, written by scripts/train_line_model.py: logistic regression "
                 "over the named features and the listed products of pairs; trained on half 0 (even positions) "
                 "of devset and wcxb-dev: the top-level model on both modes' lines (it serves HTML input), "
                 "'text_model' on flattened-text lines only (it serves text input). 'report' holds "
                 "(devset F1, WCXB F1) per half.",
        "features": list(FEATURE_NAMES),
        **html_part,
        "threshold_html": thresholds["html"],
        "threshold_text": thresholds["text"],
        "text_model": {**weights(fitted["text"]), "threshold": thresholds["text"]},
        "report": report,
    }
    if not args.dry_run:
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
