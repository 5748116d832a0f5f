"""CI quality gate (issue #3): pageclean on fixed samples of both development sets, scored with the
sets' own rules, must stay at or above the floors pinned in tests/quality_floors.json.

The samples are fixed by page id (bench/gate.py). The engine is deterministic, so a drop below a
floor is a real regression, not noise.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from bench.gate import FLOORS, gate_scores

from .conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is not present")


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    return gate_scores()


FLOOR_DATA = json.loads(FLOORS.read_text(encoding="utf-8"))
CASES = [(ds, mode) for ds in ("devset", "wcxb-dev") for mode in ("html", "text")]


@pytest.mark.parametrize(("dataset", "mode"), CASES)
def test_f1_at_or_above_floor(scores: dict[str, Any], dataset: str, mode: str) -> None:
    got = scores[dataset][mode]["f1"]
    floor = FLOOR_DATA[dataset][mode]["f1"]
    assert got >= floor, f"{dataset} {mode}: F1 {got:.4f} fell below the floor {floor}"


@pytest.mark.parametrize("page_type", sorted(FLOOR_DATA["wcxb-dev"]["html"]["per_type"]))
def test_wcxb_page_type_at_or_above_floor(scores: dict[str, Any], page_type: str) -> None:
    got = scores["wcxb-dev"]["html"]["per_type"][page_type]
    floor = FLOOR_DATA["wcxb-dev"]["html"]["per_type"][page_type]
    assert got >= floor, f"wcxb-dev {page_type}: F1 {got:.4f} fell below the floor {floor}"


def test_floors_are_real_numbers() -> None:
    # a floor of 0 would make the gate a test that cannot fail
    for dataset in ("devset", "wcxb-dev"):
        for mode in ("html", "text"):
            assert FLOOR_DATA[dataset][mode]["f1"] >= 0.5
