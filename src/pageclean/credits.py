"""Credit recognition: who a story came from, named and normalised.

Takes one line of text; returns a :class:`CreditMatch` (kind, normalised source, the span of the
line it covers and the rule that fired) or None. The span is the whole line for source lines,
trailers, bylines and wire copyrights; a prefix for datelines (``GENEVA (Reuters) -``); a suffix
for a closing agency tag (``… sagte er. (dpa)``).

Sources are normalised against the agency gazetteer (``data/agencies.json``) by
:func:`pageclean.lexicon.lookup_agency`. All patterns here are linear: bounded repetitions over
disjoint character classes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import AGENCY_FIRST_WORDS, CREDIT_WORDS, THRESHOLDS, lookup_agency
from .model import CreditKind

__all__ = ["CJK_CHAR", "CreditMatch", "match_author_name", "match_credit", "match_dated_name", "match_user_byline"]


@dataclass(frozen=True, slots=True)
class CreditMatch:
    kind: CreditKind
    source: str | None
    country: str | None
    #: span within the line
    start: int
    end: int
    rule: str


_WORD = re.compile(r"\w+")
#: a contributors trailer that names the people first
_CONTRIBUTED = re.compile(r"^(.{3,80}?)\s+(?:also\s+)?contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|"
                          r"article)))\.?$", re.IGNORECASE)
#: where a list of names splits: the joiners of credits.json ("and", "with" …), or a comma, slash,
#: semicolon, ampersand or plus
_SPLIT_NAMES = re.compile(r"\s*(?:[,/;&+]|\s(?:" + "|".join(re.escape(w) for w in CREDIT_WORDS.name_joiners
                                                             if w.isalpha()) + r")\s)\s*", re.IGNORECASE)
# "GENEVA (Reuters) -", "WASHINGTON, Jan 21 (Reuters) -", "(AFP) -", "MADRID, 21 ene (EFE).-", and
# CNN's "London (CNN)It was …" with the story glued to the tag
_DATELINE_PAREN = re.compile(
    r"^([^()\n]{0,80}?)\s*\(([^()\n]{1,40})\)(?:\s*(?:\.?\s*[-–—:]+|\.(?=\s+[^\W\d_]))\s*(?=\S)|(?=[A-Z]))")
# the same with a space and no dash before the story: "London (CNN) It was …"; then the place is a
# capitalised word or three (a sentence's "Merkel sagte (dpa) Die …" is not; the tag must be an agency)
_DATELINE_BARE = re.compile(r"^((?:[A-ZÀ-Þ][\w.'’-]*\s?){1,3})\s*\(([^()\n]{1,40})\)(?=\s+[A-ZÀ-Þ])")
# "МОСКВА, 21 января. /ТАСС/."
_DATELINE_SLASH = re.compile(r"^([^/\n]{0,80}?)\s*/\s?([^/\n]{1,20}?)\s?/\s*\.?\s*[-–—]?\s*(?=\S)")
# a closing agency tag: "… sagte er. (dpa)" / "(AFP/dpa)"
_SUFFIX_TAG = re.compile(r"\s\(([^()\n]{1,30})\)\s*$")
_TAG_PARTS = re.compile(r"\s*[/,;]\s*|\s+(?:mit|with|avec|con|und|and|&)\s+")
_TAG_LINE = re.compile(r"^[(\[]?\s*([^()\[\]\n]{1,40}?)\s*[)\]]?\s*\.?$")
_LABEL = re.compile(r"^([^\W\d_][^:：\n]{0,20}?)\s*[:：]\s*(\S.{0,120}?)\s*\.?$")
_YEAR = re.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?\s*")
#: a photo credit ("Reuters/Getty Images", "AFP/picture alliance") is a caption, not a story credit
_PHOTO_CREDIT = re.compile(r"\b(?:getty|images?|photos?|fotos?|imago|shutterstock|picture[ -]alliance|istock)\b",
                           re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"\s*\d{4}\s*$")
#: a desk code or an editor's initials beside an agency: "dpa/lno", "aja/PAP"
_DESK_CODE = re.compile(r"[a-z]{2,4}|[A-Z]{2,4}\b")
_CAPITALISED = re.compile(r"^[^\W\d_][\w.'’-]*$")
#: a line that starts with a Han character (Chinese credits are looked for only then)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a character of a script written without spaces between words (kana, Han, Hangul): two count as a word
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: a Chinese reporter line is this short; a story's sentence that starts with 记者 is longer
_CJK_BYLINE_MAX_CHARS = 40


def _agency_of(names: str) -> tuple[str, str] | None:
    """(canonical, country) of the first agency named in ``names``, if any."""
    hit = lookup_agency(names)
    if hit is not None:
        return hit.canonical, hit.country
    for part in _SPLIT_NAMES.split(names):
        # "dpa-infocom", "AFP/Getty" and agency tags with a desk suffix ("dpa/lno")
        hit = lookup_agency(part)
        if hit is not None:
            return hit.canonical, hit.country
    return None


def _is_agency_tag(inner: str) -> tuple[str, str] | None:
    """An agency tag: agencies, with desk codes or initials (``dpa/lno``, ``aja/PAP``) or the
    publishing outlet (``AFP/The Local``, ``FR mit dpa``) beside them; at least one agency."""
    if AGENCY_FIRST_WORDS.isdisjoint(_WORD.findall(inner.casefold())):
        return None  # no agency name can start anywhere in it
    parts = [p for p in _TAG_PARTS.split(inner) if p]
    if not parts or len(parts) > 4 or _PHOTO_CREDIT.search(inner):
        return None
    found = None
    for part in parts:
        agency = lookup_agency(part)
        if agency is not None:
            found = found or agency
        elif _DESK_CODE.fullmatch(part):
            continue  # a desk code or an editor's initials
        elif found is None or not (len(part.split()) <= 3 and all(w[:1].isupper() for w in part.split())):
            return None  # before the agency only codes: "Jane Doe / Reuters" is a photo credit
    if found is None:
        return None
    return found.canonical, found.country


def _startswith_phrase(low: str, phrases: tuple[str, ...]) -> str | None:
    if not low.startswith(phrases):  # one C-level test first: most lines start with none of them
        return None
    for phrase in phrases:
        if low.startswith(phrase) and (len(low) == len(phrase) or not low[len(phrase)].isalnum()
                                       or not phrase[-1].isalnum()):
            return phrase
    return None


_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "del", "la", "di", "bin", "al", "el", "ter", "zu"})
#: words after a byline's name that start its date or place: "Par X le 14.09", "By X on May 2", "Von X am 3."
_NAME_STOPS = frozenset({"le", "on", "am", "à", "el", "at", "|", "-", "–", "—", "updated", "published", "posted",
                         "aktualisiert", "veröffentlicht", "publié", "publicado", "in", "für", "for", "pour", "para",
                         "vom", "erstellt", "geändert"})
#: stop words that, capitalised inside a name, are part of it ("Loïc Le Clerc", "Omar El Akkad")
_CAPITAL_PARTICLES = frozenset({"le", "el"})
#: month words end a name after its first word ("By Jonathan Sayers Jan. 31"; "By April Smith" stays)
_MONTH_STOPS = frozenset({
    "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept",
    "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "january", "february", "march", "june", "july", "august",
    "september", "october", "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober",
    "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre"})
#: a leading date/time before a source label: "2020-02-19 20:29:58 来源： 半月谈"
_LEADING_STAMP = re.compile(r"^\d{2,4}[-./]\d{1,2}[-./]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\D)")
#: the same after the channel's name, the stamp in brackets:
#: "新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报"
_LEADING_CHANNEL_STAMP = re.compile(r"^[\u4e00-\u9fff\w]{2,20}\s*[(（]\s*\d{2,4}[-./]\d{1,2}[-./]\d{1,4}"
                                    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]\s*(?=\D)")
#: "© dpa | Kay Nietfeld", "© picture alliance/dpa": the credit of a photo, not of the story
_PHOTO_PERSON = re.compile(r"[|/]\s?[^\W\d_][\w.'’-]+\s+[^\W\d_]")


#: month names that are also first names: they end a name only before a day ("By April Smith" stays)
_NAME_MONTHS = frozenset({"may", "april", "mai", "avril"})
#: a date word glued to the next word by markup: "UpdatedJanuary 25, 2026"
_GLUED_UPDATE = re.compile(r"^(?:Updated|Published|Posted|Aktualisiert|Veröffentlicht)(?=[A-Z\d])")

#: words of three letters or more (lower-case ones after a byline's date read as a sentence)
_LETTERS = re.compile(r"[^\W\d_]{3,}")
#: a name token with a date glued to its end ("Demel13.12.2022"), a date word ("MillerPublished:") or a
#: month ("GiuffridaMar 5, 2025")
_GLUED_DATE = re.compile(r"^([^\W\d_][^\W\d_.'’-]*[^\W\d_])(?:\d|(?:Published|Updated|Posted|Aktualisiert|"
                         r"Veröffentlicht|Publié|Publicado)\b|(?<=[a-zà-ÿ]{4})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"[a-z]{0,6}\.?$)")
#: words the markup glued together ("ChecklistsJust"): a capital after four lower-case letters
#: ("McDonald", "MacKinnon", "DeShawn" keep theirs after two or three)
_GLUED_WORDS = re.compile(r"[^\W\d_]{4}(?<=[a-zà-ÿ]{4})[A-ZÀ-Þ]")
#: a byline prefix glued to a capitalised name by markup with no space between ("ByAlex Bozarjian")
_GLUED_PREFIX = re.compile(r"^((?:Posted|Written|Published) by|By|Von|Par|Por)(?=[^\W\d_a-z][^\W\d_A-Z])")
#: words that start the date after a byline's name
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"})
_DATE_WORDS = _MONTH_STOPS | _WEEKDAYS | frozenset({
    "may", "april", "mai", "avril", "updated", "published", "posted", "aktualisiert", "veröffentlicht",
    "publié", "publicado", "postado"})


#: what may stand between a byline's name and its date or role
_SEPARATORS = " ,|·•⋅●–—-"
#: words between a name and its date: "By Jane Doe on May 2", "Posted by Jane at 3 pm"
_CONNECTORS = CREDIT_WORDS.date_connectors
#: words that join names: "Jane Doe and John Roe", "Jane Doe & John Roe", "Jane Doe with John Roe"
_JOINERS = frozenset(CREDIT_WORDS.name_joiners)


#: where a meta line's category or tag list starts
#: (capitalised as a label is: "Tags:", "Posted in"; "tagged" inside a sentence is no label)
_META_LABEL = re.compile(r"\b(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in CREDIT_WORDS.meta_labels)
                         + r")\b:?")


def _dated(rest: str, person: str) -> bool:
    """True when what follows the name in a byline remainder is a date or time, not a sentence: it
    starts with a date and holds at most two lower-case words ("Zuletzt geändert: Nov 7", not
    "By Christmas Eve 2023 the shops had sold out")."""
    at = rest.find(person)
    if at < 0:
        return False
    tail = rest[at + len(person):].lstrip(_SEPARATORS)
    # a credential or role between the name and the date: "Jane Doe, CFP – Updated Mar 5"
    while tail and (((head := tail.split(maxsplit=1)[0].rstrip(",")).isupper() and len(head) <= 5)
                    or head.casefold() in CREDIT_WORDS.role_words):
        tail = tail[len(head):].lstrip(_SEPARATORS)
    words = tail.split()
    # "on May 2", "at 3 pm": a connector before the date
    while words and words[0].casefold() in _CONNECTORS:
        words = words[1:]
    first = words[0].casefold().rstrip(".,") if words else ""
    if not first:
        return False
    if not (first[0].isdigit() or first in _DATE_WORDS):
        # more names and their roles before the date: "Jane Doe, Security Expert & John Roe, Editor
        # Last Updated on Feb 27": capitalised words and joiners only, up to a date word
        at_date = next((k for k, w in enumerate(words) if w[:1].isdigit() or w.casefold().rstrip(".,:") in _DATE_WORDS),
                       None)
        if at_date is None or not all(w[:1].isupper() or w.casefold() in _JOINERS or not w[:1].isalpha()
                                      for w in words[:at_date]):
            return False
        words = words[at_date:]
    rest_of_line = " ".join(words)
    label = _META_LABEL.search(rest_of_line)  # "… Tags: books, fiction, sci-fi": the meta line's tag list
    prose = [w for w in _LETTERS.findall(rest_of_line[:label.start()] if label else rest_of_line)
             if w[0].islower() and w.casefold() not in _DATE_WORDS]
    return len(prose) <= 2


_META_PARTS = re.compile(r"\s+[|·•⋅●]\s+")
_DASH_PARTS = re.compile(r"\s+[-–—]\s+")
#: a meta line's count field: "91 Ergänzungen", "7 Comments", "3 min"
_COUNT = re.compile(r"^\s*\d+\s+[^\W\d_]+\s*$")
_DATE_TOKEN = re.compile(r"[^\W_]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|er|e|\.)?")
#: "Posted on May 2, 2024 by Jane Doe", "03/01/2017 by Jane Doe": a date, then the byline
_BY_AFTER = re.compile(r"\s(by|von|par|por)\s", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a year that is not one end of a span ("2009-2020", "1999 – 2001")
_SINGLE_YEAR = re.compile(r"(?<!\d)(?<!\d[-–])(?<!\d [-–] )(?:19|20)\d\d(?!\d)(?!\s?[-–]\s?\d)")


def holds_single_year(text: str) -> bool:
    """True when ``text`` holds a year that is not part of a span of years: a meta line's date
    ("Ryan Bald 02 Feb 2026 …"), not a footer's "2009-2020 by NAME"."""
    return _SINGLE_YEAR.search(text) is not None
