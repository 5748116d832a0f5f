"""The literal pre-filter of boilerplate patterns never hides a match."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pageclean.lexicon import BOILERPLATE_RULES, RuleSet, fold_lower
from pageclean.literals import is_anchored, required_literals

ALL_RULES = [rule for rules in BOILERPLATE_RULES for rule in (*rules.strong.rules, *rules.weak.rules)]
RULES = [rule for rule in ALL_RULES if rule[2] is not None]
RULE_SETS = [(f"{rules.kind.value}.{tag}", rule_set) for rules in BOILERPLATE_RULES
             for tag, rule_set in (("strong", rules.strong), ("weak", rules.weak)) if rule_set.rules]


def test_most_unanchored_patterns_get_a_prefilter() -> None:
    unanchored = [name for name, pattern, _ in ALL_RULES if not is_anchored(pattern.pattern)]
    assert len(RULES) >= 0.75 * len(unanchored)


@pytest.mark.parametrize(("pattern", "anchored"), [
    (r"^ab", True), (r"^(?:a|b)$", True), (r"^a|b", False), (r"\bab", False), (r"(?:^a)", True), (r"(?:a|^b)", False),
])
def test_is_anchored(pattern: str, anchored: bool) -> None:
    assert is_anchored(pattern) is anchored


def _first_slow(rule_set: RuleSet, text: str) -> str | None:
    """What RuleSet.first must equal: each rule's own search, in order."""
    return next((name for name, pattern, _ in rule_set.rules if pattern.search(text)), None)


@pytest.mark.parametrize(("name", "rule_set"), RULE_SETS, ids=[r[0] for r in RULE_SETS])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_rule_set_answers_as_its_rules_in_order(name: str, rule_set: RuleSet, data) -> None:  # type: ignore[no-untyped-def]
    # a string one of the set's patterns matches, maybe with text around it, or any text at all
    pattern = data.draw(st.sampled_from(rule_set.rules))[1]
    text = data.draw(st.one_of(st.from_regex(pattern), st.text(max_size=60),
                               st.builds(lambda a, b, c: a + b + c, st.text(max_size=8), st.from_regex(pattern),
                                         st.text(max_size=8))))
    assert rule_set.first(text, fold_lower(text)) == _first_slow(rule_set, text), (name, text)


@pytest.mark.parametrize("text", ["Thu 21:00", "broken clouds", "17.7 °C", "We use cookies on this site.",
                                  "İstanbul'da hava açık 12 °C", "Share on Facebook", "Mit unserem Newsletter",
                                  "Foto: dpa", "Tüm hakları saklıdır.", "Photo / AFP)", "Just a sentence."])
def test_rule_sets_on_known_lines(text: str) -> None:
    low = fold_lower(text)
    for _, rule_set in RULE_SETS:
        assert rule_set.first(text, low) == _first_slow(rule_set, text)


@pytest.mark.parametrize(("pattern", "want"), [
    (r"\bwe use cookies\b", {"we use cookies"}),
    (r"\b(?:share|teilen) on facebook", {" on facebook"}),
    (r"\b(?:sign up|subscribe)\b", {"ign up", "ubscribe"}),  # the parser factors out the common "s"
    (r"\b(?:a|b)\b", None),
    (r"x?cookies?", {"cookie"}),
    (r"(?:ab)+cde", {"cde"}),
    (r"\b\d+\s?°\s?c\b", {"°"}),  # a lone symbol when no longer literal is required
    (r"\bregelmäßig\b", {"regelmä"}),  # ß case-folds to "ss": the literal stops before it
    (r"\bx\b", None),  # a lone letter is no filter at all
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
        low = fold_lower(text)
        assert any(lit in low for lit in literals), (name, text, literals)
