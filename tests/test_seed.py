"""The seed dump gives every value issue 2 lists (section 3).

The values come from general rules over blocks plus the Indonesian table;
the fixture is a copy of ../shared/data/seed/gagasanriau-p2kp.txt.
"""

from __future__ import annotations

import datetime as dt

import pytest

import warta
from tests.conftest import SEED
from warta.model import Article


@pytest.fixture(scope="module")
def seed() -> Article:
    return warta.parse(SEED)


def test_section_and_headline(seed: Article) -> None:
    assert seed.section == "Daerah"
    assert seed.headline == (
        "Asisten III Setda Inhil Buka Loka Karya Sosialisasi Program Peningkatan Kualitas Pemukiman"
    )


def test_dateline(seed: Article) -> None:
    assert seed.dateline is not None
    assert seed.dateline.publisher == "Gagasanriau.com"
    assert seed.dateline.place == "Tembilahan"
    assert seed.dateline.raw == "Gagasanriau.com Tembilahan –"


def test_one_body_paragraph_without_dateline_and_byline(seed: Article) -> None:
    assert len(seed.body) == 1
    text = seed.body[0].text
    assert text.startswith("Asisten III Sekretariat Daerah")
    assert text.endswith("pencapaian 100-0-100.")


def test_byline(seed: Article) -> None:
    assert seed.byline is not None
    assert seed.byline.raw == "Humas/Ragil Hadiwibowo"
    assert seed.byline.people == ["Ragil Hadiwibowo"]
    assert seed.byline.desk == "Humas"


def test_boilerplate_comments_language(seed: Article) -> None:
    assert "[Ikuti GagasanRiau.com Melalui Sosial Media]" in [r.text for r in seed.boilerplate]
    assert seed.comments.present is True
    assert seed.comments.marker == "Tulis Komentar"
    assert seed.language == "id"


def test_published_from_body_with_weekday_warning(seed: Article) -> None:
    assert seed.published is not None
    assert seed.published.value == dt.date(2015, 9, 2)
    assert seed.published.raw == "Selasa (2/9/2015)"
    assert seed.published.source == "body"
    weekday = [n for n in seed.warnings if "weekday" in n.code]
    assert weekday, seed.warnings
    assert "Selasa" in weekday[0].message and "Rabu" in weekday[0].message


def test_two_quotes_by_the_same_speaker(seed: Article) -> None:
    assert len(seed.quotes) == 2
    first, second = seed.quotes
    assert first.text.endswith("sampai April 2015,")
    assert first.speaker == "Asisten"
    assert first.verb == "kata"
    assert second.text.startswith("Mengacu kepada")
    assert second.attribution == "katanya"
    assert (second.speaker_name or second.speaker) == (first.speaker_name or first.speaker)
