"""The HTML front end: parse once with lxml, render the tree to text with per-line hints."""

from .meta import read_metadata
from .parse import parse_html
from .render import Rendered, render

__all__ = ["Rendered", "parse_html", "read_metadata", "render"]
