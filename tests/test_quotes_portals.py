"""Quotes of real pages: the hand-checked id-portals records and an English benchmark page."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from warta import parse, parse_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = sorted((FIXTURES / "id-portals" / "expected").glob("*.json"))


def _norm(s: str) -> str:
    return " ".join(s.replace("\u200b", "").split())


def _tokens(s: str) -> set[str]:
    return {t.strip(".,").casefold() for t in s.split() if t.strip(".,")}


def _speaker_matches(got: str | None, expected: dict[str, Any]) -> bool:
    """The records' rule: predicted tokens are a non-empty subset of the speaker's, or the reverse."""
    if not got:
        return False
    mine = _tokens(got)
    for name in [expected["speaker"], *expected.get("speaker_aliases", [])]:
        theirs = _tokens(name)
        if mine and (mine <= theirs or theirs <= mine):
            return True
    return False


@pytest.mark.parametrize("record", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_expected_quotes_and_speakers(record: Path) -> None:
    expected = json.loads(record.read_text(encoding="utf-8"))
    article = parse(FIXTURES / "id-portals" / "text" / expected["file"])
    for want in expected["quotes"]:
        found = [q for q in article.quotes if _norm(q.text).startswith(want["text_start"])]
        assert found, want["text_start"]
        quote = found[0]
        assert _speaker_matches(quote.speaker_name, want) or _speaker_matches(
            quote.speaker, want
        ), (
            quote.speaker,
            quote.speaker_name,
            want["speaker"],
        )


def test_english_page_quotes() -> None:
    page = next((FIXTURES / "html" / "bench").glob("bdb56ac8*.html.gz"))
    article = parse_html(gzip.decompress(page.read_bytes()))

    def starting(prefix: str) -> Any:
        return next(q for q in article.quotes if q.text.startswith(prefix))

    first = starting("I think I even famously said")
    assert (first.verb, first.speaker, first.speaker_name) == (
        "recalled",
        "Pluznick",
        "Jennifer Pluznick",
    )
    howitt = starting("They were these really intriguing")
    assert (howitt.verb, howitt.speaker) == ("said", "Howitt")
    # Titles and terms in quotation marks are not quotes on English pages either.
    assert all(len(q.text.split()) >= 3 or q.verb for q in article.quotes)


def test_english_tempo_page_speakers() -> None:
    """Tempo English 2015: '"…," Secretary of State Pratikno stated', '"…," Marsudi stated'."""
    article = parse(FIXTURES / "html" / "tempo-english-singlepage.html")
    by_speaker = {(q.speaker, q.speaker_name, q.speaker_title) for q in article.quotes if q.verb}
    assert ("Pratikno", "Pratikno", "Secretary of State") in by_speaker
    assert ("Marsudi", "Retno L.P. Marsudi", "Indonesian Foreign Minister") in by_speaker
