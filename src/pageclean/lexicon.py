"""Load and validate the package's data files, once, read-only.

The data lives in ``pageclean/data/`` (one concept per file). This module turns it into
immutable structures: frozensets, tuples of compiled patterns, read-only mappings. They are
built at import and never change, so no result depends on an earlier page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import resources
from types import MappingProxyType
from typing import Any

from .literals import DIGIT, SPACE, WORD, first_chars, is_anchored, required_literals
from .model import BoilerplateKind

__all__ = [
    "AGENCIES",
    "AGENCY_FIRST_WORDS",
    "BOILERPLATE_RULES",
    "CREDIT_WORDS",
    "DOM_AUTHOR_MARKS",
    "DOM_FIGURE_WORDS",
    "DOM_POST_CLASS_MARKERS",
    "DOM_POST_CLASS_PREFIXES",
    "DOM_TAG_HINTS",
    "DOM_WORD_HINTS",
    "RULE_INDEX",
    "STOPWORDS",
    "THRESHOLDS",
    "Agency",
    "AuthorMarks",
    "Candidate",
    "KindRules",
    "Rule",
    "RuleIndex",
    "RuleSet",
    "Thresholds",
    "agency_aliases",
    "fold_lower",
    "lookup_agency",
    "rule_index",
]


def _read_json(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Agency:
    canonical: str
    country: str


Rule = tuple[str, re.Pattern[str], frozenset[str] | None]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One kind's strong (or weak) patterns, arranged so that a line costs few Python-level steps.

    ``first`` answers exactly what trying ``rules`` in order would: the name of the first rule
    whose pattern searches successfully, or None. It gets there faster: the ``^``-anchored rules
    are tried together as one alternation at the start of the line, and each other rule only runs
    when one of its required literals occurs in the lower-cased line (see :mod:`pageclean.literals`).
    """

    #: (rule name, pattern, required literals or None), in the data file's order
    rules: tuple[Rule, ...]
    #: every anchored rule in one pattern, for ``.match``; None when the kind has none
    anchored: re.Pattern[str] | None
    #: the unanchored rules
    rest: tuple[Rule, ...]
    #: the union of ``rest``'s literals when every one of them has some, else None
    rest_literals: frozenset[str] | None
    #: what an anchored rule's match may start with (:func:`~pageclean.literals.first_chars`);
    #: None when some anchored rule could start with anything
    anchored_first: frozenset[str] | None

    def first(self, text: str, low: str, anchored: bool = True) -> str | None:
        """The first matching rule's name; ``low`` is ``text`` lower-cased as :func:`fold_lower` does.

        ``anchored=False`` says that no anchored rule can match (:class:`RuleIndex` knows it from
        the line's first character), so only the unanchored ones are tried.
        """
        if not anchored or self.anchored is None or self.anchored.match(text) is None:
            # no anchored rule matches: the first unanchored one that does is the answer
            if not self.rest or (self.rest_literals is not None
                                 and not any(map(low.__contains__, self.rest_literals))):
                return None
            for name, pattern, literals in self.rest:
                if (literals is None or any(map(low.__contains__, literals))) and pattern.search(text):
                    return name
            return None
        # an anchored rule matches; an earlier unanchored one may too: try them in order
        for name, pattern, _ in self.rules:
            if pattern.search(text):
                return name
        raise AssertionError("a combined pattern matched where no single rule does")  # pragma: no cover


