"""Read a page's own metadata: JSON-LD, Open Graph and ``<meta>`` tags, authorship markup.

Takes the parsed root; returns a :class:`~pageclean.model.Metadata`. It looks only at the
elements that carry metadata (``<meta>``, ``<link>``, ``<title>``, JSON-LD ``<script>``, and
``rel=author`` / ``itemprop=author`` markup, found by lxml's C-level search), never at prose.
Nothing is fetched; a JSON-LD block that is not valid JSON, or is very large, is ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..model import Metadata

__all__ = ["read_metadata"]

#: JSON-LD blocks over this many characters are not parsed
_JSONLD_MAX_CHARS = 400_000
#: at most this many JSON-LD nodes are visited per page
_JSONLD_MAX_NODES = 5_000
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle",
    "report", "socialmediaposting", "discussionforumposting", "posting", "review", "howto", "recipe",
    "product", "webpage", "aboutpage", "faqpage", "qapage", "itempage", "medicalwebpage", "creativework",
})
_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                "byl", "citation_author", "twitter:creator:name")
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net|de)/", re.IGNORECASE)
_BY = re.compile(r"^(?:(?:updated|posted|written|sponsored|reviewed|text)\s+)?(?:by|von|par|por|di|door|av|af)\s+",
                 re.IGNORECASE)
_WS = re.compile(r"\s+")
#: what a template may leave around an author's name
_NAME_EDGES = " \"'“”„‘’,;|·•"


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _WS.sub(" ", value).strip()
    return text or None


def _person(value: Any) -> str | None:
    """A person's (or organisation's) name from a meta value: no URLs, no handles, no "By"."""
    text = _clean(value)
    if text is None or _URLISH.search(text) or text.startswith("@") or len(text) > 120:
        return None
    # quotes or a separator left around the name by the template: '"David Kim"', ", USA TODAY"
    return _BY.sub("", text.strip(_NAME_EDGES)).strip(_NAME_EDGES) or None


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author/publisher value: a string, an object with ``name``, or a list."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items[:20]:
        name = _person(item.get("name") if isinstance(item, dict) else item)
        if name is not None:
            out.append(name)
    return out


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    types = t if isinstance(t, list) else [t]
    return {x.casefold().rsplit("/", 1)[-1] for x in types if isinstance(x, str)}


def _jsonld_nodes(blocks: list[str]) -> Iterator[dict[str, Any]]:
    seen = 0
    for raw in blocks:
        if len(raw) > _JSONLD_MAX_CHARS:
            continue
        raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
        raw = raw.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and seen < _JSONLD_MAX_NODES:
            node = stack.pop()
            seen += 1
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                yield node
                graph = node.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
                main = node.get("mainEntity")
                if isinstance(main, (dict, list)):
                    stack.append(main)


def read_metadata(root: Any) -> Metadata:
    metas: dict[str, str] = {}
    authors: list[str] = []
    provenance: dict[str, str] = {}
    jsonld: list[str] = []
    doc_title: str | None = None
    canonical: str | None = None
    for el in root.iter("meta", "link", "script", "title"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().casefold()
            content = el.get("content")
            if key and content and key not in metas:
                metas[key] = content
        elif tag == "link":
            if canonical is None and (el.get("rel") or "").casefold() == "canonical":
                canonical = _clean(el.get("href"))
        elif tag == "script":
            if (el.get("type") or "").strip().casefold() == "application/ld+json" and el.text:
                jsonld.append(el.text)
        elif doc_title is None:
            doc_title = _clean(el.text)

    title = publisher = published = None
    article_seen = False
    for node in _jsonld_nodes(jsonld):
        types = _types(node)
        if not types & _ARTICLE_TYPES:
            continue
        is_page = types <= {"webpage", "aboutpage", "faqpage", "qapage", "itempage", "medicalwebpage"}
        if article_seen and is_page:
            continue
        if not is_page:
            article_seen = True
        headline = _clean(node.get("headline")) or (None if is_page else _clean(node.get("name")))
        if headline and (title is None or not is_page):
            title, provenance["title"] = headline, "json-ld"
        found = _names(node.get("author")) or _names(node.get("creator"))
        if found and not authors:
            authors, provenance["authors"] = found, "json-ld"
        names = _names(node.get("publisher")) or _names(node.get("sourceOrganization"))
        if names and publisher is None:
            publisher, provenance["publisher"] = names[0], "json-ld"
        date = _clean(node.get("datePublished"))
        if date and published is None:
            published, provenance["published"] = date, "json-ld"

    for key in ("og:title", "twitter:title"):
        if title is None and _clean(metas.get(key)):
            title, provenance["title"] = _clean(metas[key]), key
    if not authors:
        for key in _AUTHOR_META:
            name = _person(metas.get(key))
            if name is not None:
                authors, provenance["authors"] = [name], f"meta:{key}"
                break
    if not authors:
        # author markup: one or two distinct names; more are a thread's or a teaser list's
        marked: list[str] = []
        for el in root.xpath("//*[@rel='author' or @itemprop='author'][position() <= 12]"):
            named = el.xpath(".//*[@itemprop='name']")
            name = _person((named[0] if named else el).text_content()) if el.tag != "link" else None
            if name is not None and name not in marked and len(name.split()) <= 6:
                marked.append(name)
        if 1 <= len(marked) <= 2:
            authors, provenance["authors"] = marked, "markup:author"
    if published is None:
        for key in ("article:published_time", "og:published_time", "date", "dc.date", "pubdate"):
            if _clean(metas.get(key)):
                published, provenance["published"] = _clean(metas[key]), f"meta:{key}"
                break
    site_name = _clean(metas.get("og:site_name")) or _clean(metas.get("application-name"))
    lang = root.get("lang") or root.get("xml:lang")
    return Metadata(
        title=title,
        document_title=doc_title,
        authors=tuple(dict.fromkeys(authors)),
        site_name=site_name,
        publisher=publisher,
        published=published,
        description=_clean(metas.get("og:description")) or _clean(metas.get("description")),
        language=_clean(lang),
        canonical_url=canonical or _clean(metas.get("og:url")),
        provenance=tuple(sorted(provenance.items())),
    )
