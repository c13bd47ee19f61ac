"""The pipeline: read/decode -> blocks -> fields -> Article.

Text dumps and HTML pages differ only in how they become a
:class:`~warta.blocks.Document` (:mod:`warta.text`, :mod:`warta.html`); the
same field extractors (:mod:`warta.fields`) then build the Article.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from warta.blocks import Document
from warta.decode import Decoded, decode
from warta.errors import InternalError, ModelError, TooLargeError, WartaError
from warta.fields.assemble import build_article
from warta.limits import DEFAULT_LIMITS, Limits
from warta.model import Article, InputKind
from warta.read import RawInput, load, require_text, sniff_kind

Source = str | bytes | os.PathLike[str]
T = TypeVar("T")


def parse(
    source: Source,
    *,
    kind: InputKind | None = None,
    url: str | None = None,
    location: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Article:
    """Parse a path, text or bytes into an :class:`Article`, detecting the input kind.

    Raises a :class:`~warta.errors.WartaError` subclass on every failure; never returns None.
    """
    raw = _guarded(lambda: load(source, limits=limits, location=location), location)
    return _run(raw, kind or sniff_kind(raw), url=url, limits=limits)


def parse_text(
    text: str | bytes, *, source: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    """Parse a plain-text dump of one article (``source`` names it in the output)."""
    raw = _guarded(lambda: _load_content(text, source, limits), source)
    return _run(raw, "text", url=None, limits=limits)


def parse_html(
    html: str | bytes, *, url: str | None = None, source: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    """Parse one HTML article page; ``url`` helps with relative links and the publisher."""
    raw = _guarded(lambda: _load_content(html, source or url, limits), source or url)
    return _run(raw, "html", url=url, limits=limits)


def _load_content(content: str | bytes, location: str | None, limits: Limits) -> RawInput:
    # Content passed to parse_text/parse_html is never a path.
    if isinstance(content, str):
        data = content.encode("utf-8", errors="surrogatepass")
        raw = RawInput(data, location, text=content)
    else:
        raw = RawInput(bytes(content), location)
    if len(raw.data) > limits.max_input_bytes:
        raise TooLargeError(
            f"input is {len(raw.data)} bytes, over the limit of {limits.max_input_bytes}", identity=location
        )
    return raw


def to_document(raw: RawInput, kind: InputKind, *, url: str | None, limits: Limits) -> Document:
    """The blocks stage alone: useful for ``--show-blocks`` and for debugging rules."""
    decoded = Decoded(raw.text, "utf-8") if raw.text is not None else decode(raw.data)
    if len(decoded.text) > limits.max_text_chars:
        raise TooLargeError(
            f"decoded text is {len(decoded.text)} characters, over the limit of {limits.max_text_chars}",
            identity=raw.location,
        )
    require_text(decoded.text, raw.location)
    if kind == "html":
        from warta.html import html_to_document

        doc = html_to_document(decoded, raw, url=url, limits=limits)
    else:
        from warta.text import text_to_document

        doc = text_to_document(decoded, raw)
    doc.warnings[:0] = decoded.notices
    return doc


def _run(raw: RawInput, kind: InputKind, *, url: str | None, limits: Limits) -> Article:
    def work() -> Article:
        doc = to_document(raw, kind, url=url, limits=limits)
        try:
            return build_article(doc)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ()))
            raise ModelError(f"{where}: {err.get('msg', 'invalid')}", kind=str(err.get("type", "invalid"))) from None

    return _guarded(work, raw.location)


def _guarded(work: Callable[[], T], identity: str | None) -> T:
    """Run ``work`` so that only WartaError leaves: bugs are wrapped, never swallowed."""
    try:
        return work()
    except WartaError as exc:
        raise exc.with_identity(identity) from exc.__cause__
    except RecursionError as exc:
        raise InternalError("input nests too deeply to process", identity=identity) from exc
    except MemoryError as exc:
        raise TooLargeError("input needs more memory than is available", identity=identity) from exc
    except Exception as exc:
        raise InternalError(f"unexpected {type(exc).__name__}: {exc}", identity=identity) from exc
