"""The Article model's invariants and JSON round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from warta import Article, Paragraph, Quote, QuotePart, Source
from warta.model import DatedMention, Published

SHA = "0" * 64


def make(**overrides: object) -> Article:
    fields: dict[str, object] = {
        "source": Source(kind="text", encoding="utf-8", sha256=SHA),
        "language": "id",
        "headline": "Judul",
        "body": [Paragraph(text="Dia berkata, “Saya setuju,” kata Budi.")],
    }
    fields.update(overrides)
    return Article(**fields)  # type: ignore[arg-type]


def test_minimal_article_is_valid() -> None:
    article = make()
    assert article.schema_version == "1.0"
    assert article.comments.present is False
    assert article.text == "Dia berkata, “Saya setuju,” kata Budi."


@pytest.mark.parametrize("headline", ["", "   "])
def test_blank_headline_is_rejected(headline: str) -> None:
    with pytest.raises(ValidationError):
        make(headline=headline)


def test_empty_body_is_rejected() -> None:
    with pytest.raises(ValidationError):
        make(body=[])


def test_quote_span_must_slice_the_quote_text() -> None:
    body = [Paragraph(text="Dia berkata, “Saya setuju,” kata Budi.")]
    start = body[0].text.index("Saya")
    good = Quote(text="Saya setuju,", paragraph=0, span=(start, start + 12), speaker="Budi")
    assert make(body=body, quotes=[good]).quotes[0].speaker == "Budi"
    with pytest.raises(ValidationError, match="not the quote text"):
        make(
            body=body,
            quotes=[Quote(text="Saya setuju,", paragraph=0, span=(start + 1, start + 13))],
        )
    with pytest.raises(ValidationError, match="outside"):
        make(body=body, quotes=[Quote(text="Saya", paragraph=0, span=(500, 504))])
    with pytest.raises(ValidationError, match="paragraph 3"):
        make(body=body, quotes=[Quote(text="Saya", paragraph=3, span=(0, 4))])


def test_quote_parts_are_checked_too() -> None:
    body = [Paragraph(text="“Satu"), Paragraph(text="dua,” katanya.")]
    part = QuotePart(text="dua,", paragraph=1, span=(0, 4))
    assert make(body=body, quotes=[Quote(text="Satu", paragraph=0, span=(1, 5), parts=[part])])
    with pytest.raises(ValidationError):
        make(
            body=body,
            quotes=[
                Quote(
                    text="Satu",
                    paragraph=0,
                    span=(1, 5),
                    parts=[part.model_copy(update={"span": (1, 5)})],
                )
            ],
        )


def test_event_span_is_checked() -> None:
    body = [Paragraph(text="Rapat digelar Selasa (2/9/2015) di Tembilahan.")]
    start = body[0].text.index("Selasa")
    event = DatedMention(
        raw="Selasa (2/9/2015)", paragraph=0, span=(start, start + 17), value=dt.date(2015, 9, 2)
    )
    assert make(body=body, events=[event]).events[0].value == dt.date(2015, 9, 2)
    with pytest.raises(ValidationError):
        make(body=body, events=[event.model_copy(update={"span": (0, 17)})])


def test_impossible_dates_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Published.model_validate({"value": "2015-02-30", "raw": "30/2/2015", "source": "body"})


def test_json_round_trip_keeps_everything() -> None:
    tz = dt.timezone(dt.timedelta(hours=7))
    article = make(
        published=Published(
            value=dt.datetime(2015, 11, 4, 21, 4, tzinfo=tz),
            raw="Rabu, 4 November 2015 | 21:04 WIB",
            source="header",
        ),
        provenance={"headline": "text"},
    )
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert isinstance(again.published, Published)
    assert again.published.value == article.published.value  # type: ignore[union-attr]


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Article.model_validate({**make().model_dump(), "surprise": 1})


def test_plain_json_keeps_a_date_a_date() -> None:
    import json

    article = make(
        published=Published(value=dt.date(2015, 9, 2), raw="Selasa (2/9/2015)", source="body")
    )
    again = Article.model_validate(json.loads(article.model_dump_json()))
    assert again == article
    assert type(again.published.value) is dt.date  # type: ignore[union-attr]


def test_naive_publication_datetime_is_rejected() -> None:
    with pytest.raises(ValidationError, match="offset"):
        Published(value=dt.datetime(2015, 11, 4, 21, 4), raw="21:04", source="header")
