"""The line model: it loads, it is optional, and a body line's vector ignores the chrome around it."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import pageclean
from pageclean import Options, Role
from pageclean.classify import _quality
from pageclean.features import line_features
from pageclean.linemodel import FEATURE_NAMES, LINE_MODEL, line_vectors, load_line_model
from pageclean.text import segment_text

PARA = ("<p>The city council voted on Tuesday to approve a new budget for the coming year, which includes "
        "more money for schools and for the repair of roads that have been neglected for a decade.</p>")
TEASERS = ('<p><a href="/a">Mayor opens new bridge over the river</a></p>'
           '<p><a href="/b">Police report a quiet weekend in the town centre</a></p>'
           '<p><a href="/c">Local bakery wins regional bread award</a></p>')
PAGE = ("<html><head><title>Council approves budget</title></head><body><article>"
        f"<h1>Council approves budget</h1>{PARA * 3}{TEASERS}{PARA * 3}</article></body></html>")


def _raw() -> dict[str, object]:
    path = resources.files("pageclean").joinpath("data").joinpath("line_model.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_shipped_model_loads_and_names_every_feature() -> None:
    assert LINE_MODEL is not None
    raw = _raw()
    assert sorted(raw["features"]) == sorted(FEATURE_NAMES)  # type: ignore[arg-type]
    assert 0 < LINE_MODEL.threshold_html < 1 and 0 < LINE_MODEL.threshold_text < 1
    # trained on one half, reported on the other: the file says so
    assert set(raw["report"]) == {"html", "text"}  # type: ignore[arg-type]


def test_flattened_text_has_a_model_of_its_own() -> None:
    """Text input is judged by the text model (its own weights and threshold); a file without one
    (an older model) serves both kinds of input."""
    assert LINE_MODEL is not None and LINE_MODEL.text_model is not None
    text_model = LINE_MODEL.text_model
    assert text_model.weights != LINE_MODEL.weights and 0 < text_model.threshold_text < 1
    raw = _raw()
    del raw["text_model"]
    assert load_line_model(raw).text_model is None
    # the choice itself: a main model that keeps every line and a text model that doubts every one
    from pageclean.classify import classify
    from pageclean.linemodel import LineModel

    n = len(FEATURE_NAMES)
    doubt_all = LineModel((0.0,) * n, (), -10.0, 0.5, 0.5)
    keep_all = LineModel((0.0,) * n, (), 10.0, 0.5, 0.5, text_model=doubt_all)
    lines = segment_text("Council approves budget\n\n" + "\n\n".join(
        ["The city council voted on Tuesday to approve a new budget for the coming year, which includes "
         "more money for schools and roads."] * 3))
    feats = [line_features(line) for line in lines]
    text_roles = {d.role for d in classify(lines, feats, line_model=keep_all)[1:]}
    assert text_roles == {Role.BOILERPLATE}, "text input is judged by the text model"
    shared = LineModel((0.0,) * n, (), 10.0, 0.5, 0.5)
    assert {d.role for d in classify(lines, feats, line_model=shared)[1:]} == {Role.BODY}


def test_a_model_for_other_features_is_refused() -> None:
    raw = _raw()
    raw["features"] = [*raw["features"][:-1], "no_such_feature"]  # type: ignore[index]
    with pytest.raises(ValueError, match="features"):
        load_line_model(raw)


def test_model_takes_teasers_out_of_the_body_and_says_why() -> None:
    page = pageclean.extract(PAGE)
    rules = pageclean.extract(PAGE, options=Options(line_model=False))
    assert "Mayor opens new bridge" in rules.body, "the rules alone keep the teasers (the case the model is for)"
    assert "Mayor opens new bridge" not in page.body
    doubted = [s for s in page.segments if "line-model" in s.evidence]
    assert doubted and all(s.role is Role.BOILERPLATE for s in doubted)
    assert all(any(e.startswith("p=") for e in s.evidence) for s in doubted)
    assert page.body.count("The city council voted") == 6, "the article's paragraphs stay"
    assert not any("line-model" in s.evidence for s in rules.segments)


def test_cli_rules_only(tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    from pageclean.cli import main

    path = tmp_path / "page.html"  # type: ignore[operator]
    path.write_text(PAGE, encoding="utf-8")
    assert main([str(path), "--rules-only", "-q"]) == 0
    assert "Mayor opens new bridge" in capsys.readouterr().out
    assert main([str(path), "-q"]) == 0
    assert "Mayor opens new bridge" not in capsys.readouterr().out


def test_body_line_vectors_ignore_lines_outside_the_body() -> None:
    """The same body lines with chrome inserted between them get the same vectors."""
    body_lines = ["First paragraph of the story, long enough to read as prose for the model here.",
                  "A short heading", "Second paragraph of the story that carries on with the news of the day."]
    chrome = ["Share", "Tweet", "Weather 17 °C"]

    def vectors(texts: list[str], body_flags: list[bool]) -> list[list[float]]:
        lines = segment_text("\n".join(texts))
        feats = [line_features(line) for line in lines]
        quals = [_quality(f).value for f in feats]
        which = [i for i, b in enumerate(body_flags) if b]
        return line_vectors(lines, feats, quals, body_flags, which)

    plain = vectors(body_lines, [True] * 3)
    mixed = vectors([chrome[0], body_lines[0], *chrome[1:], body_lines[1], body_lines[2]],
                    [False, True, False, False, True, True])
    assert plain == mixed


def test_the_model_thins_an_html_body_but_does_not_empty_it() -> None:
    """A model that doubts every line takes the teasers' company away but not every paragraph:
    the page's prose stays unless the markup marks it as chrome (a footer's legal paragraph)."""
    from pageclean.classify import classify
    from pageclean.html import parse_html, render
    from pageclean.linemodel import LineModel

    doubt_all = LineModel((0.0,) * len(FEATURE_NAMES), (), -10.0, 0.5, 0.5)

    def body_of(markup: str) -> str:
        rendered = render(parse_html(markup))
        lines = segment_text(rendered.text, rendered.lines)
        feats = [line_features(line) for line in lines]
        decisions = classify(lines, feats, line_model=doubt_all)
        return " ".join(line.text for line, d in zip(lines, decisions, strict=True) if d.role is Role.BODY)

    post = PAGE.replace(f"{PARA * 3}{TEASERS}{PARA * 3}", PARA)
    assert "city council voted" in body_of(post)
    footer = post.replace(PARA, PARA.replace("<p>", '<p class="legal">'))
    assert "city council voted" not in body_of(footer)
