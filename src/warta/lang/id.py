"""Indonesian: the language table (data only; see ../shared docs/indonesian-news.md)."""

from __future__ import annotations

from warta.lang.table import LanguageTable

ID = LanguageTable(
    code="id",
    stopwords=frozenset(
        "yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada adalah oleh "
        "karena telah sudah bisa atau saat kata ujar mereka kami kita tersebut bahwa para".split()
    ),
    months={
        "januari": 1, "jan": 1,
        "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
        "maret": 3, "mar": 3,
        "april": 4, "apr": 4,
        "mei": 5,
        "juni": 6, "jun": 6,
        "juli": 7, "jul": 7,
        "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
        "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10,
        "november": 11, "nopember": 11, "nov": 11, "nop": 11,
        "desember": 12, "des": 12,
    },
    weekdays={
        "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4,
        "jumat": 5, "jum'at": 5, "jum\u2019at": 5, "sabtu": 6, "minggu": 7, "ahad": 7,
        "sen": 1, "sel": 2, "rab": 3, "kam": 4, "jum": 5, "sab": 6, "min": 7, "mng": 7,
    },
    zones={"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"},
    numeric_date_order="dmy",
    speech_verbs=(
        "kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "papar", "tegas", "sebut", "terang",
        "lanjut", "tambah", "imbuh", "pungkas", "tandas", "tanya", "tulis", "pesan", "jawab",
        "tukas", "sambung", "bongkar", "singkat", "tutup", "ulas", "seru", "kilah", "aku",
        "timpal", "sergah", "katakan", "terangkan", "jelaskan",
    ),
    pre_quote_verbs=(
        "mengatakan", "menyatakan", "menjelaskan", "mengungkapkan", "menegaskan", "menyebutkan",
        "menambahkan", "menuturkan", "menyampaikan", "menerangkan", "memaparkan", "mengaku",
        "menilai", "berharap", "berkata", "bertutur", "berujar", "mengucapkan", "menyebut",
    ),
    pronoun_suffixes=("nya",),
    pronouns=("dia", "ia", "beliau", "mereka", "dirinya", "saya"),
    byline_labels={
        "penulis": "author", "oleh": "author", "pewarta": "reporter", "reporter": "reporter",
        "laporan": "reporter", "laporan wartawan": "reporter", "rep": "reporter",
        "editor": "editor", "redaktur": "editor", "red": "editor", "penyunting": "editor",
        "fotografer": "photographer", "foto": "photographer",
    },
    ambiguous_weekdays=frozenset({"minggu", "min", "sen"}),
    bare_weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum\u2019at", "sabtu", "minggu", "ahad"),
    foreign_months={
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
        "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
    },
    default_utc_offset="+07:00",
    time_words=("sekitar pukul", "pukul", "jam", "sekitar", "at"),
    meridiems={"am": 0, "a.m.": 0, "pm": 12, "p.m.": 12},
    day_parts={
        "dini hari": (0, 5), "dinihari": (0, 5), "subuh": (3, 6), "pagi": (4, 11),
        "siang": (11, 15), "sore": (15, 19), "petang": (17, 20), "malam": (18, 24),
    },
    relative_days={
        "kemarin lusa": -2, "kemarin": -1, "semalam": -1, "hari ini": 0, "besok": 1, "lusa": 2,
    },
    weekday_lead_words=("pada", "hari", "sejak", "hingga", "sampai"),
    future_words=("depan", "mendatang"),
)
