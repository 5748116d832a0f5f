"""The classifier's body-region search, on weights chosen by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pageclean.classify import _body_region
from pageclean.credits import is_date_stamp
from pageclean.model import Page


def test_joining_a_neighbour_never_loops() -> None:
    """Regression: a join that drove the running total negative made the search loop forever."""
    assert _body_region([3.0, -25.0, 10.0], [False] * 3, 0) in ((0, 3), (2, 3))


@given(st.lists(st.floats(-40, 80, allow_nan=False), max_size=60), st.data())
def test_region_search_ends_and_is_in_bounds(weights: list[float], data: st.DataObject) -> None:
    """Any weights give a region within bounds (and the search ends)."""
    barrier = data.draw(st.lists(st.booleans(), min_size=len(weights), max_size=len(weights)))
    lo = data.draw(st.integers(0, len(weights)))
    a, b = _body_region(weights, barrier, lo)
    assert (a, b) == (0, 0) or lo <= a < b <= len(weights)


def test_a_run_past_the_footer_yields_to_the_article_before_it() -> None:
    """A consent dialog appended after the legal footer outweighs a short article: the article,
    before the footer's barrier, is the body unless it is far smaller."""
    article = [40.0, -0.5, 60.0, 50.0]
    teasers = [-32.0] * 4
    footer = [-30.0]
    dialog = [70.0, 45.0, 60.0]
    weights = [-1.0, *article, *teasers, *footer, *dialog]
    barrier = [w == -30.0 for w in weights]
    assert _body_region(weights, barrier, 0) == (1, 5)
    # without the barrier the larger run wins, as before
    assert _body_region(weights, [False] * len(weights), 0) == (10, 13)
    # an article a tenth of the dialog's size does not hold the body
    small = [-1.0, 15.0, *teasers, *footer, *dialog]
    assert _body_region(small, [w == -30.0 for w in small], 0) == (7, 10)


_PROSE = ("Die Regierung in London hat am Dienstag erneut um eine Verschiebung der Frist gebeten, und die "
          "Abgeordneten im Unterhaus haben die Abstimmung über den Vertrag ein weiteres Mal vertagt.\n\n"
          "In Brüssel reagierten die Diplomaten der übrigen Mitgliedstaaten gelassen, doch in den Hauptstädten "
          "wächst die Sorge, dass sich der Streit bis in den Winter hinziehen könnte.\n\n"
          "Die Wirtschaftsverbände auf beiden Seiten des Kanals fordern seit Monaten Klarheit über die Zölle, "
          "die Kontrollen an den Häfen und die Rechte der Bürger, die im jeweils anderen Land leben.")


def _text_page(text: str, line_model: bool = True) -> Page:
    import pageclean
    return pageclean.extract(text, options=pageclean.Options(input_kind="text", line_model=line_model))


def test_a_banner_repeating_the_document_title_under_a_long_story_does_not_start_the_body() -> None:
    """The first line ("DER SPIEGEL 52/2018") repeats as the issue's banner under the byline at the
    foot of a long story, and a short promotion follows it: the story above, which outweighs the
    promotion many times over, is the body and ends at the banner."""
    story = "\n\n".join([_PROSE] * 6)
    promo = ("Die digitale Welt der Nachrichten mit interaktiven Grafiken, spannenden Videos und "
             "beeindruckenden Modellen, die Sie auf jedem Gerät lesen können.")
    text = f"DER SPIEGEL 52/2018\n\nEin Albtraum\n\n{story}\n\nDER SPIEGEL 52/2018\n\n{promo}\n\nImpressum"
    for line_model in (True, False):
        page = _text_page(text, line_model)
        assert page.body.startswith("Ein Albtraum") or page.body.startswith("Die Regierung"), page.body[:80]
        assert "Die Wirtschaftsverbände" in page.body
        assert "digitale Welt" not in page.body
    # a short story above the repeat does not outweigh what follows it: the repeat is the headline
    page = _text_page(f"DER SPIEGEL 52/2018\n\nEin Albtraum\n\n{_PROSE}\n\nDER SPIEGEL 52/2018\n\n{story}")
    assert page.title == "DER SPIEGEL 52/2018"


def _text_title(page_text: str) -> str | None:
    return _text_page(page_text).title


