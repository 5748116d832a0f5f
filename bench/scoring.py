"""The development sets' own scoring rules (see each set's README)."""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

__all__ = ["score_devset", "score_wcxb", "snippet_counts", "wcxb_scores"]

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


def _norm(s: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", s)).strip()


def snippet_counts(body: str, with_: tuple[str, ...], without: tuple[str, ...]) -> tuple[int, int, int, int]:
    """devset: (tp, fn, fp, tn) for one page; snippets matched after NFKC and whitespace folding."""
    text = _norm(body)
    tp = sum(1 for s in with_ if text and _norm(s) in text)
    fn = len(with_) - tp
    fp = sum(1 for s in without if text and _norm(s) in text)
    tn = len(without) - fp
    return tp, fn, fp, tn


def wcxb_scores(prediction: str, reference: str) -> tuple[float, float, float]:
    """WCXB: (precision, recall, F1) of \\w+ token multisets, lower-cased."""
    pred = Counter(_TOKEN.findall(prediction.lower()))
    ref = Counter(_TOKEN.findall(reference.lower()))
    if not pred and not ref:
        return 1.0, 1.0, 1.0
    if not pred or not ref:
        return 0.0, 0.0, 0.0
    common = sum((pred & ref).values())
    p = common / sum(pred.values())
    r = common / sum(ref.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_devset(recs: Sequence[Any], bodies: Sequence[str]) -> dict[str, float]:
    """devset figures over pages: snippet precision, recall, F1 and accuracy."""
    tp = fn = fp = tn = 0
    for rec, body in zip(recs, bodies, strict=True):
        a, b, c, d = snippet_counts(body, rec.with_, rec.without)
        tp, fn, fp, tn = tp + a, fn + b, fp + c, tn + d
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "accuracy": (tp + tn) / max(tp + fn + fp + tn, 1)}


def score_wcxb(recs: Sequence[Any], bodies: Sequence[str]) -> dict[str, Any]:
    """WCXB figures over pages: mean per-page token precision, recall, F1, and F1 per page type."""
    per_type: dict[str, list[float]] = defaultdict(list)
    ps, rs, fs = [], [], []
    for rec, body in zip(recs, bodies, strict=True):
        p, r, f = wcxb_scores(body, rec.main_content)
        ps.append(p)
        rs.append(r)
        fs.append(f)
        per_type[rec.page_type].append(f)
    return {"precision": statistics.mean(ps), "recall": statistics.mean(rs), "f1": statistics.mean(fs),
            "per_type": {k: statistics.mean(v) for k, v in sorted(per_type.items())}}