_YEAR_START = re.compile(r"(?:19|20)\d\d(?![\d./-])")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")


def _date_like(text: str) -> bool:
    """True when ``text`` is only a date or time ("Posted on Oktober 25, 2023", "10:15 Uhr")."""
    tokens = _DATE_TOKEN.findall(text.casefold())
    return any(t[0].isdigit() for t in tokens) and all(
        _ORDINAL.fullmatch(t) or t in _DATE_WORDS or t in CREDIT_WORDS.date_fillers for t in tokens)


_DIGIT_RUN = re.compile(r"\d+")
_ALPHA_RUN = re.compile(r"[^\W\d_]+")


def is_date_stamp(text: str) -> bool:
    """A line that is a date and time with at most one word of label ("February 24, 2020 | 9:25pm",
    "Opublikowano: 2021-04-29 17:13:04"): a year and two more numbers, and no more than one word
    that is not a month, a day or a date's filler ("Euro 2024", "Windows 10" are not)."""
    if _YEAR_IN.search(text) is None or len(_DIGIT_RUN.findall(text)) < 3:
        return False
    words = _ALPHA_RUN.findall(text.casefold())  # "27.01.2022MineralölINFO": the word glued to a date counts
    return sum(w not in _DATE_WORDS and w not in CREDIT_WORDS.date_fillers for w in words) <= 1