def test_a_reworded_document_title_still_anchors_the_headline() -> None:
    """The <title> line and the headline share most words but not their order or every word."""
    text = ("Brexit: Nervenkrieg geht in nächste Runde | NZZ\n\nStartseite\nInternational\nMeinung\n\n"
            "Der Nervenkrieg um den Brexit geht in die nächste Runde\n\n" + _PROSE)
    assert _text_title(text) == "Der Nervenkrieg um den Brexit geht in die nächste Runde"


def test_kicker_and_headline_on_two_lines_cover_the_document_title_together() -> None:
    text = ("Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer - taz.de\n\nStartseite\nÖkologie\n\n"
            "Siemens und die Kohlemine Adani\nKaeser verarscht Neubauer\n\n" + _PROSE)
    assert _text_title(text) == "Kaeser verarscht Neubauer"


def test_a_teaser_sharing_a_few_words_is_not_the_title() -> None:
    """"ADAC Rastplatz-Test 2018" shares three of four words with "ADAC Kindersitz-Test 2018"."""
    text = ("ADAC Kindersitz-Test 2018 | ADAC\n\nStartseite\nTests\n\nADAC Rastplatz-Test 2018\n\n"
            "18 Kindersitze im Test: Vier Modelle fallen durch\n\n" + _PROSE)
    assert _text_title(text) != "ADAC Rastplatz-Test 2018"


_TEASERS = ("Weiterlesen\n\n"
            "Habecks neues Heizungsgesetz: Bußgelder bis 50.000 Euro bei Verstößen!\n\n31.10.2023\n\n"
            "Das neue Heizungsgesetz von Wirtschaftsminister Robert Habeck hat für Immobilienbesitzer weitreichende "
            "Folgen, die viele erst jetzt bemerken.\n\n"
            "Rentenpunkte kaufen: Ist das im Jahr 2023 sinnvoll?\n\n30.10.2023\n\n"
            "Wer vorzeitig in Rente will, kann über Sonderzahlungen Abschläge vermeiden, doch lohnt sich das "
            "für die meisten Beschäftigten überhaupt?\n\n"
            "Wie wirkt sich die Grundsteuerreform 2025 auf Mieter aus\n\n29.10.2023\n\n"
            "Die Reform der Grundsteuer betrifft nicht nur Eigentümer, denn die Kosten werden in vielen Fällen "
            "über die Nebenkosten an die Mieter weitergegeben.")


def test_a_teaser_list_after_the_story_is_related_not_body() -> None:
    """Headline, date line, blurb, repeated after the story: other stories, though their blurbs read
    like prose and no markup says so (flattened text)."""
    import pageclean
    page = pageclean.extract("Streit um den Strompreis\n\n" + _PROSE + "\n\n" + _TEASERS,
                             options=pageclean.Options(input_kind="text"))
    assert page.body.endswith("die in jeweils anderen Land leben.".replace("in jeweils", "im jeweils"))
    assert "Heizungsgesetz" not in page.body
    assert any(b.kind.value == "related" and "Grundsteuer" in b.text for b in page.boilerplate)


def test_dated_live_blog_entries_stay_body() -> None:
    """A live blog stamps its entries with times, not dates: the teaser rule leaves them in the story.
    (Rules alone: the text line model's own second opinion on short entries is another matter.)"""
    import pageclean
    entries = [("Johnson verlangt Aufschub", "Der Premierminister hat in einem Brief an den Ratspräsidenten um weitere "
                "drei Monate gebeten, die Abgeordneten reagierten mit Spott."),
               ("Unterhaus vertagt Abstimmung", "Der Sprecher des Parlaments hat die für den Nachmittag geplante "
                "Abstimmung abgesetzt, weil die Regierung den Antrag zurückzog."),
               ("Brüssel bleibt gelassen", "Die Kommission will den Antrag in Ruhe prüfen und erst nach einer "
                "Beratung mit den übrigen Mitgliedstaaten über die Verlängerung entscheiden.")]
    blog = "\n\n".join(f"{head}\n\nUpdated {14 + n}:05 GMT\n\n{text}" for n, (head, text) in enumerate(entries))
    page = pageclean.extract("Brexit im Liveticker\n\n" + _PROSE + "\n\n" + blog,
                             options=pageclean.Options(input_kind="text", line_model=False))
    assert all(head in page.body and text in page.body for head, text in entries)


_MORE_PROSE = ("Die Opposition wirft der Regierung vor, das Parlament seit Wochen mit immer neuen Fristen hinzuhalten, "
               "statt endlich einen tragfähigen Plan vorzulegen.\n\n"
               "Auch in der eigenen Partei wächst der Unmut, weil viele Abgeordnete um ihre Wahlkreise fürchten und "
               "eine Neuwahl im Herbst nicht mehr ausschließen.")


