"""One classifier for both front ends: a context-free pass, then a context pass.

Takes the lines of a page and their features; returns one :class:`Decision` per line (role, kind,
evidence, and a credit that may cover only part of the line). It knows nothing of where a line came
from beyond its features and hints. The rules, thresholds and their reasons are in
``docs/algorithm.md``; the numbers in ``data/thresholds.json``.

Passes:

1. *quality* (context-free): good text, near-good, headline-like, short, noise; strong
   boilerplate patterns and credits are features already.
2. *body region*: the maximum-sum run of line weights (good text positive, chrome negative),
   found in one linear scan; neighbouring runs join when they are large and the gap is small.
3. *decisions*: credits where their kind may stand; strong boilerplate anywhere; body inside the
   region; the title just above the body; the rest of the lines outside take the kind of the
   section they sit in.
4. *smoothing*: weak lines (numbers beside a weather widget, "Accept" beside a cookie notice) take
   the kind of an adjacent line of the same kind.
5. *second opinion*: the line model (:mod:`pageclean.linemodel`) moves the body lines it doubts
   to boilerplate.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from .credits import (
    CreditMatch,
    holds_single_year,
    is_date_stamp,
    is_dated_dash_line,
    is_meta_dated,
    match_author_name,
    match_dated_name,
    match_user_byline,
)
from .features import LineFeatures, line_features
from .lexicon import CREDIT_WORDS, agency_aliases, lookup_agency
from .lexicon import THRESHOLDS as T
from .linemodel import LINE_MODEL, LineModel, body_probabilities, from_html
from .model import BlockKind, BoilerplateKind, CreditKind, Role, SegmentKind
from .text.segment import Line

__all__ = ["Decision", "classify"]


class Quality(Enum):
    GOOD = "good"
    NEAR = "near"
    HEADLINE = "headline"
    SHORT = "short"
    NOISE = "noise"


@dataclass(frozen=True, slots=True)
class Decision:
    role: Role
    kind: SegmentKind
    evidence: tuple[str, ...]
    #: a credit covering all (role CREDIT) or part (a dateline or closing tag in a body line)
    credit: CreditMatch | None = None


#: kinds whose strong line opens a section: the lines after it, outside the body, share its kind
_SECTION_KINDS = frozenset({
    BoilerplateKind.RELATED, BoilerplateKind.COMMENTS, BoilerplateKind.NAVIGATION, BoilerplateKind.TAGS,
    BoilerplateKind.LEGAL, BoilerplateKind.SHARE,
})
#: kinds whose header line carries on to the short lines under it, inside the body too, with the
#: most words such a following line may have
_RUN_KINDS = {BoilerplateKind.RELATED: 20, BoilerplateKind.SHARE: 3, BoilerplateKind.NAVIGATION: 3}
#: containers whose prose is never the article
_DOM_PROSE_KINDS = frozenset({BoilerplateKind.COMMENTS, BoilerplateKind.RELATED, BoilerplateKind.COOKIE,
                              BoilerplateKind.ADVERTISEMENT, BoilerplateKind.SHARE, BoilerplateKind.NEWSLETTER,
                              BoilerplateKind.OTHER})
#: kinds a menu never swallows
_OWN_KINDS = frozenset({BoilerplateKind.LOGIN_PAYWALL, BoilerplateKind.COOKIE, BoilerplateKind.NEWSLETTER})
#: kinds that close an article: the body region never runs across one of their lines
_BARRIER_KINDS = frozenset({BoilerplateKind.COMMENTS, BoilerplateKind.LEGAL})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SUBHEAD_TAGS = _HEADING_TAGS - {"h1"}
_TAG_KINDS = {"li": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM,
              "blockquote": BlockKind.QUOTE, "pre": BlockKind.CODE, "code": BlockKind.CODE,
              "td": BlockKind.TABLE, "th": BlockKind.TABLE, "tr": BlockKind.TABLE}
_NOT_HEADING_END = frozenset(".!?…:;,。！？")
_SITE_SEPARATOR = re.compile(r"\s(?:\||-|–|—|::|·|•|»)\s")
_WORD = re.compile(r"\w+")


def _quality(f: LineFeatures) -> Quality:
    if f.letters == 0:
        return Quality.NOISE
    if f.words >= T.good_min_words and (f.stop_ratio >= T.good_min_stop_ratio or f.ends_terminal) and (
        f.ends_sentence or f.words >= 2 * T.good_min_words
    ):
        return Quality.GOOD
    if f.words >= T.near_min_words and f.ends_terminal:
        return Quality.NEAR
    if f.words <= T.headline_max_words and not f.ends_terminal and f.words >= 2:
        return Quality.HEADLINE
    return Quality.SHORT


def _wrapped_prose(lines: Sequence[Line], feats: Sequence[LineFeatures], base: Sequence[Quality]) -> list[Quality]:
    """Hard-wrapped paragraphs (a man page in ``<pre>``, a plain-text mail): a run of at least
    ``wrap_min_lines`` lines of one group, each but the last at least ``wrap_min_chars`` long,
    not ending like a sentence and running on into a next line that starts in lower case, with the
    function words of prose over the run, is prose: its lines are good, whatever each alone looks
    like. Other lines keep their quality (a new list; ``base`` is left as it is)."""
    quals = list(base)
    n = len(lines)
    i = 0
    while i < n:
        j = i
        while (j + 1 < n and lines[j + 1].group == lines[i].group and feats[j].chars >= T.wrap_min_chars
               and not feats[j].ends_terminal and feats[j + 1].starts_lower and feats[j].strong is None):
            j += 1
        if j + 1 - i >= T.wrap_min_lines:
            words = sum(feats[k].words for k in range(i, j + 1))
            stops = sum(feats[k].stop_ratio * feats[k].words for k in range(i, j + 1))
            if words and stops / words >= T.good_min_stop_ratio:
                for k in range(i, j + 1):
                    if quals[k] is not Quality.NOISE and feats[k].strong is None:
                        quals[k] = Quality.GOOD
        i = j + 1
    return quals


def _weight(f: LineFeatures, q: Quality, linky: bool = False) -> float:
    if f.credit is not None and f.credit.start == 0 and f.credit.end == f.chars:
        return 0.0
    if linky and q is not Quality.GOOD:
        # a line that is all link text: a menu item or a teaser, never article prose
        return T.weight_linky_short
    if f.strong is not None:
        return T.weight_barrier if f.strong[0] in _BARRIER_KINDS else T.weight_boilerplate
    if q is Quality.GOOD:
        return float(min(f.words, T.weight_good_cap))
    if q is Quality.NEAR:
        return T.weight_near
    if q is Quality.NOISE:
        return T.weight_noise
    if f.urlish:
        return T.weight_linky_short
    if q is Quality.HEADLINE:
        return T.weight_short / 2
    return T.weight_short


def _is_barrier(f: LineFeatures) -> bool:
    """Lines that close an article: comment sections, legal footers, and the wire trailers that
    follow the last paragraph (contributors, wire copyright, an agency source line)."""
    if f.strong is not None and f.strong[0] in _BARRIER_KINDS:
        return True
    c = f.credit
    return (c is not None and _is_whole(f) and c.country is not None
            and c.kind in (CreditKind.CONTRIBUTORS, CreditKind.COPYRIGHT, CreditKind.AGENCY))


def _dom_kind(line: Line, q: Quality, prose_kinds: frozenset[BoilerplateKind] = _DOM_PROSE_KINDS
              ) -> Decision | None:
    """Boilerplate named by the HTML front end's class/id vocabulary (``dom:share``…). Prose keeps
    its place unless the container is one whose prose is never the article (comments, teasers…:
    ``prose_kinds``)."""
    if line.tag == "h1":
        return None
    for hint in line.hints:
        if hint.startswith("dom:") and hint != "dom:content":
            kind = BoilerplateKind(hint[4:])
            if q is Quality.GOOD and kind not in prose_kinds:
                return None
            return Decision(Role.BOILERPLATE, kind, (hint,))
    return None


def _pretype(lines: Sequence[Line], feats: Sequence[LineFeatures], quals: Sequence[Quality]
             ) -> list[Decision | None]:
    """Boilerplate decided by the line and its neighbours alone, before the body region: strong
    patterns, then weak lines joining an adjacent line (same group) of their kind — forward, then
    backward — so a weather widget's bare numbers, ``°`` and ``C`` follow its day and condition lines."""
    # more paragraphs of prose than any advertisement holds, in elements marked as ads: the mark
    # is a wrapper's ("cuerpo-ad", the body where ads are slotted in; "TestReport__Section--Ads")
    # (paragraphs that open differently: a shop's shipping banner printed once per country, "Free
    # standard shipping on orders 65€ …", "Free standard shipping on orders $60 CAD+ …", is one;
    # a promotion's teaser cards are links, an article's paragraphs are not)
    ad_prose = len({tuple(line.text.casefold().split()[:3]) for line, q in zip(lines, quals, strict=True)
                    if q is Quality.GOOD and "dom:advertisement" in line.hints and "linky" not in line.hints})
    prose_kinds = _DOM_PROSE_KINDS - {BoilerplateKind.ADVERTISEMENT} if ad_prose > T.dom_ad_prose_max \
        else _DOM_PROSE_KINDS
    typed: list[Decision | None] = [
        Decision(Role.BOILERPLATE, f.strong[0], (f.strong[1],)) if f.strong is not None
        else _dom_kind(line, q, prose_kinds)
        for line, f, q in zip(lines, feats, quals, strict=True)
    ]

    def join(i: int, j: int) -> None:
        other = typed[j]
        if (typed[i] is not None or other is None or lines[i].group != lines[j].group
                or quals[i] in (Quality.GOOD, Quality.NEAR)):
            return
        for kind, rule in feats[i].weak:
            if kind is other.kind:
                typed[i] = Decision(Role.BOILERPLATE, kind, (rule, f"beside={kind.value}"))
                return

    for i in range(1, len(typed)):
        join(i, i - 1)
    for i in range(len(typed) - 2, -1, -1):
        join(i, i + 1)
    return typed


