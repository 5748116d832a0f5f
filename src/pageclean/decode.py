"""Bytes → str: the encoding decision and its reason.

Order of precedence (the first that applies wins):

1. a byte-order mark (``bom``);
2. the HTTP ``Content-Type`` charset given in ``headers=`` (``http``), when the bytes decode with
   it — but a single-byte declaration loses to bytes that are valid UTF-8 with non-ASCII text
   (a UTF-8 page served as iso-8859-1);
3. a ``<meta charset>`` / ``http-equiv`` / XML declaration in the first 4 KiB (``meta``), under the
   same condition; a UTF-8 declaration (HTTP or meta) also stands when only a few bytes are broken
   (a CMS that cut a character in half), which are then replaced;
4. strict UTF-8 (``detected``);
5. charset-normalizer's best guess (``detected``);
6. UTF-8 with replacement characters (``fallback``).

Labels are mapped as browsers do (WHATWG): latin-1/ascii → cp1252, gb2312/gbk → gb18030,
shift_jis → cp932, and so on.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from .errors import NotHTMLError

__all__ = ["decode_bytes", "sniff_binary"]

_META = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_.-]{1,40})""")
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]{1,40})""", re.IGNORECASE)
_WHATWG = {
    "latin-1": "cp1252", "latin1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso_8859-1": "cp1252", "l1": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "iso-8859-9": "cp1254", "tis-620": "cp874",
    "iso-8859-11": "cp874", "utf8": "utf-8", "unicode": "utf-8",
}
_SINGLE_BYTE = frozenset({"cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859-2",
                          "iso8859-15", "koi8-r", "cp874", "mac-roman", "latin_1"})
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ\x00", "xz data"),
    (b"(\xb5/\xfd", "zstd data"), (b"OggS", "an Ogg file"), (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"), (b"wOF2", "a web font"), (b"\x7fELF", "an executable"),
)


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff_binary(data: bytes) -> None:
    """Raise NotHTMLError for bytes that are clearly not a page (images, PDFs, archives, binaries)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotHTMLError(f"input is {what}, not a web page")
    head = data[:1024]
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise NotHTMLError("input is a RIFF media file, not a web page")
    if not any(head.startswith(bom) for bom, _ in _BOMS):
        controls = sum(1 for b in head if b < 9 or 13 < b < 32)
        if head and controls / len(head) > 0.1:
            raise NotHTMLError("input looks binary (many control bytes), not a web page")


def _valid_utf8_nonascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: a page declared UTF-8 keeps it with at most this many broken byte sequences (or this share of
#: its non-ASCII characters, if more): a truncated character, not another encoding
_UTF8_MAX_BROKEN = 3
_UTF8_MAX_BROKEN_SHARE = 0.002


def _nearly_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with replacement, when only a few sequences are broken."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return text if broken <= max(_UTF8_MAX_BROKEN, _UTF8_MAX_BROKEN_SHARE * non_ascii) else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, headers: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """(text, encoding, source) for ``data``; see the module docstring for the order."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return text.lstrip("\ufeff"), codec.replace("-sig", ""), "bom"

    declared: list[tuple[str, str]] = []
    if headers:
        for key, value in headers.items():
            if key.lower() == "content-type":
                hm = _HTTP_CHARSET.search(value)
                if hm:
                    declared.append((hm.group(1), "http"))
    head = data[:4096]
    bm = _XML_DECL.match(head) or _META.search(head)
    if bm:
        declared.append((bm.group(1).decode("ascii", "replace"), "meta"))

    for label, source in declared:
        declared_codec = _codec(label)
        if declared_codec is None:
            continue
        codec = declared_codec
        if codec in _SINGLE_BYTE or codec == "cp1252":
            if _valid_utf8_nonascii(data):
                return data.decode("utf-8"), "utf-8", "detected"
        elif codec == "utf-16" or codec.startswith("utf-16") or codec.startswith("utf-32"):
            continue  # a page that parses as ASCII cannot really be UTF-16
        decoded = _try(data, codec)
        if decoded is None and codec == "utf-8":
            decoded = _nearly_utf8(data)
        if decoded is not None:
            return decoded, codec, source

    decoded = _try(data, "utf-8")
    if decoded is not None:
        return decoded, "utf-8", "detected"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - the detector is best-effort; we fall back below
        best = None
    guessed = _codec(best.encoding) if best is not None and best.encoding else None
    if guessed is not None:
        return data.decode(guessed, errors="replace"), guessed, "detected"
    return data.decode("utf-8", errors="replace"), "utf-8", "fallback"
