"""extract_many: one result per input, typed errors, timeouts and dead workers survived."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

import pageclean
from pageclean import BatchItem, extract_many
from pageclean import batch as batch_module

ARTICLE = ("<html><head><title>A headline for the test</title></head><body><h1>A headline for the test</h1>"
           + "<p>" + "Some words in a sentence that is long enough to count as prose here. " * 8 + "</p>"
           + "</body></html>")


def _docs() -> list[Any]:
    return [
        ("ok-html", ARTICLE),
        ("ok-bytes", ARTICLE.encode("utf-16")),
        ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("empty", b""),
        ("text", "Just a line of text.\n\nAnd another one that is here."),
        ("huge", b"<p>" + b"x" * 5000 + b"</p>"),
    ]


@pytest.mark.parametrize(("jobs", "timeout"), [(None, None), (2, None), (2, 30.0), (1, 30.0)])
def test_one_result_per_input_in_order_with_typed_errors(jobs: int | None, timeout: float | None) -> None:
    results = list(extract_many(_docs(), jobs=jobs, timeout=timeout, max_bytes=4000))
    assert [r.id for r in results] == [d[0] for d in _docs()]
    by_id = {r.id: r for r in results}
    assert by_id["ok-html"].ok and by_id["ok-html"].page.title == "A headline for the test"  # type: ignore[union-attr]
    assert by_id["ok-bytes"].ok
    assert by_id["png"].error is not None and by_id["png"].error.type == "NotHTMLError"
    assert by_id["empty"].ok and by_id["empty"].page.body == ""  # type: ignore[union-attr]
    assert by_id["text"].ok
    assert by_id["huge"].error is not None and by_id["huge"].error.type == "InputTooLargeError"


def test_input_shapes() -> None:
    sources: list[Any] = [
        BatchItem("item", ARTICLE, url="https://example.com/a"),
        ("tuple", ARTICLE, "https://example.com/b"),
        {"id": "mapping", "html": ARTICLE, "url": "https://example.com/c"},
        ARTICLE,  # bare: its position is its id
    ]
    results = list(extract_many(sources))
    assert [r.id for r in results] == ["item", "tuple", "mapping", "3"]
    assert [r.url for r in results][:3] == ["https://example.com/a", "https://example.com/b", "https://example.com/c"]
    assert all(r.ok for r in results)


def test_unordered_mode_returns_every_result_once() -> None:
    docs = [(str(i), ARTICLE) for i in range(12)]
    results = list(extract_many(docs, jobs=2, ordered=False))
    assert sorted(r.id for r in results) == sorted(d[0] for d in docs)


def test_a_bad_input_type_is_a_record_not_an_exception() -> None:
    results = list(extract_many([("none", None), ("ok", ARTICLE)], jobs=2))
    assert results[0].error is not None and results[0].error.type == "InputTypeError"
    assert results[1].ok


def _slow_or_crashing(source: Any, **kwargs: Any) -> pageclean.Page:
    if source == "SLOW":
        time.sleep(60)
    if source == "CRASH":
        os._exit(3)
    return pageclean.extract(source, **kwargs)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="patching the workers needs fork")
def test_timeouts_and_crashes_are_reported_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_module, "extract", _slow_or_crashing)  # inherited by the forked workers
    docs = [("a", ARTICLE), ("slow", "SLOW"), ("b", ARTICLE), ("crash", "CRASH"), ("c", ARTICLE), ("d", ARTICLE)]
    t0 = time.monotonic()
    results = list(extract_many(docs, jobs=2, timeout=2.0))
    assert time.monotonic() - t0 < 30
    assert [r.id for r in results] == [d[0] for d in docs]
    kinds = {r.id: (r.error.type if r.error else "ok") for r in results}
    assert kinds == {"a": "ok", "slow": "ExtractTimeoutError", "b": "ok", "crash": "WorkerCrashedError",
                     "c": "ok", "d": "ok"}


def test_workers_are_recycled_without_losing_records() -> None:
    docs = [(str(i), ARTICLE) for i in range(9)]
    results = list(extract_many(docs, jobs=2, worker_max_tasks=2))
    assert [r.id for r in results] == [d[0] for d in docs] and all(r.ok for r in results)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        list(extract_many([ARTICLE], jobs=0))
    with pytest.raises(ValueError):
        list(extract_many([ARTICLE], timeout=0))


def test_inputs_are_pulled_lazily() -> None:
    pulled = []

    def gen() -> Any:
        for i in range(1000):
            pulled.append(i)
            yield (str(i), ARTICLE)

    it = extract_many(gen(), jobs=2)
    first = next(it)
    assert first.id == "0"
    assert len(pulled) <= 8  # not the whole stream
    it.close()  # type: ignore[attr-defined]
