"""Unit rules of the text path: datelines, credits, sections, lines (docs/text-dumps.md)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.blocks import Block
from warta.fields import byline
from warta.fields.assemble import Taken, section_value
from warta.fields.byline import is_signature, parse_byline, split_trailing_credit
from warta.fields.comments import is_comment_marker
from warta.fields.dateline import read_dateline_line, split_dateline
from warta.lang import EN, ID, LanguageTable
from warta.text import classify, header
from warta.text.classify import is_label, is_title
from warta.text.lines import Line, split_lines
from warta.text.memo import forget, per_text

from .conftest import FIXTURES, SEED


@pytest.mark.parametrize(
    ("lead", "raw", "publisher", "place"),
    [
        (
            "LHOKSEUMAWE, KOMPAS.com – Penyidik",
            "LHOKSEUMAWE, KOMPAS.com –",
            "KOMPAS.com",
            "LHOKSEUMAWE",
        ),
        (
            "REPUBLIKA.CO.ID, JAKARTA -- Aktris",
            "REPUBLIKA.CO.ID, JAKARTA --",
            "REPUBLIKA.CO.ID",
            "JAKARTA",
        ),
        (
            "Bandarlampung, Lampung (ANTARA News) - Petugas",
            "Bandarlampung, Lampung (ANTARA News) -",
            "ANTARA News",
            "Bandarlampung, Lampung",
        ),
        ("PEKANBARU (RIAUPOS.CO)- Komisi", "PEKANBARU (RIAUPOS.CO)-", "RIAUPOS.CO", "PEKANBARU"),
        (
            "Gagasanriau.com Tembilahan – Asisten",
            "Gagasanriau.com Tembilahan –",
            "Gagasanriau.com",
            "Tembilahan",
        ),
        (
            "Gagasanriau.com Tembilahan-Sebagai",
            "Gagasanriau.com Tembilahan-",
            "Gagasanriau.com",
            "Tembilahan",
        ),
        ("VIVA.co.id - Pianis", "VIVA.co.id -", "VIVA.co.id", None),
        ("JAKARTA—PT Telekomunikasi", "JAKARTA—", None, "JAKARTA"),
        ("JAKARTA, KOMPAS — Polda", "JAKARTA, KOMPAS —", "KOMPAS", "JAKARTA"),
        (
            "KBRN, Jakarta: Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Senin pagi.",
            "KBRN, Jakarta:",
            "KBRN",
            "Jakarta",
        ),
        (
            "Liputan6.com, Jakarta London Love Story, film",
            "Liputan6.com, Jakarta",
            "Liputan6.com",
            "Jakarta",
        ),
    ],
)
def test_dateline_shapes(lead: str, raw: str, publisher: str | None, place: str | None) -> None:
    dateline, rest = split_dateline(lead, ID)
    assert dateline is not None
    assert (dateline.raw, dateline.publisher, dateline.place) == (raw, publisher, place)
    assert rest == lead[len(raw) :].lstrip()


@pytest.mark.parametrize(
    "lead",
    [
        "Liputan6.com, menemui duo produser film ini, di kantornya.",
        "Jokowi-Ahok bertemu di Balai Kota pada Senin pagi.",
        "Dia menjelaskan sebagian modus - katanya - menjaring mereka.",
        '"Saya bisa memastikan," ungkap Donna - ibu satu anak.',
        "DEPRESI jadi satu momok bagi kaum muda perkotaan.",
        "Ribut Sampah, Ahok Balik Gertak Yusril: Ngotot, Kami Ladeni!",
        "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?",
    ],
)
def test_not_datelines(lead: str) -> None:
    assert split_dateline(lead, ID)[0] is None


def test_dateline_with_a_date_keeps_the_date_out_of_the_place() -> None:
    dateline, _ = split_dateline(
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Turkish Airlines", ID
    )
    assert dateline is not None
    assert (dateline.place, dateline.publisher, dateline.date) == (
        "ISTANBUL",
        "Antara/PRNewswire",
        dt.date(2016, 2, 23),
    )


def test_standalone_dateline_line() -> None:
    dateline = read_dateline_line("Jakarta -", ID)
    assert dateline is not None and (dateline.place, dateline.publisher) == ("Jakarta", None)


@pytest.mark.parametrize(
    ("line", "people", "desk", "role"),
    [
        (
            "Penulis : Kontributor Lhokseumawe, Masriadi",
            ["Masriadi"],
            "Kontributor Lhokseumawe",
            "author",
        ),
        (
            "Pewarta: Budisantoso Budiman dan Agus S",
            ["Budisantoso Budiman", "Agus S"],
            None,
            "reporter",
        ),
        (
            "Rep: Rahma Sulistya/ Red: Karta Raharja Ucu",
            ["Rahma Sulistya", "Karta Raharja Ucu"],
            None,
            "reporter",
        ),
        ("Red: Yudha Manggala P Putra", ["Yudha Manggala P Putra"], None, "editor"),
        ("Oleh : Maya Sofia", ["Maya Sofia"], None, "author"),
        ("Oleh Desca Lidya Natalia", ["Desca Lidya Natalia"], None, "author"),
        ("By Corry Anestia", ["Corry Anestia"], None, "author"),
        ("Laporan: Dofi Iskandar", ["Dofi Iskandar"], None, "reporter"),
        (
            "Laporan Wartawan Tribun Medan, Jefri Susetio",
            ["Jefri Susetio"],
            "Tribun Medan",
            "reporter",
        ),
        ("Vidya Pinandhita - detikHealth", ["Vidya Pinandhita"], "detikHealth", "author"),
        ("Humas/Ragil Hadiwibowo", ["Ragil Hadiwibowo"], "Humas", "author"),
        ("Pewarta: prwir", [], "prwir", "reporter"),
        ("DINI TEJA", ["DINI TEJA"], None, "author"),
    ],
)
def test_credit_shapes(line: str, people: list[str], desk: str | None, role: str) -> None:
    byline = parse_byline(line, ID)
    assert byline is not None
    assert (byline.raw, byline.people, byline.desk, byline.role) == (line, people, desk, role)


@pytest.mark.parametrize(
    "line",
    [
        "Oleh karena itu, polisi menutup jalan.",
        "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?",
        "Sumber : Antara",
        "Penulis buku ini adalah wartawan senior.",
    ],
)
def test_not_credits(line: str) -> None:
    assert parse_byline(line, ID, bare_names=False) is None


def test_glued_credit_and_signature_leave_the_last_paragraph() -> None:
    rest, byline, signature = split_trailing_credit(
        "… pencapaian 100-0-100. Humas/Ragil Hadiwibowo", ID
    )
    assert rest == "… pencapaian 100-0-100." and byline is not None and byline.desk == "Humas"
    assert signature is None
    rest, byline, signature = split_trailing_credit("… dan Smartfren.(Cas/Isk)", ID)
    assert (rest, byline, signature) == ("… dan Smartfren.", None, "(Cas/Isk)")


@pytest.mark.parametrize(
    "code", ["(fyk/ash)", "(kpl/pur/tch)", "(Cas/Isk)", "(FHM)", "(*)", "(Bob/P-3)", "(R24/Hari)"]
)
def test_signatures(code: str) -> None:
    assert is_signature(code)


@pytest.mark.parametrize("text", ["(22)", "(Foto: Vania/Okezone)", "(kiri)."])
def test_not_signatures(text: str) -> None:
    assert not is_signature(text)


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("Tulis Komentar", True),
        ("0 komentar", True),
        ("0Komentar", True),
        ("0 Comments", True),
        ("KOMENTARI ARTIKEL INI", True),
        ("  • komentar", True),
        ("Komentar : 0", True),
        ("Komentar | Fans", False),
        ("Terkomentari", False),
        ("MOST COMMENTED", False),
    ],
)
def test_comment_markers(line: str, marker: bool) -> None:
    assert is_comment_marker(line, ID) is marker


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Home > News > Nasional", "Nasional"),
        ("HOME » SHOWBIZ » FILM INDONESIA", "FILM INDONESIA"),
        ("  • Regional", "Regional"),
        ("Riau |", "Riau"),
        ("Home", None),
        ("HomeNational", "HomeNational"),
    ],
)
def test_section_values(line: str, section: str | None) -> None:
    assert section_value(line, ID) == section


def test_taken_leaves_the_rest_of_a_block() -> None:
    block = Block(text="Kamis, 5 November 2015 14:56 WIB | 1.229 Views", index=3)
    taken = Taken()
    taken.add(3, "Kamis, 5 November 2015 14:56 WIB")
    assert taken.rest(block) == "| 1.229 Views"
    taken.add(3)
    assert taken.rest(block) == ""


def test_hard_wrapped_paragraphs_are_joined_and_headline_lists_are_not() -> None:
    wrapped = (
        "Turkish Airlines, maskapai yang terbang ke lebih banyak negara daripada maskapai\n"
        "lain di dunia, hari ini mengumumkan pembukaan rute baru dari Istanbul ke sejumlah\n"
        "kota di Asia Tenggara."
    )
    assert len(split_lines(wrapped)) == 1
    headlines = (
        "'HEART BEAT' buat Brandon Nicholas Salim Terjebak Cinta Segitiga\n"
        "'HEART BEAT' Bukan Hanya Sekedar Cerita Tentang Karir Girlgroup\n"
        "Beri Pujian Buat Blink, Fedi Nuril Kangen Tampil Bareng Garasi"
    )
    assert len(split_lines(headlines)) == 3


def test_english_credit_labels() -> None:
    byline = parse_byline("By Rendi A. Witular", EN)
    assert byline is not None and byline.people == ["Rendi A. Witular"]


def _fixture_dumps() -> list[str]:
    paths = [*sorted((FIXTURES / "text").glob("*.txt")), SEED]
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def _headline_trying_every_line(lines: list[Line], top: int, table: LanguageTable) -> int | None:
    """find_headline as first written: every title-shaped line scored, ties to the later one."""
    best: tuple[int, int] | None = None
    copies = Counter(line.text for line in lines[:top])
    for i in range(top):
        text = lines[i].text
        if lines[i].bullet or not is_title(text) or header._not_headline(text, table):
            continue
        if header.is_date_prefix(lines, i, table):
            continue
        score = 3 if header._dated_below(lines, i, top, table) else 0
        score += (2 if copies[text] > 1 else 0) + (2 if top - i <= header._NEAR_LEAD else 0)
        above = header.line_above(lines, i, table)
        if above is not None and is_label(lines[above].text):
            score += 1
        if best is None or score >= best[1]:
            best = (i, score)
    return best[0] if best is not None else None


def test_headline_search_that_skips_hopeless_lines_picks_the_same_line() -> None:
    for dump in _fixture_dumps():
        lines = split_lines(dump)
        for table in (ID, EN):
            forget()
            for top in {len(lines), len(lines) // 2, len(lines) // 4}:
                expected = _headline_trying_every_line(lines, top, table)
                assert header.find_headline(lines, top, table) == expected


@settings(max_examples=300, deadline=2000)
@given(
    st.lists(
        st.sampled_from(["Budi", "SANTOSO", "de", "-", "–", "/", "Humas", "kata", "1", "x.", "  "]),
        max_size=9,
    ).map(" ".join)
)
def test_parse_byline_early_exit_only_skips_lines_no_shape_fits(text: str) -> None:
    """When no dash, slash or short name is there, every unlabelled shape fails anyway."""
    text = text.strip()
    for bare_names in (True, False):
        if byline._may_be_unlabelled(text, bare_names):
            continue
        assert byline._DASH_DESK.match(text) is None
        assert byline._SLASH.match(text) is None
        assert not (bare_names and byline._name_like(text, ID) and len(text.split()) >= 2)


def test_remembered_answers_follow_the_table_asked() -> None:
    code_of = per_text(lambda text, table: table.code)
    forget()
    assert [code_of("Baca juga", t) for t in (ID, EN, ID, ID, EN)] == ["id", "en", "id", "id", "en"]


@settings(max_examples=300, deadline=2000)
@given(
    st.lists(
        st.sampled_from(
            ["5", "12", "2015", "/", " ", "November", "Feb", "Rabu,", ".", ",", "16,", "WIB", "x"]
        ),
        max_size=10,
    ).map("".join)
)
def test_date_line_digit_test_only_skips_lines_without_a_date(text: str) -> None:
    """Every date shape holds a year or digits around a slash: the lines left out have none."""
    for table in (ID, EN):
        if classify._DATE_DIGITS.search(text) is None:
            assert classify._date_pattern(table).search(text) is None, text
