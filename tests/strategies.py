"""All hypothesis strategies of the suite, built by construction (no filtering)."""

from __future__ import annotations

from hypothesis import strategies as st

# plain article vocabulary: content words and function words, none of them a boilerplate cue
_CONTENT = [
    "minister",
    "government",
    "council",
    "river",
    "harbour",
    "village",
    "committee",
    "report",
    "budget",
    "school",
    "teachers",
    "farmers",
    "market",
    "prices",
    "winter",
    "harvest",
    "railway",
    "bridge",
    "museum",
    "hospital",
    "doctors",
    "patients",
    "election",
    "voters",
    "parliament",
    "court",
    "judge",
    "lawyers",
    "police",
    "officers",
    "city",
    "mayor",
    "residents",
    "festival",
    "artists",
    "company",
    "workers",
    "union",
    "talks",
    "agreement",
    "treaty",
    "border",
    "troops",
    "region",
    "province",
    "capital",
    "islands",
    "scientists",
    "study",
    "research",
    "data",
    "results",
    "century",
    "history",
    "museum",
    "library",
    "students",
    "university",
]
_FUNCTION = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "will",
    "would",
    "said",
]
_NAMES = [
    "Anna",
    "Berger",
    "Carlos",
    "Ruiz",
    "Mehmet",
    "Yilmaz",
    "Olga",
    "Petrova",
    "Lagos",
    "Geneva",
    "Ankara",
    "Madrid",
    "Oslo",
    "Lima",
]

words = st.sampled_from(_CONTENT + _FUNCTION + _FUNCTION)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    # prose: every fourth word at least is a function word, as in any real sentence (a "sentence" of
    # content words only reads as a keyword list, which chrome detection may rightly doubt)
    body = draw(st.lists(words, min_size=9, max_size=24))
    body[::4] = draw(st.lists(st.sampled_from(_FUNCTION), min_size=len(body[::4]), max_size=len(body[::4])))
    name = draw(st.sampled_from(_NAMES))
    first = draw(st.sampled_from(_CONTENT)).capitalize()
    return f"{first} {name} " + " ".join(body) + draw(st.sampled_from([".", ".", "!", "?"]))


paragraphs = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)
#: an article's paragraphs differ from each other (a line repeated on a page is a chrome signal)
articles = st.lists(paragraphs, min_size=2, max_size=7, unique=True)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_CONDITIONS = (
    "broken clouds",
    "mostlycloudy",
    "sunny",
    "light rain",
    "overcast clouds",
    "partly cloudy",
    "bewölkt",
    "nuageux",
    "soleado",
)


@st.composite
def weather_block(draw: st.DrawFn) -> str:
    layout = draw(st.sampled_from(["per-value", "per-day", "header"]))
    days = draw(st.lists(st.sampled_from(_DAYS), min_size=2, max_size=6))
    temps = [draw(st.integers(-20, 40)) for _ in days]
    conds = [draw(st.sampled_from(_CONDITIONS)) for _ in days]
    unit = draw(st.sampled_from(["C", "F"]))
    if layout == "per-value":
        hour = draw(st.integers(0, 23))
        lines = [f"{days[0]} {hour:02d}:00", conds[0], f"{temps[0]}.{draw(st.integers(0, 9))}", "°", unit]
        for d, t, c in zip(days[1:], temps[1:], conds[1:], strict=False):
            lines += [d, f"{t}.{draw(st.integers(10, 99))}", c]
        return "\n".join(lines)
    if layout == "per-day":
        return "\n".join(f"{d} {t}°{unit} {c}" for d, t, c in zip(days, temps, conds, strict=False))
    city = draw(st.sampled_from(["Berlin", "Ankara", "Lima"]))
    return f"Weather in {city}\n" + "\n".join(f"{t}°{unit}" for t in temps)


_FIXED = {
    "share": [
        "Share this article\nFacebook\nTwitter\nWhatsApp\nEmail",
        "Share on Facebook\nShare on Twitter",
        "Teilen\nFacebook\nX\nWhatsApp",
        "Follow us on Twitter",
    ],
    "cookie": [
        "We use cookies to improve your experience on our site. By continuing to browse you agree to "
        "our use of cookies.\nAccept all\nReject all",
        "Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.\nAkzeptieren",
        "Cookie settings",
    ],
    "newsletter": [
        "Sign up for our daily newsletter\nEnter your email address\nSubscribe",
        "Newsletter\nGet the latest headlines delivered straight to your inbox.",
        "Subscribe to our free newsletter",
    ],
    "related": [
        "Related articles\nFarmers protest over new rules in the capital\nCouncil approves the budget plan",
        "Read more: Minister resigns after railway report",
        "Lesen Sie auch: Neue Regeln für Schulen",
        "You might also like",
    ],
    "advertisement": ["Advertisement", "Anzeige", "Story continues below advertisement"],
    "tags": ["Tags: politics, economy, europe", "Topics: Ukraine, Russia, NATO", "#election #results"],
    "comments": ["12 comments\nLeave a comment", "Comments (4)", "Be the first to comment"],
    "legal": ["© 2024 Example Media Ltd. All rights reserved.", "Impressum", "Privacy Policy"],
    "market_ticker": ["DAX 15,432.10 +0.45%\nDow Jones 34,500.20 -0.32%", "Nasdaq 13,210.5 -1.2%"],
    "login_paywall": ["Subscribe to continue reading\nAlready a subscriber? Log in", "Sign in / Register"],
    "page_meta": ["5 min read", "Updated: 12 March 2024, 14:05", "Print"],
    "caption": ["Photo: Jane Doe / Getty Images", "(AP Photo/Evan Vucci)"],
    "navigation": ["Home\nNews\nSport\nWeather", "Skip to main content", "Back to top"],
}
BOILERPLATE_KINDS = ("weather", *_FIXED)


@st.composite
def boilerplate_block(draw: st.DrawFn) -> tuple[str, str]:
    """(kind, block text) for a realistic block of page chrome."""
    kind = draw(st.sampled_from(BOILERPLATE_KINDS))
    if kind == "weather":
        return kind, draw(weather_block())
    return kind, draw(st.sampled_from(_FIXED[kind]))


# any text at all, with the characters that matter to a line splitter over-represented
_SPICY = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\r",
        "\u00a0",
        "\u2028",
        "\t",
        " ",
        "\ufeff",
        "\u00ad",
        "\u200b",
        "\u200d",
        "e\u0301",
        "\u0301",
        "\x00",
        "(",
        ")",
        ":",
        "Source: ",
        "By ",
        "©",
        "°",
        "(Reuters) - ",
        "<p>",
        "</div>",
        "&amp;",
        "\u200b",
    ]
)
any_text = st.lists(st.one_of(st.text(max_size=30), _SPICY), max_size=40).map("".join)
any_bytes = st.one_of(st.binary(max_size=400), any_text.map(lambda s: s.encode("utf-8", "surrogatepass")))