def rule_set(kind_name: str, tag: str, patterns: list[str]) -> RuleSet:
    """Compile one kind's patterns (``tag`` is ``strong`` or ``weak``) into a :class:`RuleSet`."""
    rules: list[Rule] = []
    anchored: list[str] = []
    rest: list[Rule] = []
    starts: set[str] | None = set()
    for i, p in enumerate(patterns):
        if is_anchored(p):
            # anchored patterns are tried at one position only: the line's first character is
            # their pre-filter (RuleIndex), not a literal
            rule: Rule = (f"{kind_name}.{tag}{i}", re.compile(p, re.IGNORECASE), None)
            anchored.append(p)
            first = first_chars(p)
            starts = None if starts is None or first is None else starts | first
        else:
            rule = (f"{kind_name}.{tag}{i}", re.compile(p, re.IGNORECASE), required_literals(p))
            rest.append(rule)
        rules.append(rule)
    union: frozenset[str] | None = None
    if rest and all(r[2] is not None for r in rest):
        union = frozenset().union(*(r[2] for r in rest if r[2] is not None))
    combined = re.compile("|".join(f"(?:{p})" for p in anchored), re.IGNORECASE) if anchored else None
    return RuleSet(tuple(rules), combined, tuple(rest), union, None if starts is None else frozenset(starts))


#: the two characters whose str.lower() differs from the regex engine's case-insensitive matching
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s"})


def fold_lower(text: str) -> str:
    """``text.lower()``, except that İ and ſ become i and s, as case-insensitive patterns see them."""
    if "\u0130" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


@dataclass(frozen=True, slots=True)
class KindRules:
    kind: BoilerplateKind
    max_words: int
    strong: RuleSet
    weak: RuleSet


#: a kind's rules, and whether its strong and its weak anchored rules may match the line
Candidate = tuple[KindRules, bool, bool]


def _may_start(starts: frozenset[str] | None, *, ch: str) -> bool:
    """Whether a match may start with ``ch`` (lower-cased) given a :func:`first_chars` set."""
    if starts is None or ch in starts:
        return True
    return ((DIGIT in starts and ch.isdecimal()) or (WORD in starts and (ch.isalnum() or ch == "_"))
            or (SPACE in starts and ch.isspace()))


@dataclass(frozen=True, slots=True)
class RuleIndex:
    """The kinds worth trying on a line, by the line's first character.

    A kind is a candidate when one of its anchored rules may start with that character, or when
    it has unanchored rules (their literal pre-filter runs in :meth:`RuleSet.first`). Candidates
    keep the kinds' priority order. Characters that some rule names get their own entry; any
    other character is looked up by its class (decimal digit, word character, space, and
    whether its case folds oddly, in which case every kind is a candidate).
    """

    by_char: MappingProxyType[str, tuple[Candidate, ...]]
    #: indexed by ``digit + 2 * word + 4 * space + 8 * odd``
    by_class: tuple[tuple[Candidate, ...], ...]

    def candidates(self, low: str) -> tuple[Candidate, ...]:
        """The candidates for a line; ``low`` is the line lower-cased as :func:`fold_lower` does."""
        ch = low[0]
        found = self.by_char.get(ch)
        if found is not None:
            return found
        odd = ch.upper().lower() != ch
        return self.by_class[ch.isdecimal() + 2 * (ch.isalnum() or ch == "_") + 4 * ch.isspace() + 8 * odd]


def rule_index(kinds: tuple[KindRules, ...]) -> RuleIndex:
    """Build the :class:`RuleIndex` of ``kinds`` (in priority order)."""

    def candidates(may: Callable[[frozenset[str] | None], bool]) -> tuple[Candidate, ...]:
        found = []
        for rules in kinds:
            strong = rules.strong.anchored is not None and may(rules.strong.anchored_first)
            weak = rules.weak.anchored is not None and may(rules.weak.anchored_first)
            if strong or weak or rules.strong.rest or rules.weak.rest:
                found.append((rules, strong, weak))
        return tuple(found)

    chars = {ch for rules in kinds for starts in (rules.strong.anchored_first, rules.weak.anchored_first)
             if starts is not None for ch in starts if len(ch) == 1}
    by_char = {ch: candidates(partial(_may_start, ch=ch)) for ch in sorted(chars)}

    def by_class(digit: bool, word: bool, space: bool, odd: bool) -> tuple[Candidate, ...]:
        def may(starts: frozenset[str] | None) -> bool:
            return odd or starts is None or (digit and DIGIT in starts) or (word and WORD in starts) or (
                space and SPACE in starts)
        return candidates(may)

    classes = tuple(by_class(bool(i & 1), bool(i & 2), bool(i & 4), bool(i & 8)) for i in range(16))
    return RuleIndex(MappingProxyType(by_char), classes)