def is_dated_dash_line(text: str) -> bool:
    """A line that opens with a day's date and its year, then dash-parted fields ("23.06.2016 um
    16:14 Uhr - Markus Reuter - 91 Ergänzungen", "17.11.2022 - Buntspecht - Konzerthaus")."""
    dashed = _DASH_PARTS.split(text, maxsplit=1)
    return (len(dashed) == 2 and _date_like(dashed[0]) and _YEAR_IN.search(dashed[0]) is not None
            and _YEAR_START.match(dashed[0].strip()) is None)


def _meta_line_byline(text: str) -> str | None:
    """The person a date/meta line credits: "Posted on Oktober 25, 2023 by Julia Steinhoff",
    "by Amanda · Dec 20, 2025 at 3:00 am · One comment", "Accueil | Par Loïc Le Clerc | 30 septembre
    2018". A one-word name counts only beside a date part."""
    parts = _META_PARTS.split(text) if any(sep in text for sep in "|·•⋅●") else ()
    if len(parts) >= 2:
        dated = any(_date_like(p) for p in parts)
        for part in parts:
            phrase = _startswith_phrase(part.casefold(), CREDIT_WORDS.byline_prefixes)
            if phrase is None:
                continue
            rest = part[len(phrase):].strip(" :")
            person = _person_names(rest)
            if person is None and dated and _CAPITALISED.match(rest) and rest[0].isupper():
                person = rest
            if person is not None:
                return person
        # "04.02.2022 | 13:10 Uhr | Uta Helkenberg": a dated line of one name (two words or more,
        # not in capitals: "PAID CONTENT | 04. November 2021") beside dates, one with a year
        names = [part for part in parts if not _date_like(part)]
        person = _person_names(names[0]) if len(names) == 1 else None
        if (person is not None and person == names[0].strip() and len(person.split()) >= 2 and not person.isupper()
                and any(_YEAR_IN.search(p) for p in parts if p is not names[0])):
            return person
    # "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen": a day's date with its year (not a
    # bare year: "1989 - Jane Doe" is a timeline's; not a score: "93/100 – PC Gamer"), then
    # dash-parted fields, one a name of two words or more, the others counts
    if is_dated_dash_line(text):
        dashed = _DASH_PARTS.split(text)
        names = [part for part in dashed[1:] if _COUNT.match(part) is None]
        person = _person_names(names[0]) if len(names) == 1 else None
        if person is not None and person == names[0].strip() and len(person.split()) >= 2 and not person.isupper():
            return person
    # the date before "by" holds a digit: most lines have none there and skip the search
    m = _BY_AFTER.search(text, 0, 80) if _DIGIT.search(text, 0, 80) is not None else None
    if m is not None and _date_like(text[:m.start()]):
        return _person_names(text[m.end():])
    return None


