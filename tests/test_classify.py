"""The classifier's body-region search, on weights chosen by hand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pageclean.classify import _body_region


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


def _text_title(page_text: str) -> str | None:
    import pageclean
    return pageclean.extract(page_text, options=pageclean.Options(input_kind="text")).title


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
