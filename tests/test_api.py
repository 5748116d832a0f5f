"""The public surface: input types, errors, the Page's own methods."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from lxml import html as lxml_html

import pageclean
from pageclean import InputKind, Options, Page
from pageclean.api import looks_like_html

HTML = ("<html><head><title>Council raises budget | Example News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Council raises budget</h1>"
        "<p>The council said on Tuesday that the new budget would raise spending on schools and hospitals "
        "across the region by two percent next year.</p>"
        "<p>Farmers in the northern provinces welcomed the plan, but the opposition said it came far too "
        "late for the villages that had already lost their railway.</p></article>"
        "<footer>© 2024 Example News. All rights reserved.</footer></body></html>")


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["a"], {"html": "x"}, object()])
def test_wrong_types_raise_a_clear_type_error(bad: object) -> None:
    with pytest.raises(pageclean.InputTypeError) as info:
        pageclean.extract(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, pageclean.PagecleanError)
    assert "extract() takes" in str(info.value)


@pytest.mark.parametrize("empty", ["", "   \n\t ", b"", b"  \n", "\ufeff"])
def test_empty_input_gives_an_empty_page(empty: str | bytes) -> None:
    page = pageclean.extract(empty)
    assert page.body == "" and page.title is None and page.segments == ()


def test_html_str_bytes_soup_and_lxml_agree() -> None:
    from bs4 import BeautifulSoup

    pages = [
        pageclean.extract(HTML),
        pageclean.extract(HTML.encode("utf-8")),
        pageclean.extract(BeautifulSoup(HTML, "html.parser")),
        pageclean.extract(lxml_html.fromstring(HTML)),
        pageclean.extract(etree.ElementTree(lxml_html.fromstring(HTML))),
    ]
    assert all(p.input_kind is InputKind.HTML for p in pages)
    bodies = {p.body for p in pages}
    assert len(bodies) == 1
    body = bodies.pop()
    assert body.startswith("The council said on Tuesday") and body.endswith("lost their railway.")
    assert {p.title for p in pages} == {"Council raises budget"}


def test_bytes_encoding_is_recorded() -> None:
    page = pageclean.extract("<html><head><meta charset='windows-1252'></head><body><p>Café</p></body></html>"
                             .encode("cp1252"))
    assert page.encoding == "cp1252" and page.encoding_source == "meta"
    assert "Café" in page.text


def test_text_is_detected_as_text() -> None:
    page = pageclean.extract("Just a line of text.\n\nAnd another one, with <b> in it.")
    assert page.input_kind is InputKind.TEXT


def test_text_quoting_a_few_tags_stays_text() -> None:
    """Flattened text of a tutorial or a comment form quotes tags ("<span>", "You may use these
    HTML tags: <a href> <b>"); read as markup, its lines would run into one. Tags on a fifth of
    the lines at least, or a page's opening, make markup."""
    lines = [f"Line {n} of a flattened page about writing markup by hand." for n in range(20)]
    lines[5] = "Wrap the word in <span> and close it with </span> to style it."
    lines[12] = "You may use these HTML tags: <a href> <b> <blockquote cite> <em>"
    page = pageclean.extract("\n".join(lines))
    assert page.input_kind is InputKind.TEXT
    assert page.text.count("\n") >= 19, "the line structure is kept"
    assert looks_like_html("<p>One paragraph.</p>\n<p>Another one.</p>")
    assert looks_like_html("Some text with <b>bold</b> and <i>italic</i> words.")
    assert looks_like_html("\n<!-- cache 12 -->\n<script>var a = 1;</script>\n" + "\n".join(lines))
    assert looks_like_html("<style>\n.a { color: red }\n</style>\n" + "\n".join(lines))
    assert not looks_like_html("<table>: The Table element\n\n" + "\n".join(lines))


def test_options_force_the_engine_and_validate() -> None:
    page = pageclean.extract(HTML, options=Options(input_kind="text"))
    assert page.input_kind is InputKind.TEXT
    with pytest.raises(ValueError):
        Options(input_kind="pdf")
    with pytest.raises(pageclean.InputTypeError):
        pageclean.extract("x", options={"input_kind": "text"})  # type: ignore[arg-type]


def test_max_bytes() -> None:
    with pytest.raises(pageclean.InputTooLargeError):
        pageclean.extract(b"x" * 2000, options=Options(max_bytes=1000))
    with pytest.raises(pageclean.InputTooLargeError):
        pageclean.extract("é" * 600, options=Options(max_bytes=1000))
    assert pageclean.extract("é" * 400, options=Options(max_bytes=1000)).text


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "gzip"),
    (bytes(range(32)) * 10, "binary"),
])
def test_non_page_bytes_raise_not_html(data: bytes, what: str) -> None:
    with pytest.raises(pageclean.NotHTMLError) as info:
        pageclean.extract(data)
    assert what in str(info.value)
    assert isinstance(info.value, ValueError)


