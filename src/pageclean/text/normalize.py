"""Whitespace and line-ending normalisation of input text (the only edits pageclean makes).

Takes a str, returns the str that becomes ``Page.text``:

1. a leading byte-order mark (U+FEFF) is dropped;
2. CRLF and lone CR become LF; the other line separators (U+0085, U+2028, U+2029, form feed,
   vertical tab) become LF too;
3. non-breaking and other fixed-width spaces (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F,
   U+3000) become an ordinary space.

Nothing else changes: no character is removed apart from the BOM, and the text keeps its length
otherwise except where CRLF became LF.
"""

from __future__ import annotations

__all__ = ["normalize_text"]

_TRANSLATION = {
    0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n",
    0xA0: " ", 0x1680: " ", 0x202F: " ", 0x205F: " ", 0x3000: " ",
    **dict.fromkeys(range(8192, 8203), " "),
}


def normalize_text(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_TRANSLATION)
