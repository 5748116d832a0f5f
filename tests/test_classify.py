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