def test_page_is_frozen_and_serialises() -> None:
    page = pageclean.extract(HTML)
    with pytest.raises(AttributeError):
        page.body = "x"  # type: ignore[misc]
    data = json.loads(page.to_json())
    assert data["input_kind"] == "html"
    assert data["title"] == "Council raises budget"
    assert {s["role"] for s in data["segments"]} <= {"title", "body", "credit", "boilerplate"}
    assert str(page) == page.body
    assert isinstance(page.blocks, tuple) and isinstance(page.segments, tuple)


def test_repr_html_colours_each_segment() -> None:
    page = pageclean.extract("Title of the story\n\n" + "The council said the budget would rise. " * 3
                             + "\n\nAdvertisement\n\n<script>")
    rendered = page._repr_html_()
    assert rendered.count("<span") == len(page.segments)
    assert "boilerplate:advertisement" in rendered
    assert "&lt;script&gt;" in rendered  # page text is escaped


def test_public_surface() -> None:
    assert set(pageclean.__all__) >= {"extract", "Page", "Segment", "Block", "Credit", "Boilerplate",
                                      "PagecleanError", "Options", "Role", "CreditKind", "BoilerplateKind"}
    assert isinstance(pageclean.extract("x"), Page)


def test_absurd_nesting_gives_a_page_quickly() -> None:
    """100,000 nested elements (and a deep chain of hidden ones) neither crash, recurse nor hang."""
    import time

    for markup in ("<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "</body></html>",
                   "<html><body>" + "<div hidden>" * 50_000 + "deep" + "</div>" * 50_000 + "</body></html>"):
        t0 = time.perf_counter()
        page = pageclean.extract(markup)
        assert isinstance(page, Page)
        assert time.perf_counter() - t0 < 10


def test_content_hidden_until_a_script_reveals_it_is_kept() -> None:
    """Anti-flicker wrappers hide the whole page until a script runs; small hidden parts are dropped."""
    article = "".join(f"<p>The council said on Tuesday that the budget for year {n} would rise by two percent.</p>"
                      for n in range(30))
    page = pageclean.extract(f"<html><body><div style='visibility:hidden'>{article}"
                             "<div hidden>Close menu</div></div></body></html>")
    assert "budget for year 29" in page.body
    assert "Close menu" not in page.text


def test_noscript_content_is_read() -> None:
    """Server-rendered fallbacks live in <noscript> (forum engines): their text is the page."""
    posts = "".join(f"<p>Reply {n}: I think the new release fixed the problem with the importer for me.</p>"
                    for n in range(10))
    page = pageclean.extract(f"<html><body><div id=app></div><noscript>{posts}</noscript></body></html>")
    assert "Reply 9" in page.body


def test_a_headings_permalink_anchor_is_not_part_of_the_heading() -> None:
    """Sphinx and MkDocs append ``<a class="headerlink" href="#id">¶</a>`` to every heading; it
    shows on hover only, so the heading (and the title) reads "Models", not "Models¶"."""
    text = "".join(f"<p>A model is the single source of information about your data, part {n}.</p>" for n in range(8))
    page = pageclean.extract(f"<html><head><title>Models | Django</title></head><body><main><h1>Models"
                             f"<a class='headerlink' href='#models'>¶</a></h1>{text}"
                             f"<h2>Fields<a class='headerlink' href='#fields'>¶</a></h2>{text}</main></body></html>")
    assert page.title == "Models"
    assert "¶" not in page.text
    assert "Fields" in [b.text for b in page.blocks if b.kind.value == "heading"]


