"""The optional integrations, each tested with the real engine it plugs into (skipped when the
extra is not installed)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = sorted(ROOT.glob("fixtures/pages/*/input.html"))  # small pages written for fixtures
ARTICLE = ("<html><head><title>Council approves the bridge</title></head><body><nav><a href='/'>Home</a></nav>"
           "<h1>Council approves the bridge</h1>"
           + "<p>" + "The council voted on Tuesday to approve the new bridge across the river. " * 6 + "</p>"
           + "<p>Source: Anadolu</p></body></html>")


def test_scrapy_pipeline_in_a_real_crawl_of_a_loopback_server(tmp_path: Path) -> None:
    pytest.importorskip("scrapy")
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_text(ARTICLE, encoding="utf-8")
    names = ["article.html"]
    for n, path in enumerate(WRITTEN):
        (site / f"w{n}.html").write_bytes(path.read_bytes())
        names.append(f"w{n}.html")
    links = "".join(f'<a href="{name}">{name}</a>' for name in names)
    (site / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    out = tmp_path / "items.jsonl"
    script = textwrap.dedent(f"""
        import functools, http.server, threading
        import scrapy
        from scrapy.crawler import CrawlerProcess

        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory={str(site)!r})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{{server.server_address[1]}}/"

        class Pages(scrapy.Spider):
            name = "pages"
            start_urls = [base + "index.html"]
            def parse(self, response):
                for href in response.css("a::attr(href)").getall():
                    yield response.follow(href, self.page)
            def page(self, response):
                yield {{"url": response.url, "html": response.text}}

        process = CrawlerProcess(settings={{
            "ITEM_PIPELINES": {{"pageclean.integrations.scrapy.PagecleanPipeline": 300}},
            "PAGECLEAN_DROP_HTML": True,
            "FEEDS": {{{str(out)!r}: {{"format": "jsonlines"}}}},
            "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False,
        }})
        process.crawl(Pages)
        process.start()
        server.shutdown()
    """)
    crawl = tmp_path / "crawl.py"  # a file, not -c: Scrapy reads its callbacks' source
    crawl.write_text(script, encoding="utf-8")
    res = subprocess.run([sys.executable, str(crawl)], capture_output=True, timeout=180, check=False)
    assert res.returncode == 0, res.stderr.decode()[-2000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(items) == len(names)
    by_url = {item["url"].rsplit("/", 1)[-1]: item for item in items}
    art = by_url["article.html"]
    assert art["title"] == "Council approves the bridge"
    assert art["body"].startswith("The council voted")
    assert art["credits"] == [{"kind": "agency", "source": "Anadolu Agency", "text": "Source: Anadolu"}]
    assert "html" not in art  # PAGECLEAN_DROP_HTML
    assert all({"title", "body", "credits", "boilerplate_kinds"} <= item.keys() for item in items)


def test_datatrove_step_with_the_local_executor(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter

    from pageclean.integrations.datatrove import PagecleanExtractor

    def reader(data: object, rank: int = 0, world_size: int = 1):  # type: ignore[no-untyped-def]
        yield Document(text=ARTICLE, id="a", metadata={"url": "https://example.com/a"})
        yield Document(text="\x89PNG\r\n\x1a\n", id="png", metadata={})
        yield Document(text="", id="empty", metadata={})
        for n, path in enumerate(WRITTEN):
            yield Document(text=path.read_text(encoding="utf-8"), id=f"w{n}", metadata={})

    out = tmp_path / "out"
    LocalPipelineExecutor(pipeline=[reader, PagecleanExtractor(timeout=10.0), JsonlWriter(str(out), compression=None)],
                          tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()
    docs = [json.loads(line) for f in sorted(out.glob("*.jsonl")) for line in f.read_text().splitlines()]
    ids = {d["id"] for d in docs}
    assert "a" in ids and "empty" not in ids  # empty bodies are dropped, as datatrove's extractors do
    a = next(d for d in docs if d["id"] == "a")
    assert a["text"].startswith("The council voted")
    assert a["metadata"]["title"] == "Council approves the bridge"
    assert a["metadata"]["credits"][0]["source"] == "Anadolu Agency"
    assert "boilerplate_kinds" in a["metadata"]
    assert PagecleanExtractor().extract(ARTICLE).startswith("The council voted")  # the drop-in interface


def test_dask_bag_and_frame_on_a_local_cluster_with_two_worker_processes() -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    pd = pytest.importorskip("pandas")
    import dask.bag as db
    import dask.dataframe as dd

    from pageclean.integrations.dask import extract_bag, extract_frame

    records = [{"id": f"r{i}", "html": ARTICLE, "url": f"https://example.com/{i}"} for i in range(6)]
    records.append({"id": "bad", "html": b"\x89PNG\r\n\x1a\n0000", "url": None})
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster):
        rows = extract_bag(db.from_sequence(records, npartitions=2)).compute()
        frame = extract_frame(dd.from_pandas(pd.DataFrame({"html": [ARTICLE] * 4}), npartitions=2)).compute()
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert all(r["title"] == "Council approves the bridge" for r in rows[:6])
    assert rows[-1]["error"]["type"] == "NotHTMLError" and rows[-1]["body"] is None
    assert list(frame["title"]) == ["Council approves the bridge"] * 4
    assert {"body", "credits", "boilerplate_kinds", "error"} <= set(frame.columns)
