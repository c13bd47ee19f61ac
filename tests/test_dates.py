"""The one date grammar: date lines, in-body dates, metadata, warnings, spans."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.fields import dates
from warta.fields.date_grammar import grammar_for, may_hold_weekday
from warta.lang import EN, ID, TABLES
from warta.model import Notice

WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))


def _line(text: str, table=ID) -> tuple[dates.DateReading | None, list[Notice]]:
    notices: list[Notice] = []
    return dates.parse_date_line(text, table, notices=notices), notices


# ------------------------------------------------------------- date lines

DATE_LINES = [
    # (line as printed, expected value, expected raw)
    ("Rabu, 4 November 2015 | 21:04 WIB", dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB), None),
    ("Minggu, 4 April 2021 | 12:27 WIB", dt.datetime(2021, 4, 4, 12, 27, tzinfo=WIB), None),
    (
        "Kompas.com - 02/11/2023, 21:34 WIB",
        dt.datetime(2023, 11, 2, 21, 34, tzinfo=WIB),
        "02/11/2023, 21:34 WIB",
    ),
    ("Kamis, 05/11/2015 10:08 WIB", dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB), None),
    ("Sabtu, 31/10/2015 13:28 WIB WIB", dt.datetime(2015, 10, 31, 13, 28, tzinfo=WIB), None),
    ("Kamis, 02 Nov 2023 20:59 WIB", dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB), None),
    (
        "Kamis, 5 November 2015 14:56 WIB | 1.229 Views",
        dt.datetime(2015, 11, 5, 14, 56, tzinfo=WIB),
        "Kamis, 5 November 2015 14:56 WIB",
    ),
    ("Kamis, 5 November 2015 - 15:56 wib", dt.datetime(2015, 11, 5, 15, 56, tzinfo=WIB), None),
    (
        "Vania Ika Aldida | Jum'at, 17 Februari 2017 - 13:30 wib",
        dt.datetime(2017, 2, 17, 13, 30, tzinfo=WIB),
        "Jum'at, 17 Februari 2017 - 13:30 wib",
    ),
    (
        "Jum\u2019at, 17 Februari 2017 - 13:30 WIB",
        dt.datetime(2017, 2, 17, 13, 30, tzinfo=WIB),
        None,
    ),
    ("Kamis, 05 November 2015 | 11:13 WIB", dt.datetime(2015, 11, 5, 11, 13, tzinfo=WIB), None),
    ("19 Desember 1987 | 00.00 WIB", dt.date(1987, 12, 19), None),
    ("Senin, 15 Februari 2016, 16:15 WIB", dt.datetime(2016, 2, 15, 16, 15, tzinfo=WIB), None),
    ("Jumat , 17 February 2017, 13:16 WIB", dt.datetime(2017, 2, 17, 13, 16, tzinfo=WIB), None),
    ("Rabu 06 Sep 2017 22:40 WIB", dt.datetime(2017, 9, 6, 22, 40, tzinfo=WIB), None),
    ("Selasa 27 Sep 2022 21:15 WIB", dt.datetime(2022, 9, 27, 21, 15, tzinfo=WIB), None),
    ("Selasa, 16 Februari 2016 | 13:01 WIB", dt.datetime(2016, 2, 16, 13, 1, tzinfo=WIB), None),
    (
        "Kamis, 05 November 2015 11:52 |",
        dt.datetime(2015, 11, 5, 11, 52, tzinfo=WIB),
        "Kamis, 05 November 2015 11:52",
    ),
    (
        "on 16 Feb 2016 at 09:10 WIB",
        dt.datetime(2016, 2, 16, 9, 10, tzinfo=WIB),
        "16 Feb 2016 at 09:10 WIB",
    ),
    (
        "Riau | Rabu, 09 Desember 2015 - 09:52 WIB",
        dt.datetime(2015, 12, 9, 9, 52, tzinfo=WIB),
        "Rabu, 09 Desember 2015 - 09:52 WIB",
    ),
    ("Kamis, 21 Maret 2013 – 20:02 WIB", dt.datetime(2013, 3, 21, 20, 2, tzinfo=WIB), None),
    ("Kamis, 7 Juni 2018 06:43", dt.datetime(2018, 6, 7, 6, 43, tzinfo=WIB), None),
    ("29/9/2025 15:32", dt.datetime(2025, 9, 29, 15, 32, tzinfo=WIB), None),
    (
        "Dahari 19 Oct 2019, 20:49",
        dt.datetime(2019, 10, 19, 20, 49, tzinfo=WIB),
        "19 Oct 2019, 20:49",
    ),
    ("02 January 2023 13:33", dt.datetime(2023, 1, 2, 13, 33, tzinfo=WIB), None),
    ("Selasa, 23/02/2016 16:00 WITA", dt.datetime(2016, 2, 23, 16, 0, tzinfo=WITA), None),
    ("Selasa, 23/02/2016 16:00 WIT", dt.datetime(2016, 2, 23, 16, 0, tzinfo=WIT), None),
    ("Senin, 12 Agu 2022 10:15 Wita", dt.datetime(2022, 8, 12, 10, 15, tzinfo=WITA), None),
    ("Senin, 12 Agt. 2022", dt.date(2022, 8, 12), None),
    ("Kamis, 3 Sept 2015", dt.date(2015, 9, 3), None),
    ("Ahad, 25 Agustus 2019", dt.date(2019, 8, 25), None),
    ("Selasa, 3 Nopember 2015", dt.date(2015, 11, 3), None),
    ("Senin, 1 Pebruari 2016", dt.date(2016, 2, 1), None),
    ("Kamis, 02 November 2023 / 20:59 WIB", dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB), None),
    ("Kamis, 02 Nov 2023 \u2022 20:59 WIB", dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB), None),
    ("Kamis, 2 November 2023, Pukul 20.59 WIB", dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB), None),
    (
        "Diterbitkan 2023-11-02 20:59 WIB",
        dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB),
        "2023-11-02 20:59 WIB",
    ),
    ("2023/11/02", dt.date(2023, 11, 2), None),
    ("Kamis, 02-11-2023 20:59", dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB), None),
]


@pytest.mark.parametrize(("line", "value", "raw"), DATE_LINES)
def test_indonesian_date_lines(line: str, value: dt.date, raw: str | None) -> None:
    reading, notices = _line(line)
    assert reading is not None
    assert reading.value == value
    assert type(reading.value) is type(value)
    assert reading.raw == (raw or line)
    assert line[reading.start : reading.end] == reading.raw
    assert not [n for n in notices if n.code == "date.impossible"]


ENGLISH_LINES = [
    (
        "Wednesday, 04 November, 2015 | 07:28 WIB",
        dt.datetime(2015, 11, 4, 7, 28, tzinfo=WIB),
        "Wednesday, 04 November, 2015 | 07:28 WIB",
    ),
    (
        "Jakarta | Wed, November 25, 2015 | 06:24 pm",
        dt.datetime(2015, 11, 25, 18, 24, tzinfo=WIB),
        "Wed, November 25, 2015 | 06:24 pm",
    ),
    ("Thu, November 19, 2015", dt.date(2015, 11, 19), "Thu, November 19, 2015"),
    ("Monday, January 2, 2023 12:05 am", dt.datetime(2023, 1, 2, 0, 5, tzinfo=WIB), None),
    ("Oct 18, 2018 10:00 GMT", dt.datetime(2018, 10, 18, 10, 0, tzinfo=dt.timezone.utc), None),
    (
        "Updated 3:45 PM EST, Tue November 19, 2019",
        dt.datetime(2019, 11, 19, 15, 45, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        "3:45 PM EST, Tue November 19, 2019",
    ),
    ("20:59 WIB, 02 Nov 2023", dt.datetime(2023, 11, 2, 20, 59, tzinfo=WIB), None),
]


@pytest.mark.parametrize(("line", "value", "raw"), ENGLISH_LINES)
@pytest.mark.parametrize("table", [EN, ID], ids=["en", "id"])
def test_english_date_lines(line: str, value: dt.date, raw: str | None, table) -> None:
    reading, _ = _line(line, table)
    assert reading is not None
    assert reading.value == value
    assert reading.raw == (raw or line)


def test_date_line_reports_zone_and_time() -> None:
    reading, _ = _line("Jumat, 6 November 2015 08:45 WITA")
    assert reading is not None
    assert reading.zone == "WITA"
    assert reading.utc_offset == "+08:00"
    assert reading.time == dt.time(8, 45)


@pytest.mark.parametrize(
    "line",
    ["Terpopuler", "1.229 Views", "Minggu lalu harga naik", "versi 2.15 dirilis", "", "Selasa"],
)
def test_lines_without_a_date(line: str) -> None:
    assert _line(line)[0] is None


def test_date_line_needs_a_year() -> None:
    assert _line("Rabu (4/11) 10:00 WIB")[0] is None


# ----------------------------------------------------------- body: the lead


def test_seed_lead_gives_published_date_and_weekday_warning() -> None:
    lead = (
        "Gagasanriau.com Tembilahan – Asisten III Sekretariat Daerah Kabupaten Indragiri Hilir "
        "membuka Loka Karya di aula Kantor Bappeda Kabupaten Inhil, Selasa (2/9/2015). Kegiatan"
    )
    notices: list[Notice] = []
    reading = dates.first_body_date(lead, ID, notices=notices)
    assert reading is not None
    assert reading.value == dt.date(2015, 9, 2)
    assert reading.raw == "Selasa (2/9/2015)"
    assert lead[reading.start : reading.end] == reading.raw
    mismatch = [n for n in notices if n.code == "date.weekday_mismatch"]
    assert len(mismatch) == 1
    assert "Selasa" in mismatch[0].message and "Rabu" in mismatch[0].message


@pytest.mark.parametrize(
    ("lead", "value", "raw"),
    [
        (
            "JAKARTA - Menteri itu, Rabu, 4 November 2015, berkata",
            dt.date(2015, 11, 4),
            "Rabu, 4 November 2015",
        ),
        ("Polisi, Kamis (02/11/2023), menangkap", dt.date(2023, 11, 2), "Kamis (02/11/2023)"),
        ("Di sana (Selasa, 06/09/2022) warga", dt.date(2022, 9, 6), "(Selasa, 06/09/2022)"),
        ("Senin (13/04/2020) pagi", dt.date(2020, 4, 13), "Senin (13/04/2020)"),
        ("Kamis (23/11/2017, pukul 22.00 WIB, puluhan", dt.date(2017, 11, 23), "Kamis (23/11/2017"),
        ("pada Ahad (25/8/2019) lalu", dt.date(2019, 8, 25), "Ahad (25/8/2019)"),
        ("Selasa 17 April 2018 lalu", dt.date(2018, 4, 17), "Selasa 17 April 2018"),
    ],
)
def test_first_body_date_forms(lead: str, value: dt.date, raw: str) -> None:
    reading = dates.first_body_date(lead, ID, notices=[])
    assert reading is not None
    assert (reading.value, reading.raw) == (value, raw)


@pytest.mark.parametrize(
    "lead",
    [
        "Ia ditangkap pada 11 Juli 2015 di rumahnya.",  # history, no weekday
        "Rapat digelar Rabu (4/11) di Jakarta.",  # no year, nothing to borrow it from
        "Harga naik 3/4 persen minggu (5/11/2015) lalu.",  # lowercase 'minggu' is 'week'
    ],
)
def test_first_body_date_refuses(lead: str) -> None:
    assert dates.first_body_date(lead, ID, notices=[]) is None


# --------------------------------------------------------- body: mentions


def _mentions(paragraphs: list[str], reference: dt.date | None, table=ID):
    notices: list[Notice] = []
    found = dates.find_dated_mentions(paragraphs, table, reference=reference, notices=notices)
    for m in found:
        assert paragraphs[m.paragraph][m.span[0] : m.span[1]] == m.raw
    return found, notices


def test_mention_without_year_takes_it_from_publication() -> None:
    found, _ = _mentions(["Rapat digelar Rabu (4/11) di Jakarta."], dt.date(2015, 11, 5))
    assert [(m.raw, m.value) for m in found] == [("Rabu (4/11)", dt.date(2015, 11, 4))]


def test_year_is_the_nearest_on_or_before_publication() -> None:
    found, _ = _mentions(["Pesta, Kamis (31/12) malam."], dt.date(2016, 1, 2))
    assert found[0].value == dt.date(2015, 12, 31)
    found, _ = _mentions(["Akan digelar Sabtu (9/1)."], dt.date(2016, 1, 5))
    assert found[0].value == dt.date(2016, 1, 9)  # a few days after publication


def test_mention_with_time_and_zone() -> None:
    found, _ = _mentions(
        ["Gempa terjadi Jumat (6/11) pukul 08.45 WITA di Lombok."], dt.date(2015, 11, 6)
    )
    (m,) = found
    assert m.raw == "Jumat (6/11) pukul 08.45 WITA"
    assert (m.value, m.time, m.utc_offset) == (dt.date(2015, 11, 6), dt.time(8, 45), "+08:00")


def test_day_part_turns_time_to_24_hours() -> None:
    found, _ = _mentions(["Selasa (1/12) malam pukul 08.30 WIB"], dt.date(2015, 12, 2))
    assert found[0].time == dt.time(20, 30)


def test_decimal_number_after_date_is_not_a_time() -> None:
    found, _ = _mentions(["Senin (2/11/2015) 2.49 persen naik."], None)
    assert found[0].time is None and found[0].raw == "Senin (2/11/2015)"


def test_mention_forms() -> None:
    paragraph = (
        "Mereka (15/10/2021 ) datang; (Selasa, 06/09/2022) lalu; Minggu (10/2) dinihari; "
        "Rabu, 4 November 2015, dan pada 23 Maret lalu serta Senin, 15 Februari 2016."
    )
    found, _ = _mentions([paragraph], dt.date(2016, 2, 16))
    assert [(m.raw, m.value) for m in found] == [
        ("(15/10/2021 )", dt.date(2021, 10, 15)),
        ("(Selasa, 06/09/2022)", dt.date(2022, 9, 6)),
        ("Minggu (10/2)", dt.date(2016, 2, 10)),
        ("Rabu, 4 November 2015", dt.date(2015, 11, 4)),
        ("23 Maret", dt.date(2015, 3, 23)),
        ("Senin, 15 Februari 2016", dt.date(2016, 2, 15)),
    ]


def test_future_word_points_forward() -> None:
    found, _ = _mentions(
        ["Pilkada digelar pada 9 Desember mendatang, rapat pada Kamis depan."], dt.date(2020, 10, 1)
    )
    assert [(m.raw, m.value) for m in found] == [
        ("9 Desember", dt.date(2020, 12, 9)),
        ("Kamis", dt.date(2020, 10, 8)),
    ]


def test_bare_weekday_is_latest_such_day() -> None:
    found, _ = _mentions(
        ["Eka, saat dihubungi dari Mataram, Kamis, mengatakan itu."], dt.date(2015, 11, 5)
    )
    assert [(m.raw, m.value) for m in found] == [("Kamis", dt.date(2015, 11, 5))]


def test_minggu_as_week_is_not_a_date() -> None:
    found, _ = _mentions(["Dua minggu lalu harga naik, Minggu depan turun."], dt.date(2015, 11, 5))
    assert found == []


def test_fractions_and_scores_are_not_dates() -> None:
    found, _ = _mentions(["Skor 3/1 dan harga 1/2 kilo, naik 2,49 persen."], dt.date(2015, 11, 5))
    assert found == []


def test_spans_across_paragraphs() -> None:
    paragraphs = [
        "Tanpa tanggal.",
        "Kamis (5/11/2015) pagi.",
        "Lalu Jumat (6/11) dan Sabtu (7/11).",
    ]
    found, _ = _mentions(paragraphs, dt.date(2015, 11, 7))
    assert [(m.paragraph, m.span) for m in found] == [(1, (0, 17)), (2, (5, 17)), (2, (22, 34))]


# -------------------------------------------------------------- warnings


def test_three_digit_year_borrows_publication_year() -> None:
    found, notices = _mentions(["Kapolres, Rabu (4/11/205), mengatakan"], dt.date(2015, 11, 4))
    assert found[0].value == dt.date(2015, 11, 4)
    assert [n.code for n in notices] == ["date.year_typo"]


def test_three_digit_year_far_from_publication_gives_no_value() -> None:
    found, notices = _mentions(["Rabu (4/6/205)"], dt.date(2015, 11, 4))
    assert found[0].value is None
    assert [n.code for n in notices] == ["date.year_typo"]


def test_month_first_in_indonesian_is_a_warning_not_a_value() -> None:
    found, notices = _mentions(["Sabtu (9/19/2020) lalu"], dt.date(2020, 9, 20))
    assert found[0].value is None
    assert [n.code for n in notices] == ["date.impossible"]


@pytest.mark.parametrize("raw", ["(32/1/2015)", "(30/2/2016)", "(12/13/2015)", "32 Januari 2015"])
def test_impossible_dates(raw: str) -> None:
    found, notices = _mentions([f"Pada Senin {raw} itu"], dt.date(2015, 11, 4))
    assert all(m.value is None for m in found)
    assert "date.impossible" in [n.code for n in notices]


def test_weekday_mismatch_kompas_2024() -> None:
    notices: list[Notice] = []
    reading = dates.first_body_date("Jakarta, Jumat (27/01/2024).", ID, notices=notices)
    assert reading is not None and reading.value == dt.date(2024, 1, 27)
    assert "Sabtu" in notices[0].message


def test_first_body_date_reports_only_its_own_warnings() -> None:
    notices: list[Notice] = []
    lead = "Kapolres, Rabu (4/11/205), mengatakan, Kamis (5/11/2015) lalu"
    reading = dates.first_body_date(lead, ID, notices=notices)
    assert reading is not None and reading.raw == "Kamis (5/11/2015)"
    assert notices == []


def test_weekday_mismatch_names_a_fitting_neighbour_year() -> None:
    notices: list[Notice] = []
    dates.first_body_date("Jakarta, Senin (18/5/2019).", ID, notices=notices)
    assert notices[0].message.endswith("(the same day in 2020 was a Senin)")


def test_weekday_mismatch_is_reported_once() -> None:
    notices: list[Notice] = []
    lead = "di Inhil, Selasa (2/9/2015). Kegiatan"
    dates.first_body_date(lead, ID, notices=notices)
    dates.find_dated_mentions([lead], ID, reference=dt.date(2015, 9, 2), notices=notices)
    assert [n.code for n in notices] == ["date.weekday_mismatch"]


# -------------------------------------------------------------- English


def test_english_numeric_order_decided_by_weekday_and_validity() -> None:
    found, _ = _mentions(
        ["on Monday (08/07) and Monday (26/06), Tuesday (28/10/03), Sunday (9/20/2020)"],
        dt.date(2023, 8, 8),
        EN,
    )
    assert [m.value for m in found] == [
        dt.date(2023, 8, 7),
        dt.date(2023, 6, 26),
        dt.date(2003, 10, 28),
        dt.date(2020, 9, 20),
    ]


def test_english_spelled_forms() -> None:
    found, _ = _mentions(
        ["He said on Thursday, June 14, 2018 and again on Aug. 18 and Tuesday (November 3)."],
        dt.date(2018, 11, 5),
        EN,
    )
    assert [(m.raw, m.value) for m in found] == [
        ("Thursday, June 14, 2018", dt.date(2018, 6, 14)),
        ("Aug. 18", dt.date(2018, 8, 18)),
        ("Tuesday (November 3)", dt.date(2018, 11, 3)),
    ]


# ------------------------------------------------------------- find_date


@pytest.mark.parametrize(
    ("text", "reference", "value", "raw"),
    [
        ("Mataram, 7/12 (Antara) - Gubernur", dt.date(2015, 12, 8), dt.date(2015, 12, 7), "7/12"),
        (
            "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --",
            None,
            dt.date(2016, 2, 23),
            "23 Februari 2016",
        ),
        ("Jakarta, 6/11/2022 (ANTARA) - ", None, dt.date(2022, 11, 6), "6/11/2022"),
    ],
)
def test_find_date_in_datelines(text: str, reference, value: dt.date, raw: str) -> None:
    reading = dates.find_date(text, ID, reference=reference, notices=[])
    assert reading is not None
    assert (reading.value, reading.raw) == (value, raw)


def test_find_date_english_dateline() -> None:
    reading = dates.find_date(
        "Jakarta, Feb 24 (ANTARA) - Two", EN, reference=dt.date(2011, 2, 24), notices=[]
    )
    assert reading is not None and reading.value == dt.date(2011, 2, 24)


# -------------------------------------------------------------- metadata


def _iso(value: str, now: dt.datetime | None = None):
    notices: list[Notice] = []
    return dates.parse_iso_datetime(value, notices=notices), [n.code for n in notices]


@pytest.mark.parametrize(
    ("value", "expected", "codes"),
    [
        ("2023-11-02T20:59:53+07:00", dt.datetime(2023, 11, 2, 20, 59, 53, tzinfo=WIB), []),
        ("2023-11-02T14:34:19+00:00", dt.datetime(2023, 11, 2, 21, 34, 19, tzinfo=WIB), []),
        ("2016-02-16T02:10:56Z", dt.datetime(2016, 2, 16, 9, 10, 56, tzinfo=WIB), []),
        ("2023-11-02 21:34:19", dt.datetime(2023, 11, 2, 21, 34, 19, tzinfo=WIB), []),
        ("2016-02-16 09:10:56", dt.datetime(2016, 2, 16, 9, 10, 56, tzinfo=WIB), []),
        ("2023/11/02 20:59:53", dt.datetime(2023, 11, 2, 20, 59, 53, tzinfo=WIB), []),
        (
            "2023-11-02T20-59-53Z",
            dt.datetime(2023, 11, 2, 20, 59, 53, tzinfo=WIB),
            ["date.untrusted_utc"],
        ),
        (
            "2016-02-23 T16:00:20Z",
            dt.datetime(2016, 2, 23, 16, 0, 20, tzinfo=WIB),
            ["date.untrusted_utc"],
        ),
        ("1698933593000", dt.datetime(2023, 11, 2, 20, 59, 53, tzinfo=WIB), []),
        ("1698933593", dt.datetime(2023, 11, 2, 20, 59, 53, tzinfo=WIB), []),
        ("2016-02-16", dt.date(2016, 2, 16), []),
        (
            "2015-11-05T14:56:43.123+0700",
            dt.datetime(2015, 11, 5, 14, 56, 43, 123000, tzinfo=WIB),
            [],
        ),
        ("Wed, 25 Nov 2015 06:24:00 +0700", dt.datetime(2015, 11, 25, 6, 24, tzinfo=WIB), []),
        ("Selasa, 16 Februari 2016 | 13:01 WIB", dt.datetime(2016, 2, 16, 13, 1, tzinfo=WIB), []),
        ("20191119", dt.date(2019, 11, 19), []),
        (
            "2014-07-13T20:07:27.8200000",
            dt.datetime(2014, 7, 13, 20, 7, 27, 820000, tzinfo=WIB),
            [],
        ),
        ("2019-11-19 21:57:00 -0800", dt.datetime(2019, 11, 20, 12, 57, tzinfo=WIB), []),
        ("Tue Nov 19 2019 05:44:06 GMT+0000", dt.datetime(2019, 11, 19, 12, 44, 6, tzinfo=WIB), []),
        ("November 19, 2019, 07:47 PM EST", dt.datetime(2019, 11, 20, 7, 47, tzinfo=WIB), []),
        ("Tuesday, November 19, 2019, 06:51 AM", dt.datetime(2019, 11, 19, 6, 51, tzinfo=WIB), []),
    ],
)
def test_metadata_values(value: str, expected: dt.date, codes: list[str]) -> None:
    parsed, notices = _iso(value)
    assert parsed == expected
    assert type(parsed) is type(expected)
    if isinstance(parsed, dt.datetime):
        assert parsed.tzinfo is not None
    assert notices == codes


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("1987-12-19", "date.out_of_range"),
        ("2999-01-01T00:00:00+07:00", "date.future"),
        ("2023-02-30", "date.impossible"),
        ("2023-11-02T25:00:00Z", "date.impossible"),
    ],
)
def test_metadata_warnings(value: str, code: str) -> None:
    parsed, notices = _iso(value)
    assert parsed is None
    assert notices == [code]


@pytest.mark.parametrize("value", ["", "   ", "garbage", "null", "2023", "12:30"])
def test_metadata_garbage_is_none(value: str) -> None:
    assert _iso(value)[0] is None


def test_future_is_relative_to_now() -> None:
    now = dt.datetime(2015, 11, 4, tzinfo=dt.timezone.utc)
    notices: list[Notice] = []
    assert (
        dates.parse_iso_datetime("2015-11-05T10:00:00+07:00", notices=notices, now=now) is not None
    )
    assert dates.parse_iso_datetime("2015-11-10", notices=notices, now=now) is None


def test_reconcile_seven_hour_gap_keeps_visible_line() -> None:
    notices: list[Notice] = []
    meta = dt.datetime(2016, 2, 23, 16, 0, tzinfo=dt.timezone.utc)  # a WIB time read as UTC
    visible = dt.datetime(2016, 2, 23, 16, 0, tzinfo=WIB)
    assert dates.reconcile(meta, visible, notices=notices) == visible
    assert [n.code for n in notices] == ["date.utc_as_local"]
    same = dt.datetime(2016, 2, 23, 9, 0, tzinfo=dt.timezone.utc)
    assert dates.reconcile(same, visible, notices=[]) is same


# ------------------------------------------------------------- relative

NOW = dt.datetime(2015, 11, 5, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("text", "table", "value", "raw"),
    [
        ("35 detik lalu", ID, NOW - dt.timedelta(seconds=35), "35 detik lalu"),
        ("Diperbarui 3 menit yang lalu", ID, NOW - dt.timedelta(minutes=3), "3 menit yang lalu"),
        ("2 hari lalu", ID, dt.date(2015, 11, 3), "2 hari lalu"),
        ("kemarin", ID, dt.date(2015, 11, 4), "kemarin"),
        ("posted 2 hours ago", EN, NOW - dt.timedelta(hours=2), "2 hours ago"),
        ("yesterday", EN, dt.date(2015, 11, 4), "yesterday"),
    ],
)
def test_relative_stamps(text: str, table, value, raw: str) -> None:
    reading = dates.parse_relative(text, table, now=NOW, notices=[])
    assert reading is not None
    assert (reading.value, reading.raw) == (value, raw)
    assert text[reading.start : reading.end] == raw


def test_negative_relative_stamp_is_a_warning() -> None:
    notices: list[Notice] = []
    assert dates.parse_relative("-22823 detik yang lalu", ID, now=NOW, notices=notices) is None
    assert [n.code for n in notices] == ["date.negative_relative"]


# ----------------------------------------------------------- robustness

_WORDS = "Selasa Minggu minggu Jum'at Nov Februari WIB WITA pukul malam pm 2015 205 Sunday November"
_ALPHABET = st.sampled_from(
    [*"0123456789/()-.,:| ", *_WORDS.split(), "T", "Z", "+07:00", "\u2013", "\u00a0"]
)


@settings(max_examples=150, deadline=500)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.sampled_from([ID, EN]))
def test_no_text_makes_the_grammar_raise(text: str, table) -> None:
    notices: list[Notice] = []
    for reading in (
        dates.parse_date_line(text, table, notices=notices),
        dates.first_body_date(text, table, notices=notices),
    ):
        assert reading is None or text[reading.start : reading.end] == reading.raw
    dates.find_date(text, table, reference=dt.date(2015, 11, 4), notices=notices)
    found = dates.find_dated_mentions(
        [text], table, reference=dt.date(2015, 11, 4), notices=notices
    )
    for m in found:
        assert text[m.span[0] : m.span[1]] == m.raw
    dates.parse_iso_datetime(text, notices=notices)
    dates.parse_relative(text, table, now=dt.datetime(2015, 11, 5, tzinfo=WIB), notices=notices)


@settings(max_examples=100, deadline=500)
@given(st.text(max_size=60))
def test_no_unicode_text_makes_the_grammar_raise(text: str) -> None:
    notices: list[Notice] = []
    dates.parse_date_line(text, ID, notices=notices)
    dates.find_dated_mentions([text], ID, reference=None, notices=notices)
    dates.parse_iso_datetime(text, notices=notices)


# ------------------------------------------------------------ real data

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXPECTED = SHARED / "data" / "id-portals" / "expected"


def _expected_dates() -> list[tuple[str, str, str]]:
    if not EXPECTED.is_dir():
        return []
    found = []
    for path in sorted(EXPECTED.glob("*.json")):
        published = json.loads(path.read_text(encoding="utf-8")).get("published")
        if published:
            found.append((path.stem, published["raw"], published["value"]))
    return found


@pytest.mark.skipif(
    not EXPECTED.is_dir(), reason="../shared/data/id-portals is not beside the repo"
)
@pytest.mark.parametrize(("name", "raw", "value"), _expected_dates())
def test_hand_checked_date_lines(name: str, raw: str, value: str) -> None:
    dump = (SHARED / "data" / "id-portals" / "text" / f"{name}.txt").read_text(encoding="utf-8")
    line = next(line.strip() for line in dump.splitlines() if raw in line)
    reading, _ = _line(line)
    assert reading is not None
    assert reading.raw == raw
    assert reading.value == dt.datetime.fromisoformat(value)


@pytest.mark.parametrize(
    "text",
    [
        "Rapat digelar Kamis, di Mataram.",
        "rapat digelar kamis di Mataram",
        "Jum’at lalu dan JUM'AT depan",
        "tidak ada hari di sini (2/9/2015)",
        "\u212aAMIS ini",  # Kelvin sign: matches 'k' case-insensitively, lower() is 'k'
        "\u0130ni Selasa",
        "\u017fenin",  # long s matches 's'
        "Sunday, or sUNDAY; Mondays are not",
        "",
    ],
)
def test_may_hold_weekday_never_rules_out_a_weekday_match(text: str) -> None:
    for table in TABLES.values():
        g = grammar_for(table)
        if g.weekday.search(text):
            assert may_hold_weekday(text, g)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="kamisjumatSENINsundayMOD ’'.,\u0130\u0131\u017f\u212a", max_size=24))
def test_may_hold_weekday_is_a_necessary_condition(text: str) -> None:
    for table in TABLES.values():
        g = grammar_for(table)
        if g.weekday.search(text):
            assert may_hold_weekday(text, g)


# --- the grouped word alternations of the date grammar ------------------------------


def _word_lists() -> list[list[str]]:
    from warta.lang import TABLES

    lists = []
    for t in TABLES.values():
        lists += [
            list({**t.foreign_months, **t.months}),
            list(t.weekdays),
            list(t.bare_weekdays),
            list(t.zones),
            list(t.day_parts),
            list(t.time_words),
            list(t.meridiems),
        ]
    return lists


@pytest.mark.parametrize("words", _word_lists())
def test_grouped_alternation_matches_as_the_plain_one(words: list[str]) -> None:
    from warta.fields.date_grammar import _alt

    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    plain = re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique), re.I)
    grouped = re.compile(_alt(words), re.I)
    samples = [
        " ".join(words),
        " ".join(w.upper() for w in words),
        "".join(words),
        " ".join(w[:-1] for w in words if len(w) > 1),
        "\u017fep \u0130T K\u212aT \u0131an ab 12 Mei, (3/4) WIB+7",
    ]
    for text in samples:
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        for start in range(len(text)):
            a, b = grouped.match(text, start), plain.match(text, start)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(
    "text",
    ["", "tanpa angka", "pada 12/3 pukul 08.45", "“Kata” 2015 — ٣ hari", "ｘ３４ lalu 7", "\u0660"],
)
def test_digit_runs_are_those_of_backslash_d(text: str) -> None:
    runs = [m.span() for m in re.finditer(r"\d+", text)]
    assert dates._digits_in(text) == bool(runs)
    found, pos = [], 0
    while (m := dates._digit_run(text, pos)) is not None:
        found.append(m.span())
        pos = m.end()
    assert found == runs