def _person_names(rest: str) -> str | None:
    """The first person's name in a byline remainder (1-4 capitalised words), or None."""
    rest = rest.strip(" :.,")
    first = _SPLIT_NAMES.split(rest, maxsplit=1)[0].strip()
    # "Jane Doe | Reuters", "Jane Doe - AP", "JANE DOE Associated Press"
    first = re.split(r"\s+[|–—•·⋅●/-]\s+", first, maxsplit=1)[0].strip()
    tokens = first.split()
    # "Dr Jane Doe", "Prof. Dr. Max Muster": titles stay in the name but are not among its words
    titled = 0
    while titled < min(2, len(tokens) - 1) and tokens[titled].casefold() in CREDIT_WORDS.honorifics:
        titled += 1
    title, tokens = tokens[:titled], tokens[titled:]
    n_tokens = len(tokens)
    # the name is the capitalised words up to a connector: "Nicolas Gutierrez C. le 14.09.2020"
    for k, tok in enumerate(tokens):
        folded = tok.casefold().rstrip(":")  # "Jane Doe Am: 29.12.2014", "Jane Doe Updated: May 2"
        if ((folded in _NAME_STOPS and not (k >= 1 and tok[0].isupper() and folded in _CAPITAL_PARTICLES))
                or tok[:1].isdigit() or (k >= 1 and folded in _MONTH_STOPS)
                or tok[:1] == "@"  # "By Eric Levitz @EricLevitz": a handle after the name
                # "Jean-Luc Aufranc (CNXSoft)": a handle or site in brackets after the name ("(AFP)" is
                # the story's agency, read as a closing tag)
                or (k >= 2 and tok[:1] == "(" and tok[-1:] == ")" and lookup_agency(tok[1:-1]) is None)
                or folded.rstrip(",") in CREDIT_WORDS.role_words
                # "Catherine Boeckmann Executive Digital Editor": a role after two words of a name
                or (k >= 2 and folded in CREDIT_WORDS.not_name_starts)
                # "Daniel Renfrow April 12": a month that is also a first name, before a day
                or (k >= 1 and folded in _NAME_MONTHS and tokens[k + 1:k + 2] and tokens[k + 1][:1].isdigit())
                # "Brian Truitt USA TODAY": the outlet in capitals after a name that is not
                or (k >= 2 and all(len(t) >= 2 and t.isalpha() and t.isupper() for t in tokens[k:k + 2])
                    and len(tokens) >= k + 2 and not any(t.isupper() for t in tokens[:k]))
                or _GLUED_UPDATE.match(tok)  # "Krause UpdatedJanuary 25"
                # "Jane Doe Last Updated: May 2" ("Jane Last" stays)
                or (k >= 1 and folded == "last" and tokens[k + 1:k + 2]
                    and tokens[k + 1].casefold().rstrip(":") in ("updated", "modified"))):
            if k == 0:
                return None
            tokens = tokens[:k]
            break
        glued = _GLUED_DATE.match(tok)
        if glued is not None:  # "Demel13.12.2022": a date the markup glued to the name
            tokens = [*tokens[:k], glued.group(1)]
            break
    half = len(tokens) // 2
    if half and len(tokens) == 2 * half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # "Colin Gray Colin Gray": a name the markup printed twice
    if len(tokens) != n_tokens or tokens[-1:] != first.split()[-1:]:
        first = " ".join([*title, *tokens]).rstrip(",")
    if (not 1 <= len(tokens) <= 4 or first.casefold() in CREDIT_WORDS.not_names
            or tokens[0].casefold() in CREDIT_WORDS.not_name_starts):
        return None
    for tok in tokens:
        if tok.casefold() in _NAME_PARTICLES:
            continue
        # ("Aymz- Grelle Forelle": a word cut at a hyphen is no name's)
        if not _CAPITALISED.match(tok) or not tok[0].isupper() or _GLUED_WORDS.search(tok) or tok.endswith("-"):
            return None
    if len(tokens) == 1 and lookup_agency(tokens[0]) is None:
        return None  # "By Design", "Von Anfang" are not bylines; a lone agency name is
    return first