def test_ruby_readings_are_not_part_of_the_sentence() -> None:
    """Japanese pages print the reading of a word above it (``<ruby>法律<rt>ほうりつ</rt></ruby>``);
    the sentence is the base text alone, so a quoted sentence is found in the body as written."""
    para = ("<p><ruby>法律<rt>ほうりつ</rt></ruby>では<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をした"
            "<ruby>親<rt>おや</rt></ruby>に<ruby>専門家<rt>せんもんか</rt></ruby>が子どもの育て方を教えることも決まりました。</p>")
    page = pageclean.extract("<html><body><article><h1>子どもへの体罰を禁止する法律ができる</h1>"
                             f"{para * 4}</article></body></html>")
    assert "法律では虐待をした親に専門家が子どもの育て方を" in page.body
    assert "ほうりつ" not in page.text and "(" not in page.text


def test_a_posts_categories_do_not_say_what_its_container_is() -> None:
    """WordPress files a post under "Popular" by putting ``category-popular`` on the post's
    container; that is not a "popular stories" box, and its text stays the body."""
    para = ("<p>Women who cover sports on television have spent years building a following of their own, "
            "one game at a time.</p>")
    page = pageclean.extract("<html><body><div id='blog_post' class='post-1113 post type-post status-publish hentry "
                             f"category-popular tag-sponsored'><h1>Top 10 Women Talking Sports</h1>{para * 6}</div>"
                             "<div class='popular'><a href='/a'>Most read story one</a></div></body></html>")
    assert page.body.count("building a following") == 6
    # without the post classes' markers, a "popular" class is still a teaser box
    teaser = pageclean.extract(f"<html><body><article><h1>Sports</h1>{para * 6}</article><div class='popular'>"
                               "<a href='/a'>Most read story one</a><a href='/b'>Most read story two</a></div>"
                               "</body></html>")
    assert "Most read story" not in teaser.body


def test_a_form_wrapping_the_whole_page_is_not_a_form() -> None:
    """ASP.NET pages put everything inside one ``<form id="aspnetForm">``; the article in it is the
    body. A small form (a search box) is still chrome."""
    para = ("<p>The former captain announced on Monday that he would end his career after the season, "
            "twenty years after his first appearance for the national team in a friendly match.</p>")
    page = pageclean.extract("<html><body><form role='search'><input name=q><button>Search the site</button></form>"
                             f"<form id='aspnetForm' action='/x'><h1>Podolski retires</h1>{para * 80}</form>"
                             "</body></html>")
    assert page.body.count("former captain") == 80
    assert "Search the site" not in page.body


def test_a_numbered_anchor_id_does_not_say_what_an_element_is() -> None:
    """heise gives each sub-heading an anchor for its table of contents, ``<h3 class="subheading"
    id="nav_nur_die_folie__1">``: the id names one instance, the class says what it is (a
    heading of the article, not navigation)."""
    para = ("<p>Das Recycling der Batterien soll bis zu neunzig Prozent des Lithiums zurückgewinnen, sagte "
            "der Projektleiter am Montag in Freiberg.</p>")
    page = pageclean.extract(f"<html><body><article><h1>Lithium aus dem Schredder</h1>{para * 3}"
                             f"<h3 class='subheading' id='nav_nur_die_folie__1'>Nur die Folie bleibt zurück</h3>"
                             f"{para * 3}</article></body></html>")
    assert "Nur die Folie bleibt zurück" in [b.text for b in page.blocks if b.kind.value == "heading"]


