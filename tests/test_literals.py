"""The literal pre-filter of boilerplate patterns never hides a match."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pageclean.lexicon import BOILERPLATE_RULES
from pageclean.literals import required_literals

RULES = [(name, pattern, literals) for rules in BOILERPLATE_RULES for name, pattern, literals in (*rules.strong,
                                                                                                  *rules.weak)
         if literals is not None]


def test_most_unanchored_patterns_get_a_prefilter() -> None:
    unanchored = [name for rules in BOILERPLATE_RULES for name, pattern, _ in (*rules.strong, *rules.weak)
                  if not pattern.pattern.startswith("^")]
    assert len(RULES) >= 0.75 * len(unanchored)


@pytest.mark.parametrize(("pattern", "want"), [
    (r"\bwe use cookies\b", {"we use cookies"}),
    (r"\b(?:share|teilen) on facebook", {" on facebook"}),
    (r"\b(?:sign up|subscribe)\b", {"ign up", "ubscribe"}),  # the parser factors out the common "s"
    (r"\b(?:a|b)\b", None),
    (r"x?cookies?", {"cookie"}),
    (r"(?:ab)+cde", {"cde"}),
])
def test_required_literals(pattern: str, want: set[str] | None) -> None:
    got = required_literals(pattern)
    assert (set(got) if got is not None else None) == want


@pytest.mark.parametrize(("name", "pattern", "literals"), RULES, ids=[r[0] for r in RULES])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_contains_a_literal(name: str, pattern, literals, data) -> None:  # type: ignore[no-untyped-def]
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text):
        low = text.replace("\u0130", "i").replace("\u017f", "s").lower()
        assert any(lit in low for lit in literals), (name, text, literals)
