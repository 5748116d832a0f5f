"""Invariants of extract(), checked on generated inputs."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import pageclean
from pageclean import Options, Page, Role
from pageclean.text.normalize import DROPPED, normalize_text

from .strategies import any_bytes, any_text, articles, boilerplate_block

TEXT = Options(input_kind="text")


def assert_lossless(page: Page) -> None:
    pos = 0
    for seg in page.segments:
        assert seg.start >= pos, "segments overlap or are out of order"
        assert seg.end > seg.start
        assert page.text[pos:seg.start].strip() == "", "text between segments is lost"
        assert seg.text == page.text[seg.start:seg.end]
        assert seg.text == seg.text.strip()
        pos = seg.end
    assert page.text[pos:].strip() == ""
    for item in (*page.blocks, *page.boilerplate):
        assert page.text[item.start:item.end] == item.text
    for credit in page.credits:
        assert page.text[credit.start:credit.end] == credit.text
    assert page.body == "\n\n".join(b.text for b in page.blocks)


@given(any_text)
def test_lossless_partition_of_any_text(text: str) -> None:
    """Segments are ordered, disjoint and cover every non-whitespace character of Page.text, and
    Page.text keeps every non-whitespace character of the input but the invisible break hints
    normalisation drops (soft hyphen, zero-width space, word joiner, BOM), in Unicode form NFC."""
    page = pageclean.extract(text, options=TEXT)
    assert_lossless(page)
    assert page.text == normalize_text(text)
    source = unicodedata.normalize("NFC", text.translate(dict.fromkeys(map(ord, DROPPED))))
    assert "".join(page.text.split()) == "".join(source.split())


@given(articles, st.lists(boilerplate_block(), max_size=3))
def test_lossless_partition_of_pages(paragraphs: list[str], chrome: list[tuple[str, str]]) -> None:
    """The partition also holds on realistic pages."""
    page = pageclean.extract("\n\n".join([c for _, c in chrome] + paragraphs), options=TEXT)
    assert_lossless(page)


@given(any_text)
def test_deterministic(text: str) -> None:
    """The same input gives the same Page, call after call."""
    assert pageclean.extract(text) == pageclean.extract(text)


@given(articles, st.lists(boilerplate_block(), max_size=3))
def test_idempotent(paragraphs: list[str], chrome: list[tuple[str, str]]) -> None:
    """Cleaning a clean body changes nothing."""
    page = pageclean.extract("\n\n".join(paragraphs + [c for _, c in chrome]), options=TEXT)
    again = pageclean.extract(page.body, options=TEXT)
    assert again.body == page.body


@given(any_text)
# a dateline before "?", "0?" or "A?" once left a body too short to stand alone: it re-extracted empty
@example("A:0'0:0(Reuters) - ?")
@example("A:0'0(Reuters) - 0?")
@example("A:0'0(Reuters) - A?")
# numbers split by colons counted as words of story: "0:0:By 0:0:" alone is no paragraph
@example("A:0:0:0(Reuters) - 0:0:By 0:0:")
def test_idempotent_on_any_text(text: str) -> None:
    """Even on arbitrary text, extracting the body again keeps the body."""
    page = pageclean.extract(text, options=TEXT)
    assert pageclean.extract(page.body, options=TEXT).body == page.body


#: kinds that close an article (a comment section, a legal footer): inserted before or after it only
ENDING_KINDS = frozenset({"comments", "legal"})


@given(articles, boilerplate_block(), st.data(), st.sampled_from(["\n\n", "\n"]))
def test_inserted_boilerplate_leaves_body_unchanged(paragraphs: list[str], block: tuple[str, str],
                                                    data: st.DataObject, sep: str) -> None:
    """Inserting a block of chrome before, between or after the paragraphs leaves the body as it was,
    and the block comes back as boilerplate of its kind. (Comment sections and legal footers end an
    article: the body never runs across them, so they are inserted at either end only.)"""
    kind, chrome = block
    clean = pageclean.extract(sep.join(paragraphs), options=TEXT)
    if kind in ENDING_KINDS:
        at = data.draw(st.sampled_from([0, len(paragraphs)]), label="insert at")
    else:
        at = data.draw(st.integers(0, len(paragraphs)), label="insert at")
    page = pageclean.extract(sep.join([*paragraphs[:at], chrome, *paragraphs[at:]]), options=TEXT)
    assert page.body == clean.body
    assert page.title is None
    assert any(bp.kind.value == kind and bp.text == chrome for bp in page.boilerplate), (
        [(bp.kind.value, bp.text) for bp in page.boilerplate])


@given(articles)
def test_clean_article_is_all_body(paragraphs: list[str]) -> None:
    """An article with no chrome keeps every paragraph in its body, in order."""
    page = pageclean.extract("\n\n".join(paragraphs), options=TEXT)
    assert [b.text for b in page.blocks] == paragraphs
    assert not page.boilerplate and not page.credits


@given(any_text)
def test_no_exception_on_any_str(text: str) -> None:
    """Any str gives a Page (auto-detected as HTML or text), never an exception."""
    page = pageclean.extract(text)
    assert isinstance(page, Page)


@given(any_bytes)
def test_no_unexpected_exception_on_any_bytes(data: bytes) -> None:
    """Any bytes give a Page, or a PagecleanError for bytes that are clearly not a page."""
    try:
        page = pageclean.extract(data)
    except pageclean.PagecleanError:
        return
    assert isinstance(page, Page)
    assert_lossless(page)


# -- time grows linearly: each shape at 100 KB and 1 MB, compared as a ratio (not an absolute time)

def _huge_line(n: int) -> str:
    unit = "the council said the budget would rise by two percent next year and farmers agreed "
    return (unit * (n // len(unit) + 1))[:n]


def _tiny_lines(n: int) -> str:
    return ("a\n" * (n // 2))[:n]


def _credit_lines(n: int) -> str:
    unit = "Source: Anadolu\nBy John Smith\nGENEVA (Reuters) - The talks went on.\n(dpa)\n© AFP 2022\n"
    return (unit * (n // len(unit) + 1))[:n]


def _weather_lines(n: int) -> str:
    unit = "Thu 21:00\nbroken clouds\n17.7\n°\nC\n"
    return (unit * (n // len(unit) + 1))[:n]


def _html_nest(n: int) -> str:
    unit = "<div><p>The council said the budget would rise.</p>"
    return "<html><body>" + unit * (n // len(unit)) + "</body></html>"


def _best_time(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        pageclean.extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("shape", [_huge_line, _tiny_lines, _credit_lines, _weather_lines, _html_nest],
                         ids=lambda f: f.__name__.strip("_"))
def test_time_is_linear_in_input_size(shape: object) -> None:
    """A 10x larger input of the same pathological shape takes at most ~25x the time (quadratic
    behaviour would take ~100x)."""
    make = shape  # type: ignore[assignment]
    small = _best_time(make(100_000))  # type: ignore[operator]
    # one run of the large input: noise can only make it slower, and 25x leaves room for that
    large = _best_time(make(1_000_000), runs=1)  # type: ignore[operator]
    assert large <= 25 * max(small, 0.005), f"100 KB: {small:.3f}s, 1 MB: {large:.3f}s"


def test_roles_cover_every_kind_family() -> None:
    """Role values are the four the contract names."""
    assert {r.value for r in Role} == {"title", "body", "credit", "boilerplate"}


@given(articles, st.lists(boilerplate_block(), max_size=4), st.data())
def test_page_features_reads_each_line_as_line_features_does(paragraphs: list[str], chrome: list[tuple[str, str]],
                                                           data: st.DataObject) -> None:
    """Features are read once per distinct line text; a repeated line gets exactly the features a
    fresh reading gives it, wherever it stands."""
    from pageclean.features import line_features, page_features
    from pageclean.text import segment_text

    parts = paragraphs + [text for _, text in chrome]
    parts += data.draw(st.lists(st.sampled_from(parts), max_size=6))  # repeats
    lines = segment_text(normalize_text("\n\n".join(data.draw(st.permutations(parts)))))
    assert page_features(lines) == [line_features(line) for line in lines]