def _only_names(rest: str) -> bool:
    """True when a byline's remainder is names and nothing else: "Dr Jane Doe, John Roe and Max
    Muster" (a list of authors longer than a byline usually is)."""
    parts = [part for part in _SPLIT_NAMES.split(rest) if part.strip(" :.,")]
    return bool(parts) and all(_person_names(part) == part.strip(" :.,") for part in parts)


def _dated_single_name(rest: str) -> str | None:
    """A one-word name that a date follows: "Posted by David at December 16, 2025", "BySarah July
    30, 2019". Alone, one capitalised word after "By" is too often not a name ("By Design")."""
    words = rest.strip(" :.,").split(maxsplit=1)
    if not words:
        return None
    word = words[0].rstrip(",")
    folded = word.casefold()
    if (not word[:1].isupper() or not _CAPITALISED.match(word) or _GLUED_WORDS.search(word)
            or folded in _DATE_WORDS or folded in _NAME_STOPS or folded in CREDIT_WORDS.not_names
            or folded in CREDIT_WORDS.role_words or not _dated(rest, word)):
        return None
    # the date right after the word ("David at December 16"), not after more words of a name the
    # rules could not read ("Jon Porter@JonPorty Jul 3", "Katharina Schmidt Kategorien: …")
    after = [w for w in words[1].split()[:2] if w.casefold() not in _CONNECTORS] if len(words) > 1 else []
    if not after or not (after[0][:1].isdigit() or after[0].casefold().rstrip(".,:") in _DATE_WORDS):
        return None
    return word


def _story_follows(text: str, end: int) -> bool:
    """A dateline's rest is a paragraph: as many words as a line needs to count as prose (digits
    aside: "0:0:By 0:0:" is one word). The classifier also checks that the rest reads as prose on
    its own, so the body extracted again keeps it."""
    words = sum(1 for w in _WORD.findall(text, end) if not w.isdigit() and w.strip("_"))
    if words < THRESHOLDS.near_min_words and not text.isascii():  # Chinese: two characters a word
        words += len(CJK_CHAR.findall(text, end)) // 2
    return words >= THRESHOLDS.near_min_words


def _cjk_credit(text: str, whole: int) -> CreditMatch | None:
    """Chinese credits: a wire dateline opening the story ("新华社北京3月5日电 记者5日从…") and a
    short reporter line ("半月谈记者 史卫燕", "作者： 记者王敬照 编辑： 王华军")."""
    for pattern in CREDIT_WORDS.cjk_datelines:
        m = pattern.match(text)
        if m is None:
            continue
        head = m.group("head")
        for k in range(len(head), 1, -1):  # the longest agency name the head starts with
            agency = lookup_agency(head[:k])
            if agency is not None:
                if _story_follows(text, m.end()):
                    return CreditMatch(CreditKind.DATELINE, agency.canonical, agency.country, 0, m.end(),
                                       "credit.dateline_cjk")
                break
    if len(text) <= _CJK_BYLINE_MAX_CHARS:
        for pattern in CREDIT_WORDS.cjk_bylines:
            m = pattern.match(text)
            if m is not None and (m.group("name")[:1] in CREDIT_WORDS.cjk_surnames
                                  or m.group("name")[:2] in CREDIT_WORDS.cjk_surnames):
                return CreditMatch(CreditKind.BYLINE, m.group("name"), None, 0, whole, "credit.byline_cjk")
    return None


#: a byline prefix glued to a capital: "ByJ.R. Stone" ("Bygrave", "Vonnegut" go on in lower case)
_GLUED_BY = re.compile(r"^(?:By|Von|Par|Por)(?=[A-ZÀ-Þ])")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def _starts_with_date(text: str) -> bool:
    """A short line that opens with a date: "15 Mai 2019 à 06h00", "August 23, 2023", "15.12.2022",
    "2022-11-23T08:10+02:00"."""
    if len(text) > 80:
        return False
    if _NUMERIC_DATE.match(text):
        return True
    tokens = _DATE_TOKEN.findall(text.casefold())
    return (bool(tokens) and (tokens[0][0].isdigit() or tokens[0] in _DATE_WORDS)
            and _YEAR_IN.search(text) is not None and len(tokens) <= 10)


def _not_a_name_word(word: str) -> bool:
    """A word no person's name holds: an advertiser's label ("Presseportal Anzeige"), a day
    ("Tuesdays Evenings") or a possessive ("Brides's Editorial Guidelines")."""
    folded = word.casefold()
    return (folded in CREDIT_WORDS.ad_labels or folded.removesuffix("s") in _WEEKDAYS
            or folded.endswith(("'s", "’s", "s'", "s’")))