@dataclass(frozen=True, slots=True)
class Thresholds:
    good_min_words: int
    good_min_stop_ratio: float
    near_min_words: int
    headline_max_words: int
    heading_max_words: int
    title_min_score: float
    title_only_h1_body_lines: int
    title_only_h1_overlap: float
    dated_name_after_title: int
    title_max_chars: int
    title_window_lines: int
    title_search_lines: int
    meta_author_max_words: int
    dom_author_before_body: int
    dom_author_into_body: int
    dom_author_after_title: int
    title_overlap_inside: float
    title_overlap_covers: float
    title_overlap_min_words: int
    site_suffix_max_words: int
    title_reworded_into_body: int
    title_h1_into_body: int
    teaser_min_count: int
    dated_links_min: int
    teaser_byline_window: int
    meta_author_min_share: float
    meta_author_dated_max_words: int
    dom_ad_prose_max: int
    main_mode_ratio: float
    footer_run_min_ratio: float
    prose_above_title_ratio: float
    standfirst_max_lines: int
    standfirst_min_words: int
    orphan_max_lines: int
    orphan_min_good: int
    orphan_min_prose_share: float
    markup_min_tag_line_share: float
    wrap_min_lines: int
    wrap_min_chars: int
    weight_good_cap: int
    weight_near: float
    weight_short: float
    weight_boilerplate: float
    weight_barrier: float
    run_penalty_step: float
    run_penalty_cap: float
    weight_noise: float
    weight_preformatted: float
    weight_linky_short: float
    region_merge_min_ratio: float
    region_merge_max_gap_penalty: float
    byline_max_words: int
    byline_dated_max_words: int
    credit_line_max_words: int


@dataclass(frozen=True, slots=True)
class CreditWords:
    source_labels: frozenset[str]
    inputs_phrases: tuple[str, ...]
    generic_sources: frozenset[str]
    byline_prefixes: tuple[str, ...]
    contributors_phrases: tuple[str, ...]
    copyright_marks: tuple[str, ...]
    #: words after a byline's name that give the person's role ("Harald Bauer Autor"): they end the name
    role_words: frozenset[str]
    #: link texts found in author blocks that name no one ("Google Scholar")
    not_names: frozenset[str]
    #: words a role starts with ("Senior Content Contributor"): never a name's first word
    not_name_starts: frozenset[str]
    #: labels that mark a line as an advertiser's ("Anzeige"): a line holding one names no person
    ad_labels: frozenset[str]
    #: words and marks that join two names ("and", "with", "&", ","): a byline's first name ends there
    name_joiners: tuple[str, ...]
    #: titles a name may start with ("Dr", "Prof."): part of the name, not one of its words
    honorifics: frozenset[str]
    #: words between a byline's name and its date ("on", "am", "le")
    date_connectors: frozenset[str]
    #: labels that start a meta line's category or tag list ("Tags", "Posted in")
    meta_labels: tuple[str, ...]
    #: words a date or time may hold besides numbers and month/day names ("on", "at", "Uhr")
    date_fillers: frozenset[str]
    #: a forum thread's header naming who started it, "Thread starter JaneDoe" (group ``name``)
    thread_starters: tuple[re.Pattern[str], ...]
    #: a whole line dating a story relative to now ("Erstellt: vor 4 Stunden", "3 hours ago")
    relative_dates: tuple[re.Pattern[str], ...]
    #: "This post originally appeared on Grist.": where a story first appeared (group ``source``)
    syndication: tuple[re.Pattern[str], ...]
    #: Chinese wire datelines, "新华社北京3月5日电" (group ``head`` starts with the agency's name)
    cjk_datelines: tuple[re.Pattern[str], ...]
    #: Chinese bylines, "半月谈记者 史卫燕", "作者： 记者王敬照" (group ``name``)
    cjk_bylines: tuple[re.Pattern[str], ...]
    #: common Chinese family names (one character, or two): a byline's name starts with one
    cjk_surnames: frozenset[str]


