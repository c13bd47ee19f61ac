"""warta: news articles in, validated structured data out.

The public API is small:

- :func:`parse` reads a path, text or bytes and detects whether it is a
  plain-text dump or an HTML page; :func:`parse_text` and :func:`parse_html`
  take the kind as given. Each returns an :class:`Article` or raises a
  :class:`WartaError`; none returns None.
- :class:`Article` and its parts (:class:`Dateline`, :class:`Published`,
  :class:`Quote`, :class:`Byline`, :class:`Comments`, ...) are pydantic v2
  models: the contract. ``schemas/article.schema.json`` is generated from them.
- :class:`Limits` bounds the work done on one input.
- Errors form one hierarchy under :class:`WartaError`, each with a stable
  ``code`` (``input.empty``, ``input.not_article``, ...).
- For archives, :func:`iter_sources` yields a :class:`Record` per article in
  files, folders, JSON Lines and WARC (compressed or not), and
  :func:`convert_many` parses them in worker processes, yielding one
  :class:`Result` (an Article or an error code) per record.

Example::

    >>> import warta
    >>> article = warta.parse("fixtures/seed/gagasanriau-p2kp.txt")
    >>> article.dateline.place
    'Tembilahan'
"""

from __future__ import annotations

from warta.archive import Record, Result, convert_many, iter_sources
from warta.errors import (
    ContainerError,
    EmptyInputError,
    InputError,
    InternalError,
    ModelError,
    NotAnArticleError,
    ParseTimeoutError,
    TooLargeError,
    TruncatedContainerError,
    UndecodableError,
    UsageError,
    WartaError,
)
from warta.limits import DEFAULT_LIMITS, Limits
from warta.model import (
    SCHEMA_VERSION,
    Article,
    Byline,
    Comments,
    DatedMention,
    Dateline,
    Notice,
    Paragraph,
    Published,
    Quote,
    QuotePart,
    Removed,
    Source,
)
from warta.pipeline import parse, parse_html, parse_text
from warta.schema import article_schema

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_LIMITS",
    "SCHEMA_VERSION",
    "Article",
    "Byline",
    "Comments",
    "ContainerError",
    "DatedMention",
    "Dateline",
    "EmptyInputError",
    "InputError",
    "InternalError",
    "Limits",
    "ModelError",
    "NotAnArticleError",
    "Notice",
    "Paragraph",
    "ParseTimeoutError",
    "Published",
    "Quote",
    "QuotePart",
    "Record",
    "Removed",
    "Result",
    "Source",
    "TooLargeError",
    "TruncatedContainerError",
    "UndecodableError",
    "UsageError",
    "WartaError",
    "__version__",
    "article_schema",
    "convert_many",
    "iter_sources",
    "parse",
    "parse_html",
    "parse_text",
]
