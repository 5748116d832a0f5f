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

__all__ = ["Rendered", "render"]

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                   "canvas", "audio", "video", "select", "option", "textarea", "input", "button", "head",
                   "link", "meta", "base"})
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
                        "dl", "figure", "header", "footer", "section", "article", "aside", "nav", "main",
                        "form", "hr", "title", "figcaption", "address", "details", "fieldset"})
_LINE = frozenset({"div", "li", "tr", "dt", "dd", "br", "caption", "summary", "legend", "center", "hgroup",
                   "dialog", "menu", "label"})
_HINT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "p",
                        "figcaption", "title", "dt", "dd", "caption", "code"})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    #: per physical line of ``text``: (block tag, class/id hints)
    lines: tuple[tuple[str | None, tuple[str, ...]], ...]


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


class _Builder:
    """Collects rendered lines; a pure accumulator local to one render() call."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tags: list[tuple[str | None, tuple[str, ...]]] = []
        self.current: list[str] = []
        self.current_tag: str | None = None
        self.pending_blank = False

    def text(self, s: str, tag: str | None, pre: bool) -> None:
        if not s:
            return
        if pre:
            parts = s.split("\n")
            for k, part in enumerate(parts):
                if k:
                    self.newline()
                if part:
                    self._add(part, tag)
            return
        collapsed = _SPACES.sub(" ", s)
        if not self.current:
            collapsed = collapsed.lstrip()
        elif self.current[-1].endswith(" ") and collapsed.startswith(" "):
            collapsed = collapsed[1:]
        if collapsed:
            self._add(collapsed, tag)

    def _add(self, s: str, tag: str | None) -> None:
        if not self.current:
            if self.pending_blank and self.lines:
                self.lines.append("")
                self.tags.append((None, ()))
            self.pending_blank = False
            self.current_tag = tag
        self.current.append(s)

    def newline(self) -> None:
        if self.current:
            line = "".join(self.current).rstrip()
            self.current = []
            if line.strip():
                self.lines.append(line)
                self.tags.append((self.current_tag, ()))

    def paragraph(self) -> None:
        self.newline()
        self.pending_blank = True

    def cell(self) -> None:
        if self.current:
            self.current.append("\t")


def render(root: Any) -> Rendered:
    b = _Builder()
    block_stack: list[str] = []
    pre_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:
            if event == "end" and el.tail:
                b.text(el.tail, block_stack[-1] if block_stack else None, pre_depth > 0)
            continue
        tag = tag.lower()
        if event == "start":
            if tag == "head":
                title = root.find(".//title") if root is not None else None
                if title is not None and title.text and title.text.strip():
                    b.text(title.text, "title", False)
                    b.paragraph()
                walker.skip_subtree()
                continue
            if tag in _SKIP or _hidden(el):
                walker.skip_subtree()
                # the skipped element's "end" event still fires: it emits the tail
                continue
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
            if el.text:
                b.text(el.text, block_stack[-1] if block_stack else None, pre_depth > 0)
        else:
            skipped = tag in _SKIP or (tag != "head" and _hidden(el))
            if not skipped:
                if tag in _HINT_TAGS and block_stack:
                    block_stack.pop()
                if tag == "pre":
                    pre_depth -= 1
                if tag in _PARAGRAPH:
                    b.paragraph()
                elif tag in _LINE:
                    b.newline()
                elif tag == "img":
                    pass
            if el.tail:
                b.text(el.tail, block_stack[-1] if block_stack else None, pre_depth > 0)
    b.newline()
    return Rendered("\n".join(b.lines), tuple(b.tags))
