"""Typed boilerplate on small hand-written pages, and articles that talk about boilerplate topics."""

from __future__ import annotations

import pytest

import pageclean
from pageclean import Options

TEXT = Options(input_kind="text")
ARTICLE = ("The council said on Tuesday that the new budget would raise spending on schools and hospitals "
           "across the region by two percent next year.\n\n"
           "Farmers in the northern provinces welcomed the plan, but the opposition said it came far too late "
           "for the villages that had already lost their railway.")


def kinds_after(block: str) -> list[str]:
    page = pageclean.extract(f"{ARTICLE}\n\n{block}", options=TEXT)
    assert page.body == ARTICLE
    return [b.kind.value for b in page.boilerplate]


@pytest.mark.parametrize(("block", "kind"), [
    ("Mon 12°C sunny\nTue 14°C partly cloudy\nWed 9°C light rain", "weather"),
    ("Thu 21:00\nbroken clouds\n17.7\n°\nC\nFri\n15.32\nmostlycloudy", "weather"),
    ("Wetter in Berlin\n12°\nbewölkt", "weather"),
    ("72°F\nSunny", "weather"),
    ("Share this article\nFacebook\nTwitter\nEmail", "share"),
    ("Artikel teilen\nWhatsApp", "share"),
    ("We use cookies to give you the best experience. By using our site you accept our cookie policy.\n"
     "Accept all", "cookie"),
    ("Diese Website verwendet Cookies.\nAkzeptieren", "cookie"),
    ("Sign up for our morning newsletter\nEnter your email address", "newsletter"),
    ("Related articles\nCouncil approves the railway plan\nFarmers protest in the capital", "related"),
    ("Lesen Sie auch: Neue Regeln für Schulen", "related"),
    ("Advertisement", "advertisement"),
    ("Tags: budget, schools, railways", "tags"),
    ("Schlagwörter: Haushalt, Schulen", "tags"),
    ("3 comments\nLeave a comment", "comments"),
    ("Impressum\nDatenschutz\nAGB", "legal"),
    ("DAX 15.432,10 +0,45%\nDow Jones 34,500.20 -0.32%", "market_ticker"),
    ("Subscribe to continue reading\nAlready a subscriber? Log in", "login_paywall"),
    ("5 min read", "page_meta"),
    ("Photo: Jane Doe / Getty Images", "caption"),
    ("Home\nNews\nSport", "navigation"),
])
def test_kind_of_trailing_block(block: str, kind: str) -> None:
    assert kinds_after(block) == [kind]


@pytest.mark.parametrize("paragraph", [
    "The weather service said the storm would bring heavy rain and temperatures near 5 degrees to the "
    "coast on Friday, and warned drivers to stay at home.",
    "Regulators said websites that use cookies to track visitors must ask for consent first, and that "
    "many publishers had ignored the rule for years.",
    "Users who share articles on social media are more likely to trust the source, the study of two "
    "thousand readers found.",
    "The newsletter, which the mayor started in 2019, reached most households in the district before "
    "it was closed last spring.",
])
def test_articles_about_boilerplate_topics_keep_their_text(paragraph: str) -> None:
    text = f"{ARTICLE}\n\n{paragraph}\n\n{ARTICLE}"
    page = pageclean.extract(text, options=TEXT)
    assert paragraph in page.body
    assert not page.boilerplate


def test_leading_chrome_and_title() -> None:
    text = ("Home\nNews\nSport\nCulture\n\nCouncil raises the school budget\n\n12 March 2024\n\n"
            f"{ARTICLE}\n\nShare\nFacebook\nTwitter\n\n© 2024 Example Media")
    page = pageclean.extract(text, options=TEXT)
    assert page.title == "Council raises the school budget"
    assert page.body == ARTICLE
    assert [b.kind.value for b in page.boilerplate] == ["navigation", "page_meta", "share", "legal"]


def test_crlf_nbsp_and_no_blank_lines() -> None:
    text = ARTICLE.replace("\n\n", "\r\n").replace(" the ", "\u00a0the ") + "\r\nAdvertisement\r\n"
    page = pageclean.extract(text, options=TEXT)
    assert "\r" not in page.text and "\u00a0" not in page.text
    assert len(page.blocks) == 2
    assert [b.kind.value for b in page.boilerplate] == ["advertisement"]
