"""The pipeline: read/decode -> blocks -> fields -> Article.

Text dumps and HTML pages differ only in how they become a
:class:`~warta.blocks.Document` (:mod:`warta.text`, :mod:`warta.html`); the
same field extractors (:mod:`warta.fields`) then build the Article.

Every public function here either returns a valid :class:`Article` or raises
a :class:`~warta.errors.WartaError`: :func:`_guarded` turns any other
exception (a bug) into an :class:`~warta.errors.InternalError` that names
the input and chains the original, and every record runs inside a
:func:`~warta.limits.record_scope` whose deadline the stages check.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from warta.blocks import Document
from warta.decode import decode_input
from warta.errors import InternalError, ModelError, TooLargeError, UsageError, WartaError
from warta.fields.assemble import build_article
from warta.limits import DEFAULT_LIMITS, Limits, RecordScope, check_deadline, run_record
from warta.model import Article, InputKind
from warta.read import (
    RawInput,
    estimate_html_blocks,
    estimate_text_blocks,
    load,
    require_few_blocks,
    require_html_text,
    require_text,
    sniff_kind,
)

Source = str | bytes | os.PathLike[str]
T = TypeVar("T")
_KINDS = ("text", "html")


def parse(
    source: Source,
    *,
    kind: InputKind | None = None,
    url: str | None = None,
    location: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    http_charset: str | None = None,
) -> Article:
    """Parse a path, text or bytes into an :class:`Article`, detecting the input kind.

    ``http_charset`` is the charset parameter of the HTTP ``Content-Type``
    header the bytes came with (archives know it); it outranks the page's own
    declaration but not the bytes themselves. Raises a
    :class:`~warta.errors.WartaError` subclass on every failure; never returns None.
    """
    _check_options(kind, limits, location)
    raw = _guarded(lambda: load(source, limits=limits, location=location), location)
    if http_charset:
        raw = RawInput(raw.data, raw.location, raw.text, http_charset)
    detected: InputKind = _guarded(lambda: sniff_kind(raw), raw.location) if kind is None else kind
    return parse_raw(raw, detected, url=url, limits=limits)


def parse_text(
    text: str | bytes, *, source: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    """Parse a plain-text dump of one article (``source`` names it in the output)."""
    _check_options("text", limits, source)
    raw = _guarded(lambda: _load_content(text, source, limits), source)
    return parse_raw(raw, "text", url=None, limits=limits)


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    http_charset: str | None = None,
) -> Article:
    """Parse one HTML article page; ``url`` helps with relative links and the publisher."""
    _check_options("html", limits, source or url)
    raw = _guarded(lambda: _load_content(html, source or url, limits, http_charset), source or url)
    return parse_raw(raw, "html", url=url, limits=limits)


def _check_options(kind: object, limits: object, identity: str | None) -> None:
    if kind is not None and kind not in _KINDS:
        raise UsageError(f"kind must be 'text', 'html' or None, not {kind!r}", identity=identity)
    if not isinstance(limits, Limits):
        raise UsageError(
            f"limits must be a warta.Limits, not {type(limits).__name__}", identity=identity
        )


def _load_content(
    content: str | bytes, location: str | None, limits: Limits, charset: str | None = None
) -> RawInput:
    # Content passed to parse_text/parse_html is never a path.
    if isinstance(content, str):
        data = content.encode("utf-8", errors="surrogatepass")
        raw = RawInput(data, location, text=content)
    elif isinstance(content, bytes | bytearray | memoryview):
        raw = RawInput(bytes(content), location, charset=charset)
    else:
        raise UsageError(f"expected str or bytes, not {type(content).__name__}", identity=location)
    if len(raw.data) > limits.max_input_bytes:
        raise TooLargeError(
            f"input is {len(raw.data)} bytes, over the limit of {limits.max_input_bytes} "
            "(Limits.max_input_bytes; CLI: --max-bytes)",
            identity=location,
        )
    return raw


def to_document(raw: RawInput, kind: InputKind, *, url: str | None, limits: Limits) -> Document:
    """The blocks stage alone: useful for ``--show-blocks`` and for debugging rules.

    Like the parse functions, it raises only :class:`~warta.errors.WartaError`.
    """

    def work(scope: RecordScope) -> Document:
        decoded = decode_input(
            raw.data,
            raw.text,
            http_charset=raw.charset,
            location=raw.location,
            max_chars=limits.max_text_chars,
        )
        require_text(decoded.text, raw.location)
        check_deadline("decoding")
        if kind == "html":
            from warta.html import html_to_document

            visible = require_html_text(decoded.text, raw.location)
            estimate = estimate_html_blocks(visible, limits.max_blocks)
            require_few_blocks(estimate, limits.max_blocks, raw.location, estimated=True)
            doc = html_to_document(decoded, raw, url=url, limits=limits)
        else:
            from warta.text import text_to_document

            estimate = estimate_text_blocks(decoded.text, limits.max_blocks)
            require_few_blocks(estimate, limits.max_blocks, raw.location, estimated=True)
            doc = text_to_document(decoded, raw)
        check_deadline("layout")
        require_few_blocks(len(doc.blocks), limits.max_blocks, raw.location)
        stray = [n for n in scope.notices if n not in decoded.notices]
        doc.warnings[:0] = [*decoded.notices, *stray]
        return doc

    return run_record(
        limits, raw.location, lambda scope: _guarded(lambda: work(scope), raw.location)
    )


def parse_raw(raw: RawInput, kind: InputKind, *, url: str | None, limits: Limits) -> Article:
    """Parse already loaded input: the common end of every public entry point.

    The archive reader calls this with the record's bytes, identity and HTTP
    charset in a :class:`~warta.read.RawInput`.
    """

    def work() -> Article:
        doc = to_document(raw, kind, url=url, limits=limits)
        try:
            article = build_article(doc)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ()))
            raise ModelError(
                f"the extracted fields break the Article contract at {where or 'the top'}: "
                f"{err.get('msg', 'invalid')}",
                kind=str(err.get("type", "invalid")),
            ) from exc
        check_deadline("fields")
        if not isinstance(article, Article):  # a stage returned None: a bug, never a result
            raise InternalError(
                f"the fields stage returned {type(article).__name__}, not an Article"
            )
        return article

    return run_record(limits, raw.location, lambda _scope: _guarded(work, raw.location))


def _guarded(work: Callable[[], T], identity: str | None) -> T:
    """Run ``work`` so that only WartaError leaves: bugs are wrapped, never swallowed.

    The wrapped error names the input (``identity``) and chains the original
    exception (``__cause__``), so ``--debug`` and the archive error files can
    show where it happened.
    """
    try:
        return work()
    except WartaError as exc:
        raise exc.with_identity(identity) from exc.__cause__
    except RecursionError as exc:
        raise InternalError(
            "the input nests too deeply for warta to process (Python recursion limit); please report it",
            identity=identity,
        ) from exc
    except MemoryError as exc:
        raise TooLargeError(
            "the input needs more memory than is available; lower Limits.max_text_chars or give it more memory",
            identity=identity,
        ) from exc
    except Exception as exc:
        raise InternalError(
            f"unexpected {type(exc).__name__} inside warta: {str(exc)[:300]} (a bug; please report it)",
            identity=identity,
        ) from exc
