"""Required literals of a regular expression: a cheap pre-filter for pattern lists.

``required_literals(pattern)`` returns a set of lower-case strings at least one of which occurs
(case-insensitively) in every string the pattern can match, or ``None`` when no such set can be
read off the pattern. A line that contains none of them cannot match, so the regex engine (which
tries an unanchored pattern at every position of the line) need not run. The same idea as the
literal pre-filters of RE2 and Hyperscan, on Python's own parse of the pattern.
"""

from __future__ import annotations

import re
import sys
from itertools import groupby
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _p
else:  # Python 3.10
    import sre_constants as _c
    import sre_parse as _p

__all__ = ["DIGIT", "SPACE", "WORD", "first_chars", "is_anchored", "required_literals"]

#: literals shorter than this are not worth a substring test
_MIN_LEN = 3


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirement sets (longer shortest literal, then fewer members)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _safe(ch: str) -> bool:
    """A character whose lower case is a plain substring test under IGNORECASE (not ß, ı, µ, ς...)."""
    return ch.upper().lower() == ch


def _run_literal(run: str) -> str | None:
    """The best required literal inside a run of literal characters (already lower-cased).

    Any substring of a required run is required too, so the longest piece free of case-fold
    oddities serves when it has at least ``_MIN_LEN`` characters; failing that, a lone symbol
    (``°``, ``/``, ``©``: neither letter, digit nor space) is still a selective test.
    """
    pieces = ["".join(group) for safe, group in groupby(run, key=_safe) if safe]
    longest = max(pieces, key=len, default="")
    if len(longest) >= _MIN_LEN:
        return longest
    symbols = [ch for ch in run if _safe(ch) and not ch.isalnum() and not ch.isspace()]
    return symbols[0] if symbols else None


def _seq(items: Any) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best, run
        found = _run_literal("".join(run))
        if found is not None:
            best = _better(best, frozenset({found}))
        run = []

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        close()
        if op is _c.SUBPATTERN:
            best = _better(best, _seq(av[-1]))
        elif op is _c.BRANCH:
            alts = [_seq(branch) for branch in av[1]]
            if alts and all(a is not None for a in alts):
                best = _better(best, frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            best = _better(best, _seq(av[2]))
    close()
    return best


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literals one of which every match of ``pattern`` contains (compare with ``text.lower()``)."""
    try:
        parsed = _p.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _seq(parsed.data)
    if found is None:
        return None
    # lower() of a literal must stay a plain substring test: give up on case-fold oddities
    if any(s.lower() != s or s.upper().lower() != s for s in found):
        return None
    return found


def is_anchored(pattern: str) -> bool:
    """True when every match of ``pattern`` starts at the beginning of the string (a leading ``^``)."""
    data = _p.parse(pattern, re.IGNORECASE).data
    if not data:
        return False
    op, arg = data[0]
    where: Any = arg  # typeshed does not know AT's argument is a position code
    return op is _c.AT and where is _c.AT_BEGINNING


#: members of a :func:`first_chars` set that stand for a class of characters, not for one
DIGIT = "\\d"
WORD = "\\w"
SPACE = "\\s"
_CATEGORIES = {_c.CATEGORY_DIGIT: DIGIT, _c.CATEGORY_WORD: WORD, _c.CATEGORY_SPACE: SPACE}
#: a character class is spelled out character by character up to this many characters
_MAX_CLASS = 400


def _class_chars(items: Any) -> set[str] | None:
    """The lower-cased characters (and class names) of a ``[...]`` set, None when negated or odd."""
    found: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            found.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            found.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            return None
    lowered = {ch if len(ch) > 1 else ch.lower() for ch in found}
    # İ lower-cases to two characters, ı, ſ, µ... fold oddly: give up on them
    if any(len(low) != 1 or not _safe(low) for ch, low in ((c, c.lower()) for c in found if len(c) == 1)):
        return None
    return lowered


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(what a match of ``items`` may start with, whether it may match the empty string)."""
    acc: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: what follows still starts the match
        if op is _c.LITERAL:
            here: set[str] | None = _class_chars([(op, av)])
            nullable = False
        elif op is _c.IN:
            here, nullable = _class_chars(av), False
        elif op is _c.SUBPATTERN:
            here, nullable = _first(av[-1])
        elif op is _c.BRANCH:
            here, nullable = set(), False
            for branch in av[1]:
                part, empty = _first(branch)
                if part is None:
                    return None, True
                here |= part
                nullable = nullable or empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            here, empty = _first(av[2])
            nullable = empty or av[0] == 0
        else:
            return None, True
        if here is None:
            return None, True
        acc |= here
        if not nullable:
            return acc, False
    return acc, True


def first_chars(pattern: str) -> frozenset[str] | None:
    """What a match of ``pattern`` at the start of a string may begin with, or None when unknown.

    The set holds lower-cased characters (compare with the first character of
    ``text.lower()``) and the class names :data:`DIGIT`, :data:`WORD` and :data:`SPACE`
    (any character ``str.isdecimal``, ``isalnum`` or ``_``, ``isspace``). Lookarounds are
    skipped, which can only make the set larger. A pattern that may match the empty string, or
    starts with ``.``, a negated class or a case-fold oddity (ı, ſ, µ...), gives None.
    """
    try:
        parsed = _p.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found, nullable = _first(parsed.data)
    if found is None or nullable:
        return None
    return frozenset(found)
