"""JSON Lines dumps: one JSON object per line, the article in one field.

Scrapers name the article field differently (``html``, ``text``,
``content``...). ``field`` names it; without it the first of
:data:`FIELD_PREFERENCE` present in a line is used, and failing that the one
long string value, when there is exactly one. A line that is not a JSON
object, or whose field cannot be told, becomes an error record (identity
``path:line``) so that nothing is dropped silently.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warta.archive.record import Record, failed_record
from warta.errors import ContainerError, InputError, TooLargeError, TruncatedContainerError
from warta.limits import Limits
from warta.model import InputKind

FIELD_PREFERENCE = (
    "html",
    "raw_html",
    "content_html",
    "body_html",
    "text",
    "content",
    "body",
    "article",
    "raw_content",
)
"""Fields tried in order when ``--field`` is not given."""

URL_FIELDS = ("url", "link", "target_uri", "canonical_url")
"""Fields tried in order for the record's URL when ``--url-field`` is not given."""

LONG_STRING = 200
"""A lone string value at least this long is taken as the article."""

LINE_SLACK = 64 * 1024
"""JSON escaping inflates text; a line may exceed the byte cap by this plus 2x before we stop reading."""

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def iter_jsonl(
    stream: BinaryIO,
    name: str,
    *,
    field: str | None = None,
    id_field: str | None = None,
    url_field: str | None = None,
    limits: Limits,
    origin: str | None = None,
) -> Iterator[Record]:
    """Yield one record per non-blank line of ``stream`` (already decompressed)."""
    max_line = 2 * limits.max_input_bytes + LINE_SLACK
    lineno = 0
    while True:
        lineno += 1
        identity = f"{name}:{lineno}"
        try:
            line = stream.readline(max_line + 1)
            if len(line) > max_line and not line.endswith(b"\n"):
                _skip_rest_of_line(stream)
                yield failed_record(
                    identity, TooLargeError.code, f"line is over {max_line} bytes", origin=origin
                )
                continue
        except EOFError as exc:
            yield failed_record(identity, TruncatedContainerError.code, _ended(exc), origin=origin)
            return
        except (OSError, zlib.error, ValueError) as exc:
            yield failed_record(
                identity, ContainerError.code, f"cannot read: {exc}"[:300], origin=origin
            )
            return
        if not line:
            return
        if not line.strip():
            continue
        yield _record(line, identity, field, id_field, url_field, origin)


def _ended(exc: Exception) -> str:
    return f"the compressed stream ends early ({exc}); records before it were kept"


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _record(
    line: bytes,
    identity: str,
    field: str | None,
    id_field: str | None,
    url_field: str | None,
    origin: str | None,
) -> Record:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        # Only the position: the line itself may be huge or private.
        return failed_record(
            identity, ContainerError.code, f"not valid JSON (line {exc})"[:200], origin=origin
        )
    if not isinstance(obj, dict):
        return failed_record(
            identity,
            ContainerError.code,
            f"a JSON {type(obj).__name__}, not an object",
            origin=origin,
        )
    if id_field is not None and isinstance(obj.get(id_field), str | int) and str(obj[id_field]):
        identity = str(obj[id_field])
    url = _url(obj, url_field)
    try:
        key = field if field is not None else detect_field(obj)
    except InputError as exc:
        return failed_record(identity, exc.code, exc.message, origin=origin, url=url)
    value = obj.get(key)
    if not isinstance(value, str):
        what = "missing" if value is None else f"a {type(value).__name__}, not a string"
        return failed_record(
            identity, InputError.code, f"field {key!r} is {what}", origin=origin, url=url
        )
    return Record(identity, value, kind=_kind_hint(key), url=url, origin=origin)


def detect_field(obj: dict[str, Any]) -> str:
    """The field holding the article, when it is obvious; raise when it is not."""
    for key in FIELD_PREFERENCE:
        if isinstance(obj.get(key), str):
            return key
    long_strings = [k for k, v in obj.items() if isinstance(v, str) and len(v) >= LONG_STRING]
    if len(long_strings) == 1:
        return long_strings[0]
    raise InputError(
        f"cannot tell which field holds the article (keys: {', '.join(list(obj)[:12])}); pass --field"
    )


def _url(obj: dict[str, Any], url_field: str | None) -> str | None:
    for key in (url_field,) if url_field else URL_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _kind_hint(key: str) -> InputKind | None:
    return "html" if "html" in key.lower() else None
