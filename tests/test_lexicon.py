"""The data files: well-formed, complete enough, and free of patterns that backtrack badly."""

from __future__ import annotations

import json
import re
import time
from importlib import resources

import pytest

from pageclean import BoilerplateKind
from pageclean.lexicon import BOILERPLATE_RULES, DOM_WORD_HINTS, STOPWORDS, lookup_agency


def _data(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads(resources.files("pageclean").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


def test_gazetteer_has_sixty_agencies_with_country_and_aliases() -> None:
    agencies = _data("agencies.json")["agencies"]
    assert len(agencies) >= 60
    for entry in agencies:
        assert entry["canonical"] and re.fullmatch(r"[A-Z]{2}", entry["country"]), entry
        assert entry["aliases"], entry


@pytest.mark.parametrize(("alias", "canonical"), [
    ("AA", "Anadolu Agency"), ("Anadolu", "Anadolu Agency"), ("Anadolu Ajansı", "Anadolu Agency"),
    ("AP", "Associated Press"), ("The Associated Press", "Associated Press"), ("dpa", "Deutsche Presse-Agentur"),
    ("ТАСС", "TASS"), ("EFE", "EFE"), ("PTI", "Press Trust of India"), ("Reuters", "Reuters"),
])
def test_aliases_normalise(alias: str, canonical: str) -> None:
    hit = lookup_agency(alias)
    assert hit is not None and hit.canonical == canonical


@pytest.mark.parametrize("word", ["aa", "Ap", "the", "Source"])
def test_short_aliases_match_only_as_written(word: str) -> None:
    assert lookup_agency(word) is None


def test_every_kind_has_rules_and_every_rule_kind_exists() -> None:
    kinds = {r.kind for r in BOILERPLATE_RULES}
    assert kinds == set(BoilerplateKind)
    assert set(DOM_WORD_HINTS.values()) <= {k.value for k in BoilerplateKind} | {"content"}
    assert {"the", "der", "le", "el", "и", "ve"} <= STOPWORDS


_ADVERSARIAL = ["a" * 1200, " " * 1200, "1" * 1200, "° " * 600, ", " * 600, "a " * 600, "Share " * 200,
                "cookie " * 170, "1.2 % " * 200, "(a) " * 300, "© " * 600, "by " * 400]


def test_no_pattern_backtracks_badly() -> None:
    """Every pattern, on lines of the longest length it is ever given, answers in well under a millisecond
    per line on average (catastrophic backtracking would take seconds)."""
    patterns = []
    for spec in _data("boilerplate.json")["kinds"].values():
        patterns += [re.compile(p, re.IGNORECASE) for p in spec["strong"] + spec.get("weak", [])]
    t0 = time.perf_counter()
    for pattern in patterns:
        for text in _ADVERSARIAL:
            pattern.search(text)
    elapsed = time.perf_counter() - t0
    assert elapsed < 0.002 * len(patterns) * len(_ADVERSARIAL) + 1.0, elapsed


def test_weak_patterns_are_whole_line_cues() -> None:
    """features.py only tries weak patterns on lines of at most WEAK_MAX_WORDS words, which is right
    only while every weak pattern is anchored at both ends (a whole short line)."""
    for spec in _data("boilerplate.json")["kinds"].values():
        for pattern in spec.get("weak", []):
            assert pattern.startswith("^") and pattern.endswith("$"), pattern


def _strong_kind(line: str) -> str | None:
    from pageclean.lexicon import fold_lower

    low = fold_lower(line)
    return next((r.kind.value for r in BOILERPLATE_RULES if r.strong.first(line, low) is not None), None)


@pytest.mark.parametrize(("line", "kind"), [
    ("Foto: Markus Scholz/dpa/Archivbild", "caption"),
    ("(Photo by Chip Somodevilla/Getty Images)", "caption"),
    ("A man walks past a shop in Berlin. Photo: John Macdougall/AFP via Getty Images", "caption"),
    ("Image: US Supreme Court", "caption"),
    ("TebNad/Shutterstock.com", "caption"),  # a stock site's credit, with its domain
    ("Clipdealer", "caption"),
    ("Es gibt noch keine Kommentare.", "comments"),  # an empty comment section's prompt
    ("Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.", "comments"),
    ("You must be logged in to post a comment.", "comments"),
    ("GET THE BOING BOING NEWSLETTER", "newsletter"),
    ("No spam, we promise.", "newsletter"),
    ("Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo", "related"),
    ("Veja Também:", "related"),
    ("Read the latest from Matthew Humphries", "related"),
    ("Möchten Sie den Artikel teilen?", "share"),
    ("URL zum Kopieren", "share"),
    ("Dieses Blog durchsuchen", "navigation"),
    ("Zum Vergrößern auf das Bild klicken", "caption"),
    ("Hier können Sie den Artikel bewerten", "other"),
    ("Advertisement:", "advertisement"),
    ("Advertising Disclosure", "advertisement"),
    ("Lea más: Juan Carlos Ortega Murillo propone legalizar", "related"),
    ("Czytaj też", "related"),
    ("Die meistgelesenen Artikel", "related"),
    ("Teile diesen Beitrag auf", "share"),
    ("Crédits photos : Bestimage", "caption"),
    ("AFP / MARCO BERTORELLO", "caption"),
    ("Puerto de Montevideo. Foto: Archivo", "caption"),  # a caption ending in its photo credit
    ("Helfer im Einsatz. Foto: Galli/Malteser", "caption"),
    ("Unser kostenloser Newsletter informiert Sie über unsere neuesten Beiträge.", "newsletter"),
    ("Join the hundreds of developers who get new links delivered to their inboxes every week.", "newsletter"),
    ("Get our newsletter: subscribe today", "newsletter"),
])
def test_strong_patterns_take_chrome(line: str, kind: str) -> None:
    assert _strong_kind(line) == kind


@pytest.mark.parametrize("line", [
    # a dateline or closing tag with a desk code is not a photo credit
    "Hamburg (dpa/lno) – Trotz eines Gespräches zwischen den beiden Parteien blieb der Streit ungelöst.",
    "Der Konzern wollte sich dazu zunächst nicht äußern. (dpa/gem)",
    # prose that names a photo agency, a newsletter's subscribers, or a YAML key
    "Second, expand opt-in platforms with transparent compensation. Shutterstock's Contributor Fund pays out.",
    "Getty Images and Shutterstock have both sued the company over training data, and the case will take years.",
    "The Guardian US added 680,000 newsletter subscribers in a single year.",
    "image: nginx:1.14.2",
    # a sentence about comments or logging in is not a comment section's prompt
    "Es gibt keine Kommentare zu diesem Thema, sagte der Sprecher der Regierung am Montag.",
    "You must be logged in to the bank app before you transfer money.",
    "The company said it would get the newsletter out by Friday.",
    "Er zeigte das Foto: Es war verwackelt.",
    "Lea Seydoux spielt die Hauptrolle im neuen Film.",
])
def test_strong_patterns_leave_prose_and_code(line: str) -> None:
    assert _strong_kind(line) is None
