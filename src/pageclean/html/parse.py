"""Parse HTML once with lxml, safely: no network, no entity resolution, bounded depth.

Takes a str (already decoded); returns the root element, or None when nothing parsable remains.
lxml's HTML parser never fetches anything (``no_network``) and does not expand external entities;
libxml2 caps nesting depth, so absurdly deep documents are cut rather than recursed into.
"""

from __future__ import annotations

from typing import Any

from lxml import etree, html

__all__ = ["parse_html"]

_PARSER_ARGS: dict[str, Any] = {
    "recover": True,
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
    "remove_blank_text": False,
    "huge_tree": False,
}


def parse_html(markup: str) -> Any | None:
    # a fresh parser per call: lxml parsers keep state (error logs), and we keep none across pages
    parser = html.HTMLParser(**_PARSER_ARGS)
    # an XML declaration in a str makes lxml refuse it; the decl says nothing once decoded
    if markup.lstrip().startswith("<?xml"):
        end = markup.find("?>")
        markup = markup[end + 2:] if end >= 0 else markup
    if not markup.strip():
        return None
    try:
        root = html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root
