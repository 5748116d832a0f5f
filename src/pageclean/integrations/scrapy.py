"""A Scrapy item pipeline that fills item fields from the page HTML the spider stored on the item.

Two lines of settings::

    ITEM_PIPELINES = {"pageclean.integrations.scrapy.PagecleanPipeline": 300}
    PAGECLEAN_FIELDS = {"title": "title", "body": "body", "credits": "credits",
                        "boilerplate_kinds": "boilerplate_kinds"}   # optional: these are the defaults

The spider yields items holding the response HTML (``{"url": response.url, "html": response.text}``
or ``response.body`` bytes). Other settings: ``PAGECLEAN_HTML_FIELD`` (default ``html``),
``PAGECLEAN_URL_FIELD`` (``url``), ``PAGECLEAN_DROP_HTML`` (remove the HTML field once used,
default False), ``PAGECLEAN_ERROR_FIELD`` (where a failure's message goes, default
``pageclean_error``). Keys of ``PAGECLEAN_FIELDS`` are those of :meth:`pageclean.Page.to_record`
(``title``, ``body``, ``credits``, ``boilerplate_kinds``, ``authors``, ``input_kind``); scrapy.Item
classes must declare the target fields.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from itemadapter import ItemAdapter  # type: ignore[import-not-found,import-untyped,unused-ignore]

from ..api import extract
from ..errors import PagecleanError

__all__ = ["DEFAULT_FIELDS", "PagecleanPipeline"]

DEFAULT_FIELDS: Mapping[str, str] = {"title": "title", "body": "body", "credits": "credits",
                                     "boilerplate_kinds": "boilerplate_kinds"}
logger = logging.getLogger(__name__)


class PagecleanPipeline:
    def __init__(self, fields: Mapping[str, str] | None = None, html_field: str = "html", url_field: str = "url",
                 drop_html: bool = False, error_field: str | None = "pageclean_error") -> None:
        self.fields = dict(fields or DEFAULT_FIELDS)
        self.html_field = html_field
        self.url_field = url_field
        self.drop_html = drop_html
        self.error_field = error_field

    @classmethod
    def from_crawler(cls, crawler: Any) -> PagecleanPipeline:
        s = crawler.settings
        return cls(fields=s.getdict("PAGECLEAN_FIELDS") or None, html_field=s.get("PAGECLEAN_HTML_FIELD", "html"),
                   url_field=s.get("PAGECLEAN_URL_FIELD", "url"), drop_html=s.getbool("PAGECLEAN_DROP_HTML"),
                   error_field=s.get("PAGECLEAN_ERROR_FIELD", "pageclean_error"))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        html = adapter.get(self.html_field)
        if html is None:
            return item
        url = adapter.get(self.url_field)
        try:
            record = extract(html, url=url if isinstance(url, str) else None).to_record()
        except PagecleanError as exc:
            logger.warning("pageclean: %s: %s", url, exc)
            if self.error_field:
                adapter[self.error_field] = f"{type(exc).__name__}: {exc}"
            return item
        for key, field in self.fields.items():
            adapter[field] = record[key]
        if self.drop_html:
            del adapter[self.html_field]
        return item
