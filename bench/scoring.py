"""The development sets' own scoring rules (see each set's README)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["snippet_counts", "wcxb_scores"]

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