def test_a_subtitle_between_the_headline_and_the_article_opens_the_body() -> None:
    """A standfirst under the headline is the article's; a dated line there is page metadata."""
    para = ("<p>The film intercuts two stories: the artist in his garden at Dungeness and a passion play "
            "staged on the shingle, with almost no dialogue at all.</p>")
    page = pageclean.extract("<html><body><nav><a href='/'>Home</a></nav><article><h1>Derek Jarman's last garden</h1>"
                             f"<p>The Garden · a film by Derek Jarman</p>{para * 5}</article></body></html>")
    assert page.title == "Derek Jarman's last garden"
    assert page.body.startswith("The Garden · a film by Derek Jarman")
    dated = pageclean.extract("<html><body><article><h1>Derek Jarman's last garden</h1>"
                              f"<p>17. Januar 2014 · 02:16 in Berlin</p>{para * 5}</article></body></html>")
    assert dated.body.startswith("The film intercuts")


@pytest.mark.parametrize(("line", "opens_body"), [
    ("The Garden · Derek Jarman (1990)", True),  # a year in a subtitle
    ("Bern, 17.08.2007 - Rede von Moritz Leuenberger beim SP-Städtegipfel", True),
    ("January 13, 2020 at 08:45 AM | categories: Film, Gardens | View Comments", False),  # a meta line
    ("Published 12 May 2020 · updated 14 May 2020 · Film", False),
    ("31. Jan. 2022 in Köln, Deutschland, von der Redaktion", False),  # opens with a day's date
])
def test_a_year_in_the_subtitle_does_not_make_it_a_meta_line(line: str, opens_body: bool) -> None:
    """Only a subtitle that is or holds a date stamp or a time of day is page metadata; one that
    names a year is still the article's."""
    para = ("<p>The film intercuts two stories: the artist in his garden at Dungeness and a passion play "
            "staged on the shingle, with almost no dialogue at all.</p>")
    page = pageclean.extract("<html><body><nav><a href='/'>Home</a></nav><article><h1>Derek Jarman's last garden</h1>"
                             f"<p>{line}</p>{para * 5}</article></body></html>")
    assert page.body.startswith(line) is opens_body


def test_a_document_title_equal_to_the_metadata_headline_is_the_title_when_no_line_repeats_it() -> None:
    """A collection page whose only headline is its <title> (no site name appended, the same words
    as og:title; one word, so no headline-shaped line would do): that line is the title, not none."""
    text = "".join(f"<div class='card'><a href='/p/{n}'>Organic Blend No. {n}</a><span>$1{n}.99</span></div>"
                   for n in range(12))
    page = pageclean.extract("<html><head><title>Glossier</title><meta property='og:title' content='Glossier'>"
                             f"</head><body><nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav><main>{text}"
                             "</main></body></html>")
    assert page.title == "Glossier"


def test_the_metadata_headline_at_the_top_of_the_body_is_the_title() -> None:
    """A theme that prints a standfirst above the headline, an <h2> inside the article: the body
    region starts at the standfirst, and the line that shows og:title, just inside it, is the title."""
    text = "".join(f"<p>The council said on Tuesday that the budget for year {n} would rise by two percent.</p>"
                   for n in range(8))
    page = pageclean.extract("<html><head><title>Budget news</title>"
                             "<meta property='og:title' content='Council raises the school budget again'></head>"
                             "<body><article><p>Schools in the north will get the largest share of the new money, "
                             "the finance committee said after a long night of talks in the town hall.</p>"
                             f"<h2>Council raises the school budget again</h2>{text}</article>"
                             "</body></html>")
    assert page.title == "Council raises the school budget again"
    assert "Council raises the school budget again" not in page.body


def test_invisible_break_hints_are_dropped_and_joiners_kept() -> None:
    # a page hyphenated for layout reads as the words a reader sees, in HTML and in text
    para = ("Das Regime reih\u00adte den St. Mag\u00adda\u00adle\u00adner unter die gro\u00adßen Wei\u00adne "
            "Ita\u00adli\u00adens, neben Baro\u00adlo und Bar\u200bba\u2060res\u00adco, was aber eher zyni\u00adschem "
            "Macht\u00adkal\u00adkül ent\u00adsprang.")
    html = pageclean.extract(f"<html><body><h1>Ein Wein</h1><p>{para}</p><p>{para}</p></body></html>")
    text = pageclean.extract(f"Ein Wein\n\n{para}\n\n{para}", options=pageclean.Options(input_kind="text"))
    for page in (html, text):
        assert "neben Barolo und Barbaresco" in page.body
        assert not any(ch in page.text for ch in "\u00ad\u200b\u2060")
    # the zero-width joiner shapes emoji and Indic scripts: it stays
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    page = pageclean.extract(f"Title here\n\nA family {family} went to the park on a sunny day with friends.",
                             options=pageclean.Options(input_kind="text"))
    assert family in page.text