def _run_weights(lines: Sequence[Line], feats: Sequence[LineFeatures], quals: Sequence[Quality],
                 typed: Sequence[Decision | None]) -> list[float]:
    """Line weights. Each further line in a run of untyped lines that are not text costs more, so
    long menus and link lists separate what they lie between while a sub-heading or two do not;
    typed boilerplate costs a flat amount per block of one kind (it is decided already, and its size
    says nothing about the text around it), barriers a lot."""
    weights = []
    run = 0
    prev: Decision | None = None
    for line, f, q, t in zip(lines, feats, quals, typed, strict=True):
        if _is_barrier(f):
            w = T.weight_barrier
        elif t is not None:
            w = T.weight_boilerplate if prev is None or prev.kind is not t.kind else 0.0
        else:
            w = _weight(f, q, "linky" in line.hints)
            if w < 0 and line.tag == "pre":
                # a code block's lines are short and symbol-heavy, but a page puts no chrome in <pre>:
                # they neither pull the region together nor push it apart
                w = T.weight_preformatted
            elif w < 0:
                run += 1
                w *= min(1 + T.run_penalty_step * (run - 1), T.run_penalty_cap)
            elif q in (Quality.GOOD, Quality.NEAR):
                run = 0
        weights.append(w)
        prev = t
    return weights


