"""The Article model: the contract between warta and its users.

Everything warta produces is an :class:`Article`. The model is read top to
bottom: the small parts first (where the input came from, the dateline, the
publication date, a quote, the byline, the comment section), then the Article
that holds them. Validators enforce the invariants a user can rely on without
re-checking: a non-empty headline and body, quote and event spans that point
exactly at their text, and real calendar dates.

The JSON Schema in ``schemas/article.schema.json`` is generated from these
classes (``warta schema``); never edit it by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Final = "1.0"
SCHEMA_ID = f"https://warta.dev/schemas/article-{SCHEMA_VERSION}.schema.json"

InputKind = Literal["text", "html"]
PublishedSource = Literal["metadata", "header", "dateline", "body"]
BylineRole = Literal["author", "reporter", "editor", "photographer", "agency"]


class _Frozen(BaseModel):
    """Base for every part: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """Where the article came from and how its bytes were read."""

    location: str | None = Field(
        default=None, description="Path, URL or archive identity of the input, when known."
    )
    url: str | None = Field(
        default=None,
        description="The article's URL (given by the caller or the page's canonical link).",
    )
    kind: InputKind = Field(
        description="How the input was read: a plain-text dump or an HTML page."
    )
    encoding: str = Field(description="The character encoding used to decode the input bytes.")
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of the input bytes (of the UTF-8 text for str input).",
    )


class Dateline(_Frozen):
    """The prefix of the lead that says where the story was filed and by whom.

    Example: ``Gagasanriau.com Tembilahan –`` gives publisher ``Gagasanriau.com``
    and place ``Tembilahan``.
    """

    raw: str = Field(
        min_length=1, description="The dateline as written, including its closing dash."
    )
    publisher: str | None = Field(
        default=None, description="The outlet token as written, e.g. 'KOMPAS.com'."
    )
    place: str | None = Field(
        default=None, description="The place as written, with a province if given."
    )
    date: dt.date | None = Field(
        default=None, description="The date, when the dateline states one."
    )
    time: dt.time | None = Field(
        default=None, description="The time, when the dateline states one."
    )
    timezone: str | None = Field(
        default=None, description="The zone token as written (WIB, WITA, WIT, ...)."
    )


class Published(_Frozen):
    """The article's publication date or datetime and the evidence for it."""

    value: dt.datetime | dt.date = Field(
        description="A timezone-aware datetime when a time is known, else a date."
    )
    raw: str = Field(description="The text the value was read from, as written.")
    source: PublishedSource = Field(
        description=(
            "metadata: the page's machine-readable metadata; header: the article's own date line; "
            "dateline: the lead's dateline; body: a date in the first paragraph."
        )
    )

    @field_validator("value", mode="before")
    @classmethod
    def _date_or_datetime(cls, value: object) -> object:
        """Keep a date a date: '2015-09-02' from plain JSON must not become midnight."""
        if isinstance(value, str) and len(value.strip()) == 10:
            return dt.date.fromisoformat(value.strip())
        return value

    @field_validator("value")
    @classmethod
    def _aware(cls, value: dt.datetime | dt.date) -> dt.datetime | dt.date:
        """A datetime without an offset cannot be placed in time: refuse it."""
        if isinstance(value, dt.datetime) and value.utcoffset() is None:
            raise ValueError("a publication datetime must carry its UTC offset")
        return value


class Paragraph(_Frozen):
    """One body paragraph. Intertitles are kept in place and marked as headings."""

    text: str = Field(min_length=1)
    heading: bool = Field(default=False, description="True for an intertitle inside the body.")


Span = tuple[int, int]


class QuotePart(_Frozen):
    """A further piece of a quote that continues after a break."""

    text: str = Field(min_length=1)
    paragraph: int = Field(ge=0)
    span: Span


