"""Classified lines → :class:`~pageclean.model.Page`, checking the lossless invariant.

Takes ``Page.text``, its lines and one decision per line; returns the Page. Adjacent boilerplate
lines of one kind become one block; a body line a wrapped paragraph continues joins it; a credit
that covers part of a body line (a dateline) splits that line into a credit and a body segment.
Finally every gap between segments is checked to be whitespace: nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Decision
from .errors import PagecleanError
from .model import (
    EMPTY_METADATA,
    Block,
    BlockKind,
    Boilerplate,
    Credit,
    InputKind,
    Metadata,
    Page,
    Role,
    Segment,
    SegmentKind,
)
from .text.segment import Line

__all__ = ["assemble", "empty_page"]

_SITE_SUFFIX = re.compile(r"^(.{8,}?)\s(?:\||-|–|—|::|·|•|»)\s([^|–—·•»]{1,60})$")
_TERMINAL = frozenset(".!?…:;。！？")


def _clean_title(text: str) -> str:
    """Drop a trailing site name: ``Headline | Site`` → ``Headline`` (up to four words, not all
    in lower case)."""
    m = _SITE_SUFFIX.match(text)
    if m is not None and len(m.group(2).split()) <= 4 and len(m.group(1).split()) >= 2:
        # a site's name has a capital or a digit ("Allbirds", "eBay", "20 Minuten"); a subtitle in
        # lower case is the headline's own ("… Czechach – kontekst krajowy, implikacje, perspektywy")
        if not any(c.isupper() or c.isdigit() for c in m.group(2)):
            return text
        return m.group(1).strip()
    return text


def _merge_evidence(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return a + tuple(e for e in b if e not in a)


def empty_page(text: str, input_kind: InputKind, *, url: str | None = None, encoding: str | None = None,
               encoding_source: str | None = None, metadata: Metadata = EMPTY_METADATA) -> Page:
    return Page(text=text, title=None, body="", blocks=(), credits=(), boilerplate=(), segments=(),
                input_kind=input_kind, url=url, encoding=encoding, encoding_source=encoding_source,
                metadata=metadata)


def assemble(text: str, lines: Sequence[Line], decisions: Sequence[Decision], input_kind: InputKind, *,
             url: str | None = None, encoding: str | None = None, encoding_source: str | None = None,
             metadata: Metadata = EMPTY_METADATA) -> Page:
    segments: list[Segment] = []
    credits: list[Credit] = []
    title: str | None = None
    spans_meta: list[tuple[int, Line | None]] = []  # per segment: the line index it came from

    def add(role: Role, kind: SegmentKind, start: int, end: int, evidence: tuple[str, ...],
            line: Line | None) -> None:
        segments.append(Segment(role, kind, start, end, text[start:end], evidence))
        spans_meta.append((len(segments) - 1, line))

    for line, d in zip(lines, decisions, strict=False):
        c = d.credit
        if d.role is Role.CREDIT and c is not None:
            add(Role.CREDIT, c.kind, line.start, line.end, d.evidence, line)
            credits.append(Credit(c.kind, c.source, line.text, line.start, line.end, c.country, d.evidence))
        elif d.role is Role.BODY and c is not None:
            cs, ce = line.start + c.start, line.start + c.end
            # both parts are stripped: the credit of its trailing space, the body of its leading one
            credit_text = text[cs:ce].strip()
            cs = cs + (len(text[cs:ce]) - len(text[cs:ce].lstrip()))
            ce = cs + len(credit_text)
            before, after = text[line.start:cs].rstrip(), text[ce:line.end].lstrip()
            if before:
                add(Role.BODY, d.kind, line.start, line.start + len(before), d.evidence, line)
            add(Role.CREDIT, c.kind, cs, ce, (c.rule,), None)
            credits.append(Credit(c.kind, c.source, credit_text, cs, ce, c.country, (c.rule,)))
            if after:
                add(Role.BODY, d.kind, line.end - len(after), line.end, d.evidence, line)
        elif d.role is Role.TITLE:
            add(Role.TITLE, BlockKind.HEADING, line.start, line.end, d.evidence, line)
            if title is None:
                title = _clean_title(line.text)
        else:
            add(d.role, d.kind, line.start, line.end, d.evidence, line)

    merged = _merge(text, segments, [m[1] for m in spans_meta])
    _check_lossless(text, merged)
    blocks = tuple(Block(s.kind, s.text, s.start, s.end, s.evidence)  # type: ignore[arg-type]
                   for s in merged if s.role is Role.BODY)
    boiler = tuple(Boilerplate(s.kind, s.text, s.start, s.end, s.evidence)  # type: ignore[arg-type]
                   for s in merged if s.role is Role.BOILERPLATE)
    return Page(
        text=text,
        title=title,
        body="\n\n".join(b.text for b in blocks),
        blocks=blocks,
        credits=tuple(credits),
        boilerplate=boiler,
        segments=tuple(merged),
        input_kind=input_kind,
        url=url,
        encoding=encoding,
        encoding_source=encoding_source,
        metadata=metadata,
    )


def _continues_paragraph(prev: Segment, prev_line: Line | None, line: Line | None) -> bool:
    """A hard-wrapped paragraph: same group, the previous line has no end, this one starts lower case."""
    if prev_line is None or line is None or prev_line.group != line.group or prev_line.tag or line.tag:
        return False
    return prev.text[-1] not in _TERMINAL and line.text[0].islower()


def _merge(text: str, segments: list[Segment], origin: list[Line | None]) -> list[Segment]:
    out: list[Segment] = []
    last_line: Line | None = None
    for seg, line in zip(segments, origin, strict=False):
        if out:
            prev = out[-1]
            same_boiler = (seg.role is Role.BOILERPLATE and prev.role is Role.BOILERPLATE
                           and seg.kind is prev.kind)
            wrapped = (seg.role is Role.BODY and prev.role is Role.BODY and seg.kind is BlockKind.PARAGRAPH
                       and prev.kind is BlockKind.PARAGRAPH and _continues_paragraph(prev, last_line, line))
            if same_boiler or wrapped:
                out[-1] = Segment(prev.role, prev.kind, prev.start, seg.end, text[prev.start:seg.end],
                                  _merge_evidence(prev.evidence, seg.evidence))
                last_line = line
                continue
        out.append(seg)
        last_line = line
    return out


def _check_lossless(text: str, segments: Sequence[Segment]) -> None:
    pos = 0
    for seg in segments:
        if seg.start < pos or seg.end < seg.start or (text[pos:seg.start].strip()):
            raise PagecleanError(f"internal error: segments lose or overlap text near offset {pos}")
        pos = seg.end
    if text[pos:].strip():
        raise PagecleanError(f"internal error: text after offset {pos} is not covered")