def _best_run(weights: Sequence[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Kadane: the [start, end) run of weights[lo:hi] with the largest sum (linear)."""
    best = (lo, lo, 0.0)
    start, total = lo, 0.0
    for i in range(lo, hi):
        if total <= 0:
            start, total = i, 0.0
        total += weights[i]
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def _body_region(weights: Sequence[float], barrier: Sequence[bool], lo: int) -> tuple[int, int]:
    """The body: the best run of weights[lo:], joined with large neighbouring runs (see module doc).
    A run that lies past a closing barrier (a legal footer, a comment section, a wire trailer) is
    a consent dialog or a modal appended to the page: the best run before that barrier is taken
    instead when it weighs at least ``footer_run_min_ratio`` of it."""
    a, b = _joined_region(weights, barrier, lo, len(weights))
    if a == b or T.footer_run_min_ratio <= 0:
        return a, b
    last_barrier = next((i for i in range(a - 1, lo - 1, -1) if barrier[i]), None)
    if last_barrier is not None:
        ea, eb = _joined_region(weights, barrier, lo, last_barrier)
        if eb > ea and sum(weights[ea:eb]) >= T.footer_run_min_ratio * sum(weights[a:b]):
            return ea, eb
    return a, b


def _joined_region(weights: Sequence[float], barrier: Sequence[bool], lo: int, hi: int) -> tuple[int, int]:
    """The best run of weights[lo:hi], joined with large neighbouring runs within [lo, hi)."""
    a, b, score = _best_run(weights, lo, hi)
    if score <= 0:
        return 0, 0
    # join a neighbouring run that is large relative to the main one, across a modest gap that
    # holds no barrier line (comments, legal footer)
    while True:
        la, lb, ls = _best_run(weights, lo, a)
        ra, rb, rs = _best_run(weights, b, hi)
        joined = False
        # each join must add a non-empty run and keep the total positive, so the loop ends
        if (ls > 0 and la < a and ls >= T.region_merge_min_ratio * score
                and -sum(weights[lb:a]) <= T.region_merge_max_gap_penalty and not any(barrier[lb:a])
                and score + ls + sum(weights[lb:a]) > 0):
            a, score, joined = la, score + ls + sum(weights[lb:a]), True
        if (rs > 0 and rb > b and rs >= T.region_merge_min_ratio * score
                and -sum(weights[b:ra]) <= T.region_merge_max_gap_penalty and not any(barrier[b:ra])
                and score + rs + sum(weights[b:ra]) > 0):
            b, score, joined = rb, score + rs + sum(weights[b:ra]), True
        if not joined:
            return a, b


def _is_whole(f: LineFeatures) -> bool:
    return f.credit is not None and f.credit.start == 0 and f.credit.end == f.chars


def _prose_after(line: Line, end: int) -> bool:
    """The rest of a line after a dateline is prose on its own (good or near), as it will be when
    the body is extracted again."""
    rest = line.text[end:].strip()
    return bool(rest) and _quality(line_features(Line(0, 0, len(rest), rest, 0))) in (Quality.GOOD, Quality.NEAR)


def _body_kind(line: Line, f: LineFeatures, q: Quality) -> tuple[BlockKind, str]:
    if line.tag in _HEADING_TAGS:
        return BlockKind.HEADING, f"tag={line.tag}"
    if line.tag in _TAG_KINDS:
        return _TAG_KINDS[line.tag], f"tag={line.tag}"
    if f.bullet:
        return BlockKind.LIST_ITEM, "bullet"
    if line.text.startswith(">"):
        return BlockKind.QUOTE, "quote-mark"
    if "\t" in line.text and line.text.count("\t") >= 2:
        return BlockKind.TABLE, "tabs"
    if q in (Quality.HEADLINE, Quality.SHORT) and f.words <= T.heading_max_words and not f.starts_lower:
        core = line.text.rstrip("\"'”’»)]")
        if core and core[-1] not in _NOT_HEADING_END:
            return BlockKind.HEADING, "headline-shape"
    return BlockKind.PARAGRAPH, f"quality={q.value}"


def _title_score(i: int, line: Line, f: LineFeatures, q: Quality, body_start: int, first_text: str) -> float:
    score = -0.3 * (body_start - i)
    if line.tag == "h1":
        score += 5
    elif line.tag in _HEADING_TAGS:
        score += 1.5
    if i > 0 and f.words >= 2 and first_text != line.text and line.text in first_text:
        score += 4  # the headline repeats the <title> line (with the site name dropped)
    if f.words >= 3:
        score += 1
    if f.words >= 5:
        score += 0.5
    if q is Quality.HEADLINE:
        score += 0.5
    if f.ends_terminal and line.text.endswith("."):
        score -= 1.5
    if f.starts_upper:
        score += 0.5
    return score


def _title_candidate(f: LineFeatures, line: Line) -> bool:
    return (
        (f.words >= 2 or line.tag == "h1") and f.words <= T.headline_max_words + 10
        and f.chars <= T.title_max_chars
        and f.letters >= 3
        and not f.bullet
        and not f.urlish
        and f.strong is None
        and f.credit is None
        and not is_date_stamp(line.text)  # "February 24, 2020 | 9:25pm" stands where a headline would
    )


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _anchored_title(lines: Sequence[Line], feats: Sequence[LineFeatures], quals: Sequence[Quality],
                    typed: Sequence[Decision | None], *, reworded: bool = False) -> int | None:
    """The line that repeats the page's first line (the document title a renderer puts first,
    often with the site name appended) as the headline: the article starts below it. A repeat is
    exact or a part of the first line. With ``reworded``, also the same words reworded a little
    ("Brexit: Nervenkrieg geht in nächste Runde" / "Der Nervenkrieg um den Brexit geht in die
    nächste Runde"): most of the line's words are the first line's and it covers most of the
    headline part's words; a kicker and a headline on two lines may cover it together (the
    headline, the second, is the title). A reworded line names the title only, never where the
    body starts: on list pages a sibling item ("… Bottle 20 oz" for "… Bottle 32 oz") rewords it."""
    first = lines[0].text
    core = _SITE_SEPARATOR.split(first)
    head = max(core, key=len) if core else first
    if len(head.split()) < 3:
        return None
    first_words = set(_words(first))
    # only a title-shaped first line is reworded: a text that starts with a paragraph has none
    head_words = set(_words(head)) if len(first_words) <= T.headline_max_words + 10 else set()
    best: tuple[float, int] | None = None
    limit = min(len(lines), T.title_search_lines)
    prev_words: set[str] = set()
    for i in range(1, limit):
        text = lines[i].text
        f = feats[i]
        words = set(_words(text)) if reworded and f.words <= T.headline_max_words + 20 else set()
        above, prev_words = prev_words, words
        if typed[i] is not None or f.credit is not None or not 3 <= f.words <= T.headline_max_words + 20:
            continue
        # a repeat must not read as a sentence, unless it is an exact one in Title Case
        sentence = quals[i] is Quality.GOOD or text.endswith(".")
        exact = text in (first, head) and f.words <= T.headline_max_words and (not sentence or _title_case(text))
        share = 0.0
        if exact or (len(text) >= 0.6 * len(head) and text in first and not sentence):
            share = len(text) / max(len(head), 1)
        elif reworded and words and head_words:
            inside = len(words & first_words) / len(words)
            shared = words & head_words
            if above and len(above & first_words) >= T.title_overlap_inside * len(above):
                shared = (words | above) & head_words
            covers = len(shared) / len(head_words)
            near = (inside >= T.title_overlap_inside and covers >= T.title_overlap_covers
                    and len(shared) >= T.title_overlap_min_words)
            # a headline may be long and full of stop words, but it does not end like a sentence
            if near and not text.endswith(".") and not (quals[i] is Quality.GOOD and f.ends_terminal):
                share = 0.95 * min(inside, covers)  # an exact repeat wins a tie
        if share:
            score = share - 0.001 * i
            if lines[i].tag == "h1":
                score += 0.5
            if any(q is Quality.GOOD for q in quals[i + 1:i + 12]):
                score += 0.5
            if best is None or score > best[0]:
                best = (score, i)
    return best[1] if best is not None and best[0] >= 1.0 else None


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _meta_title(lines: Sequence[Line], feats: Sequence[LineFeatures], typed: Sequence[Decision | None],
                hint: str) -> int | None:
    """The line that shows the headline the page's metadata names (JSON-LD ``headline``,
    ``og:title``): the same words, or the hint without its site-name part. An ``<h1>`` wins over
    an earlier copy (a breadcrumb, a teaser)."""
    keys = {_fold(hint)}
    parts = _SITE_SEPARATOR.split(hint)
    if len(parts) > 1:
        keys.add(_fold(max(parts, key=len)))
    keys = {k for k in keys if len(k.split()) >= 2 or len(k) >= 8}
    if not keys:
        return None
    best: tuple[float, int] | None = None
    for i in range(min(len(lines), T.title_search_lines)):
        line = lines[i]
        if line.tag == "title" or typed[i] is not None or feats[i].credit is not None:
            continue
        if feats[i].words > T.headline_max_words + 20:
            continue
        if _fold(line.text) in keys:
            score = (1.0 if line.tag == "h1" else 0.0) - 0.0001 * i
            if best is None or score > best[0]:
                best = (score, i)
    return best[1] if best is not None else None


_PAREN = re.compile(r"\s*\([^()]*\)")
_BY_WORDS = re.compile(r"^(?:(?:written|posted|published|text)\s+)?(?:by|von|par|por)\s*:?\s*")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\||\s(?:and|und|et|y|e|i|и)\s)\s*", re.IGNORECASE)


def _author_names(authors: Sequence[str]) -> list[str]:
    """Person names from metadata author strings: "A, B and C" -> A, B, C; "(CNXSoft)" dropped."""
    out: list[str] = []
    for a in authors:
        for part in _NAME_SPLIT.split(_PAREN.sub("", a)):
            part = part.strip(" .")
            if len(part) >= 4 and part not in out:
                out.append(part)
    return out


#: byline prefixes as a whole line ("Written by", "Von:", "Autor"), without their colons
_BYLINE_PREFIXES = frozenset(p.rstrip(" :") for p in CREDIT_WORDS.byline_prefixes)
#: a "By" line inside these containers is another story's
_DOM_TEASER = frozenset({"dom:related", "dom:comments", "dom:navigation"})
#: an author mark inside these containers names another story's author, a commenter or a teaser's
#: writer (sidebars and asides: "Up next" boxes)
_DOM_NOT_AUTHOR = frozenset({"dom:related", "dom:comments", "dom:navigation", "dom:share", "dom:other"})


def _author_lines(lines: Sequence[Line], feats: Sequence[LineFeatures], authors: Sequence[str], lo: int, hi: int,
                  credited: set[str], site: Sequence[str]) -> dict[int, CreditMatch]:
    """Short lines in [lo, hi) that name an author the page's metadata gives ("Jane Doe",
    "Jane Doe | 3 March 2024"): bylines, one line per name, and none for a name a "By" line
    already credits. The name must be a good part of the line (not a mention in a sentence, a
    comment count or a newsletter prompt), or a field of a dated meta line ("Ryan Bald 02 Feb 2026
    Product Reviews 7 Comments"). Lines in menus, teasers, comments and sidebars name other
    stories' authors and commenters. A single-word name (a user name, "Redaktion") or the
    site's own name counts only when the line is that name alone ("By NAME" included): pages name
    their publisher as author more often than they show it as a byline; on a personal blog the
    site's name is its author's, and a dated meta line's field (two words or more) counts."""
    own = {_fold(x) for x in site}
    names = []
    for a in _author_names(authors):
        key = _fold(a)
        if key in credited or key in CREDIT_WORDS.not_names:
            continue
        # a one-word name ("Susan", a user name) or the site's own name only as the whole line
        whole_only = len(a.split()) < 2 or key in own
        names.append((a, whole_only, re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")))
    found: dict[int, CreditMatch] = {}
    done: set[str] = set()
    for i in range(lo, hi):
        f = feats[i]
        if (not names or f.words > T.meta_author_dated_max_words or f.credit is not None or f.strong is not None
                or not _DOM_TEASER.isdisjoint(lines[i].hints)):
            continue
        text = lines[i].text
        folded = _fold(text)
        # every author the line names counts toward its share ("Markus M. Haefliger, London, Beat
        # Bumbacher 19.10.2019, 23:38 Uhr": two co-authors on one line); the first one is the source
        hits = []
        for name, whole_only, pattern in names:
            m = pattern.search(folded)
            if m is None or name in done:
                continue
            if whole_only and _BY_WORDS.sub("", folded) != _fold(name):
                # the site's own name of two words or more still counts as a dated meta line's field
                if len(name.split()) >= 2 and _dated_meta_part(folded, [(m.start(), m.end(), name)]):
                    hits.append((m.start(), m.end(), name))
                continue
            hits.append((m.start(), m.end(), name))
        if hits and ((f.words <= T.meta_author_max_words
                      and sum(len(name) for _, _, name in hits) >= T.meta_author_min_share * len(folded))
                     or _dated_meta_part(folded, hits)):
            start, end, _ = min(hits)
            found[i] = CreditMatch(CreditKind.BYLINE, " ".join(text.split())[start:end], None, 0, len(text),
                                   "credit.meta_author")
            done.update(name for _, _, name in hits)
        if len(found) >= 2:
            break
    return found


#: the end of a meta line's field before a name: the line's start, a separator or a "By"
#: ("Kristian Larsen July 13, 2025 — 7 minutes read", "TOI Lifestyle Desk / etimes.in")
_FIELD_END = re.compile(r"(?:^|[|·•⋅●/—–-]|\b(?:by|von|par|por))\s*$")


def _dated_meta_part(folded: str, hits: Sequence[tuple[int, int, str]]) -> bool:
    """True when a metadata author's full name is a field of a dated meta line ("December 15, 2025
    · 30 min · Ash Vardanian", "Ryan Bald 02 Feb 2026 Product Reviews 7 Comments"): the line holds a
    year that is not part of a span, and the name (two words or more) starts the line or follows a
    field separator or a "By"."""
    if not holds_single_year(folded):
        return False
    return any(len(name.split()) >= 2 and _FIELD_END.search(folded[:start]) is not None
               for start, _, name in hits)


def _title_site(first: str) -> tuple[str, ...]:
    """The site name a document title appends ("Grizzly bears … | AP News"): its last part after a
    site separator, when short. A page's text starts with its title line (flattened text included)."""
    parts = _SITE_SEPARATOR.split(first)
    if len(parts) < 2 or len(parts[-1].split()) > T.site_suffix_max_words or parts[-1] == max(parts, key=len):
        return ()
    return (parts[-1].strip(),)


def _site_owns(source: str | None, site: Sequence[str]) -> bool:
    """A copyright or source line naming the site itself ("Copyright 2026 The Associated Press"
    on apnews.com, "来源：半月谈网" on banyuetan.org): the site's own, not a credit."""
    if not source or not site:
        return False
    agency = lookup_agency(source)
    aliases = {source.casefold()} | ({a.casefold() for a in agency_aliases(agency.canonical)} if agency else set())
    keys = {re.sub(r"\W", "", a) for a in aliases} - {""}
    for name in site:
        flat = re.sub(r"\W", "", name.casefold())
        labels = {re.sub(r"news$|tv$|online$", "", x) for x in re.split(r"[.\s/:-]+", name.casefold()) if x}
        if flat in keys or labels & keys or any(k in flat for k in keys if len(k) >= 5):
            return True
    return False


def _main_lines(lines: Sequence[Line], typed: Sequence[Decision | None]) -> frozenset[int]:
    """Lines inside the page's <main> element (HTML input), else inside elements marked as content
    (<article>, class "content", "post"…), that no chrome mark or pattern typed."""
    for marker in ("in:main", "dom:content"):
        found = frozenset(i for i, line in enumerate(lines)
                          if marker in line.hints and typed[i] is None
                          and not any(h.startswith("dom:") and h != "dom:content" for h in line.hints))
        if found:
            return found
    return frozenset()


def _group_kinds(lines: Sequence[Line], decided: Sequence[Decision | None], lo: int, hi: int
                 ) -> dict[int, BoilerplateKind]:
    """The kind the untyped lines of each group in [lo, hi) take: the kind most of its typed lines
    have (one "Newsletter" item does not make a menu a newsletter prompt)."""
    typed: dict[int, Counter[BoilerplateKind]] = defaultdict(Counter)
    for i in range(lo, hi):
        d = decided[i]
        if d is not None and d.role is Role.BOILERPLATE:
            typed[lines[i].group][d.kind] += 1  # type: ignore[index]
    return {g: counts.most_common(1)[0][0] for g, counts in typed.items()}


def _second_opinion(lines: Sequence[Line], feats: Sequence[LineFeatures], quals: Sequence[Quality],
                    decided: list[Decision], model: LineModel) -> None:
    """Body lines the line model doubts (a teaser, a product grid's price, a section label inside
    the region) leave the body, with the model's probability as evidence. Lines carrying part of
    a credit (a dateline) stay."""
    body = [d.role is Role.BODY for d in decided]
    if not any(body):
        return
    if from_html(lines):
        threshold = model.threshold_html
    else:
        model = model.text_model or model
        threshold = model.threshold_text
    doubted = {i: p for i, p in body_probabilities(model, lines, feats, [q.value for q in quals], body).items()
               if p < threshold and decided[i].credit is None}
    # (HTML) the model may thin a body out, not empty it: when it doubts every prose line of the
    # body that the markup does not mark as chrome, those lines stay (a product page whose one
    # paragraph is a customer's post)
    prose = [i for i, is_body in enumerate(body) if is_body and quals[i] is Quality.GOOD
             and not any(h.startswith("dom:") and h != "dom:content" for h in lines[i].hints)
             ] if from_html(lines) else []
    if prose and all(i in doubted for i in prose):
        for i in prose:
            del doubted[i]
    for i, p in doubted.items():
        f = feats[i]
        # beside boilerplate of its group, the line is more of it (a teaser list's last item)
        near = [decided[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].group == lines[i].group
                and decided[j].role is Role.BOILERPLATE]
        if near:
            kind = near[0].kind
        elif "linky" in lines[i].hints or f.urlish:
            kind = BoilerplateKind.RELATED
        else:
            kind = BoilerplateKind.OTHER
        decided[i] = Decision(Role.BOILERPLATE, kind, ("line-model", f"p={p:.2f}"))


#: a calendar date, not a time of day: a live blog dates its entries "14:05", teasers "31.10.2023"
_CALENDAR_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]")


def _teaser_tail(lines: Sequence[Line], feats: Sequence[LineFeatures], quals: Sequence[Quality],
                 final: list[Decision]) -> None:
    """A body that ends in a teaser list: headline, date line, blurb, again and again ("Experte:
    Energiepreise werden weiter steigen" / "31.10.2023" / "Das neue Heizungsgesetz …"). From the
    first such teaser on, when every paragraph left in the body is a teaser's blurb, the rest of
    the body is related stories. A date line between a heading and a paragraph is what tells a
    teaser from an article's sub-heading (an article does not date its sections)."""
    body = [i for i, d in enumerate(final) if d.role is Role.BODY]
    if len(body) < 6:
        return
    teasers: list[int] = []  # index of each teaser's date line (its headline may end in "?" or "!")
    for i in range(1, len(final) - 1):
        d = final[i]
        if (d.role is Role.BOILERPLATE and d.kind is BoilerplateKind.PAGE_META and feats[i].words <= 8
                and _CALENDAR_DATE.search(lines[i].text) is not None
                and final[i - 1].role is Role.BODY and feats[i - 1].words <= T.headline_max_words
                and not lines[i - 1].text.endswith(".") and final[i + 1].role is Role.BODY):
            teasers.append(i)
    if len(teasers) < T.teaser_min_count:
        return
    start = teasers[0] - 1
    parts = {t + 1 for t in teasers} | {t - 1 for t in teasers}  # blurbs and headlines
    rest_good = [i for i in body if i > start and quals[i] is Quality.GOOD]
    before_good = [i for i in body if i < start and quals[i] is Quality.GOOD]
    if not before_good or any(i not in parts for i in rest_good):
        return
    for i in body:
        if i >= start:
            final[i] = Decision(Role.BOILERPLATE, BoilerplateKind.RELATED, ("teaser-list", f"from={start}"))


#: a link's text that ends in a date with a year: "German beer explained - 28 January 2026"
_ENDS_DATED = re.compile(r"\b(?:19|20)\d\d\W{0,3}$")


def _dated_links(lines: Sequence[Line], final: list[Decision]) -> None:
    """(HTML) A run of body lines that are all links, ``dated_links_min`` or more of them ending in
    a date, is an archive or a list of other stories ("German beer explained - 28 January 2026",
    with "2026" / "January" between them): related links. One or two dated links stay."""
    run: list[int] = []
    for i in [*range(len(final)), len(final)]:
        if i < len(final) and final[i].role is Role.BODY and "linky" in lines[i].hints:
            run.append(i)
            continue
        if sum(_ENDS_DATED.search(lines[k].text) is not None for k in run) >= T.dated_links_min:
            for k in run:
                final[k] = Decision(Role.BOILERPLATE, BoilerplateKind.RELATED, ("dated-links", f"from={run[0]}"))
        run = []


def _orphan_lines(feats: Sequence[LineFeatures], quals: Sequence[Quality], final: list[Decision]) -> None:
    """Flattened text: a few headline-shaped body lines with boilerplate (or the end of the body)
    right after them, and no prose right after that one boilerplate line, introduce nothing: a
    teaser's headline ("Die Ignoranz der Impfgegner ist skandalös" / "Weiterlesen" / "16. November
    2021"), a section label ("Veja Também"). They are related links. Only in a body that is mostly
    prose (``orphan_min_good`` good lines, ``orphan_min_prose_share`` of its characters in good or
    near lines): a list page's items are all such lines. HTML has tags and class marks to tell a
    sub-heading from a teaser, and there this rule cost more WCXB pages than it won devset snippets."""
    body = [i for i, d in enumerate(final) if d.role is Role.BODY]
    prose = sum(feats[i].chars for i in body if quals[i] in (Quality.GOOD, Quality.NEAR))
    if (sum(quals[i] is Quality.GOOD for i in body) < T.orphan_min_good
            or prose < T.orphan_min_prose_share * sum(feats[i].chars for i in body)):
        return

    def open_line(k: int) -> bool:
        return final[k].role is Role.BODY and final[k].credit is None and quals[k] not in (Quality.GOOD, Quality.NEAR)

    n, last, i = len(final), body[-1], 0
    while i < n:
        if not open_line(i):
            i += 1
            continue
        j = i
        while j < n and open_line(j):
            j += 1
        # a sub-heading over a time stamp or a "Read more" link, and then its text, stands
        text_next = j + 1 < n and final[j + 1].role is Role.BODY and quals[j + 1] in (Quality.GOOD, Quality.NEAR)
        if j - i <= T.orphan_max_lines and (j > last or final[j].role is Role.BOILERPLATE) and not text_next:
            for k in range(i, j):
                final[k] = Decision(Role.BOILERPLATE, BoilerplateKind.RELATED, ("orphan-line", "no-prose-after"))
        i = j


def _only_h1_title(lines: Sequence[Line], feats: Sequence[LineFeatures], final: list[Decision]) -> None:
    """(HTML) The page's one ``<h1>``, above the body or among its first lines
    (``title_only_h1_body_lines``), with half of its words (``title_only_h1_overlap``) in the
    document's <title>: the headline the page shows ("How Machine Learning Personalizes Ecommerce
    Shopping Experiences" under the <title> "Using Machine Learning To Personalize Shopping
    Experiences"). It names the title when no line does, in place of the <title> line, and in place
    of a line chosen only by its shape and place (a product page's "Notify me when back in stock"
    right above the body) or as a rewording of the <title>; a line that repeats the <title> or
    shows the metadata's headline stays. Run after the line model, whose view of where the body
    starts is the finer one (menu teasers above the <h1> leave the body there)."""
    h1s = [k for k in range(len(lines)) if lines[k].tag == "h1"]
    if len(h1s) != 1 or h1s[0] == 0 or lines[0].tag != "title":
        return
    h = h1s[0]
    body = [k for k, d in enumerate(final) if d.role is Role.BODY]
    if not body or not _title_candidate(feats[h], lines[h]):
        return
    if not (h in body[:T.title_only_h1_body_lines] or (h < body[0] and final[h].role is Role.BOILERPLATE)):
        return
    titled = [k for k, d in enumerate(final) if d.role is Role.TITLE]
    if titled and not (len(titled) == 1 and (titled[0] == 0 or final[titled[0]].evidence[-1].startswith(
            _WEAK_TITLES))):
        return
    hw, fw = set(_words(lines[h].text)), set(_words(lines[0].text))
    if not hw or len(hw & fw) < T.title_only_h1_overlap * len(hw):
        return
    for k in titled:
        final[k] = Decision(Role.BOILERPLATE, BoilerplateKind.OTHER, ("title-yields-to-h1",))
    final[h] = Decision(Role.TITLE, BlockKind.HEADING, ("title", "only-h1"))


#: titles chosen by their shape and place or as a rewording of the <title>: the one <h1> outranks them
_WEAK_TITLES = ("title-score", "rewords-first-line")


def classify(lines: Sequence[Line], feats: Sequence[LineFeatures], *, find_title: bool = True,
             title_hint: str | None = None, author_hints: Sequence[str] = (), site_hints: Sequence[str] = (),
             line_model: LineModel | None = LINE_MODEL) -> tuple[Decision, ...]:
    """One decision per line. ``title_hint``, ``author_hints`` and ``site_hints`` are what the
    page's metadata claims (HTML input): a line showing that headline anchors the title, short
    lines naming such an author near the body are bylines, a copyright naming the site itself is
    its legal footer, not a wire credit. ``line_model`` gives a second opinion on the body lines
    the rules chose (None: the rules alone)."""
    n = len(lines)
    if n == 0:
        return ()
    site_hints = (*site_hints, *_title_site(lines[0].text))
    quals = _wrapped_prose(lines, feats, [_quality(f) for f in feats])
    typed = _pretype(lines, feats, quals)
    weights = _run_weights(lines, feats, quals, typed)
    barrier = [_is_barrier(f) for f in feats]
    # the metadata's headline anchors the body only when it is the page's <h1>; elsewhere (a
    # review list, a teaser) it may only name the title line above the body found without it
    meta_line = _meta_title(lines, feats, typed, title_hint) if title_hint else None
    anchor = meta_line if meta_line is not None and lines[meta_line].tag == "h1" else None
    title_why = "metadata-headline"
    if anchor is None:
        anchor, title_why = _anchored_title(lines, feats, quals, typed), "repeats-first-line"
    a, b = _body_region(weights, barrier, 0 if anchor is None else anchor + 1)
    if anchor is not None and a == b:
        anchor = None
        a, b = _body_region(weights, barrier, 0)
    elif anchor is not None and title_why == "repeats-first-line":
        # the article above the repeat outweighs what follows it many times over: the repeat is
        # the or the site's banner at the foot of the story ("DER SPIEGEL 52/2018" under
        # the byline), and a promotion follows it; the story ends at the banner
        fa, fb = _body_region(weights, barrier, 0)
        if fa < anchor and sum(weights[fa:anchor]) >= T.prose_above_title_ratio * sum(weights[a:b]):
            a, b, anchor = fa, min(fb, anchor), None
    # no exact repeat of the document title: a reworded one near the start of the body is the title
    reworded: int | None = None
    if find_title and anchor is None and b > a:
        t = _anchored_title(lines, feats, quals, typed, reworded=True)
        if t is not None and a - T.title_window_lines <= t < min(b, a + T.title_reworded_into_body):
            reworded = t
    # list pages (product grids, collections, listings): the prose region holds little of what the
    # page's <main> element holds; the body is then <main>'s own lines (less its marked chrome)
    main_body = _main_lines(lines, typed)
    main_mode = bool(main_body) and sum(feats[i].chars for i in range(a, b) if typed[i] is None) < \
        T.main_mode_ratio * sum(feats[i].chars for i in main_body)
    if main_mode:
        a, b = min(main_body), max(main_body) + 1
        if anchor is None or not a - T.title_window_lines <= anchor < b:
            anchor = next((i for i in sorted(main_body) if lines[i].tag == "h1"), None)
            title_why = "main-h1"
    decided: list[Decision | None] = [None] * n
    dateline_zone = frozenset(range(a, min(b, a + 8)))
    # credits may stand near the body: bylines above it or just below, source lines below
    near_lo = max(0, a - T.title_window_lines)
    near_hi = min(n, b + 15)
    # name lines: names the markup marks as the author's (HTML: rel=author, class="byline",
    # /author/ links), at the top of the article only (further down they name commenters, teasers'
    # authors, experts), names under a byline prefix on a line of its own, and (below) a name alone
    # under the title with its date on the next line
    dom_zone = set(range(max(0, a - T.dom_author_before_body), min(n, a + T.dom_author_into_body + 1)))
    if anchor is not None:
        dom_zone.update(range(anchor + 1, min(n, anchor + T.dom_author_after_title + 1)))
    name_lines = {i: c for i in sorted(dom_zone)
                 if "author" in lines[i].hints and feats[i].credit is None and feats[i].words <= T.meta_author_max_words
                 and _DOM_NOT_AUTHOR.isdisjoint(lines[i].hints)
                 and (c := match_author_name(lines[i].text)) is not None}
    # a desk under a person's name is the person's role ("André Borbe" / "Redaktion Haus.de"), not
    # a second author; a desk alone in the author slot still stands
    for i in [i for i in name_lines if i - 1 in name_lines]:
        if lines[i].text.split()[0].casefold() in CREDIT_WORDS.not_names:
            del name_lines[i]
    # a byline prefix on a line of its own ("Written by", "Von:", "Ein Kommentar von") names the
    # person on the next line
    for i in range(max(1, near_lo), min(n, b + 5)):
        if (feats[i].credit is None and i not in name_lines and feats[i - 1].words <= 3
                and lines[i - 1].text.casefold().rstrip(" :") in _BYLINE_PREFIXES
                and (c := match_author_name(lines[i].text)) is not None):
            name_lines[i] = CreditMatch(c.kind, c.source, c.country, c.start, c.end, "credit.prefix_line")
    # "By" and a user name in any case beside a date line ("By thanosmano," / "April 18, 2024")
    for i in range(near_lo, min(n, b + 5)):
        if (feats[i].credit is None and i not in name_lines and feats[i].words <= 3
                and (c := match_user_byline(lines[i].text, lines[i - 1].text if i else "",
                                            lines[i + 1].text if i + 1 < n else "")) is not None):
            name_lines[i] = c
    # a name alone on a line under the title, its date on the next ("Denise Everheart" / "August
    # 23, 2023"): no mark says it is the author's, only where it stands
    for i in (range(anchor + 1, min(n - 1, anchor + 1 + T.dated_name_after_title)) if anchor is not None else ()):
        if (feats[i].credit is None and feats[i].strong is None and not feats[i].weak and 2 <= feats[i].words <= 5
                and (c := match_dated_name(lines[i].text, [x.text for x in lines[i + 1:i + 5]])) is not None):
            name_lines[i] = c
    credit_of = [name_lines.get(i) or f.credit for i, f in enumerate(feats)]
    # a dated dash line beside another is an event calendar's entry ("17.11.2022 - Grelle Forelle"
    # under "16.11.2022 - Press Club - Chelsea"), not a byline
    for i, c in enumerate(credit_of):
        if (c is not None and c.rule == "credit.byline_meta_line" and is_dated_dash_line(lines[i].text)
                and any(0 <= j < n and is_dated_dash_line(lines[j].text) for j in (i - 1, i + 1))):
            credit_of[i] = None
    # "By X" lines: more than two near the body are a teaser list's (other stories' authors),
    # except those at the top of the article; three or more agency-only lines are photo credits
    # ... and right under the title, when a table of contents or a summary box parts it from the body
    byline_zone = range(near_lo, min(n, b + 5))
    under_title = range(anchor + 1, min(n, anchor + 1 + T.dom_author_after_title)) if anchor is not None else range(0)
    bylines = [i for i in sorted({*byline_zone, *under_title}) if (c := credit_of[i]) is not None
               and c.kind is CreditKind.BYLINE and (i in name_lines or _is_whole(feats[i]))]
    top_zone = range(max(0, anchor - 3), anchor + 10) if anchor is not None else range(near_lo, a + 3)
    dropped = {i for i in bylines if i not in top_zone} if len(bylines) > 2 else set()
    if bylines and len(dropped) == len(bylines):
        # none at the top: the first one an article's run of paragraphs follows still stands (in a
        # teaser list a byline is followed by the next teaser's headline and one blurb)
        for i in bylines:
            if sum(q is Quality.GOOD for q in quals[i + 1:i + 9]) >= 4:
                dropped.discard(i)
                break
    # a listing's cards each put a byline under the card's own heading (<h4>): a byline at the top
    # right under a heading of the tag that two or more dropped bylines sit under is a card's too
    card_tags = Counter(lines[i - 1].tag for i in dropped if i > 0 and lines[i - 1].tag in _SUBHEAD_TAGS)
    dropped.update(i for i in bylines if i > 0 and card_tags[lines[i - 1].tag] >= 2
                   and i - 1 not in (anchor, meta_line))
    dropped.update(i for i in bylines if not _DOM_TEASER.isdisjoint(lines[i].hints))
    seen_names: set[str] = set()
    for i in bylines:  # a name credited once: the author box below repeats the top byline
        name = _fold(credit_of[i].source or "")
        if name in seen_names:
            dropped.add(i)
        elif i not in dropped:
            seen_names.add(name)
    # below the story, a "By" line is an author box or the next teaser's: it stands only when no
    # byline stands at the top
    if any(i < b and i not in dropped for i in bylines):
        dropped.update(i for i in bylines if i >= b)
    # below the story, "By" lines that recur are a teaser list's ("More from …": headline, By line,
    # headline, By line …), though only the first falls in the window a byline may stand in
    below = [i for i in range(b, min(n, b + T.teaser_byline_window)) if (c := feats[i].credit) is not None
             and c.kind is CreditKind.BYLINE]
    if len(below) >= 2:
        dropped.update(i for i in bylines if i >= b)
    tags = [i for i in range(n) if (c := feats[i].credit) is not None and c.rule == "credit.agency_tag"]
    photo_tags = set(tags) if len(tags) >= 3 else set()
    credited = {_fold(c.source) for i in bylines if i not in dropped and (c := credit_of[i]) and c.source}
    meta_bylines = (_author_lines(lines, feats, author_hints, near_lo, min(n, b + 5), credited, site_hints)
                    if author_hints else {})
    for i in name_lines:  # the markup's reading of a line wins over a name the metadata lists
        meta_bylines.pop(i, None)
    # once a byline stands, a later one with the article's prose in between is an inline teaser's,
    # a reviewed book's ("Author: H.G. Parry") or a pull-out's, not this story's
    standing = sorted({i for i in bylines if i not in dropped} | set(meta_bylines))
    if standing:
        top = standing[0]
        for i in standing[1:]:
            if any(quals[k] is Quality.GOOD for k in range(top + 1, i)):
                dropped.add(i)
                meta_bylines.pop(i, None)

    # decisions that need no more context
    contributors: set[str] = set()  # a contributors line printed twice (mobile and desktop) is one credit
    for i, (line, f, q) in enumerate(zip(lines, feats, quals, strict=True)):
        if i in meta_bylines and i != anchor:
            decided[i] = Decision(Role.CREDIT, CreditKind.BYLINE, ("credit.meta_author",), meta_bylines[i])
            continue
        c = credit_of[i]
        if i in photo_tags:
            decided[i] = Decision(Role.BOILERPLATE, BoilerplateKind.CAPTION, ("agency-tag-repeated",))
            continue
        if c is not None and c.rule == "credit.agency_tag" and "in:figure" in line.hints:
            # an agency name alone beside an image is the photo's credit ("Reuters" under a picture)
            decided[i] = Decision(Role.BOILERPLATE, BoilerplateKind.CAPTION, ("agency-tag-in-figure",))
            continue
        if (c is not None and c.kind in (CreditKind.COPYRIGHT, CreditKind.AGENCY) and _is_whole(f)
                and _site_owns(c.source, site_hints)):
            own = BoilerplateKind.LEGAL if c.kind is CreditKind.COPYRIGHT else BoilerplateKind.PAGE_META
            decided[i] = Decision(Role.BOILERPLATE, own, ("credit-names-the-site-itself",))
            continue
        if c is not None and (i in name_lines or _is_whole(f)) and i not in dropped:
            # a wire copyright follows the story; one far below it is the site's footer
            allowed = (
                (c.kind is CreditKind.BYLINE and (i in byline_zone or i in under_title))
                or (c.kind is not CreditKind.BYLINE and near_lo <= i < near_hi)
            )
            if allowed and c.kind is CreditKind.CONTRIBUTORS:
                allowed = _fold(c.source or "") not in contributors
                contributors.add(_fold(c.source or ""))
            if allowed:
                decided[i] = Decision(Role.CREDIT, c.kind, (c.rule,), c)
                continue
        if typed[i] is not None:
            decided[i] = typed[i]
            continue
        if a <= i < b and (not main_mode or (i in main_body and i != anchor)):
            block_kind, why = _body_kind(line, f, q)
            partial = None
            if c is not None and not _is_whole(f) and (
                (c.kind is CreditKind.DATELINE and i in dateline_zone and _prose_after(line, c.end))
                or c.rule == "credit.closing_tag"
            ):
                partial = c
            decided[i] = Decision(Role.BODY, block_kind, ("region=body", why), partial)

    # pass 4b: a related/share/menu line carries on to the short lines under it, in its group
    for i in range(1, n):
        prev = decided[i - 1]
        d = decided[i]
        if (prev is None or prev.role is not Role.BOILERPLATE or prev.kind not in _RUN_KINDS
                or lines[i].group != lines[i - 1].group or quals[i] in (Quality.GOOD, Quality.NEAR)
                or feats[i].words > _RUN_KINDS[prev.kind]):  # type: ignore[index]
            continue
        # a menu swallows one-word items that look like something else ("Weather", "Print"), but
        # not the sign-in, cookie or newsletter prompts that sit in it
        if d is None or d.role is Role.BODY or (d.role is Role.BOILERPLATE and feats[i].words <= 2
                                                and prev.kind is BoilerplateKind.NAVIGATION
                                                and d.kind not in _OWN_KINDS):
            decided[i] = Decision(Role.BOILERPLATE, prev.kind, (f"run-of={prev.kind.value}",))

    # the title: the repeated document title, else the best headline-shaped line above the body
    if find_title and anchor is not None and decided[anchor] is None:
        decided[anchor] = Decision(Role.TITLE, BlockKind.HEADING, ("title", title_why))
    elif (find_title and meta_line is not None and ((d := decided[meta_line]) is None or d.role is Role.BODY)
          and max(0, a - T.title_window_lines) <= meta_line < min(b, a + T.title_reworded_into_body)):
        decided[meta_line] = Decision(Role.TITLE, BlockKind.HEADING, ("title", "metadata-headline"))
    elif reworded is not None and ((d := decided[reworded]) is None or d.role is Role.BODY):
        decided[reworded] = Decision(Role.TITLE, BlockKind.HEADING, ("title", "rewords-first-line"))
    elif find_title and b > a:
        best: tuple[float, int] | None = None
        first_text = lines[0].text
        for i in range(max(0, a - T.title_window_lines), a):
            if decided[i] is None and _title_candidate(feats[i], lines[i]):
                s = _title_score(i, lines[i], feats[i], quals[i], a, first_text)
                if best is None or s > best[0]:
                    best = (s, i)
        # an <h1> opening the body, before its first paragraph of prose, is its headline (the
        # region starts at the headline when nothing above it reads as part of the article)
        for i in range(a, min(b, a + T.title_h1_into_body)):
            if lines[i].tag == "h1":
                if (d := decided[i]) is not None and d.role is Role.BODY and _title_candidate(feats[i], lines[i]):
                    s = _title_score(i, lines[i], feats[i], quals[i], a, first_text) - 0.6 * (i - a)
                    if best is None or s > best[0]:
                        best = (s, i)
                break
            if quals[i] is Quality.GOOD:
                break
        # a line that scores this low is a search prompt or a shop's button ("Advanced Search", "More
        # ways to pay"), not a headline: no title beats a wrong one
        if best is not None and best[0] >= T.title_min_score:
            decided[best[1]] = Decision(Role.TITLE, BlockKind.HEADING, ("title", f"title-score={best[0]:.1f}"))

    # no headline line found: the document's <title> line is the title when it is exactly the
    # headline the metadata gives (no site name appended to it) and not the site's own name (a home
    # page titled "The Verge" has no headline), and no <h1> opens the body (then the page shows its
    # headline as a line of its own, and the <title> line is not it)
    if (find_title and title_hint and lines[0].tag == "title" and decided[0] is None
            and not any(d is not None and d.role is Role.TITLE for d in decided)
            and _fold(lines[0].text) == _fold(title_hint)
            and _fold(title_hint) not in {_fold(x) for x in site_hints}
            and not any(lines[k].tag == "h1" for k in range(a, min(b, a + 3)))):
        decided[0] = Decision(Role.TITLE, BlockKind.HEADING, ("title", "document-title-is-the-headline"))

    # a standfirst (HTML): the lines between the title and the body (a subtitle, "The Garden · Derek
    # Jarman (1990)"), none of them chrome, link text or dated, open the body. Flattened text has no
    # marks to tell a share bar or a photo credit there from a subtitle.
    title_at = next((k for k in range(max(0, a - T.standfirst_max_lines - 1), a)
                     if (d := decided[k]) is not None and d.role is Role.TITLE), None)
    standfirst = range(title_at + 1, a) if title_at is not None and from_html(lines) and all(
        decided[k] is None and "linky" not in lines[k].hints and not feats[k].urlish
        and feats[k].words >= T.standfirst_min_words and not is_meta_dated(lines[k].text)
        for k in range(title_at + 1, a)) else range(0)

    # pass 4c: lines left outside the body take their section's kind
    for lo, hi in ((0, a), (b, n)):
        section: BoilerplateKind | None = None
        group_kind = _group_kinds(lines, decided, lo, hi)
        for i in range(lo, hi):
            d = decided[i]
            if d is not None:
                if d.role is Role.BOILERPLATE and d.kind in _SECTION_KINDS and "beside=" not in "".join(d.evidence):
                    section = d.kind  # type: ignore[assignment]
                continue
            f, q = feats[i], quals[i]
            kind: BoilerplateKind
            if lines[i].group in group_kind:
                kind, why = group_kind[lines[i].group], "same-group"
            elif section is not None:
                kind, why = section, "section"
            elif lo == 0:
                kind = BoilerplateKind.NAVIGATION if f.words <= 4 else BoilerplateKind.OTHER
                why = "before-body"
            else:
                kind = BoilerplateKind.RELATED if q is Quality.HEADLINE and f.words >= 4 else (
                    BoilerplateKind.NAVIGATION if f.words <= 3 else BoilerplateKind.OTHER)
                why = "after-body"
            decided[i] = Decision(Role.BOILERPLATE, kind, (why, f"quality={q.value}"))

    final = [d if d is not None else Decision(Role.BOILERPLATE, BoilerplateKind.OTHER, ("fallback",))
             for d in decided]
    _teaser_tail(lines, feats, quals, final)
    if from_html(lines):
        _dated_links(lines, final)
    if line_model is not None:
        _second_opinion(lines, feats, quals, final, line_model)
    if find_title:
        _only_h1_title(lines, feats, final)
    if not from_html(lines):
        _orphan_lines(feats, quals, final)
    # (after the line model, whose view of the body they would change)
    for k in standfirst:
        block_kind, why = _body_kind(lines[k], feats[k], quals[k])
        final[k] = Decision(Role.BODY, block_kind, ("standfirst", why))
    return tuple(final)