def is_meta_dated(text: str) -> bool:
    """A meta line's date: the line opens with a day's date, not a bare year ("31. Jan. 2022 in
    Köln"), tells the time, or one of its parts is a date stamp ("January 13, 2020 at 08:45 AM |
    categories: Python"); a year in a subtitle is not ("The Garden · Derek Jarman (1990)", "Bern,
    17.08.2007 - Rede von Moritz Leuenberger", "1968 bis heute Knabenmusik in der Gemeinde")."""
    return ((_starts_with_date(text) and _YEAR_START.match(text) is None) or _CLOCK.search(text) is not None
            or any(is_date_stamp(part) for part in _META_PARTS.split(text)))


_DATE_PARTS = re.compile(r"\s[/|·•]\s")


def _dates_story(text: str) -> bool:
    """A line that is a story's date: it opens with a date ("August 23, 2023", "Published: May 2,
    2024") or dates it relative to now ("Erstellt: vor 4 Stunden", "3 hours ago")."""
    text = text.strip()
    # "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50": the first of two dates
    return (_starts_with_date(_DATE_PARTS.split(text, maxsplit=1)[0])
            or (len(text) <= 60 and any(p.match(text) for p in CREDIT_WORDS.relative_dates)))


#: an avatar's initials: "RF", "LP"
_INITIALS = re.compile(r"^[A-ZÀ-Þ]{1,3}$")


def match_dated_name(text: str, following: Sequence[str]) -> CreditMatch | None:
    """A line that is only a person's name, with its date on the next line ("Denise Everheart" /
    "August 23, 2023", "Jossi Loibl" / "Erstellt: vor 4 Stunden"), or on the line after a desk's
    ("André Borbe" / "Redaktion Haus.de" / "25.01.2022 14:47 Uhr"): the byline of a template that
    prints no "By". ``following``: the lines after it. Two to four words, not in capitals."""
    text = text.strip()
    if len(text) > 60 or text.isupper() or not following:
        return None
    # co-authors' lines between the name and the date: their names, or their initials on an avatar
    # ("Luana Patriolino" / "RF" / "Raphael Felice" / "postado em 04/05/2022 05:49")
    k = 0
    while (k < len(following) - 1 and not _dates_story(following[k])
           and (_INITIALS.match(following[k].strip())
                or (_person_names(following[k]) == following[k].strip()  # not "Por Rodrigo Mejías"
                    and _startswith_phrase(following[k].strip().casefold(), CREDIT_WORDS.byline_prefixes) is None))):
        k += 1
    following = following[k:]
    if not _dates_story(following[0]):
        desk = following[0].split()
        if not (len(following) > 1 and desk and desk[0].casefold() in CREDIT_WORDS.not_names and len(desk) <= 4
                and _dates_story(following[1])):
            return None
    person = _person_names(text)
    # "Help Net Security Sponsored": a role word after the name
    role = text[len(person):].strip(" ,|·–—-").split() if person is not None and text.startswith(person) else None
    if (person is None or role is None or not all(w.casefold() in CREDIT_WORDS.role_words for w in role)
            or not 2 <= len(person.split()) <= 3 or _GLUED_BY.match(text)
            or person.split()[0].casefold() in CREDIT_WORDS.not_names  # "Redaktion Haus.de": a role
            or any(_not_a_name_word(w) for w in person.split())
            or _startswith_phrase(text.casefold(), CREDIT_WORDS.byline_prefixes) is not None):
        return None
    return CreditMatch(CreditKind.BYLINE, person, None, 0, len(text), "credit.name_over_date")


#: a user name after "By": letters, digits, "_", ".", "-" ("thanosmano", "uclahealth", "sean_g")
_USER_NAME = re.compile(r"^[^\W_][\w.-]{1,29}$")


def _day_dated(text: str) -> bool:
    """A story's date that names a day or a time, not only a year ("1901–1999")."""
    text = text.strip()
    return _dates_story(text) and _YEAR_START.match(text) is None


def match_user_byline(text: str, before: str, after: str) -> CreditMatch | None:
    """"By" and one word in any case on a line of its own, a date on the line before or after it
    ("By thanosmano," / "April 18, 2024 in Princess Cruises"; "October 17, 2018" / "By uclahealth"):
    a forum post's or a blog's user name in the author slot. Without the date beside it one word
    after "By" is too often no name ("By Design")."""
    text = text.strip()
    phrase = _startswith_phrase(text.casefold(), CREDIT_WORDS.byline_prefixes)
    if phrase is None:
        return None
    rest = text[len(phrase):].strip(" :,")
    folded = rest.casefold()
    if (_USER_NAME.match(rest) is None or rest.isdigit() or folded in CREDIT_WORDS.not_names
            or folded in _DATE_WORDS or folded in _NAME_STOPS or folded in CREDIT_WORDS.role_words
            or not (_day_dated(before) or _day_dated(after))):
        return None
    return CreditMatch(CreditKind.BYLINE, rest, None, 0, len(text), "credit.user_byline")


def _role_part(part: str) -> bool:
    """A person's title after the name: a few capitalised words, one of them a role ("Ph.D.
    Director", "Senior Editor")."""
    words = part.split()
    return (0 < len(words) <= 4 and all(w[:1].isupper() for w in words)
            and any(w.casefold().rstrip(",.") in CREDIT_WORDS.role_words for w in words))