def test_teaser_headlines_between_boilerplate_lines_are_related() -> None:
    """Flattened text: after the story, headlines each followed by "Weiterlesen" and a date lead to
    no text of their own. They are other stories, not the article's sub-headings."""
    teasers = ("Die Ignoranz der Impfgegner ist skandalös\n\nWeiterlesen\n\n16. November 2021\n\n"
               "Chorverbände setzen auf Corona-Tests vor Proben\n\nWeiterlesen\n\n12. November 2021")
    page = _text_page("Streit um den Brexit\n\n" + _PROSE + "\n\n" + teasers + "\n\n" + _MORE_PROSE)
    assert "Ignoranz" not in page.body and "Chorverbände" not in page.body
    assert page.body.endswith("nicht mehr ausschließen.")
    blocks = [b for b in page.boilerplate if "Ignoranz" in b.text]
    assert blocks and blocks[0].kind.value == "related" and "orphan-line" in blocks[0].evidence


def test_a_sub_heading_over_a_stamp_and_its_text_stays() -> None:
    """A sub-heading with one boilerplate line (a stamp, a "Read More" link) and then its paragraph
    is the article's own, and so is one before prose. (The orphan rule alone: the text line model
    gives its own opinion of a sub-heading near the end of a short story.)"""
    text = ("Streit um den Brexit\n\n" + _PROSE + "\n\nUnterhaus vertagt Abstimmung\n\nRead More\n\n" + _MORE_PROSE
            + "\n\nDie Lage in Brüssel\n\nDie Kommission will den Antrag in Ruhe prüfen und erst nach einer Beratung "
            "mit den übrigen Mitgliedstaaten über die Verlängerung entscheiden.")
    body = _text_page(text, line_model=False).body
    assert "Unterhaus vertagt Abstimmung" in body and "Die Lage in Brüssel" in body


def test_a_list_page_keeps_its_items() -> None:
    """A body that is mostly short items, each followed by a link, is not cut down to its few
    sentences (the rule alone: the line model has its own view of such items)."""
    items = "\n\n".join(f"Kabellose Kopfhörer Modell {n} mit Geräuschunterdrückung\n\nWeiterlesen"
                        for n in range(1, 13))
    page = _text_page("Bestseller Elektronik\n\n" + _PROSE + "\n\n" + items + "\n\n" + _MORE_PROSE, line_model=False)
    assert all(f"Modell {n} mit" in page.body for n in range(1, 13))


_MAN_PAGE = """       grep searches for patterns in each FILE.  In the synopsis's first
       form, which is used if no -e or -f options are present, the first
       operand PATTERNS is one or more patterns separated by newline
       characters, and grep prints each line that matches a pattern.
       Typically PATTERNS should be quoted when grep is used in a shell
       command.  A FILE of "-" stands for standard input.  If no FILE is
       given, recursive searches examine the working directory, and
       nonrecursive searches read standard input."""


def test_hard_wrapped_prose_is_the_body() -> None:
    """A man page in <pre> (or a plain-text mail) wraps its paragraphs at a fixed width: each line
    alone looks like a headline fragment, the run of lines running on into each other is prose."""
    import pageclean
    menu = "".join(f'<li><a href="/{w}">{w}</a></li>' for w in ("Home", "Linux", "Pages", "Training", "Contact"))
    html = (f"<html><head><title>grep(1) - Linux manual page</title></head><body><ul>{menu}</ul>"
            f"<h1>grep(1) - Linux manual page</h1><pre>DESCRIPTION\n{_MAN_PAGE}</pre>"
            f"<ul>{menu}</ul></body></html>")
    for page in (pageclean.extract(html), pageclean.extract(
            "grep(1) - Linux manual page\n\nHome\nLinux\nPages\nTraining\n\nDESCRIPTION\n" + _MAN_PAGE,
            options=pageclean.Options(input_kind="text", line_model=False))):
        assert "operand PATTERNS is one or more patterns" in page.body
        assert "nonrecursive searches read standard input." in page.body
        assert "Training" not in page.body


