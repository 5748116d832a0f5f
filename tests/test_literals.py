"""The literal pre-filter of boilerplate patterns never hides a match."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pageclean.features import WEAK_MAX_WORDS
from pageclean.lexicon import BOILERPLATE_RULES, RULE_INDEX, RuleSet, fold_lower
from pageclean.literals import DIGIT, SPACE, WORD, first_chars, is_anchored, required_literals

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


@pytest.mark.parametrize(("pattern", "want"), [
    (r"^(?:home|menu)$", {"h", "m"}),
    (r"^[-+]?\d{1,3}\s?°", {"-", "+", DIGIT}),
    (r"^(?=(?-i:[^a-z]))\(?(?:Photo|bild)\s*:", {"(", "p", "b"}),  # a lookahead is skipped; case folds
    (r"^\s*x", {SPACE, "x"}),
    (r"^[A-C]\w", {"a", "b", "c"}),
    (r"^\w+:", {WORD}),
    (r"^\S.{0,100}[»›]$", None),  # a negated class: anything
    (r"^.x", None),
    (r"^x?$", None),  # may match the empty string
    (r"^(?:ı|k)", None),  # dotless i folds oddly
    (r"^(?-i:İ)x", None),  # İ lower-cases to two characters
])
def test_first_chars(pattern: str, want: set[str] | None) -> None:
    got = first_chars(pattern)
    assert (set(got) if got is not None else None) == want


ANCHORED = [(f"{rules.kind.value}.{tag}", name, pattern, rule_set) for rules in BOILERPLATE_RULES
            for tag, rule_set in (("strong", rules.strong), ("weak", rules.weak))
            for name, pattern, _ in rule_set.rules if is_anchored(pattern.pattern)]


def _kinds_slow(text: str, words: int) -> tuple[object, list[object]]:
    """The strong and weak kinds of a line, trying every kind's every rule in order."""
    strong = None
    weak = []
    for rules in BOILERPLATE_RULES:
        if words > rules.max_words:
            continue
        if strong is None:
            name = _first_slow(rules.strong, text)
            strong = (rules.kind, name) if name is not None else None
        if words <= WEAK_MAX_WORDS:
            name = _first_slow(rules.weak, text)
            if name is not None:
                weak.append((rules.kind, name))
    return strong, weak


def _kinds_indexed(text: str, words: int) -> tuple[object, list[object]]:
    """The same through RULE_INDEX, as line_features does it."""
    low = fold_lower(text)
    strong = None
    weak = []
    for rules, strong_may, weak_may in RULE_INDEX.candidates(low):
        if words > rules.max_words:
            continue
        if strong is None:
            name = rules.strong.first(text, low, strong_may)
            strong = (rules.kind, name) if name is not None else None
        if words <= WEAK_MAX_WORDS:
            name = rules.weak.first(text, low, weak_may)
            if name is not None:
                weak.append((rules.kind, name))
    return strong, weak


@pytest.mark.parametrize(("name", "rule", "pattern", "rule_set"), ANCHORED, ids=[r[1] for r in ANCHORED])
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_rule_index_never_hides_a_match(name: str, rule: str, pattern, rule_set: RuleSet, data) -> None:  # type: ignore[no-untyped-def]
    # a line an anchored rule matches (in any case, maybe with text after it) gets the rule's
    # kind among its candidates, with its anchored rules to be tried
    text = data.draw(st.one_of(st.from_regex(pattern), st.text(min_size=1, max_size=20)))
    text += data.draw(st.sampled_from(["", " x", "\u0131", "!"]))
    text = data.draw(st.sampled_from([text, text.upper(), text.title()]))
    if not text or not pattern.match(text):
        return
    tag = name.split(".")[1]
    found = [(strong, weak) for rules, strong, weak in RULE_INDEX.candidates(fold_lower(text))
             if (rules.strong if tag == "strong" else rules.weak) is rule_set]
    assert found and found[0][0 if tag == "strong" else 1], (rule, text)


@given(text=st.text(min_size=1, max_size=40))
@settings(max_examples=300, deadline=None)
def test_the_rule_index_on_any_text(text: str) -> None:
    assert _kinds_indexed(text, 2) == _kinds_slow(text, 2)


@pytest.mark.parametrize("text", ["Thu 21:00", "17.7 °C", "ılık 12 °C", "Kelvin 3", "\u212a3", "Home", "µ Menu",
                                  "  indented", "1/12", "Share on Facebook", "Just a sentence."])
def test_the_rule_index_on_known_lines(text: str) -> None:
    for words in (1, 3, 12):
        assert _kinds_indexed(text, words) == _kinds_slow(text, words)
