"""Speaker phrases: office, rank and name as written (docs/indonesian-news.md 4.10)."""

from __future__ import annotations

import pytest

from warta.fields.speakers import parse_phrase
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
