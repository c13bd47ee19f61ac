"""Properties of the public API over arbitrary input (hypothesis, bounded).

For any bytes or text, :func:`warta.parse` (and ``parse_text``/``parse_html``)
returns a valid :class:`warta.Article` or raises a :class:`warta.WartaError`
that is not a wrapped bug, within the record's time limit; and every Article
survives a JSON round trip unchanged. (The text path's lossless accounting is
a property of its own, in ``tests/test_lossless.py``.)

Examples are few and small so that the suite stays fast; the coverage-guided
fuzzer (``benchmarks/fuzz_parse.py``) is the long-running counterpart.
"""

from __future__ import annotations

import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.errors import InternalError, WartaError

LIMITS = warta.Limits(timeout_seconds=5.0)
SLACK = 5.0
"""Seconds a call may exceed its limit (native code finishes its call first; noisy machines)."""

BOUNDED = settings(
    max_examples=100,
    deadline=None,  # time is asserted against the record limit instead, with slack
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

WORDS = [
    "Jakarta",
    "KOMPAS.com",
    "-",
    "–",
    "kata",
    "ujar",
    "Menteri",
    "Presiden",
    "Joko",
    "Widodo",
    "Senin",
    "(3/6/2024)",
    "12",
    "Juni",
    "2024",
    "WIB",
    "pukul",
    "10.00",
    "“",
    "”",
    '"',
    "Baca",
    "juga:",
    "(ant/ash)",
    "Penulis:",
    "Editor:",
    "Komentar",
    "said",
    "the",
    "Ã©",
    "â€™",
    "\u00a0",
    "\u200b",
    "\x00",
    "\r",
    "\t",
    "café",
    "ذ",
    "日本",
]
TAGS = [
    "div",
    "p",
    "span",
    "article",
    "h1",
    "h2",
    "a",
    "b",
    "script",
    "style",
    "li",
    "ul",
    "time",
    "meta",
    "br",
    "frameset",
    "table",
    "td",
]
ATTRS = [
    "",
    ' class="content"',
    ' class="share"',
    ' id="comments"',
    ' itemprop="articleBody"',
    ' datetime="2024-06-03T10:00:00+07:00"',
    ' charset="iso-8859-1"',
]

any_text = st.text(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None), max_size=400
)
article_like = st.lists(
    st.one_of(
        st.sampled_from(WORDS), st.sampled_from(["\n", "\n\n", " ", ". "]), st.text(max_size=12)
    ),
    max_size=120,
).map(" ".join)


@st.composite
def html_like(draw: st.DrawFn) -> str:
    parts: list[str] = []
    stack: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        action = draw(st.integers(0, 3))
        if action == 0:
            tag = draw(st.sampled_from(TAGS))
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
            stack.append(tag)
        elif action == 1 and stack and draw(st.booleans()):
            parts.append(f"</{stack.pop()}>")
        else:
            parts.append(draw(article_like))
    prefix = draw(
        st.sampled_from(
            ["", "<!DOCTYPE html>", "<html><head><title>Judul</title></head><body>", "\ufeff"]
        )
    )
    return prefix + "".join(parts)


any_bytes = st.one_of(
    st.binary(max_size=600),
    html_like().map(lambda s: s.encode("utf-8", "surrogatepass")),
    html_like().map(lambda s: s.encode("cp1252", "replace")),
    article_like.map(lambda s: s.encode("utf-16", "surrogatepass")),
)


def assert_round_trips(article: warta.Article) -> None:
    again = warta.Article.model_validate_json(article.model_dump_json())
    changed = {
        name: (getattr(article, name), getattr(again, name))
        for name in warta.Article.model_fields
        if getattr(article, name) != getattr(again, name)
    }
    assert not changed, f"JSON round trip changed {changed}"


def check(call: Any) -> warta.Article | None:
    """Run one public call: a valid Article (returned) or a clean WartaError (None)."""
    started = time.monotonic()
    try:
        article = call()
    except InternalError as exc:  # a wrapped bug is a failure of the property
        raise AssertionError(f"internal error: {exc!r}") from exc
    except WartaError as exc:
        assert exc.code and exc.message
        article = None
    else:
        assert isinstance(article, warta.Article), (
            f"returned {type(article).__name__}, not an Article"
        )
        assert_round_trips(article)
    assert time.monotonic() - started < LIMITS.timeout_seconds + SLACK
    return article


@BOUNDED
@given(any_bytes)
def test_parse_bytes_gives_an_article_or_a_warta_error(data: bytes) -> None:
    check(lambda: warta.parse(data, limits=LIMITS))
    check(lambda: warta.parse_html(data, limits=LIMITS))


@BOUNDED
@given(st.one_of(any_text, article_like))
def test_parse_text_gives_an_article_or_a_warta_error(text: str) -> None:
    if "\n" not in text and len(text) < 100:
        text += "\n"  # keep parse() from reading a short single-line str as a file path
    check(lambda: warta.parse(text, limits=LIMITS))
    check(lambda: warta.parse_text(text, limits=LIMITS))
    check(lambda: warta.parse_text(text.encode("utf-8", "surrogatepass"), limits=LIMITS))


@BOUNDED
@given(html_like())
def test_parse_html_gives_an_article_or_a_warta_error(page: str) -> None:
    check(lambda: warta.parse_html(page, limits=LIMITS))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(st.lists(st.sampled_from(WORDS[:30]), min_size=20, max_size=80), st.integers(1, 6))
def test_articles_round_trip_through_json(words: list[str], paragraphs: int) -> None:
    """Inputs shaped like articles, so that most examples give one and the round trip is exercised."""
    body = "\n\n".join(
        " ".join(words[i::paragraphs]) + " berita itu benar adanya." for i in range(paragraphs)
    )
    text = "Judul Berita Tentang Jembatan Baru\n\nJAKARTA - " + body
    check(lambda: warta.parse_text(text, limits=LIMITS))
