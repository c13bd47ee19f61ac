"""Nothing lost (issue 2 section 4): every non-whitespace character of a dump lands in one place.

The places are: section, headline, dateline raw, the raw text of a published date
line, a body paragraph, byline raw, signature, comment marker, or a boilerplate
block. The check compares multisets of characters, over every text fixture and
over generated dumps. Invisible format characters (U+200B and friends,
Unicode category Cf) are not counted: the parser drops them as whitespace.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import warta
from tests.conftest import FIXTURES
from warta.errors import NotAnArticleError
from warta.model import Article

TEXT_FIXTURES = sorted(
    [
        FIXTURES / "seed" / "gagasanriau-p2kp.txt",
        *(FIXTURES / "id-portals" / "text").glob("*.txt"),
        *(FIXTURES / "text").glob("*.txt"),
    ]
)


def visible(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def placed(article: Article) -> Counter[str]:
    """The characters of every place a dump's text can land in."""
    parts: list[str] = [article.headline]
    if article.section and article.provenance.get("section") == "text":
        parts.append(article.section)
    if article.dateline:
        parts.append(article.dateline.raw)
    if article.published and article.published.source == "header":
        parts.append(article.published.raw)
    parts += [p.text for p in article.body]
    if article.byline and article.provenance.get("byline") == "text":
        parts.append(article.byline.raw)
    if article.signature:
        parts.append(article.signature)
    if article.comments.marker and article.provenance.get("comments") == "text":
        parts.append(article.comments.marker)
    parts += [r.text for r in article.boilerplate]
    return visible("".join(parts))


def assert_lossless(text: str, article: Article) -> None:
    want, got = visible(text), placed(article)
    assert got == want, f"missing {dict(want - got)}; extra {dict(got - want)}"


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.stem)
def test_fixture_is_lossless(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_lossless(text, warta.parse_text(text, source=path.name))


WORDS = st.sampled_from(
    "Polisi menyerahkan senjata api kepada kejaksaan negeri pada Rabu kemarin dan warga "
    "Jakarta Pekanbaru Gubernur Kapolres AKBP Yasir menurut dia katanya ujar Budi".split()
)
SENTENCE = st.lists(WORDS, min_size=8, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
QUOTE = st.tuples(SENTENCE, st.sampled_from(["kata Budi.", "ujarnya.", "katanya lagi."])).map(
    lambda t: f"“{t[0][:-1]},” {t[1]}"
)
HEADER_LINES = st.sampled_from(
    [
        "Daerah",
        "Home > News > Nasional",
        "  • Regional",
        "Rabu, 4 November 2015 | 21:04 WIB",
        "Kamis, 5 November 2015 14:56 WIB | 1.229 Views",
        "Riau | Rabu, 09 Desember 2015 - 09:52 WIB",
        "Penulis: Budi Santoso",
        "Rep: Rahma Sulistya/ Red: Karta Raharja Ucu",
        "Oleh : Maya Sofia",
        "Vidya Pinandhita - detikHealth",
        "[INS::INS]",
        "Tweet",
        "0 komentar",
    ]
)
TRAILER_LINES = st.sampled_from(
    [
        "(fyk/ash)",
        "Editor: Ade Marboen",
        "Baca juga: Polisi Buru Kelompok Bersenjata",
        "Tulis Komentar",
        "Komentar Pembaca",
        "COPYRIGHT © ANTARA 2016",
        "Humas/Ragil Hadiwibowo",
        "DINI TEJA",
        "• Facebook",
    ]
)
LEADS = st.sampled_from(
    ["", "JAKARTA, KOMPAS.com – ", "Mataram, NTB (ANTARA News) - ", "Jakarta - "]
)
NOISE = st.text(alphabet="abcXYZ019 .,:;|/-–—()[]\"“”'•#@", min_size=1, max_size=40)


@st.composite
def dumps(draw: st.DrawFn) -> str:
    lines: list[str] = draw(st.lists(HEADER_LINES | NOISE, max_size=4))
    lines.append(
        draw(st.lists(WORDS, min_size=4, max_size=12).map(lambda ws: " ".join(ws).title()))
    )
    lines += draw(st.lists(HEADER_LINES, max_size=3))
    paragraphs = draw(st.lists(SENTENCE | QUOTE, min_size=1, max_size=6))
    paragraphs[0] = draw(LEADS) + paragraphs[0]
    if draw(st.booleans()):
        paragraphs[-1] += " " + draw(st.sampled_from(["Humas/Ragil Hadiwibowo", "(ant/rd)"]))
    lines += paragraphs
    lines += draw(st.lists(TRAILER_LINES | NOISE, max_size=5))
    separator = draw(st.sampled_from(["\n", "\n\n", "\n\n\n"]))
    return separator.join(lines)


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_generated_dumps_are_lossless(text: str) -> None:
    try:
        article = warta.parse_text(text)
    except NotAnArticleError:
        assume(False)
        return
    assert_lossless(text, article)
