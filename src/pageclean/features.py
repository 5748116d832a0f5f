"""Context-free features of one line.

Takes a :class:`~pageclean.text.Line`; returns :class:`LineFeatures`: counts, shape, stop-word
density, the boilerplate kinds whose strong or weak patterns match, and any credit. Nothing here
looks at neighbouring lines; that is the classifier's context pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .credits import CJK_CHAR, CreditMatch, match_credit
from .lexicon import RULE_INDEX, STOPWORDS, fold_lower
from .model import BoilerplateKind
from .text.segment import Line

__all__ = ["WEAK_MAX_WORDS", "LineFeatures", "line_features", "page_features"]

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^(?:[•·▪►◦‣∙*■□➤✓✔-]|[-–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_SENTENCE_END = frozenset(".!?…:;\"”»’)。！？")
_TERMINAL = frozenset(".!?…。！？")
#: lines longer than this many characters are never matched against boilerplate patterns
_PATTERN_MAX_CHARS = 1200
#: weak patterns are whole-line cues of at most this many words ("Accept all", "17.7", "Email")
WEAK_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class LineFeatures:
    words: int
    chars: int
    letters: int
    stop_ratio: float
    ends_sentence: bool
    ends_terminal: bool
    starts_upper: bool
    starts_lower: bool
    bullet: bool
    urlish: bool
    #: (kind, rule) of the first boilerplate kind whose strong pattern matches
    strong: tuple[BoilerplateKind, str] | None
    #: kinds whose weak patterns match, with the rule
    weak: tuple[tuple[BoilerplateKind, str], ...]
    credit: CreditMatch | None


def _word_count(text: str, tokens: list[str]) -> int:
    cjk = len(CJK_CHAR.findall(text)) if not text.isascii() else 0
    return len(tokens) + cjk // 2


def line_features(line: Line) -> LineFeatures:
    text = line.text
    tokens = _WORD.findall(text)
    words = _word_count(text, tokens)
    letters = sum(map(str.isalpha, text))
    stops = sum(map(STOPWORDS.__contains__, map(str.casefold, tokens)))
    strong: tuple[BoilerplateKind, str] | None = None
    weak: list[tuple[BoilerplateKind, str]] = []
    if len(text) <= _PATTERN_MAX_CHARS:
        low = fold_lower(text)
        for rules, strong_may, weak_may in RULE_INDEX.candidates(low):
            if words > rules.max_words:
                continue
            if strong is None:
                name = rules.strong.first(text, low, strong_may)
                if name is not None:
                    strong = (rules.kind, name)
            if words <= WEAK_MAX_WORDS:
                name = rules.weak.first(text, low, weak_may)
                if name is not None:
                    weak.append((rules.kind, name))
    last = text[-1]
    first = text[0]
    core = text.rstrip("\"'”’»)]*")
    terminal = bool(core) and core[-1] in _TERMINAL
    return LineFeatures(
        words=words,
        chars=len(text),
        letters=letters,
        stop_ratio=stops / len(tokens) if tokens else 0.0,
        ends_sentence=last in _SENTENCE_END,
        ends_terminal=terminal,
        starts_upper=first.isupper() or (not first.isalnum() and text[1:2].isupper()),
        starts_lower=first.islower(),
        bullet=bool(_BULLET.match(text)),
        urlish=bool(_URLISH.match(text)),
        strong=strong,
        weak=tuple(weak),
        credit=match_credit(text, len(tokens)),
    )


def page_features(lines: Sequence[Line]) -> list[LineFeatures]:
    """``line_features`` of every line. Pages repeat lines (a menu printed for desktop and for
    mobile, "Reply" under every comment: a quarter of the lines on the dev sets), and a line's
    features depend on its text alone, so each distinct text is read once; the memo lives for
    this call only."""
    memo: dict[str, LineFeatures] = {}
    out: list[LineFeatures] = []
    for line in lines:
        f = memo.get(line.text)
        if f is None:
            f = memo[line.text] = line_features(line)
        out.append(f)
    return out