def match_author_name(text: str) -> CreditMatch | None:
    """A line the page's markup marks as naming the author ("Jane Doe", "Jane Doe Autor",
    "Jane Doe 15 Mai 2019"): a byline when it starts with a person's name and the rest is a role or
    a date, not a sentence. Only the HTML front end knows such marks; see ``dom_hints.json``."""
    if len(text) > 200:
        return None
    person = _person_names(text)
    if (person is None or not text.startswith(person) or not person[0].isupper()
            or any(len(tok) == 1 for tok in person.split())  # "J Offline": an avatar's initial
            or person.casefold() in CREDIT_WORDS.not_names
            or _startswith_phrase(person.casefold(), CREDIT_WORDS.byline_prefixes) is not None):  # "Written By"
        return None
    rest = text[len(person):].strip(" ,|·•–—-")
    head = rest.split()[0].casefold().rstrip(",") if rest else ""
    if (not rest or head in CREDIT_WORDS.role_words or head in CREDIT_WORDS.not_name_starts  # "…, Staff Attorney"
            or _dated(text, person)):
        return CreditMatch(CreditKind.BYLINE, person, None, 0, len(text), "credit.dom_author")
    more = [part for part in _SPLIT_NAMES.split(" " + rest) if part.strip()]
    if not all(_person_names(part) == part.strip(" :.,")
               or _role_part(part)  # "Rex Du, Ph.D. Director, Advanced Analytics"
               for part in more):
        return None  # a sentence, not more names, a role or a date
    return CreditMatch(CreditKind.BYLINE, person, None, 0, len(text), "credit.dom_author")


