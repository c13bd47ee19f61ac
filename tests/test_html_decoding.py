"""Decoding HTML pages: BOM, HTTP and markup declarations, lying and missing declarations.

``Article.source.encoding`` must name what was used, and the text must come
out right whichever evidence decided it. Synthetic pages carry the same
non-ASCII text (curly quotes, é) in each encoding; two real pages cover the
portals' cases (a declaration that lies, no declaration at all).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import warta
from warta.model import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
URL = "https://contoh.com/read/2024/01/02/judul"
LEAD = "“Kami siap,” kata Budi di café itu."
FILLER = (
    "Pemerintah kota itu meresmikan program baru untuk warga pada pekan ini. Program tersebut "
    "mencakup bantuan pendidikan, kesehatan dan perumahan bagi keluarga yang membutuhkan."
)


def page(head: str = "", lead: str = LEAD) -> str:
    return (
        f"<html><head>{head}<title>Judul Berita Contoh</title></head><body><article>"
        f"<h1>Judul Berita Tentang Café</h1><p>{lead} {FILLER}</p><p>{FILLER} Dua.</p>"
        f"<p>{FILLER} Tiga.</p></article></body></html>"
    )


def parse(data: bytes, **kwargs: str) -> Article:
    return warta.parse_html(data, url=URL, **kwargs)


def assert_text_intact(article: Article, lead: str = LEAD) -> None:
    assert article.body[0].text.startswith(lead)
    assert article.headline == "Judul Berita Tentang Café"


def test_utf8_bom() -> None:
    article = parse(codecs.BOM_UTF8 + page().encode("utf-8"))
    assert article.source.encoding == "utf-8"
    assert_text_intact(article)


def test_utf16_bom() -> None:
    article = parse(page().encode("utf-16"))
    assert article.source.encoding == "utf-16"
    assert_text_intact(article)


def test_http_equiv_declaration() -> None:
    head = "<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
    article = parse(page(head).encode("cp1252"))
    assert article.source.encoding == "cp1252"
    assert_text_intact(article)


def test_meta_charset_declaration() -> None:
    # HTML treats the iso-8859-1 label as windows-1252, a superset.
    lead = '"Kami siap," kata Budi di café itu.'
    article = parse(page("<meta charset='iso-8859-1'>", lead).encode("latin-1"))
    assert article.source.encoding in ("cp1252", "iso8859-1", "latin-1")
    assert_text_intact(article, lead)


def test_wrong_declaration_is_overruled_by_valid_utf8() -> None:
    article = parse(page("<meta charset='iso-8859-1'>").encode("utf-8"))
    assert article.source.encoding == "utf-8"
    assert any(w.code == "encoding.declaration_overruled" for w in article.warnings)
    assert_text_intact(article)


def test_missing_declaration_utf8() -> None:
    article = parse(page().encode("utf-8"))
    assert article.source.encoding == "utf-8"
    assert not any(w.code.startswith("encoding.") for w in article.warnings)
    assert_text_intact(article)


def test_windows_1252_without_declaration() -> None:
    data = page().encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the case is real: the bytes are not UTF-8
    article = parse(data)
    assert article.source.encoding == "cp1252"
    assert_text_intact(article)


def test_str_input_needs_no_decoding() -> None:
    article = warta.parse_html(page("<meta charset='iso-8859-1'>"), url=URL)
    assert article.source.encoding == "utf-8"
    assert_text_intact(article)


def test_kapanlagi_declares_latin1_but_is_utf8() -> None:
    path = FIXTURES / "kapanlagi-singlepage.html"
    data = path.read_bytes()
    assert b"charset=iso-8859-1" in data.lower()
    article = warta.parse_html(data, source=path.name)
    assert article.source.encoding == "utf-8"
    assert any(w.code == "encoding.declaration_overruled" for w in article.warnings)
    everything = " ".join([article.text, *(r.text for r in article.boilerplate)])
    assert "©KapanLagi.com®" in everything
    assert "Â©" not in everything


def test_tempo_english_has_no_declaration_and_is_utf8() -> None:
    path = FIXTURES / "tempo-english-singlepage.html"
    article = warta.parse_html(path.read_bytes(), source=path.name)
    assert article.source.encoding == "utf-8"
    everything = " ".join([article.text, *(r.text for r in article.boilerplate)])
    assert "Sauli Väinämö Niinistö" in everything  # a sidebar photo caption


@pytest.mark.parametrize(
    "text",
    [
        "Teks biasa\u00a0dengan spasi tak putus. " * 50,  # many C2 bytes, no control
        "Teks\x00 dengan kontrol yang biasa saja " * 20,  # a few controls: removed
        "ab\u0085" * 5000,  # C1 controls: binary
        "x" * 70000 + "\x01" * 20000,  # controls past the sample only
        "",
    ],
)
def test_utf8_shortcut_matches_the_two_steps(text: str) -> None:
    """Bytes read as UTF-8 share one control count between the binary check and normalisation."""
    from warta import decode as dec
    from warta.errors import UndecodableError

    data = text.encode("utf-8")

    def steps() -> object:
        decoded = dec.decode(data)
        try:
            dec.reject_binary_text(decoded.text)
        except UndecodableError as exc:
            return str(exc)
        notices = list(decoded.notices)
        return dec.normalize(decoded.text, notices), [n.code for n in notices]

    try:
        got: object = dec.decode_input(data, None)
    except UndecodableError as exc:
        got = str(exc)
    else:
        assert isinstance(got, dec.Decoded)
        assert got.utf8() == got.text.encode("utf-8")
        got = got.text, [n.code for n in got.notices]
    assert got == steps()
