"""Golden fixtures: real pages, labelled by hand (docs/labelling.md), checked as raw HTML and as
the same page flattened to text.

One test per fixture, mode and aspect. Aspects the engine does not get right yet are listed in
``tests/known_failures.txt`` and marked xfail(strict=True): a listed aspect that starts passing
fails the suite until the list is updated, so the list stays the honest record of what fails.
The fixtures refer to pages of ../shared/data by id; without that folder these tests skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.fixtures import ASPECTS, Fixture, check, extract_for, load_fixtures

import pageclean

from .conftest import SHARED_DATA

KNOWN = frozenset(
    line.split("#")[0].strip()
    for line in (Path(__file__).with_name("known_failures.txt")).read_text(encoding="utf-8").splitlines()
    if line.split("#")[0].strip()
)
FIXTURES = load_fixtures()
_PAGES: dict[tuple[str, str], pageclean.Page] = {}


def _page(fx: Fixture, mode: str) -> pageclean.Page:
    # one extraction per fixture and mode for all its aspects (a test-local memo, not a library cache)
    if (fx.name, mode) not in _PAGES:
        _PAGES[fx.name, mode] = extract_for(fx, mode)
    return _PAGES[fx.name, mode]


def _cases() -> list[pytest.param]:  # type: ignore[valid-type]
    cases = []
    for fx in FIXTURES:
        for mode in fx.modes:
            for aspect in ASPECTS:
                key = f"{fx.name}::{mode}::{aspect}"
                marks = [pytest.mark.xfail(strict=True, reason="known failure")] if key in KNOWN else []
                cases.append(pytest.param(fx, mode, aspect, id=key, marks=marks))
    return cases


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURES) >= 26
    kinds_c = [c["kind"] for fx in FIXTURES for c in fx.expected.get("credits", [])]
    kinds_b = [b["kind"] for fx in FIXTURES for b in fx.expected.get("boilerplate", [])]
    for kind in pageclean.CreditKind:
        assert kinds_c.count(kind.value) >= 2, kind
    for bkind in pageclean.BoilerplateKind:
        assert kinds_b.count(bkind.value) >= 2, bkind


def test_known_failures_name_real_cases() -> None:
    names = {f"{fx.name}::{m}::{a}" for fx in FIXTURES for m in fx.modes for a in ASPECTS}
    assert names >= KNOWN, sorted(KNOWN - names)


@pytest.mark.parametrize(("fx", "mode", "aspect"), _cases())
def test_fixture(fx: Fixture, mode: str, aspect: str) -> None:
    if "dataset" in fx.expected["input"] and not SHARED_DATA.exists():
        pytest.skip("../shared/data is not present")
    ok, why = check(fx, _page(fx, mode), aspect, mode)
    assert ok, why
