"""Issue #4's scorer in CI: per-kind credit and boilerplate accuracy on the hand-labelled corpus,
in both modes, held at or above the floors pinned in tests/kinds_floors.json.

The engine is deterministic and the labels are fixed, so a drop is a real regression. Raise the
floors as the engine improves (``python -m bench.kinds --json`` prints today's figures); never
lower one without a line in the file's history saying why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench.fixtures import MODES
from bench.kinds import score

from .conftest import SHARED_DATA

FLOORS = json.loads((Path(__file__).with_name("kinds_floors.json")).read_text(encoding="utf-8"))
pytestmark = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is not present")


@pytest.fixture(scope="module", params=MODES)
def summary(request: pytest.FixtureRequest) -> dict[str, Any]:
    return score(request.param).summary()


def test_headline_figures_at_or_above_floors(summary: dict[str, Any]) -> None:
    floors = FLOORS[summary["mode"]]
    for key in ("title_exact", "credit_precision", "credit_recall", "source_precision", "source_recall"):
        assert summary[key] >= floors[key], f"{summary['mode']} {key}: {summary[key]} < floor {floors[key]}"


def test_kind_f1_at_or_above_floors(summary: dict[str, Any]) -> None:
    floors = FLOORS[summary["mode"]]["kinds_f1"]
    low = {k: (summary["kinds"][k]["f1"], f) for k, f in floors.items() if summary["kinds"][k]["f1"] < f}
    assert not low, f"{summary['mode']}: kinds below their F1 floor (got, floor): {low}"


def test_the_corpus_is_the_size_issue_4_asks_for(summary: dict[str, Any]) -> None:
    assert summary["fixtures"] >= 150


def test_at_least_30_labelled_pages_are_not_in_english() -> None:
    from bench.fixtures import load_fixtures

    assert sum(fx.expected["language"] != "en" for fx in load_fixtures()) >= 30
