"""Speaker phrases: office, rank and name as written (docs/indonesian-news.md 4.10)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.fields.speakers import parse_phrase, release_tokens, tokens
from warta.lang import ID


@pytest.mark.parametrize(
    ("phrase", "kind", "name", "title"),
    [
        ("Karo Humas Darusman.", "name", "Darusman", "Karo Humas"),
        (
            "Kapolsek Kebayoran Lama, Kompol Widya Agustiono di Jakarta",
            "name",
            "Widya Agustiono",
            "Kapolsek Kebayoran Lama",
        ),
        ("Asisten.", "office", None, "Asisten"),
        (
            "Kasat Reskrim Polres Lhokseumawe AKP Yasir, Rabu",
            "name",
            "Yasir",
            "Kasat Reskrim Polres Lhokseumawe",
        ),
        (
            "Kepala Puskesmas Cilincing, Jakarta Utara, Edison Sahputra ketika dihubungi",
            "name",
            "Edison Sahputra",
            None,
        ),
        (
            "Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti melalui",
            "name",
            "Wiwik Widayanti",
            None,
        ),
        (
            "Raymond Goh, Director System Engineering Symantec, di Jakarta",
            "name",
            "Raymond Goh",
            None,
        ),
        ("dia saat dihubungi.", "pronoun", "dia", None),
        (
            "politisi senior Partai Golkar ini.",
            "description",
            None,
            "politisi senior Partai Golkar",
        ),
    ],
)
def test_parse_phrase(phrase: str, kind: str, name: str | None, title: str | None) -> None:
    parsed = parse_phrase(phrase, 0, ID)
    assert parsed.kind == kind
    assert parsed.name == name
    if title is not None:
        assert parsed.office == title


_REFERENCE_TOKEN = re.compile(r"[(),;]|[^\s(),;]+")


def _reference_tokens(
    text: str, start: int, stop: int, limit: int | None = None
) -> list[tuple[str, int, int]]:
    """tokens() spelled out: whole tokens inside the range, a token cut by its start re-read."""
    whole = [(m.group(), m.start(), m.end()) for m in _REFERENCE_TOKEN.finditer(text)]
    cut = [
        (m.group(), m.start(), m.end())
        for w in whole
        if w[1] < start < w[2]
        for m in _REFERENCE_TOKEN.finditer(text, start, min(w[2], stop))
    ]
    inside = [w for w in whole if w[1] >= start and w[2] <= stop]
    if limit is not None:
        inside = inside[: max(0, limit - len(cut))]
    return cut + inside


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "kata Budi (40), warga Desa Sukamaju; ”Tidak,” ujarnya.",
        "  awal\u00a0dan\tTab\n(“Gojek”)  ,akhir  ",
        "2015,”kata Asisten",
    ],
)
def test_paragraph_tokens_and_ranges_match_the_token_pattern(text: str) -> None:
    """The split-based tokeniser and the bisected ranges give what the token regex gives."""
    release_tokens()
    whole = [(t.text, t.start, t.end) for t in tokens(text)]
    assert whole == _reference_tokens(text, 0, len(text))
    for start in range(len(text) + 1):
        for end in (start, start + 3, len(text)):
            got = [(t.text, t.start, t.end) for t in tokens(text, start, end)]
            assert got == _reference_tokens(text, start, end), (start, end)
            limited = [(t.text, t.start, t.end) for t in tokens(text, start, end, limit=2)]
            assert limited == _reference_tokens(text, start, end, limit=2), (start, end)
    release_tokens()


def _phrase_starts(text: str) -> list[int]:
    """Token indices where _strong_mentions asks _capital_ahead: a lower-case office word."""
    from warta.fields.speakers import vocab

    v = vocab(ID)
    return [
        i for i, tok in enumerate(tokens(text)) if (tok.low,) in v.titles and not tok.capitalised
    ]


def _capital_ahead_holds(text: str) -> None:
    """_capital_ahead is False only where the phrase read from that word names no one."""
    from warta.fields.speakers import _capital_ahead, vocab

    v = vocab(ID)
    toks = tokens(text)
    for i in _phrase_starts(text):
        if not _capital_ahead(toks, i, v):
            assert parse_phrase(text, toks[i].start, ID).kind != "name", text[toks[i].start :]
    release_tokens()


def test_capital_ahead_lets_a_lower_case_office_reach_its_name() -> None:
    from warta.fields.speakers import _capital_ahead, vocab

    text = "menurut pakar epidemiologi UI, Pandu Riono, kemarin"
    toks = tokens(text)
    at = next(i for i, tok in enumerate(toks) if tok.low == "pakar")
    assert parse_phrase(text, toks[at].start, ID).kind == "name"
    assert _capital_ahead(toks, at, vocab(ID))
    _capital_ahead_holds(text)


_WORDS = [
    "kata", "ketua", "menteri", "pakar", "juru", "bicara", "epidemiologi", "dan", "di", "yang",
    "itu", "bapak", "ibu", "dari", "Pandu", "Riono", "UI", "Budi", "(", ")", ",", "2020", "19/11",
    "mengatakan", "Kompol", "Kepala", "desa",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
def test_capital_ahead_never_hides_a_name(words: list[str]) -> None:
    _capital_ahead_holds(" ".join(words))
