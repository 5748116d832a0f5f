"""A second opinion on body lines: a small logistic model over line and context features.

Takes the lines of a page, their features, their quality class and the rule-based decisions;
returns, for each body line, the probability that it belongs to the main content. The classifier
moves a body line whose probability is under the model's threshold to boilerplate, with the
probability as evidence. The weights are data (``data/line_model.json``), written by
``scripts/train_line_model.py`` from one half of the development sets; the script reports the
other half. Nothing is learned at run time and nothing is cached between pages. The model is read
once, at import; the environment variable ``PAGECLEAN_LINE_MODEL=none`` leaves it out (the rules
alone), as does ``Options(line_model=False)`` per call.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from .features import LineFeatures
from .text.segment import Line

__all__ = ["FEATURE_NAMES", "LINE_MODEL", "LineModel", "body_probabilities", "from_html", "line_vectors",
           "load_line_model"]

_HEAD = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CELL = frozenset({"td", "th"})
_QUALS = ("good", "near", "headline", "short", "noise")

FEATURE_NAMES: tuple[str, ...] = (
    "q_good", "q_near", "q_headline", "q_short", "q_noise",
    "log_words", "stop_ratio", "ends_terminal", "ends_sentence", "starts_lower", "bullet", "urlish",
    "linky", "in_main", "dom_content", "dom_other", "html",
    "tag_h1", "tag_head", "tag_p", "tag_li", "tag_cell", "tag_none",
    "weak", "credit_part",
    "good_win2", "good_win5", "linky_win2",
    "log_group", "group_good", "group_linky",
    "body_pos", "log_edge", "log_body_lines", "word_share",
    "repeated", "prev_good", "next_good", "main_page", "main_outside",
    "body_good", "body_linky",
)


@dataclass(frozen=True, slots=True)
class LineModel:
    """Logistic regression over :data:`FEATURE_NAMES` and products of some pairs of them."""

    weights: tuple[float, ...]
    #: (feature index, feature index, weight): the products the model also reads
    pairs: tuple[tuple[int, int, float], ...]
    bias: float
    #: a body line with a probability under this is moved out of the body (HTML input)
    threshold_html: float
    #: the same for flattened text (no tags, no class/id hints)
    threshold_text: float
    #: a model of its own for flattened text (same features; its ``threshold_text`` applies), else
    #: this one serves both kinds of input
    text_model: LineModel | None = None

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURE_NAMES):
            raise ValueError(f"line model has {len(self.weights)} weights for {len(FEATURE_NAMES)} features")
        if any(not (0 <= i < len(FEATURE_NAMES) and 0 <= j < len(FEATURE_NAMES)) for i, j, _ in self.pairs):
            raise ValueError("line model pairs name unknown features")

    def probability(self, vec: Sequence[float]) -> float:
        z = self.bias + sum(x * y for x, y in zip(self.weights, vec, strict=True))
        z += sum(w * vec[i] * vec[j] for i, j, w in self.pairs)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def load_line_model(raw: dict[str, object]) -> LineModel:
    """A model from its JSON form (``data/line_model.json``): features are named, not numbered, so
    a model written for another feature list fails to load instead of reading the wrong columns."""
    index = {name: k for k, name in enumerate(FEATURE_NAMES)}
    names = raw["features"]
    weights = raw["weights"]
    if not isinstance(names, list) or not isinstance(weights, list) or sorted(names) != sorted(FEATURE_NAMES):
        raise ValueError("line model features do not match this version's FEATURE_NAMES")

    def read(part: dict[str, object], threshold_html: float, threshold_text: float,
             text_model: LineModel | None = None) -> LineModel:
        part_weights, pairs = part["weights"], part["pairs"]
        assert isinstance(part_weights, list) and isinstance(pairs, list)
        by_name = dict(zip(names, part_weights, strict=True))
        return LineModel(
            weights=tuple(float(by_name[name]) for name in FEATURE_NAMES),
            pairs=tuple((index[a], index[b], float(w)) for a, b, w in pairs),
            bias=float(part["bias"]),  # type: ignore[arg-type]
            threshold_html=threshold_html, threshold_text=threshold_text, text_model=text_model)

    text_part = raw.get("text_model")
    text_model = None
    if isinstance(text_part, dict):
        threshold = float(text_part["threshold"])
        text_model = read(text_part, threshold, threshold)
    return read(raw, float(raw["threshold_html"]), float(raw["threshold_text"]),  # type: ignore[arg-type]
                text_model)


def from_html(lines: Sequence[Line]) -> bool:
    """True when the lines came from the HTML front end (any of them carries a tag or a hint)."""
    return any(line.tag is not None or line.hints for line in lines)


def _share(flags: Sequence[bool], lo: int, hi: int, skip: int) -> float:
    lo, hi = max(lo, 0), min(hi, len(flags))
    n = hi - lo - (1 if lo <= skip < hi else 0)
    if n <= 0:
        return 0.0
    return (sum(flags[lo:hi]) - (1 if lo <= skip < hi and flags[skip] else 0)) / n


def line_vectors(lines: Sequence[Line], feats: Sequence[LineFeatures], quals: Sequence[str],
                 body: Sequence[bool], which: Sequence[int]) -> list[list[float]]:
    """Feature vectors (in :data:`FEATURE_NAMES` order) of the body lines ``which``. ``quals``
    holds each line's quality class ("good", "near", …), ``body`` whether the rules put it in the
    body. Context is read from the body lines alone (their neighbours, groups and shares), so
    chrome the rules already set apart, wherever it sits, does not change a body line's vector."""
    idx = [i for i in range(len(lines)) if body[i]]
    pos = {i: k for k, i in enumerate(idx)}
    m = len(idx)
    good = [quals[i] == "good" for i in idx]
    linky = ["linky" in lines[i].hints for i in idx]
    span = max(m - 1, 1)
    body_words = sum(feats[i].words for i in idx) or 1
    texts = Counter(lines[i].text for i in idx)
    group_n: Counter[int] = Counter()
    group_good: Counter[int] = Counter()
    group_linky: Counter[int] = Counter()
    for i, g, lk in zip(idx, good, linky, strict=True):
        group_n[lines[i].group] += 1
        group_good[lines[i].group] += g
        group_linky[lines[i].group] += lk
    # a <main> element counts when it holds prose: some themes wrap only the headline in one
    main_page = any("in:main" in line.hints and q == "good" for line, q in zip(lines, quals, strict=True))
    html = from_html(lines)
    body_good = sum(feats[i].words for i, g in zip(idx, good, strict=True) if g) / body_words
    body_linky = sum(linky) / max(m, 1)
    out = []
    for i in which:
        line, f, q = lines[i], feats[i], quals[i]
        k = pos[i]
        tag = line.tag
        hints = line.hints
        gn = group_n[line.group]
        in_main = "in:main" in hints
        out.append([
            *(1.0 if q == name else 0.0 for name in _QUALS),
            math.log1p(f.words), f.stop_ratio, float(f.ends_terminal), float(f.ends_sentence),
            float(f.starts_lower), float(f.bullet), float(f.urlish),
            float(linky[k]), float(in_main), float("dom:content" in hints),
            float(any(h.startswith("dom:") and h != "dom:content" for h in hints)), float(html),
            float(tag == "h1"), float(tag in _HEAD), float(tag == "p"), float(tag == "li"),
            float(tag in _CELL), float(tag is None),
            float(bool(f.weak)), float(f.credit is not None),
            _share(good, k - 2, k + 3, k), _share(good, k - 5, k + 6, k), _share(linky, k - 2, k + 3, k),
            math.log1p(gn), group_good[line.group] / gn, group_linky[line.group] / gn,
            k / span, math.log1p(min(k, m - 1 - k)), math.log1p(m), f.words / body_words,
            float(texts[line.text] > 1), float(k > 0 and good[k - 1]), float(k + 1 < m and good[k + 1]),
            float(main_page), float(main_page and not in_main),
            body_good, body_linky,
        ])
    return out


def body_probabilities(model: LineModel, lines: Sequence[Line], feats: Sequence[LineFeatures],
                       quals: Sequence[str], body: Sequence[bool]) -> dict[int, float]:
    """P(main content) of each body line."""
    which = [i for i in range(len(lines)) if body[i]]
    return {i: model.probability(vec)
            for i, vec in zip(which, line_vectors(lines, feats, quals, body, which), strict=True)}


def _read_model() -> LineModel | None:
    # PAGECLEAN_LINE_MODEL=none: the rules alone (the training script sets it: a model written for an
    # older feature list must not stop it from writing a new one)
    if os.environ.get("PAGECLEAN_LINE_MODEL", "").lower() == "none":
        return None
    path = resources.files(__package__).joinpath("data").joinpath("line_model.json")
    if not path.is_file():
        return None
    return load_line_model(json.loads(path.read_text(encoding="utf-8")))


#: the model shipped with the package (None before one is trained)
LINE_MODEL = _read_model()
