"""``convert_many``: records in, one :class:`Result` per record out, in parallel.

Why a pool of our own instead of ``concurrent.futures``: a record that hangs
the parser (in native code, where no signal can interrupt it) must cost one
error record, not the run. Each worker here is a process we can kill and
replace. Work is streamed: at most ``max_in_flight`` records (and about
``max_in_flight_bytes`` of input) are read ahead,
so memory stays flat however large the archive. Records reach a worker in
small batches to spread the pipe cost, and the worker answers per record so
the parent always knows which record is running and since when.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from warta.archive.record import Record
from warta.archive.worker import MAX_MESSAGE, Reply, Task
from warta.errors import TooLargeError
from warta.limits import DEFAULT_LIMITS, Limits
from warta.model import Article


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one record: the Article (as JSON) or an error code and message."""

    identity: str
    json: str | None = None
    """The Article serialised by the worker; :attr:`article` validates it back on demand."""
    code: str | None = None
    message: str | None = None
    url: str | None = None
    warc_date: str | None = None
    origin: str | None = None

    @property
    def ok(self) -> bool:
        return self.json is not None

    @property
    def article(self) -> Article | None:
        """The Article, or None for an error result (validated from JSON on each access)."""
        return Article.model_validate_json(self.json) if self.json is not None else None

    def error_line(self) -> dict[str, str]:
        """The ``--errors`` entry: identity, code, message (never the input itself)."""
        return {"identity": self.identity, "code": self.code or "", "message": self.message or ""}


def convert_many(
    records: Iterable[Record],
    *,
    workers: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ordered: bool = True,
    batch_size: int = 16,
    max_in_flight: int | None = None,
    max_in_flight_bytes: int = 128 * 1024 * 1024,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Parse every record; yield exactly one :class:`Result` per record.

    ``workers``: processes (default: the number of cores); ``0`` converts in
    this process (no hard kill; the time budget then relies on SIGALRM and
    works only in the main thread, as in a Spark Python worker). ``ordered``
    keeps the input order; otherwise results come as they finish. A record
    over ``limits.max_input_bytes`` or ``limits.timeout_seconds`` becomes an
    ``input.too_large`` or ``record.timeout`` result.
    """
    count = default_workers() if workers is None else workers
    from warta.archive.pool import Pool, run_inline

    if count <= 0:
        return run_inline(records, limits)

    in_flight = max_in_flight or count * batch_size * 4
    pool = Pool(
        count,
        limits,
        batch_size=batch_size,
        max_in_flight=in_flight,
        max_in_flight_bytes=max_in_flight_bytes,
        start_method=start_method,
    )
    return pool.run(records, ordered=ordered)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def precheck(record: Record, limits: Limits) -> Result | None:
    """The result of a record that needs no parse: a container error or an oversized input."""
    if record.error_code is not None:
        return error_result(record, record.error_code, record.error_message or "")
    if record.size > limits.max_input_bytes:
        return error_result(
            record,
            TooLargeError.code,
            f"input is {record.size} bytes, over the limit of {limits.max_input_bytes}",
        )
    return None


def to_task(seq: int, record: Record) -> Task:
    return (
        seq,
        record.identity,
        record.data,
        record.kind,
        record.url,
        record.warc_date,
        record.charset,
    )


def to_result(record: Record, reply: Reply) -> Result:
    _, json, code, message = reply
    return Result(record.identity, json, code, message, record.url, record.warc_date, record.origin)


def error_result(record: Record, code: str, message: str) -> Result:
    return Result(
        record.identity,
        None,
        code,
        message[:MAX_MESSAGE],
        record.url,
        record.warc_date,
        record.origin,
    )


def result_fields(result: Result) -> dict[str, Any]:
    """Record metadata shared by the status outputs (errors file, Spark status rows)."""
    return {
        "identity": result.identity,
        "url": result.url,
        "warc_date": result.warc_date,
        "origin": result.origin,
    }
