"""The contract: what :func:`pageclean.extract` returns.

Every offset (``start``, ``end``) indexes :attr:`Page.text`, the page's full text after the
documented normalisation (see :mod:`pageclean.text.normalize`). The segments of a page are in
order, never overlap, and together cover every non-whitespace character of ``Page.text``.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = [
    "Block",
    "BlockKind",
    "Boilerplate",
    "BoilerplateKind",
    "Credit",
    "CreditKind",
    "InputKind",
    "Metadata",
    "Page",
    "Role",
    "Segment",
    "SegmentKind",
]


class _StrEnum(str, Enum):
    """A str enum that prints as its value (``enum.StrEnum`` needs Python 3.11)."""

    def __str__(self) -> str:
        return str(self.value)


class Role(_StrEnum):
    """What a segment is to the page."""

    #: the article's headline
    TITLE = "title"
    #: the article itself (paragraphs, headings, lists, quotes, tables, code)
    BODY = "body"
    #: a line or prefix naming who the story came from
    CREDIT = "credit"
    #: page chrome, typed by :class:`BoilerplateKind`
    BOILERPLATE = "boilerplate"


class InputKind(_StrEnum):
    #: markup, parsed as HTML
    HTML = "html"
    #: text that was already flattened from HTML
    TEXT = "text"


class BlockKind(_StrEnum):
    """The kind of a body block (the title segment has kind ``heading``)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"


class CreditKind(_StrEnum):
    #: a source line: ``Source: Anadolu``, ``Quelle: dpa``, ``With inputs from PTI``, ``(dpa/lno)``
    AGENCY = "agency"
    #: a dateline naming the agency: ``GENEVA (Reuters) -``
    DATELINE = "dateline"
    #: a wire trailer: ``Reporting by …; Editing by …``
    CONTRIBUTORS = "contributors"
    #: ``By NAME``, ``Von NAME``, ``Par NAME``
    BYLINE = "byline"
    #: a wire copyright: ``Copyright 2022 The Associated Press``
    COPYRIGHT = "copyright"


class BoilerplateKind(_StrEnum):
    #: weather widgets
    WEATHER = "weather"
    #: share bars, social buttons, "follow us"
    SHARE = "share"
    #: menus, breadcrumbs, skip links, pagination
    NAVIGATION = "navigation"
    #: cookie notices and consent buttons
    COOKIE = "cookie"
    #: newsletter prompts
    NEWSLETTER = "newsletter"
    #: related / more / most-read headline lists
    RELATED = "related"
    #: advertisement labels and sponsored slots
    ADVERTISEMENT = "advertisement"
    #: tag, topic and category lists
    TAGS = "tags"
    #: comment counters, forms and comment threads on articles
    COMMENTS = "comments"
    #: copyright footers, imprint, privacy and terms links
    LEGAL = "legal"
    #: stock and currency tickers
    MARKET_TICKER = "market_ticker"
    #: log-in prompts and paywalls
    LOGIN_PAYWALL = "login_paywall"
    #: dates, reading time, print and font-size buttons, view counts
    PAGE_META = "page_meta"
    #: image captions and photo credits
    CAPTION = "caption"
    #: chrome that fits none of the kinds above
    OTHER = "other"


SegmentKind = BlockKind | CreditKind | BoilerplateKind


@dataclass(frozen=True, slots=True)
class Segment:
    """One typed, contiguous span of :attr:`Page.text`."""

    role: Role
    kind: SegmentKind
    start: int
    end: int
    text: str
    #: the names of the rules or features that decided this segment
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role.value,
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Block:
    """A body block: a paragraph, heading, list item, quote, table or code."""

    kind: BlockKind
    text: str
    start: int
    end: int
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "text": self.text, "start": self.start, "end": self.end,
                "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Credit:
    """Who the story came from.

    ``source`` is the credited organisation normalised against the agency gazetteer
    (``AA`` → ``Anadolu Agency``), or for bylines and contributor trailers the first person's name;
    ``None`` when the line credits no one in particular (``With inputs from agencies``).
    """

    kind: CreditKind
    source: str | None
    text: str
    start: int
    end: int
    #: ISO 3166 country of the agency, when the source is a known agency
    country: str | None = None
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "source": self.source, "country": self.country,
                "text": self.text, "start": self.start, "end": self.end, "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A block of page chrome and its kind."""

    kind: BoilerplateKind
    text: str
    start: int
    end: int
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "text": self.text, "start": self.start, "end": self.end,
                "evidence": list(self.evidence)}


