"""Render an lxml tree to text, line by line, with a structural hint for each line.

Takes a root element; returns :class:`Rendered`: the text (block elements on their own lines,
paragraph-level blocks separated by a blank line, table cells by tabs) and, for each physical
line, the nearest block tag and the class/id vocabulary hits of its ancestors. The walk uses
``lxml.etree.iterwalk`` (no Python recursion); hidden subtrees, scripts and styles are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ..lexicon import (
    DOM_AUTHOR_MARKS,
    DOM_FIGURE_WORDS,
    DOM_POST_CLASS_MARKERS,
    DOM_POST_CLASS_PREFIXES,
    DOM_TAG_HINTS,
    DOM_WORD_HINTS,
)

__all__ = ["Rendered", "render"]

#: not rendered; ``rt``/``rp`` are ruby annotations (the reading printed above CJK characters)
_SKIP = frozenset({"script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio",
                   "video", "head", "link", "meta", "base", "input", "rt", "rp"})
#: form controls: skipped when small; a large one is markup that was never closed and swallowed the page
_SKIP_IF_SMALL = frozenset({"select", "option", "textarea", "button"})
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
                        "dl", "figure", "header", "footer", "section", "article", "aside", "nav", "main",
                        "form", "hr", "title", "figcaption", "address", "details", "fieldset"})
_LINE = frozenset({"div", "li", "tr", "dt", "dd", "br", "caption", "summary", "legend", "center", "hgroup",
                   "dialog", "menu", "label"})
_HINT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "p",
                        "figcaption", "title", "dt", "dd", "caption", "code"})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"\s+")
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
#: elements whose class/id say what the page is about (WordPress: "category-news tag-weather"), not
#: what the element is
_UNREAD_CLASSES = frozenset({"article", "main", "body", "html"})
#: a line whose characters are at least this share link text is marked ``linky``
_LINKY_SHARE = 0.75
#: a line whose characters are at least this share text inside an author element is marked ``author``
_AUTHOR_SHARE = 0.5
#: a cheap first test for an author path: a slash and the first three letters of one of them
_AUTHOR_PATH_HINT = re.compile("/(?:" + "|".join(sorted({re.escape(p[:3]) for p in DOM_AUTHOR_MARKS.paths})) + ")",
                               re.IGNORECASE)
#: a link to an author page: a path segment that is one of the author paths ("/autoren/jane-doe")
_AUTHOR_PATH = re.compile(r"/(?:" + "|".join(sorted(map(re.escape, DOM_AUTHOR_MARKS.paths), key=len, reverse=True))
                          + r")(?:[/?#]|$)", re.IGNORECASE)
#: hidden elements are skipped only when this small (children, characters)
_HIDDEN_MAX_NODES = 60
_HIDDEN_MAX_CHARS = 400
#: a <form> that holds one of these is a page wrapper, not a form
_FORM_WRAPPER_TAGS = ("h1", "article", "main")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    #: per physical line of ``text``: (block tag, class/id hints)
    lines: tuple[tuple[str | None, tuple[str, ...]], ...]


#: the visible text of a heading's permalink anchor (Sphinx, MkDocs: ``<a class="headerlink">¶</a>``)
_PERMALINK_TEXT = frozenset({"¶", "#", "§", "🔗"})


def _permalink(el: Any) -> bool:
    """A heading's permalink anchor: a same-page link whose only text is a pilcrow or a hash. It
    shows on hover only and is not part of the heading's words ("Models¶")."""
    text = el.text
    return (text is not None and text.strip() in _PERMALINK_TEXT and len(el) == 0
            and (el.get("href") or "").startswith("#"))


