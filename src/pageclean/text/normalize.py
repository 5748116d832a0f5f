"""Whitespace and line-ending normalisation of input text (the only edits pageclean makes).

Takes a str, returns the str that becomes ``Page.text``:

1. a byte-order mark (U+FEFF) is dropped, at the start or anywhere else (see 4);
2. CRLF and lone CR become LF; the other line separators (U+0085, U+2028, U+2029, form feed,
   vertical tab) become LF too;
3. non-breaking and other fixed-width spaces (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F,
   U+3000) become an ordinary space;
4. invisible break hints are dropped: the soft hyphen (U+00AD), the zero-width space (U+200B),
   the word joiner (U+2060) and the zero-width no-break space (U+FEFF). A page that
   hyphenates for layout ("Baro\u00adlo") reads as the words a reader sees ("Barolo"), so a search,
   a tokenizer or a snippet match finds them. The joiners that change how a script renders
   (U+200C, U+200D: Persian, Indic scripts, emoji sequences) and direction marks stay;
5. the text is put in Unicode normal form C (NFC), the form most text is written and searched in:
   a letter and its combining mark become one character where Unicode composes them ("e" + U+0301
   → "é"), and a Bengali or Devanagari nukta letter is written one way whichever way the page
   spelled it. A tokenizer, a search or a deduplication step then sees one spelling per word.

Nothing else changes: no other character is removed, and the text keeps its length otherwise
except where CRLF became LF or NFC composed a character.
"""

from __future__ import annotations

import unicodedata

__all__ = ["DROPPED", "normalize_text"]

#: the invisible break hints normalisation drops (item 4 above)
DROPPED = "\u00ad\u200b\u2060\ufeff"

_TRANSLATION = {
    0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n",
    0xA0: " ", 0x1680: " ", 0x202F: " ", 0x205F: " ", 0x3000: " ",
    **dict.fromkeys(range(8192, 8203), " "),
    **dict.fromkeys(map(ord, DROPPED)),
}


def normalize_text(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TRANSLATION)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