class Quote(_Frozen):
    """A direct quote: words between quotation marks credited to someone."""

    text: str = Field(min_length=1, description="The quoted words, without the quotation marks.")
    paragraph: int = Field(ge=0, description="Index of the body paragraph the quote starts in.")
    span: Span = Field(description="Character span [start, end) of the text inside that paragraph.")
    verb: str | None = Field(
        default=None, description="The attribution verb (kata, ujar, said, ...)."
    )
    attribution: str | None = Field(
        default=None, description="The raw attribution text, e.g. 'kata Asisten' or 'katanya'."
    )
    speaker: str | None = Field(
        default=None, description="Who the attribution names, as written, without rank or office."
    )
    speaker_title: str | None = Field(default=None, description="Rank or office as written.")
    speaker_name: str | None = Field(
        default=None, description="The fullest form of the speaker's name in the article, if named."
    )
    parts: list[QuotePart] = Field(
        default_factory=list,
        description=(
            "Further pieces of the same quote: its continuation in the next paragraph(s), or the "
            "second half of a quote split around its attribution."
        ),
    )


class DatedMention(_Frozen):
    """A date written in the body, resolved to a calendar date when possible."""

    raw: str = Field(min_length=1)
    paragraph: int = Field(ge=0)
    span: Span
    value: dt.date | None = Field(
        default=None, description="The resolved date, or null if impossible."
    )
    time: dt.time | None = None
    utc_offset: str | None = Field(
        default=None, description="e.g. '+07:00' when a zone is written."
    )


class Byline(_Frozen):
    """The credit for the article's text."""

    raw: str = Field(min_length=1, description="The credit as written, label included.")
    people: list[str] = Field(default_factory=list, description="Personal names in the credit.")
    desk: str | None = Field(
        default=None, description="Desk, outlet, agency or role that is not a person."
    )
    role: BylineRole | None = None


class Comments(_Frozen):
    """Whether the page carries a comment section, and what showed it."""

    present: bool = False
    marker: str | None = Field(
        default=None, description="The text or element that marks the section."
    )
    count: int | None = Field(
        default=None, ge=0, description="Comment count, when the page states it."
    )


class Removed(_Frozen):
    """A block of text removed as boilerplate, with the reason."""

    text: str = Field(min_length=1)
    reason: str = Field(description="Why it was removed, e.g. 'share', 'related', 'baca-juga'.")


class Notice(_Frozen):
    """A warning: something was odd in the input, but a value was still produced."""

    code: str = Field(
        pattern=r"^[a-z_]+(\.[a-z_]+)*$",
        description="Stable dotted code, e.g. 'date.weekday_mismatch'.",
    )
    message: str


class Article(_Frozen):
    """A news article as validated, structured data."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    source: Source
    language: str = Field(pattern=r"^[a-z]{2}$", description="ISO 639-1 code of the article text.")
    section: str | None = None
    headline: str = Field(min_length=1)
    dateline: Dateline | None = None
    published: Published | None = None
    body: list[Paragraph] = Field(min_length=1)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[DatedMention] = Field(default_factory=list)
    byline: Byline | None = None
    signature: str | None = Field(
        default=None, description="Closing initials such as '(fyk/ash)'; neither body nor byline."
    )
    comments: Comments = Field(default_factory=Comments)
    boilerplate: list[Removed] = Field(default_factory=list)
    next_page: str | None = Field(
        default=None, description="URL of the next page of a multi-page article."
    )
    provenance: dict[str, str] = Field(
        default_factory=dict,
        description="Where each field came from, e.g. {'headline': 'metadata:og:title'}.",
    )
    warnings: list[Notice] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_invariants(self) -> Article:
        if not self.headline.strip():
            raise ValueError("headline is blank")
        if not any(p.text.strip() for p in self.body):
            raise ValueError("body has no text")
        for quote in self.quotes:
            _check_span("quote", quote.paragraph, quote.span, quote.text, self.body)
            for part in quote.parts:
                _check_span("quote part", part.paragraph, part.span, part.text, self.body)
        for event in self.events:
            _check_span("event", event.paragraph, event.span, event.raw, self.body)
        return self

    @property
    def text(self) -> str:
        """The body as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.body)


def _check_span(kind: str, paragraph: int, span: Span, text: str, body: list[Paragraph]) -> None:
    """A span must lie inside its paragraph and slice out exactly its text."""
    if paragraph >= len(body):
        raise ValueError(f"{kind} points at paragraph {paragraph}, body has {len(body)}")
    start, end = span
    para = body[paragraph].text
    if not 0 <= start <= end <= len(para):
        raise ValueError(
            f"{kind} span {span} lies outside paragraph {paragraph} (length {len(para)})"
        )
    if para[start:end] != text:
        raise ValueError(f"{kind} span {span} of paragraph {paragraph} is not the {kind} text")