@dataclass(frozen=True, slots=True)
class AuthorMarks:
    """What marks an HTML element as naming the story's author (``dom_hints.json``, ``author``)."""
    words: frozenset[str]
    paths: frozenset[str]


def _load_agencies() -> tuple[MappingProxyType[str, Agency], MappingProxyType[str, Agency]]:
    exact: dict[str, Agency] = {}
    folded: dict[str, Agency] = {}
    for entry in _read_json("agencies.json")["agencies"]:
        agency = Agency(entry["canonical"], entry["country"])
        for alias in (entry["canonical"], *entry["aliases"]):
            # short all-caps aliases (AA, AP, PTI) only match as written; others ignore case
            if len(alias) <= 4 and any(ch.isupper() for ch in alias):
                exact.setdefault(alias, agency)
            else:
                folded.setdefault(alias.casefold(), agency)
    return MappingProxyType(exact), MappingProxyType(folded)


def _load_rules() -> tuple[KindRules, ...]:
    rules = []
    for kind_name, spec in _read_json("boilerplate.json")["kinds"].items():
        kind = BoilerplateKind(kind_name)
        rules.append(KindRules(kind, int(spec["max_words"]), rule_set(kind_name, "strong", spec["strong"]),
                               rule_set(kind_name, "weak", spec.get("weak", []))))
    return tuple(rules)


def _load_stopwords() -> frozenset[str]:
    words: set[str] = set()
    folder = resources.files(__package__).joinpath("data").joinpath("stopwords")
    for item in folder.iterdir():
        if item.name.endswith(".txt"):
            words.update(w.strip().casefold() for w in item.read_text(encoding="utf-8").splitlines() if w.strip())
    return frozenset(words)


def _load_thresholds() -> Thresholds:
    raw = _read_json("thresholds.json")
    raw.pop("about", None)
    return Thresholds(**raw)


def _by_length(words: list[str]) -> tuple[str, ...]:
    """Longest first, so that "additional reporting by" wins over "reporting by"."""
    return tuple(sorted((w.casefold() for w in words), key=len, reverse=True))


def _load_credit_words() -> CreditWords:
    raw = _read_json("credits.json")
    return CreditWords(
        source_labels=frozenset(x.casefold() for x in raw["source_labels"]),
        inputs_phrases=_by_length(raw["inputs_phrases"]),
        generic_sources=frozenset(x.casefold() for x in raw["generic_sources"]),
        byline_prefixes=_by_length(raw["byline_prefixes"]),
        contributors_phrases=_by_length(raw["contributors_phrases"]),
        copyright_marks=_by_length(raw["copyright_marks"]),
        role_words=frozenset(x.casefold() for x in raw["role_words"]),
        not_names=frozenset(x.casefold() for x in raw["not_names"]),
        not_name_starts=frozenset(x.casefold() for x in raw["not_name_starts"]),
        ad_labels=frozenset(x.casefold() for x in raw["ad_labels"]),
        honorifics=frozenset(x.casefold() for x in raw["honorifics"]),
        name_joiners=tuple(x.casefold() for x in raw["name_joiners"]),
        date_connectors=frozenset(x.casefold() for x in raw["date_connectors"]),
        meta_labels=_by_length(raw["meta_labels"]),
        date_fillers=frozenset(x.casefold() for x in raw["date_fillers"]),
        thread_starters=tuple(re.compile(x, re.IGNORECASE) for x in raw["thread_starters"]),
        relative_dates=tuple(re.compile(x, re.IGNORECASE) for x in raw["relative_dates"]),
        syndication=tuple(re.compile(x, re.IGNORECASE) for x in raw["syndication"]),
        cjk_datelines=tuple(re.compile(x) for x in raw["cjk_datelines"]),
        cjk_bylines=tuple(re.compile(x) for x in raw["cjk_bylines"]),
        cjk_surnames=frozenset([*raw["cjk_surnames"]["single"], *raw["cjk_surnames"]["double"]]),
    )