_ROLE_COLOURS = {
    Role.TITLE: "#cfe2ff",
    Role.BODY: "#ffffff",
    Role.CREDIT: "#d1f2d1",
    Role.BOILERPLATE: "#f3d6d6",
}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself in its markup (JSON-LD, Open Graph, ``<meta>``, author
    markup). Empty for text input. These are the page's claims, not pageclean's findings: the
    title and credits of the :class:`Page` are what was found in the text."""

    #: the headline: JSON-LD ``headline``, else ``og:title`` / ``twitter:title``
    title: str | None = None
    #: the ``<title>`` element as written (often with the site name)
    document_title: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    publisher: str | None = None
    #: as written by the page (usually ISO 8601)
    published: str | None = None
    description: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    #: (field, where it came from: ``json-ld``, ``og:title``, ``meta:author``, ``markup:author``…)
    provenance: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "document_title": self.document_title, "authors": list(self.authors),
            "site_name": self.site_name, "publisher": self.publisher, "published": self.published,
            "description": self.description, "language": self.language, "canonical_url": self.canonical_url,
            "provenance": dict(self.provenance),
        }


EMPTY_METADATA = Metadata()


@dataclass(frozen=True, slots=True)
class Page:
    """A page split into title, body, credits and typed boilerplate."""

    #: the page's full text; every offset indexes it
    text: str
    title: str | None
    #: the body blocks joined by one blank line
    body: str
    blocks: tuple[Block, ...]
    credits: tuple[Credit, ...]
    boilerplate: tuple[Boilerplate, ...]
    segments: tuple[Segment, ...]
    input_kind: InputKind
    url: str | None = None
    #: the encoding used to decode bytes input (``None`` for str input)
    encoding: str | None = None
    #: why that encoding was chosen: ``bom``, ``http``, ``meta``, ``detected``, ``fallback``
    encoding_source: str | None = None
    #: the page's own metadata (HTML input); see :class:`Metadata`
    metadata: Metadata = EMPTY_METADATA

    def __str__(self) -> str:
        return self.body

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "input_kind": self.input_kind.value,
            "encoding": self.encoding,
            "encoding_source": self.encoding_source,
            "title": self.title,
            "body": self.body,
            "blocks": [b.to_dict() for b in self.blocks],
            "credits": [c.to_dict() for c in self.credits],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "segments": [s.to_dict() for s in self.segments],
            "metadata": self.metadata.to_dict(),
            "text": self.text,
        }

    def to_record(self) -> dict[str, Any]:
        """The compact record a pipeline keeps: title, body, credits, the boilerplate kinds found,
        the metadata's authors, and the input kind (JSON-ready)."""
        return {
            "input_kind": self.input_kind.value,
            "title": self.title,
            "body": self.body,
            "credits": [{"kind": c.kind.value, "source": c.source, "text": c.text} for c in self.credits],
            "boilerplate_kinds": sorted({b.kind.value for b in self.boilerplate}),
            "authors": list(self.metadata.authors),
        }

    def to_markdown(self) -> str:
        """The title and body as Markdown: ``#`` title, ``##`` headings, ``-`` list items, ``>``
        quotes, fenced code; tables stay as tab-separated lines."""
        out: list[str] = [f"# {self.title}"] if self.title else []
        for block in self.blocks:
            text = block.text
            if block.kind is BlockKind.HEADING:
                out.append("## " + " ".join(text.split()))
            elif block.kind is BlockKind.LIST_ITEM:
                out.append("\n".join("- " + line.lstrip("-•·*▪ ").strip() for line in text.split("\n") if line.strip()))
            elif block.kind is BlockKind.QUOTE:
                out.append("\n".join("> " + line for line in text.split("\n")))
            elif block.kind is BlockKind.CODE:
                out.append("```\n" + text + "\n```")
            else:
                out.append(text)
        return "\n\n".join(out)

    def to_json(self, *, indent: int | None = None) -> str:
        # ensure_ascii keeps lone surrogates (possible in str input) JSON-safe
        return json.dumps(self.to_dict(), ensure_ascii=True, indent=indent)

    def _repr_html_(self) -> str:
        parts: list[str] = []
        pos = 0
        for seg in self.segments:
            if seg.start > pos:
                parts.append(html.escape(self.text[pos : seg.start]))
            colour = _ROLE_COLOURS[seg.role]
            label = f"{seg.role.value}:{seg.kind.value}"
            parts.append(
                f'<span style="background:{colour}" title="{html.escape(label)} '
                f'({html.escape(", ".join(seg.evidence))})">'
                f'<sup style="color:#555;font-size:70%">{html.escape(label)}</sup>'
                f"{html.escape(seg.text)}</span>"
            )
            pos = seg.end
        parts.append(html.escape(self.text[pos:]))
        return '<pre style="white-space:pre-wrap">' + "".join(parts) + "</pre>"