def test_a_list_of_headlines_is_not_wrapped_prose() -> None:
    """Headlines one per line do not run on into each other (the next starts with a capital)."""
    from pageclean.classify import Quality, _quality, _wrapped_prose
    from pageclean.features import line_features
    from pageclean.text import segment_text

    lines = segment_text("Police report a quiet weekend in the town centre\nMayor opens the new bridge over the "
                         "river\nLocal bakery wins the regional bread award for the third time")
    feats = [line_features(line) for line in lines]
    assert _wrapped_prose(lines, feats, [_quality(f) for f in feats]) == [_quality(f) for f in feats]
    assert Quality.GOOD not in [_quality(f) for f in feats[:2]]


def test_a_long_code_block_does_not_split_the_article() -> None:
    """Documentation: forty lines of a code example between the introduction and the reference
    part are the article's, not a menu separating two regions."""
    import pageclean
    intro = ("<p>This module exposes an API familiar to users of the standard library marshal and pickle "
             "modules, and it encodes and decodes the data interchange format described here.</p>")
    code = "\n".join([">>> import json"] + [f">>> json.dumps([{n}, {{'key': {n}}}])" for n in range(40)])
    rest = "".join(f"<p>The {w} parameter changes how the encoder writes the output, and it is ignored when the "
                   "object cannot be serialised by the default encoder at all.</p>"
                   for w in ("indent", "separators", "default", "sort_keys", "skipkeys", "ensure_ascii"))
    menu = "".join(f'<li><a href="/{w}">{w}</a></li>' for w in ("Home", "Library", "Modules", "Index", "Search"))
    html = (f"<html><head><title>json — JSON encoder and decoder</title></head><body><ul>{menu}</ul>"
            f"<h1>json — JSON encoder and decoder</h1>{intro}<pre>{code}</pre>{rest}<ul>{menu}</ul></body></html>")
    page = pageclean.extract(html)
    assert "This module exposes an API" in page.body
    assert "The sort_keys parameter" in page.body
    assert "Library" not in page.body


def test_a_shop_button_above_the_body_is_not_the_title() -> None:
    """With no heading tag and no repeat of the document title, a two-word line right above the
    body scores under ``title_min_score``: no title beats "Advanced Search"; three words or an
    ``<h1>`` still make one."""
    import pageclean
    html = "<html><head><title>Shop</title></head><body><div>Advanced Search</div><p>{}</p></body></html>"
    paragraphs = "</p><p>".join(_PROSE.split("\n\n"))
    assert pageclean.extract(html.format(paragraphs)).title is None
    assert pageclean.extract(html.replace("<div>Advanced Search</div>", "<h1>Brexit vertagt</h1>")
                             .format(paragraphs)).title == "Brexit vertagt"
    assert _text_title("Advanced Search\n\n" + _PROSE) is None
    assert _text_title("Die Frist wird verschoben\n\n" + _PROSE) == "Die Frist wird verschoben"


@pytest.mark.parametrize(("line", "title"), [
    ("February 24, 2020 | 9:25pm", None),  # page six: the date line over the story
    ("Opublikowano: 2021-04-29 17:13:04", None),  # a labelled time stamp
    ("15. Mai 2019, 05:28 Uhr", None),
    ("Euro 2024 in Berlin", "Euro 2024 in Berlin"),  # a year in a headline is still a headline
    ("Windows 10 drops Flash", "Windows 10 drops Flash"),
])
def test_a_date_stamp_above_the_body_is_not_the_title(line: str, title: str | None) -> None:
    """A date and time with at most one word of label stands where a headline would, above the
    body, but no headline is only a date: no title beats a wrong one."""
    assert _text_title(line + "\n\n" + _PROSE) == title


def test_is_date_stamp() -> None:
    assert is_date_stamp("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46")
    assert not is_date_stamp("Top 10 of 2023 in 5 minutes")
    assert not is_date_stamp("iPhone 15 Pro 2023 review")
    assert not is_date_stamp("2021: The year in review")


_ARTICLE = ("<p>The city council voted on Tuesday to approve a new budget for the coming year, which includes "
            "more money for schools and for the repair of roads that have been neglected for a decade.</p>")


def _archive(n: int) -> str:
    items = "".join(f'<li><a href="/p{k}">Story number {k} about the harbour - {k + 1} January 2025</a></li>'
                    for k in range(n))
    return f'<ul><li><a href="/y">2025</a></li><li><a href="/m">January</a></li>{items}</ul>'


