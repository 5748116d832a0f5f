"""The public entry point: :func:`extract` calls the stages in order and does nothing else.

decode → (parse → render, for HTML) → normalise → segment → features → classify → assemble
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from .assemble import assemble, empty_page
from .classify import classify
from .decode import decode_bytes, sniff_binary
from .errors import InputTooLargeError, InputTypeError
from .features import page_features
from .html import parse_html, read_metadata, render
from .lexicon import THRESHOLDS
from .linemodel import LINE_MODEL
from .model import EMPTY_METADATA, InputKind, Metadata, Page
from .options import DEFAULT_OPTIONS, Options
from .text import normalize_text, segment_text

__all__ = ["extract", "looks_like_html"]

_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|span|a\s|br|table|article|section|meta|script|title|h[1-6]|ul|li|"
    r"img|link|style|header|footer|nav|main|form|iframe|strong|em|b|i)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)


#: what may open a page before its first tag: whitespace, a BOM, comments
_LEAD = re.compile(r"(?:\s|\ufeff|<!--.*?-->)*", re.DOTALL)
_PAGE_START = ("<!doctype html", "<html", "<?xml", "<head", "<script", "<style", "<meta", "<link")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than flattened text: it opens like a page (a doctype,
    ``<html>``, ``<head>``, a script or style block, after any comments), or tags are dense — at
    least two known tags, on at least a fifth of its lines (``markup_min_tag_line_share``).
    Flattened text that quotes a few tags (a tutorial's code, a comment form's "allowed tags",
    MDN's ``<table>`` page) is text: read as markup, its lines would run together."""
    head = text[:65536]
    start = head[:4096]
    lead = _LEAD.match(start)
    if start[lead.end() if lead else 0:][:15].lower().startswith(_PAGE_START):
        return True
    if sum(1 for _ in islice(_TAG.finditer(head), 2)) < 2:
        return False
    lines = tagged = 0
    for line in head.split("\n"):
        if line.strip():
            lines += 1
            tagged += _TAG.search(line) is not None
    return tagged >= THRESHOLDS.markup_min_tag_line_share * lines


def _from_tree(root: Any) -> tuple[str, tuple[tuple[str | None, tuple[str, ...]], ...]]:
    rendered = render(root)
    return rendered.text, rendered.lines


def _site_names(meta: Metadata, url: str | None) -> tuple[str, ...]:
    """The names the site goes by: its og:site_name, publisher, and host names."""
    names = [meta.site_name, meta.publisher]
    for link in (url, meta.canonical_url):
        if link:
            names.append(urlsplit(link if "//" in link else "//" + link).hostname)
    return tuple(n for n in names if n)


def _soup_to_markup(source: Any) -> str | None:
    """BeautifulSoup objects and Tags render back to markup (bs4 is not on the hot path)."""
    module = type(source).__module__
    if module.startswith("bs4"):
        return str(source)
    return None


def extract(source: str | bytes | Any, *, url: str | None = None, headers: Mapping[str, str] | None = None,
            options: Options | None = None) -> Page:
    """Split a page into title, body, credits and typed boilerplate.

    ``source`` is HTML or flattened text as ``str`` or ``bytes`` (any encoding), a BeautifulSoup
    object or Tag, or an lxml element or tree. ``headers`` (an HTTP header mapping) may name the
    charset of bytes. Raises :class:`~pageclean.InputTypeError` for anything else,
    :class:`~pageclean.NotHTMLError` for bytes that are clearly not a page, and
    :class:`~pageclean.InputTooLargeError` past ``options.max_bytes``. Empty input gives an
    empty Page.
    """
    opts = options if options is not None else DEFAULT_OPTIONS
    if not isinstance(opts, Options):
        raise InputTypeError(f"options must be a pageclean.Options, not {type(opts).__name__}")
    encoding: str | None = None
    encoding_source: str | None = None
    tree: Any = None

    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if opts.max_bytes is not None and len(data) > opts.max_bytes:
            raise InputTooLargeError(f"input is {len(data)} bytes, over max_bytes={opts.max_bytes}")
        sniff_binary(data)
        markup, encoding, encoding_source = decode_bytes(data, headers)
    elif isinstance(source, str):
        markup = source
        if opts.max_bytes is not None and len(markup) > opts.max_bytes // 4 and \
                len(markup.encode("utf-8", "surrogatepass")) > opts.max_bytes:
            raise InputTooLargeError(f"input is over max_bytes={opts.max_bytes}")
    else:
        soup = _soup_to_markup(source)
        if soup is not None:
            markup = soup
        elif hasattr(source, "getroot") and callable(source.getroot) and type(source).__module__.startswith("lxml"):
            tree = source.getroot()
            markup = ""
        elif type(source).__module__.startswith("lxml") and hasattr(source, "tag"):
            tree = source
            markup = ""
        else:
            raise InputTypeError(
                "extract() takes HTML or text as str or bytes, a BeautifulSoup object, or an lxml "
                f"element or tree, not {type(source).__name__}")

    if tree is not None or opts.input_kind == "html":
        kind = InputKind.HTML
    elif opts.input_kind == "text":
        kind = InputKind.TEXT
    else:
        kind = InputKind.HTML if looks_like_html(markup) else InputKind.TEXT

    hints: tuple[tuple[str | None, tuple[str, ...]], ...] | None = None
    meta: Metadata = EMPTY_METADATA
    if kind is InputKind.HTML:
        if tree is None:
            tree = parse_html(markup)
        if tree is None:
            return empty_page("", kind, url=url, encoding=encoding, encoding_source=encoding_source)
        meta = read_metadata(tree)
        text, hints = _from_tree(tree)
        text = normalize_text(text)
    else:
        text = normalize_text(markup)

    lines = segment_text(text, hints)
    if not lines:
        return empty_page(text, kind, url=url, encoding=encoding, encoding_source=encoding_source, metadata=meta)
    feats = page_features(lines)
    decisions = classify(lines, feats, find_title=opts.detect_title, title_hint=meta.title,
                         author_hints=meta.authors, site_hints=_site_names(meta, url),
                         line_model=LINE_MODEL if opts.line_model else None)
    return assemble(text, lines, decisions, kind, url=url, encoding=encoding, encoding_source=encoding_source,
                    metadata=meta)