def match_credit(text: str, n_words: int | None = None) -> CreditMatch | None:
    """The credit ``text`` (one stripped line) holds, if any; ``n_words``: its ``\\w+`` count, when known."""
    if len(text) > 2000:
        return None
    if n_words is None:
        n_words = len(_WORD.findall(text))
    if n_words == 0:
        return None
    low = text.casefold()
    whole = len(text)

    # wire copyright: "Copyright 2022 The Associated Press. All rights reserved."
    mark = _startswith_phrase(low, CREDIT_WORDS.copyright_marks)
    if mark is not None and n_words <= THRESHOLDS.credit_line_max_words:
        rest = _TRAILING_YEAR.sub("", _YEAR.sub("", text[len(mark):].strip()))
        if _PHOTO_CREDIT.search(rest) or (n_words <= 8 and _PHOTO_PERSON.search(rest)):
            return None
        head = re.split(r"[.;|]\s|\s[-–—]\s|,\s", rest, maxsplit=1)[0]
        agency = _agency_of(head) or _agency_of(" ".join(head.split()[:3]))
        if agency is not None:
            return CreditMatch(CreditKind.COPYRIGHT, agency[0], agency[1], 0, whole, "credit.copyright")
        return None

    # "Source: Anadolu", "Quelle: dpa", "Kaynak: AA", "2020-02-19 20:29:58 来源： 半月谈", "新华网河北频道
    # ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报"
    if text[:1].isdigit():
        labelled = _LEADING_STAMP.sub("", text)
    elif not text.isascii() and ("(" in text or "（" in text):
        labelled = _LEADING_CHANNEL_STAMP.sub("", text).strip("()[]")
    else:
        labelled = text.strip("()[]")
    m = _LABEL.match(labelled)
    if m is not None and m.group(1).casefold() in CREDIT_WORDS.source_labels:
        names = m.group(2).strip()
        agency = _agency_of(names)
        if agency is not None:
            return CreditMatch(CreditKind.AGENCY, agency[0], agency[1], 0, whole, "credit.source_label")
        words = names.split()
        if len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return CreditMatch(CreditKind.AGENCY, names.rstrip("."), None, 0, whole, "credit.source_label")
        return None

    # "Źródło Dziennik Gazeta Prawna": a source label and capitalised names, with no colon between
    if n_words <= 6 and " " in text:
        word, names = text.split(" ", 1)
        if word.casefold() in CREDIT_WORDS.source_labels:
            agency = _agency_of(names)
            if agency is not None:
                return CreditMatch(CreditKind.AGENCY, agency[0], agency[1], 0, whole, "credit.source_label")
            # two capitalised words at least: a menu's "Source Code" is not a credit
            if len(names.split()) >= 2 and all(w[:1].isupper() for w in names.split()):
                return CreditMatch(CreditKind.AGENCY, names.strip(" ."), None, 0, whole, "credit.source_label")

    # "This post originally appeared on Grist.", "The post … appeared first on WordLift."
    for pattern in CREDIT_WORDS.syndication:
        sm = pattern.match(text)
        if sm is not None:
            names = sm.group("source").strip(" .")
            agency = _agency_of(names)
            if agency is not None:
                return CreditMatch(CreditKind.AGENCY, agency[0], agency[1], 0, whole, "credit.syndication")
            if 0 < len(names.split()) <= 5 and all(w[:1].isupper() or not w[:1].isalpha()
                                                   or w.casefold() in _NAME_PARTICLES for w in names.split()):
                return CreditMatch(CreditKind.AGENCY, names, None, 0, whole, "credit.syndication")

    if n_words <= THRESHOLDS.credit_line_max_words:
        # "With inputs from PTI", "(With inputs from agencies)"
        inner = text.strip("()[] .")
        inner_low = inner.casefold()
        phrase = _startswith_phrase(inner_low, CREDIT_WORDS.inputs_phrases)
        if phrase is not None:
            names = inner[len(phrase):].strip(" :.")
            agency = _agency_of(names)
            if agency is not None:
                return CreditMatch(CreditKind.AGENCY, agency[0], agency[1], 0, whole, "credit.inputs_from")
            if names.casefold() in CREDIT_WORDS.generic_sources:
                return CreditMatch(CreditKind.AGENCY, None, None, 0, whole, "credit.inputs_from")

        # "Reporting by Andrea Shalal; Editing by Toby Chopra"
        phrase = _startswith_phrase(inner_low, CREDIT_WORDS.contributors_phrases)
        if phrase is not None:
            rest = inner[len(phrase):]
            person = _person_names(re.split(r"[;]|\s(?:in|from)\s", rest, maxsplit=1)[0])
            if person is not None:
                return CreditMatch(CreditKind.CONTRIBUTORS, person, None, 0, whole, "credit.contributors")
        # "Alex Isenstadt contributed to this report."
        cm = _CONTRIBUTED.match(inner)
        if cm is not None:
            person = _person_names(cm.group(1))
            if person is not None:
                return CreditMatch(CreditKind.CONTRIBUTORS, person, None, 0, whole, "credit.contributors")

    # a line that is only an agency tag: "(dpa)", "dpa/lno", "AFP/Reuters"
    if n_words <= 6:
        m = _TAG_LINE.match(text)
        if m is not None:
            agency = _is_agency_tag(m.group(1))
            if agency is not None:
                return CreditMatch(CreditKind.AGENCY, agency[0], agency[1], 0, whole, "credit.agency_tag")

    # a forum thread's starter, named in the thread's header: a user name in any case ("Thread
    # starter sean_g", "Discussion in 'Hosting' started by pelex, May 26, 2025.")
    if n_words <= THRESHOLDS.byline_max_words:
        for pattern in CREDIT_WORDS.thread_starters:
            tm = pattern.match(text)
            if tm is not None and tm.group("name").casefold() not in CREDIT_WORDS.not_names:
                return CreditMatch(CreditKind.BYLINE, tm.group("name").strip(), None, 0, whole,
                                   "credit.thread_starter")

    # "By Jane Doe", "Von Max Mustermann", "Par Jean Dupont, AFP"; "ByJane Doe" where the markup
    # put no space after the prefix; a longer line when a date follows the name ("by Jane Doe
    # November 8, 2023 | 6:03 pm")
    phrase = _startswith_phrase(low, CREDIT_WORDS.byline_prefixes)
    if phrase is None and (glued := _GLUED_PREFIX.match(text)) is not None:
        phrase = glued.group(1)
    if phrase is not None and n_words <= THRESHOLDS.byline_dated_max_words:
        rest = text[len(phrase):]
        person = _person_names(rest) or _dated_single_name(rest)
        if person is not None and (n_words <= THRESHOLDS.byline_max_words or _dated(rest, person)
                                   or _only_names(rest)):
            named = lookup_agency(person)
            if named is not None:
                return CreditMatch(CreditKind.BYLINE, named.canonical, named.country, 0, whole,
                                   "credit.byline_agency")
            return CreditMatch(CreditKind.BYLINE, person, None, 0, whole, "credit.byline")

    # a date or meta line holding the byline: "Posted on May 2, 2024 by Jane Doe"
    if n_words <= THRESHOLDS.byline_dated_max_words:
        person = _meta_line_byline(text)
        if person is not None:
            return CreditMatch(CreditKind.BYLINE, person, None, 0, whole, "credit.byline_meta_line")

    # dateline prefix: "GENEVA (Reuters) - The ..."; the story must follow it (a dateline before a lone
    # "A?" would leave a body line too short to stand as body on its own)
    m = _DATELINE_PAREN.match(text) or _DATELINE_BARE.match(text)
    if m is not None and not _story_follows(text, m.end()):
        m = None
    if m is not None and (not m.group(1) or m.group(1)[:1].isupper()):
        agency = _is_agency_tag(m.group(2))
        if agency is not None:
            return CreditMatch(CreditKind.DATELINE, agency[0], agency[1], 0, m.end(), "credit.dateline")
    if "/" in text[:120]:
        m = _DATELINE_SLASH.match(text)
        if m is not None and m.group(1)[:1].isupper() and _story_follows(text, m.end()):
            agency = _is_agency_tag(m.group(2))
            if agency is not None:
                return CreditMatch(CreditKind.DATELINE, agency[0], agency[1], 0, m.end(), "credit.dateline")

    if not text.isascii() and _HAN.match(text):
        cjk = _cjk_credit(text, whole)
        if cjk is not None:
            return cjk

    # closing agency tag: "… sagte er. (dpa)"
    m = _SUFFIX_TAG.search(text[-40:])
    if m is not None and n_words > 3:
        inner = m.group(1)
        label = _LABEL.match(inner)  # "… berichtet. (Quelle: SWR)"
        if label is not None and label.group(1).casefold() in CREDIT_WORDS.source_labels:
            inner = label.group(2)
        agency = _is_agency_tag(inner)
        if agency is not None:
            offset = whole - len(text[-40:])
            return CreditMatch(CreditKind.AGENCY, agency[0], agency[1], offset + m.start() + 1, whole,
                               "credit.closing_tag")
    return None