def _load_dom_hints() -> tuple[MappingProxyType[str, str], MappingProxyType[str, str]]:
    """(tag → concept, class/id word → concept); concepts are boilerplate kinds or ``content``."""
    raw = _read_json("dom_hints.json")
    words: dict[str, str] = {}
    for concept, members in raw["words"].items():
        if concept != "content":
            BoilerplateKind(concept)  # validate
        for word in members:
            words.setdefault(word, concept)
    return MappingProxyType(dict(raw["tags"])), MappingProxyType(words)


_AGENCY_EXACT, _AGENCY_FOLDED = _load_agencies()
DOM_TAG_HINTS, DOM_WORD_HINTS = _load_dom_hints()
#: a CMS's post classes (WordPress: "post-12 type-post status-publish hentry category-popular
#: tag-sponsored"): when a class list holds one of the markers, its class names with one of the
#: prefixes say what the post is filed under, not what the element is, and are not read for hints
DOM_POST_CLASS_MARKERS: frozenset[str] = frozenset(_read_json("dom_hints.json")["post_classes"]["markers"])
DOM_POST_CLASS_PREFIXES: tuple[str, ...] = tuple(_read_json("dom_hints.json")["post_classes"]["unread_prefixes"])


def _load_author_marks() -> AuthorMarks:
    raw = _read_json("dom_hints.json")["author"]
    return AuthorMarks(frozenset(w.casefold() for w in raw["words"]), frozenset(w.casefold() for w in raw["paths"]))


DOM_AUTHOR_MARKS = _load_author_marks()
#: class/id tokens of an image's container (``dom_hints.json``, ``figure``)
DOM_FIGURE_WORDS: frozenset[str] = frozenset(_read_json("dom_hints.json")["figure"]["words"])
AGENCIES = _AGENCY_FOLDED
BOILERPLATE_RULES = _load_rules()
RULE_INDEX = rule_index(BOILERPLATE_RULES)
STOPWORDS = _load_stopwords()
THRESHOLDS = _load_thresholds()
CREDIT_WORDS = _load_credit_words()


def _load_aliases() -> MappingProxyType[str, tuple[str, ...]]:
    return MappingProxyType({e["canonical"]: (e["canonical"], *e["aliases"])
                             for e in _read_json("agencies.json")["agencies"]})


_ALIASES = _load_aliases()


def _first_words() -> frozenset[str]:
    """The first word (``\\w+``, case-folded) of every agency name and alias: a name can only be
    read where one of these words stands (a cheap test before the gazetteer lookups)."""
    words = set()
    for names in _ALIASES.values():
        for name in names:
            found = re.findall(r"\w+", name.casefold())
            if not found:
                raise ValueError(f"agency alias without a word: {name!r}")
            words.add(found[0])
    return frozenset(words)


AGENCY_FIRST_WORDS = _first_words()


def agency_aliases(canonical: str) -> tuple[str, ...]:
    """Every name of the agency whose canonical name is given (itself included)."""
    return _ALIASES.get(canonical, ())


def lookup_agency(name: str) -> Agency | None:
    """The agency an alias names (``AA`` → Anadolu Agency), or None."""
    name = name.strip(" \t.,;:()[]/-–—\"'“”‘’")
    if not name:
        return None
    hit = _AGENCY_EXACT.get(name)
    if hit is None:
        hit = _AGENCY_FOLDED.get(name.casefold())
    if hit is None and name.casefold().startswith("the "):
        hit = _AGENCY_FOLDED.get(name[4:].casefold())
    return hit
