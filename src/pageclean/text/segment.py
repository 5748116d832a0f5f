"""Split normalised text into lines: the units every later stage works on.

Takes ``Page.text`` (and, from the HTML front end, a structural hint per line); returns a tuple of
:class:`Line`, one per line with any non-whitespace character, with its offsets stripped of
surrounding whitespace. Lines separated by no blank line form a *group* (a visual block).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Line", "segment_text"]


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int
    end: int
    text: str
    #: lines with no blank line between them share a group number
    group: int
    #: a structural hint from the HTML front end (``h1``…``h6``, ``li``, ``blockquote``, ``pre``,
    #: ``td``, ``p``, ``figcaption``…), or None for plain text
    tag: str | None = None
    #: class/id vocabulary hits from the HTML front end (``nav``, ``footer``, ``share``…)
    hints: tuple[str, ...] = ()


def segment_text(text: str, tags: Sequence[tuple[str | None, tuple[str, ...]]] | None = None) -> tuple[Line, ...]:
    """Lines of ``text``; ``tags`` gives the hint for each physical line (``text.split('\\n')``)."""
    lines: list[Line] = []
    group = 0
    pos = 0
    blank_seen = False
    for n, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            if blank_seen and lines:
                group += 1
            blank_seen = False
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            tag, hints = tags[n] if tags is not None and n < len(tags) else (None, ())
            lines.append(Line(len(lines), start, start + len(stripped), stripped, group, tag, hints))
        else:
            blank_seen = True
        pos += len(raw) + 1
    return tuple(lines)
