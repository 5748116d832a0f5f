"""A datatrove extractor step: the body in ``doc.text``; title, credits and boilerplate kinds in
``doc.metadata``. A drop-in where datatrove's own ``Trafilatura`` step stands::

    from pageclean.integrations.datatrove import PagecleanExtractor
    pipeline = [WarcReader(...), PagecleanExtractor(timeout=1.0), JsonlWriter(...)]

Like datatrove's extractors it runs each document in a sandbox process with a timeout (a document
that overruns or kills its process is dropped and counted, the step goes on). Documents whose body
comes out empty are dropped (counted as ``dropped``), as datatrove's extractors do.
"""

from __future__ import annotations

from typing import Any

from datatrove.pipeline.extractors.base import (  # type: ignore[import-not-found,import-untyped,unused-ignore]
    BaseExtractor,
    ExtractorSandbox,
)
from datatrove.utils.typeshelper import StatHints  # type: ignore[import-not-found,import-untyped,unused-ignore]

from ..api import extract
from ..errors import PagecleanError
from ..options import DEFAULT_OPTIONS, Options

__all__ = ["PagecleanExtractor"]


def _record(html: str, url: str | None, options: Options) -> dict[str, Any]:
    try:
        return extract(html, url=url, options=options).to_record()
    except PagecleanError as exc:  # returned, not raised: the sandbox's worker must survive it
        return {"error": f"{type(exc).__name__}: {exc}"}


class PagecleanExtractor(BaseExtractor):  # type: ignore[misc,unused-ignore]
    """pageclean as a datatrove step. ``metadata_fields`` are keys of
    :meth:`pageclean.Page.to_record` copied into ``doc.metadata``."""

    name = "🧹 pageclean"
    _requires_dependencies = ("lxml",)

    def __init__(self, timeout: float = 1.0, options: Options | None = None,
                 metadata_fields: tuple[str, ...] = ("title", "credits", "boilerplate_kinds", "authors")) -> None:
        super().__init__(timeout)
        self.options = options or DEFAULT_OPTIONS
        self.metadata_fields = metadata_fields

    def extract(self, text: str) -> str:
        """The body only (what datatrove's extractors return)."""
        try:
            return extract(text, options=self.options).body
        except PagecleanError:
            return ""

    def _extract_one(self, text: str, url: str | None) -> dict[str, Any]:
        return _record(text, url, self.options)

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        rec = sandbox.process_document((doc.text, doc.metadata.get("url")), self._extract_one)
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        continue
                if "error" in rec:
                    self.stat_update("clean_error")
                    continue
                self.stat_update("extracted")
                doc.text = rec["body"]
                for key in self.metadata_fields:
                    doc.metadata[key] = rec[key]
                if doc.text:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)
