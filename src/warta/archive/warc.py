"""WARC files (.warc, .warc.gz) through warcio, with the damage warcio misses.

Response records (status 2xx) whose HTTP Content-Type is HTML become
records for the parser, and so do ``resource`` records of HTML or plain text
and ``conversion`` records of plain text (Common Crawl's WET files hold the
extracted text of each page this way): identity = WARC-Record-ID, url =
WARC-Target-URI, ``warc_date`` = WARC-Date. Every other record is counted in
:class:`~warta.archive.record.SourceStats` and not converted.

warcio reads a damaged file quietly: a record cut short returns fewer bytes
than its Content-Length, and a gzip member without its end is accepted. This
reader checks both after each record (the ``LimitReader`` still expects bytes;
the member's decompressor has not reached its end), honours the
``WARC-Truncated`` header (the crawler stored only part of the payload), and
turns warcio's own ``ArchiveLoadFailed`` into an error record named
``path@offset`` after yielding every record before the damage.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warta.archive.record import Record, SourceStats, failed_record
from warta.decode import charset_from_content_type
from warta.errors import ContainerError, TooLargeError, TruncatedContainerError, UsageError
from warta.limits import Limits
from warta.model import InputKind

HTML_TYPES = ("text/html", "application/xhtml+xml")
CONVERTED_TYPES = ("response", "resource", "conversion")
READ_CHUNK = 1 << 20


def iter_warc(
    stream: BinaryIO, name: str, *, limits: Limits, stats: SourceStats, origin: str | None = None
) -> Iterator[Record]:
    """Yield records from one WARC stream (gzip per member, or plain)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise UsageError("reading WARC files needs warcio: pip install 'warta[archive]'") from exc

    iterator = ArchiveIterator(stream, check_digests=False)
    offset = 0
    try:
        for warc_record in iterator:
            record = _read_record(warc_record, iterator, name, limits, stats, origin)
            offset = _next_offset(iterator, offset)
            if record is not None:
                yield record
    except ArchiveLoadFailed as exc:
        yield failed_record(
            f"{name}@{offset}",
            ContainerError.code,
            f"warcio ArchiveLoadFailed: {exc}"[:300],
            origin=origin,
        )
    except EOFError as exc:
        yield failed_record(
            f"{name}@{offset}",
            TruncatedContainerError.code,
            f"the file ends inside a record ({exc})"[:300],
            origin=origin,
        )
    except (OSError, zlib.error, ValueError) as exc:
        yield failed_record(
            f"{name}@{offset}", ContainerError.code, f"cannot read: {exc}"[:300], origin=origin
        )


def _next_offset(iterator: Any, previous: int) -> int:
    try:
        offset, length = iterator.member_info
        return int(offset) + int(length)
    except (TypeError, ValueError, AttributeError):
        return previous


def _read_record(
    warc_record: Any,
    iterator: Any,
    name: str,
    limits: Limits,
    stats: SourceStats,
    origin: str | None,
) -> Record | None:
    headers = warc_record.rec_headers
    identity = headers.get_header("WARC-Record-ID") or f"{name}@{getattr(iterator, 'offset', 0)}"
    url = headers.get_header("WARC-Target-URI")
    kind = _kind_of(warc_record, stats)
    payload: bytes | None = None
    too_large = False
    if kind is not None:
        try:
            payload = warc_record.content_stream().read(limits.max_input_bytes + 1)
        except (OSError, zlib.error, ValueError) as exc:
            # A broken Content-Encoding or chunking spoils this record, not the file.
            message = f"cannot decode the HTTP payload: {exc}"[:300]
            _damage(warc_record, iterator)
            return failed_record(identity, ContainerError.code, message, origin=origin, url=url)
        too_large = len(payload) > limits.max_input_bytes
        if too_large:
            payload = None
    damage = _damage(warc_record, iterator)
    if damage is not None:
        return failed_record(identity, TruncatedContainerError.code, damage, origin=origin, url=url)
    if kind is None:
        return None
    truncated = headers.get_header("WARC-Truncated")
    if truncated:
        return failed_record(
            identity,
            TruncatedContainerError.code,
            f"WARC-Truncated: {truncated[:40]} (the crawler stored only part of the payload)",
            origin=origin,
            url=url,
        )
    if too_large or payload is None:
        return failed_record(
            identity,
            TooLargeError.code,
            f"payload is over the limit of {limits.max_input_bytes} bytes",
            origin=origin,
            url=url,
        )
    return Record(
        identity,
        payload,
        kind=kind,
        url=url,
        warc_date=headers.get_header("WARC-Date"),
        charset=charset_from_content_type(_content_type(warc_record)),
        origin=origin,
    )


def _content_type(warc_record: Any) -> str:
    """The payload's Content-Type: the HTTP header of a response, else the WARC header."""
    http = warc_record.http_headers if warc_record.rec_type == "response" else None
    headers = http if http is not None else warc_record.rec_headers
    return str(headers.get_header("Content-Type") or "")


def _kind_of(warc_record: Any, stats: SourceStats) -> InputKind | None:
    """'html' or 'text' for a record to convert; None (and a count) for one to skip."""
    rec_type = warc_record.rec_type or "unknown"
    if rec_type not in CONVERTED_TYPES:
        stats.skipped[f"warc.{rec_type}"] += 1
        return None
    if rec_type == "response":
        http = warc_record.http_headers
        if http is None:
            stats.skipped["warc.response.not_http"] += 1
            return None
        if not (http.get_statuscode() or "").startswith("2"):
            stats.skipped["warc.response.status_not_2xx"] += 1
            return None
    media = _content_type(warc_record).split(";")[0].strip().lower()
    if media in HTML_TYPES:
        return "html"
    if media == "text/plain" and rec_type != "response":
        return "text"  # a stored text dump, or a WET conversion record
    stats.skipped[f"warc.{rec_type}.not_{'html' if rec_type == 'response' else 'text'}"] += 1
    return None


def _damage(warc_record: Any, iterator: Any) -> str | None:
    """Why this record is incomplete, or None: checked after reading it to its end."""
    iterator.read_to_end()
    missing = getattr(warc_record.raw_stream, "limit", 0)
    if missing:
        return f"record is {missing} bytes shorter than its Content-Length; the file is cut short"
    decompressor = iterator.reader.decompressor
    if decompressor is not None and not decompressor.eof:
        return "the gzip member holding this record is cut short"
    return None