def test_text_is_in_unicode_normal_form_c() -> None:
    # one spelling per word whichever way the page wrote it: "e" + combining acute is "é"
    decomposed = "Le cafe\u0301 de la gare a rouvert ses portes apre\u0300s des mois de travaux, dit le maire."
    for page in (pageclean.extract(f"<html><body><h1>Un caf\u00e9</h1><p>{decomposed}</p></body></html>"),
                 pageclean.extract(f"Un caf\u00e9\n\n{decomposed}", options=pageclean.Options(input_kind="text"))):
        assert "Le café de la gare a rouvert ses portes après" in page.body
        assert "\u0301" not in page.text


_STORY = [
    "Der Präsident reiste am Mittwoch in seine Heimatstadt im Süden des Landes, wo ihn viele empfingen.",
    "Dort traf er sich mit den lokalen Behörden, um über die Lage der Region und die Pläne zu sprechen.",
    "Am Nachmittag besuchte er eine Schule und sprach mit den Lehrern über die Probleme, die sie haben.",
    "Später am Abend kehrte er in die Hauptstadt zurück, wo ihn eine lange Sitzung des Kabinetts erwartete.",
    "Die Opposition kritisierte die Reise als teuer und unnötig, doch die Regierung verteidigte sie.",
    "Viele Bewohner der Stadt sagten, sie seien stolz darauf, dass einer der ihren nun das Land regiere.",
    "Der Besuch war der erste seit seiner Wahl im vergangenen Jahr, und er versprach, bald wiederzukommen.",
]


def test_a_story_inside_a_wrapper_marked_for_ads_is_the_body() -> None:
    # "cuerpo-ad": the story's wrapper, where the site slots its ads in; more different paragraphs
    # than any advertisement holds
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    page = pageclean.extract(f"<html><body><h1>Der Präsident reist nach Hause</h1>"
                             f"<div class='cuerpo-ad'>{story}</div></body></html>")
    assert all(p in page.body for p in _STORY)


def test_prose_in_a_real_ad_stays_an_advertisement() -> None:
    above = "".join(f"<p>{p}</p>" for p in _STORY[:3])
    below = "".join(f"<p>{p}</p>" for p in _STORY[3:])
    ad = ("<div class='ad'><p>Jetzt neu: das Girokonto ohne Gebühren, mit Karte und App, für alle, die mehr von "
          "ihrer Bank erwarten und nicht mehr zahlen wollen.</p></div>")
    page = pageclean.extract(f"<html><body><h1>Der Präsident reist nach Hause</h1><div>{above}</div>{ad}"
                             f"<div>{below}</div></body></html>")
    assert all(p in page.body for p in _STORY)
    assert "Girokonto" not in page.body
    assert [b.kind for b in page.boilerplate if "Girokonto" in b.text] == [pageclean.BoilerplateKind.ADVERTISEMENT]


def test_linked_promotion_cards_marked_as_ads_stay_out_of_the_body() -> None:
    # a promotion grid: many paragraphs in an ad-marked element, but each is a link to elsewhere
    above = "".join(f"<p>{p}</p>" for p in _STORY[:4])
    below = "".join(f"<p>{p}</p>" for p in _STORY[4:])
    cards = "".join(f"<p><a href='/promo/{k}'>Angebot {k}: {p}</a></p>" for k, p in enumerate(_STORY))
    page = pageclean.extract(f"<html><body><h1>Der Präsident reist nach Hause</h1><div>{above}</div>"
                             f"<div class='promo'>{cards}</div><div>{below}</div></body></html>")
    assert all(p in page.body for p in _STORY)
    assert "Angebot" not in page.body
