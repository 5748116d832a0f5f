"""The annotator-agreement scorer (bench.agreement) and the second annotator's labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.agreement import agreement, labels_as_page
from bench.fixtures import load_fixtures
from bench.kinds import KindScores

SECOND = Path(__file__).resolve().parents[1] / "fixtures" / "second-annotator"
FIXTURES = {fx.name: fx for fx in load_fixtures()}


def test_labels_agree_with_themselves() -> None:
    """Scoring a fixture's labels against themselves gives full marks: the scorer adds no noise."""
    fx = FIXTURES["de-stern-brexit-johnson-dpa"]
    scores = KindScores("text")
    scores.add(fx, labels_as_page(fx, fx.expected))
    summary = scores.summary()
    assert summary["title_exact"] == 1.0
    assert summary["credit_precision"] == summary["credit_recall"] == 1.0
    kinds = summary["kinds"]
    assert all(v["f1"] == 1.0 for v in kinds.values() if v["labels"])  # type: ignore[union-attr]


@pytest.mark.parametrize("case", sorted(p.name for p in SECOND.iterdir()))
def test_second_annotator_labels_are_on_the_page(case: str) -> None:
    """Each second-annotator case names a fixture page, and every boilerplate label is found in
    that page's text in order (a label that cannot be located would silently count as a miss)."""
    labels = json.loads((SECOND / case / "expected.json").read_text(encoding="utf-8"))
    fx = FIXTURES[case]
    assert labels["input"] == fx.expected["input"]
    page = labels_as_page(fx, labels)
    assert len(page.boilerplate) == len(labels["boilerplate"])


def test_agreement_covers_every_case() -> None:
    _, cases = agreement(SECOND)
    assert sorted(cases) == sorted(p.name for p in SECOND.iterdir())
