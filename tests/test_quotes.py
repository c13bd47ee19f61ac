"""Direct quotes: every form of docs/indonesian-news.md section 4, the seed, English, the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.cli import main
from warta.fields.quote_marks import classify
from warta.fields.quotes import extract_quotes
from warta.lang import EN, ID

ROOT = Path(__file__).resolve().parents[1]
FORMS = json.loads((ROOT / "fixtures" / "quotes" / "forms.json").read_text(encoding="utf-8"))
SEED = ROOT / "fixtures" / "seed" / "gagasanriau-p2kp.txt"


@pytest.mark.parametrize("case", FORMS, ids=[c["name"] for c in FORMS])
def test_quote_forms(case: dict[str, Any]) -> None:
    table = ID if case["lang"] == "id" else EN
    quotes = extract_quotes(case["paragraphs"], table)
    assert len(quotes) == len(case["quotes"]), [q.text for q in quotes]
    for quote, expected in zip(quotes, case["quotes"], strict=True):
        for key, value in expected.items():
            got = [p.text for p in quote.parts] if key == "parts" else getattr(quote, key)
            assert got == value, key
        # Spans slice exactly the text out of the paragraph (the model validator relies on it).
        start, end = quote.span
        assert case["paragraphs"][quote.paragraph][start:end] == quote.text
        for part in quote.parts:
            assert case["paragraphs"][part.paragraph][part.span[0] : part.span[1]] == part.text


def _seed_paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def test_seed_two_quotes_by_the_assistant() -> None:
    quotes = extract_quotes(_seed_paragraphs(), ID)
    assert len(quotes) == 2
    first, second = quotes
    assert first.text.startswith("Melalui P2KP") and first.text.endswith("sampai April 2015,")
    assert (first.verb, first.attribution, first.speaker) == ("kata", "kata Asisten", "Asisten")
    assert first.speaker_name == "Afrizal"
    assert first.speaker_title == "Asisten III Sekretariat Daerah Kabupaten Indragiri Hilir (Inhil)"
    assert second.text.startswith("Mengacu kepada")
    assert (second.attribution, second.speaker, second.speaker_name) == (
        "katanya",
        "Asisten",
        "Afrizal",
    )


def test_indirect_speech_is_not_a_quote() -> None:
    paragraphs = ["PNPM ini katanya lagi, telah membawa inspirasi, menurutnya cukup banyak hasil."]
    assert extract_quotes(paragraphs, ID) == []


@pytest.mark.parametrize(
    ("text", "at", "opens", "closes"),
    [
        ("”Saya minta", 0, True, False),
        ("jalan,” kata", 6, False, True),
        ("2015,”kata", 5, False, True),
        ("belum, ” kata", 7, False, True),
        ('mereka."Tawaran', 7, True, True),
    ],
)
def test_mark_role_is_decided_by_position(text: str, at: int, opens: bool, closes: bool) -> None:
    mark = classify(text, at, at + 1)
    assert (mark.can_open, mark.can_close) == (opens, closes)


def test_cli_quotes_json_and_speaker_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--json", "--speaker", "Afrizal", str(SEED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["speaker"] for r in rows] == ["Asisten", "Asisten"]
    assert main(["quotes", "--json", "--speaker", "Nobody Else", str(SEED)]) == 0
    assert capsys.readouterr().out == ""


def test_cli_quotes_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "2 quotes" in out and "Afrizal" in out


_ALPHABET = "ab Kk,.?!:()\"“”‘’'″ \n"
_WORDS = [
    "kata",
    "ujarnya",
    "Budi",
    "Kepala",
    "Dinas",
    "di",
    "Presiden",
    "said",
    "dia",
    "Wali",
    "Kota",
]


@settings(max_examples=60, deadline=2000)
@given(
    st.lists(
        st.lists(st.one_of(st.sampled_from(_WORDS), st.text(_ALPHABET, max_size=6)), max_size=20),
        max_size=5,
    )
)
def test_any_text_gives_valid_spans(chunks: list[list[str]]) -> None:
    paragraphs = [" ".join(words) for words in chunks]
    for table in (ID, EN):
        for quote in extract_quotes(paragraphs, table):
            for piece in (quote, *quote.parts):
                start, end = piece.span
                assert paragraphs[piece.paragraph][start:end] == piece.text
