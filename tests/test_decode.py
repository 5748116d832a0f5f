"""The encoding decision, in its stated order."""

from __future__ import annotations

import codecs

from pageclean.decode import decode_bytes


def test_bom_wins() -> None:
    text, enc, why = decode_bytes(codecs.BOM_UTF8 + "<meta charset='iso-8859-1'>é".encode())
    assert (enc, why) == ("utf-8", "bom") and text.endswith("é")


def test_http_charset() -> None:
    text, enc, why = decode_bytes("<p>Привет</p>".encode("cp1251"), {"Content-Type": "text/html; charset=windows-1251"})
    assert (enc, why) == ("cp1251", "http") and "Привет" in text


def test_meta_charset() -> None:
    text, enc, why = decode_bytes("<meta charset='koi8-r'><p>Привет</p>".encode("koi8-r"))
    assert (enc, why) == ("koi8-r", "meta") and "Привет" in text


def test_utf8_page_that_says_latin1_comes_out_readable() -> None:
    text, enc, why = decode_bytes("<meta charset='iso-8859-1'><p>Grüße aus Köln</p>".encode())
    assert enc == "utf-8" and "Grüße aus Köln" in text and why == "detected"


def test_gb2312_page_with_an_english_head() -> None:
    head = "<html><head><title>News</title><meta charset='gb2312'></head>"
    text, enc, _why = decode_bytes(
        (head + "<body><p>中华人民共和国国务院新闻办公室</p></body></html>").encode("gb2312")
    )
    assert enc == "gb18030" and "中华人民共和国" in text


def test_undeclared_legacy_bytes_are_detected() -> None:
    data = ("<p>" + "Ärger über Straßenbahn und Gebühren in München. " * 20 + "</p>").encode("cp1252")
    text, _, why = decode_bytes(data)
    assert why == "detected" and "Straßenbahn" in text


def test_fallback_never_raises() -> None:
    text, enc, _ = decode_bytes(b"\xff\xfe\xfd" * 3 + b"abc")
    assert isinstance(text, str) and enc


def test_a_utf8_page_with_one_cut_character_keeps_its_declared_encoding() -> None:
    """A CMS that truncated a teaser in the middle of a character leaves one broken sequence; the
    rest of the page is UTF-8 as declared, and must not be read as a legacy code page."""
    body = "<p>" + "Sprzeciw wobec ataków na Fundację Lux Veritatis. Gruß aus Köln. " * 40 + "</p>"
    data = ("<meta charset='utf-8'>" + body).encode() + b"<p>paczek papieros\xc3...</p>"
    text, enc, why = decode_bytes(data)
    assert (enc, why) == ("utf-8", "meta")
    assert "ataków na Fundację" in text and text.count("\ufffd") == 1


def test_a_page_declared_utf8_but_written_in_a_legacy_code_page_is_still_detected() -> None:
    prose = "Ärger über Straßenbahn und Gebühren in München. " * 20
    data = f"<meta charset='utf-8'><p>{prose}</p>".encode("cp1252")
    text, _, why = decode_bytes(data)
    assert why == "detected" and "Straßenbahn" in text