def _mark(tag: str, el: Any, seen: dict[str, tuple[str | None, bool, bool]]) -> tuple[str | None, bool, bool]:
    """The concept an element's tag or class/id tokens name (a boilerplate kind or ``content``),
    whether it names the story's author (a link with ``rel="author"`` or to an author page,
    ``/author/jane-doe``, or a class/id token such as ``byline`` or ``autor``), and whether it holds
    an image and what is printed with it (``<figure>``, a class/id token such as ``image``).
    Within one element a boilerplate word wins over a content word ("article-footer" is a footer).
    ``seen`` maps class/id strings already read on this page to the three answers (pages repeat
    them)."""
    author = False
    if tag == "a":
        rel = el.get("rel")
        href = el.get("href")
        author = bool((href and _AUTHOR_PATH_HINT.search(href) and _AUTHOR_PATH.search(href))
                      or (rel and "author" in rel.lower().split()))
    figure = tag == "figure"
    found: str | None = DOM_TAG_HINTS.get(tag)
    if found is not None:
        # a <form> around the page's headline or article is a wrapper (ASP.NET wraps the whole
        # page in one), not a search, sign-in or order form
        if tag == "form" and _wrapper_form(el):
            return None, author, figure
        return found, author, figure
    if tag in _UNREAD_CLASSES:
        return ("content" if tag in ("article", "main") else None), author, figure
    cls = el.get("class")
    ident = el.get("id")
    if cls and ident and ident[-1:].isdigit():
        # "TOC_TITLE_1", "nav_nur_die_folie__1": a numbered anchor for one instance; its class says
        # what the element is
        ident = None
    attrs = f"{cls} {ident}" if cls and ident else (cls or ident)
    if not attrs:
        return None, author, figure
    known = seen.get(attrs)
    if known is None:
        names = attrs.lower().split()
        if not DOM_POST_CLASS_MARKERS.isdisjoint(names):  # "category-popular": what the post is filed under
            names = [c for c in names if not c.startswith(DOM_POST_CLASS_PREFIXES)]
        tokens = _TOKEN_SPLIT.split(" ".join(names))
        known = seen[attrs] = (_words_mark(tokens), not DOM_AUTHOR_MARKS.words.isdisjoint(tokens),
                               not DOM_FIGURE_WORDS.isdisjoint(tokens))
    return known[0], known[1] or author, known[2] or figure


def _words_mark(tokens: list[str]) -> str | None:
    found: str | None = None
    for token in tokens:
        concept = DOM_WORD_HINTS.get(token)
        if concept is not None and concept != "content":
            return concept
        if concept == "content":
            found = concept
    return found


def _hidden(el: Any) -> bool:
    """Hidden and small: a collapsed menu, a modal, an icon label. Large hidden subtrees are kept:
    pages hide their whole content until a script reveals it (anti-flicker wrappers)."""
    if el.get("hidden") is None and el.get("aria-hidden") != "true":
        style = el.get("style")
        if not (style and _HIDDEN_STYLE.search(style)):
            return False
    return _small(el)


def _wrapper_form(el: Any) -> bool:
    """A <form> around the page's content (ASP.NET's ``aspnetForm``), not a search, sign-in or
    order form: it holds the page's <h1>, an <article> or <main>. Its size says little: an
    enrolment form holds a country list and pages of terms."""
    return next(el.iter(*_FORM_WRAPPER_TAGS), None) is not None


def _small(el: Any) -> bool:
    """At most _HIDDEN_MAX_NODES elements and _HIDDEN_MAX_CHARS characters (stops early: O(1))."""
    chars = 0
    for n, node in enumerate(el.iter()):
        if n >= _HIDDEN_MAX_NODES:
            return False
        chars += len(node.text or "") + (len(node.tail or "") if node is not el else 0)
        if chars >= _HIDDEN_MAX_CHARS:
            return False
    return True


