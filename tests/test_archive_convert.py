"""convert_many: one result per record, order, limits, and workers that hang or die."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import warta.archive.worker as worker_module
from warta import Record, convert_many, iter_sources
from warta.limits import Limits

from .test_archive_support import ARTICLE_PAGES, TEXT_DUMPS, warc_bytes


def _text_records(copies: int = 1) -> list[Record]:
    return [
        Record(f"{dump.name}#{n}", dump.read_bytes(), kind="text", origin="test")
        for n in range(copies)
        for dump in TEXT_DUMPS
    ]


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_every_record_gives_one_result_in_input_order(workers: int) -> None:
    records = _text_records(copies=4)
    results = list(convert_many(records, workers=workers))
    assert [r.identity for r in results] == [r.identity for r in records]
    assert all(r.ok for r in results), [(r.code, r.message) for r in results if not r.ok]
    first = results[0].article
    assert first is not None and first.source.location == records[0].identity


def test_unordered_gives_the_same_results() -> None:
    records = _text_records(copies=3)
    results = list(convert_many(records, workers=2, ordered=False, batch_size=2))
    assert sorted(r.identity for r in results) == sorted(r.identity for r in records)


def test_container_errors_and_oversized_records_pass_through_as_errors() -> None:
    records = [
        Record("broken", b"", error_code="container.truncated", error_message="cut"),
        Record("big", b"x" * 5000, kind="text"),
        Record("empty", b"   \n", kind="text"),
        *_text_records()[:1],
    ]
    results = list(convert_many(records, workers=1, limits=Limits(max_input_bytes=4000)))
    assert [r.code for r in results] == [
        "container.truncated",
        "input.too_large",
        "input.empty",
        None,
    ]
    assert results[2].message and "   " not in results[2].error_line()["message"][:3]


def test_warc_records_keep_url_and_crawl_date(tmp_path: Path) -> None:
    path = tmp_path / "c.warc.gz"
    path.write_bytes(warc_bytes(ARTICLE_PAGES))
    results = list(convert_many(iter_sources([path]), workers=1))
    assert [r.url for r in results] == [f"http://example.test/{p.name}" for p in ARTICLE_PAGES]
    for result in results:
        assert result.ok, (result.code, result.message)
        article = result.article
        assert article is not None
        assert article.source.location == result.identity and result.identity.startswith(
            "<urn:uuid:"
        )
        assert article.source.url == result.url
        assert article.provenance["crawled"] == result.warc_date


def test_read_ahead_is_bounded() -> None:
    """Streaming: the pool never holds more than max_in_flight records it has not yielded."""
    pulled = 0

    def source() -> Iterator[Record]:
        nonlocal pulled
        for record in _text_records(copies=20):
            pulled += 1
            yield record

    seen = 0
    for _ in convert_many(source(), workers=2, batch_size=4, max_in_flight=16):
        seen += 1
        assert pulled - seen <= 16
    assert seen == pulled == 20 * len(TEXT_DUMPS)


def test_read_ahead_is_bounded_by_bytes_too() -> None:
    pulled = 0

    def source() -> Iterator[Record]:
        nonlocal pulled
        for n in range(30):
            pulled += 1
            yield Record(f"blank-{n}", b" " * 100_000, kind="text")

    seen = 0
    for result in convert_many(
        source(), workers=1, max_in_flight=1000, max_in_flight_bytes=300_000
    ):
        seen += 1
        assert result.code == "input.empty"
        # At most 300 kB + one record of input waits (4 records), plus one group of
        # finished results (8) ready to be yielded: never the whole source.
        assert pulled - seen <= 12
    assert seen == 30


# --- workers that hang or die: these patch the worker, so the pool must fork it ------------


def _patched(monkeypatch: pytest.MonkeyPatch, behaviour: str) -> None:
    real = worker_module._parse

    def parse(
        data: bytes | str,
        kind: object,
        url: object,
        identity: str,
        limits: Limits,
        charset: object = None,
    ) -> object:
        if identity.startswith("bad"):
            if behaviour == "sleep":
                time.sleep(60)
            elif behaviour == "stuck":
                # Native code ignoring signals: only the pool's kill can end this.
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                while True:
                    pass
            elif behaviour == "crash":
                os.kill(os.getpid(), signal.SIGKILL)
        return real(data, kind, url, identity, limits, charset)  # type: ignore[arg-type]

    monkeypatch.setattr(worker_module, "_parse", parse)


def _mixed() -> list[Record]:
    good = _text_records()
    return [good[0], Record("bad-1", b"whatever", kind="text"), good[1], good[2]]


@pytest.mark.parametrize("behaviour", ["sleep", "stuck"])
def test_a_record_over_the_time_budget_becomes_record_timeout(
    monkeypatch: pytest.MonkeyPatch, behaviour: str
) -> None:
    _patched(monkeypatch, behaviour)
    started = time.monotonic()
    results = list(
        convert_many(_mixed(), workers=1, limits=Limits(timeout_seconds=0.5), start_method="fork")
    )
    elapsed = time.monotonic() - started
    assert [r.code for r in results] == [None, "record.timeout", None, None]
    assert elapsed < 20  # budget 0.5 s + 1 s grace + a fresh worker, never a hang


def test_a_worker_that_dies_costs_only_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, "crash")
    results = list(convert_many(_mixed(), workers=2, batch_size=4, start_method="fork"))
    assert [r.code for r in results] == [None, "record.crashed", None, None]
    assert "signal 9" in (results[1].message or "")


def test_stopping_early_stops_the_workers() -> None:
    results = convert_many(_text_records(copies=10), workers=2)
    first = next(iter(results))
    assert first.ok
    results.close()  # type: ignore[attr-defined]