def test_a_run_of_dated_links_is_related_not_body() -> None:
    """An archive list under the article ("Story - 3 January 2025", with "2025" / "January" between
    them) leaves the body as related links; two dated links in a row are not such a run."""
    import pageclean

    def page(n: int) -> Page:
        return pageclean.extract("<html><body><article><h1>Council approves budget</h1>"
                                 f"{_ARTICLE * 4}{_archive(n)}</article></body></html>")

    archive = page(6)
    assert "city council voted" in archive.body
    assert "Story number" not in archive.body and "January" not in archive.body
    related = [s for s in archive.segments if "dated-links" in s.evidence]
    assert related and all(s.kind.value == "related" for s in related)
    assert not any("dated-links" in s.evidence for s in page(2).segments)


def test_an_h1_opening_the_body_is_the_title_when_the_document_title_words_it_otherwise() -> None:
    """The <title> ("What Electricians Charge …") is not shown on the page; the <h1> that opens the
    article, a question long enough to read as prose, is its headline, not the body's first line."""
    import pageclean
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Products", "Pricing", "Blog", "Careers"))
    html = ("<html><head><title>What Electricians Charge in 2025 | Homeguide</title>"
            "<meta property='og:title' content='What Electricians Charge in 2025'></head><body>"
            f"<nav><ul>{menu}</ul></nav><div><h1>How Much Does It Cost to Get Electrical Services in a Small Town?</h1>"
            f"<p>{_PROSE}</p><p>{_PROSE}</p></div></body></html>")
    page = pageclean.extract(html)
    assert page.title == "How Much Does It Cost to Get Electrical Services in a Small Town?"
    assert "Electrical Services" not in page.body
    assert page.body.startswith(_PROSE[:30])


@pytest.mark.parametrize(("h1", "title"), [
    # half of the <h1>'s words are the document title's: the headline the page shows
    ("How Machine Learning Personalizes Ecommerce Shopping Experiences",
     "How Machine Learning Personalizes Ecommerce Shopping Experiences"),
    # a shop's banner in the <h1> that shares no words with it: the document title stays
    ("Spring Sale Now On Everything", "Using Machine Learning To Personalize Shopping Experiences"),
])
def test_the_one_h1_opening_the_body_rewords_the_document_title(h1: str, title: str) -> None:
    """A teaser link above the <h1> reads as prose until the line model takes it out of the body;
    the one <h1>, first in the body then, is the headline when it shares the document title's words."""
    import pageclean
    html = ("<html><head><title>Using Machine Learning To Personalize Shopping Experiences</title></head><body>"
            "<div><p><a href='/a'>Bring AI into your email strategy this year and see how the trends will shape "
            "the whole market in 2026.</a></p><p><a href='/b'>AI, Personalization</a></p>"
            f"<h1>{h1}</h1><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></div></body></html>")
    page = pageclean.extract(html)
    assert page.title == title
    assert _PROSE[:30] in page.body and "Personalizes" not in page.body
    # the <h1> is either the title or a line of the body, never both and never lost
    assert (h1 in page.body) == (page.title != h1)


@pytest.mark.parametrize(("h1", "title"), [
    ("Men's Wool Runners", "Men's Wool Runners"),
    # an <h1> that is not the <title>'s words (a shop's logo): the line above the body stays
    ("Everyday Comfort Shoes", "Notify me when back in stock"),
])
def test_the_one_h1_above_the_body_outranks_a_line_chosen_by_its_place(h1: str, title: str) -> None:
    """A product page: the <h1>, then twenty lines of options, then a heading right above the
    description. Chosen by shape and place, the heading would be the title; the page's one <h1>,
    which words the document title, is."""
    import pageclean
    sizes = "".join(f"<div>Size {k}</div>" for k in range(4, 24))
    html = (f"<html><head><title>Men's Wool Runner | Allbirds</title></head><body><h1>{h1}</h1><p>$98</p>{sizes}"
            f"<h3>Notify me when back in stock</h3><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></body></html>")
    page = pageclean.extract(html)
    assert page.title == title
    assert page.body.startswith(_PROSE[:30])


@pytest.mark.parametrize(("line", "title"), [
    ("Collectibles & Art | eBay", "Collectibles & Art"),  # a site's name has a capital
    ("Wetter heute | 20 Minuten", "Wetter heute"),  # or a digit
    ("Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy",
     "Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy"),  # a subtitle in lower case
])
def test_a_site_name_is_cut_from_the_title_a_lower_case_subtitle_is_not(line: str, title: str) -> None:
    from pageclean.assemble import _clean_title
    assert _clean_title(line) == title