class _Builder:
    """Collects rendered lines; a pure accumulator local to one render() call."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tags: list[tuple[str | None, tuple[str, ...]]] = []
        self.current: list[str] = []
        self.current_tag: str | None = None
        self.current_mark: str | None = None
        self.link_chars = 0
        self.pending_blank = False
        #: set by the walk: inside a <main> / role=main element
        self.in_main = False
        self.current_main = False
        #: set by the walk: inside an element that names the author
        self.in_author = False
        self.author_chars = 0
        #: set by the walk: inside an image's container; the line started inside one
        self.in_figure = False
        self.current_figure = False

    def text(self, s: str, tag: str | None, pre: bool, mark: str | None = None, link: bool = False) -> None:
        if not s:
            return
        if pre:
            parts = s.split("\n")
            for k, part in enumerate(parts):
                if k:
                    self.newline()
                if part:
                    self._add(part, tag, mark, link)
            return
        if s.isspace():  # indentation between tags: at most one space, and only inside a line
            if self.current and not self.current[-1].endswith(" "):
                self._add(" ", tag, mark, link)
            return
        collapsed = _SPACES.sub(" ", s)
        if not self.current:
            collapsed = collapsed.lstrip()
        elif self.current[-1].endswith(" ") and collapsed.startswith(" "):
            collapsed = collapsed[1:]
        if collapsed:
            self._add(collapsed, tag, mark, link)

    def _add(self, s: str, tag: str | None, mark: str | None, link: bool) -> None:
        if not self.current:
            if self.pending_blank and self.lines:
                self.lines.append("")
                self.tags.append((None, ()))
            self.pending_blank = False
            self.current_tag = tag
            self.current_mark = mark
            self.current_main = self.in_main
            self.current_figure = self.in_figure
            self.link_chars = 0
            self.author_chars = 0
        if link:
            self.link_chars += len(s.strip())
        if self.in_author:
            self.author_chars += len(s.strip())
        self.current.append(s)

    def newline(self) -> None:
        if self.current:
            line = "".join(self.current).rstrip()
            self.current = []
            if line.strip():
                hints: list[str] = []
                if self.current_mark is not None:
                    hints.append(f"dom:{self.current_mark}")
                visible = len(line.replace(" ", ""))
                if self.link_chars >= _LINKY_SHARE * visible:
                    hints.append("linky")
                if self.author_chars and self.author_chars >= _AUTHOR_SHARE * visible:
                    hints.append("author")
                if self.current_main:
                    hints.append("in:main")
                if self.current_figure:
                    hints.append("in:figure")
                self.lines.append(line)
                self.tags.append((self.current_tag, tuple(hints)))

    def paragraph(self) -> None:
        self.newline()
        self.pending_blank = True

    def cell(self) -> None:
        if self.current:
            self.current.append("\t")


def render(root: Any) -> Rendered:
    b = _Builder()
    block_stack: list[str] = []
    marks: list[str | None] = []  # per open element: its mark, or the mark it inherits
    pre_depth = 0
    link_depth = 0
    main_depth = 0
    just_skipped = False  # the previous event was the start of a skipped element
    seen: dict[str, tuple[str | None, bool, bool]] = {}  # class/id → (concept, author, figure), this page only
    authors: list[Any] = []  # the open elements that name the author
    figures: list[Any] = []  # the open elements that hold an image
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:
            if event == "end" and el.tail:
                b.text(el.tail, block_stack[-1] if block_stack else None, pre_depth > 0,
                       marks[-1] if marks else None, link_depth > 0)
            continue
        tag = tag.lower()
        if event == "start":
            if tag == "head":
                title = root.find(".//title") if root is not None else None
                if title is not None and title.text and title.text.strip():
                    b.text(title.text, "title", False)
                    b.paragraph()
                walker.skip_subtree()
                just_skipped = True
                continue
            if (tag in _SKIP or _hidden(el) or (tag in _SKIP_IF_SMALL and _small(el))
                    or (tag == "a" and _permalink(el))):
                walker.skip_subtree()
                # the skipped element's "end" event still fires (it is the very next event): it
                # emits the tail and must not pop what its start never pushed
                just_skipped = True
                continue
            mark, is_author, is_figure = _mark(tag, el, seen)
            marks.append(mark if mark is not None else (marks[-1] if marks else None))
            if is_author:
                authors.append(el)
                b.in_author = True
            if is_figure:
                figures.append(el)
                b.in_figure = True
            if tag == "a":
                link_depth += 1
            if tag in _PARAGRAPH:
                b.paragraph()
            elif tag in _LINE:
                b.newline()
            elif tag in _CELL:
                b.cell()
            if tag in _HINT_TAGS:
                block_stack.append(tag)
            if tag == "pre":
                pre_depth += 1
            if tag == "main" or el.get("role") == "main":
                main_depth += 1
                b.in_main = True
            if el.text:
                b.text(el.text, block_stack[-1] if block_stack else None, pre_depth > 0, marks[-1],
                       link_depth > 0)
        else:
            skipped, just_skipped = just_skipped, False
            if not skipped:
                if marks:
                    marks.pop()
                if authors and authors[-1] is el:
                    authors.pop()
                    b.in_author = bool(authors)
                if figures and figures[-1] is el:
                    figures.pop()
                    b.in_figure = bool(figures)
                if tag == "a" and link_depth:
                    link_depth -= 1
                if tag in _HINT_TAGS and block_stack:
                    block_stack.pop()
                if tag == "pre":
                    pre_depth -= 1
                if main_depth and (tag == "main" or el.get("role") == "main"):
                    main_depth -= 1
                    b.in_main = main_depth > 0
                if tag in _PARAGRAPH:
                    b.paragraph()
                elif tag in _LINE:
                    b.newline()
            if el.tail:
                b.text(el.tail, block_stack[-1] if block_stack else None, pre_depth > 0,
                       marks[-1] if marks else None, link_depth > 0)
    b.newline()
    return Rendered("\n".join(b.lines), tuple(b.tags))
