"""The page's own metadata (JSON-LD, Open Graph, <meta>, author markup) and how it is used."""

from __future__ import annotations

import json

import pageclean

ARTICLE = ("<p>Something happened today in the city and many people came to see it happen, said the mayor "
           "of the town.</p><p>More text follows here with more words about the event and what it means "
           "for everyone living nearby.</p>")


def _page(head: str, body: str = "") -> pageclean.Page:
    return pageclean.extract(f"<html lang='en'><head>{head}</head><body>{body}{ARTICLE}</body></html>")


def test_json_ld_article_in_a_graph() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "The Site"},
        {"@type": "WebPage", "name": "Page name | The Site"},
        {"@type": ["NewsArticle"], "headline": "Big news today", "datePublished": "2024-03-03T10:00:00Z",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
         "publisher": {"@type": "Organization", "name": "The Site Ltd"}},
    ]}
    m = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>').metadata
    assert m.title == "Big news today"
    assert m.authors == ("Jane Doe", "John Roe")
    assert m.publisher == "The Site Ltd"
    assert m.published == "2024-03-03T10:00:00Z"
    assert m.language == "en"
    assert dict(m.provenance)["title"] == "json-ld"


def test_open_graph_and_meta_author_fallbacks() -> None:
    m = _page('<title>Headline - Site</title><meta property="og:title" content="Headline">'
              '<meta property="og:site_name" content="Site"><meta name="author" content="By Jane Doe">'
              '<meta property="article:author" content="https://example.com/jane">').metadata
    assert (m.title, m.site_name, m.document_title) == ("Headline", "Site", "Headline - Site")
    assert m.authors == ("Jane Doe",)
    assert dict(m.provenance)["authors"] == "meta:author"


def test_quotes_and_separators_around_a_meta_author_are_dropped() -> None:
    assert _page('<meta name="author" content="&quot;David Kim&quot;">').metadata.authors == ("David Kim",)
    assert _page('<meta name="author" content=", USA TODAY">').metadata.authors == ("USA TODAY",)


def test_author_markup_when_no_meta() -> None:
    m = _page("", '<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>').metadata
    assert m.authors == ("Jane Doe",)


def test_broken_or_huge_json_ld_is_ignored() -> None:
    bad = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    huge = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", "pad": "'
            + "a" * 500_000 + '"}</script>')
    assert _page(bad).metadata.title is None
    assert _page(huge).metadata.title is None


def test_text_input_has_empty_metadata() -> None:
    page = pageclean.extract("A title\n\nSome text here.", options=pageclean.Options(input_kind="text"))
    assert page.metadata == pageclean.Metadata()


def test_metadata_headline_names_the_title_line() -> None:
    head = '<title>Site home</title><meta property="og:title" content="Council approves the new bridge">'
    body = ("<nav><a href='/'>Home</a> <a href='/n'>News</a></nav><div>Council approves the new bridge</div>"
            "<p>Teaser line</p>")
    page = _page(head, body)
    assert page.title == "Council approves the new bridge"


def test_metadata_author_line_becomes_a_byline_credit() -> None:
    head = '<meta name="author" content="Jane Doe">'
    page = _page(head, "<h1>Council approves the new bridge</h1><div>Jane Doe | 3 March 2024</div>")
    bylines = [c for c in page.credits if c.kind is pageclean.CreditKind.BYLINE]
    assert [(c.source, c.text) for c in bylines] == [("Jane Doe", "Jane Doe | 3 March 2024")]
    assert "Jane Doe" not in page.body


def test_author_named_inside_a_sentence_is_not_a_byline() -> None:
    head = '<meta name="author" content="Jane Doe">'
    body = ("<h1>Council approves the new bridge</h1><p>The plan was drawn up by Jane Doe, the city engineer, "
            "over two years of consultations with residents and businesses.</p>")
    page = _page(head, body)
    assert not [c for c in page.credits if c.source == "Jane Doe"]


def _bylines(page: pageclean.Page) -> list[tuple[str | None, str]]:
    return [(c.source, c.text) for c in page.credits if c.kind is pageclean.CreditKind.BYLINE]


def test_metadata_author_as_a_field_of_a_long_dated_meta_line_is_a_byline() -> None:
    # the name is less than a third of the line; the date beside it makes the line a meta line
    head = '<meta name="author" content="Ryan Bald">'
    line = "Ryan Bald 02 Feb 2026 Product Reviews 7 Comments"
    page = _page(head, f"<h1>Council approves the new bridge</h1><div>{line}</div>")
    assert _bylines(page) == [("Ryan Bald", line)]
    line = "December 15, 2025 · 30 min · 6279 words · Ash Vardanian"
    head = '<meta name="author" content="Ash Vardanian">'
    page = _page(head, f"<h1>Council approves the new bridge</h1><div>{line}</div>")
    assert _bylines(page) == [("Ash Vardanian", line)]


def test_a_blog_named_after_its_author_credits_the_dated_meta_line() -> None:
    # the site's own name is the author's: not credited as a bare mention, but as a dated line's field
    head = ('<meta name="author" content="Kristian Larsen"><meta property="og:site_name" content="Kristian Larsen">')
    line = "Kristian Larsen July 13, 2025 — 7 minutes read"
    page = _page(head, f"<h1>Council approves the new bridge</h1><div>{line}</div>")
    assert _bylines(page) == [("Kristian Larsen", line)]


def test_metadata_author_in_a_footer_span_or_an_undated_long_line_is_no_byline() -> None:
    head = '<meta name="author" content="Florian Posdziech">'
    for line in ("Archive – RSS – Impressum – Datenschutz – 2009-2020 by Florian Posdziech – Power",
                 "Archive – RSS – Impressum – Datenschutz – by Florian Posdziech – Powered by Blogsoft"):
        page = _page(head, f"<h1>Council approves the new bridge</h1><div>{line}</div>")
        assert _bylines(page) == [], line


def test_metadata_author_in_a_menu_is_no_byline() -> None:
    # a menu lists the site's columns by their writers: another story's author, not this one's
    head = '<meta name="author" content="Eszter Horanyi">'
    body = ("<ul class='menu'><li><a href='/a'>The Long Game by Eszter Horanyi</a></li>"
            "<li><a href='/b'>Notes from the Trail by Hannah Green</a></li></ul>"
            "<h1>Council approves the new bridge</h1>")
    assert _bylines(_page(head, body)) == []


def test_metadata_in_to_dict() -> None:
    d = _page('<meta property="og:title" content="Headline here">').to_dict()
    assert d["metadata"]["title"] == "Headline here"
    json.dumps(d)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=300), st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                                                        lambda c: st.lists(c, max_size=4)
                                                        | st.dictionaries(st.sampled_from(
                                                            ["@type", "@graph", "headline", "author", "name",
                                                             "publisher", "mainEntity", "datePublished"]), c,
                                                            max_size=5), max_leaves=30).map(json.dumps)))
def test_any_json_ld_block_is_read_or_ignored_never_raised(block: str) -> None:
    page = _page(f'<script type="application/ld+json">{block}</script>')
    assert isinstance(page.metadata.authors, tuple)
    assert page.metadata.title is None or isinstance(page.metadata.title, str)
