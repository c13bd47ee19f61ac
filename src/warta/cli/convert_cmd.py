"""``warta convert FILE... [-o OUT]``: JSON for one input, JSON Lines (or Parquet) for several.

A thin layer over :func:`warta.archive.iter_sources` and
:func:`warta.archive.convert_many`. Every record ends in exactly one of the
output or the ``--errors`` file; the counts are printed at the end (on
stderr, so stdout stays data). JSON Lines output is written whole per record
and flushed, so a killed run leaves only finished records and ``--resume``
continues it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any, Protocol

from warta.archive.convert import Result, convert_many
from warta.archive.output import LineWriter, done_identities
from warta.archive.record import Record, SourceStats
from warta.archive.sources import STDIN, STDIN_NAME
from warta.cli.console import error_console
from warta.cli.inputs import Tally, add_input_arguments, limits_from, progress_bar, sources_from
from warta.errors import ERROR_CODES, UsageError, WartaError
from warta.limits import Limits

FORMATS = ("json", "jsonl", "parquet")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "convert",
        help="convert inputs to JSON (one), JSON Lines or Parquet (many)",
        description="Convert pages, dumps and archives (folders, JSON Lines, WARC; gzip/bz2/xz/zstd) to Articles.",
    )
    add_input_arguments(parser)
    out = parser.add_argument_group("output")
    out.add_argument(
        "-o", "--output", type=Path, help="write here instead of stdout (.parquet: Parquet)"
    )
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="json (one input), jsonl or parquet (default: from -o and inputs)",
    )
    out.add_argument(
        "--errors", type=Path, metavar="FILE", help="write failed records here, one JSON line each"
    )
    out.add_argument(
        "--unordered", action="store_true", help="write results as they finish, not in input order"
    )
    out.add_argument(
        "--resume", action="store_true", help="skip identities already in -o and --errors; append"
    )
    parser.set_defaults(run=run)


class Sink(Protocol):
    def write_json(self, article_json: str) -> None: ...
    def close(self) -> None: ...


class _JsonLinesSink:
    def __init__(self, writer: LineWriter) -> None:
        self.writer = writer

    def write_json(self, article_json: str) -> None:
        self.writer.write(article_json)

    def close(self) -> None:
        self.writer.close()


def run(args: argparse.Namespace) -> int:
    limits = limits_from(args)
    fmt = _requested_format(args)
    sources = sources_from(args, limits)
    records: Iterator[Record] = iter(sources)
    if fmt in ("json", "auto"):
        head = list(islice(records, 2))
        name = STDIN_NAME if args.inputs[0] == STDIN else args.inputs[0]
        if len(head) == 1 and head[0].identity == name:
            return _convert_one(args, head[0], limits)
        if fmt == "json":
            raise UsageError(
                "--format json needs exactly one article; this input holds several (use jsonl)"
            )
        records = chain(head, records)
        fmt = "jsonl"
    return _convert_stream(args, records, fmt, limits, sources.stats)


def _requested_format(args: argparse.Namespace) -> str:
    """'json', 'jsonl', 'parquet', or 'auto' (JSON if the one input holds one article)."""
    fmt: str | None = args.format
    if (
        fmt is None
        and args.output is not None
        and args.output.suffix.lower() in (".parquet", ".pq")
    ):
        fmt = "parquet"
    if fmt == "parquet" and args.output is None:
        raise UsageError("Parquet output needs -o FILE")
    if args.resume:
        if fmt in ("parquet", "json") or args.output is None:
            raise UsageError("--resume needs JSON Lines written to a file (-o FILE.jsonl)")
        return "jsonl"
    single_file = len(args.inputs) == 1 and (
        args.inputs[0] == STDIN or Path(args.inputs[0]).is_file()
    )
    if fmt == "json" and not single_file:
        raise UsageError("--format json takes exactly one input file; use jsonl for several")
    if fmt is None:
        return "auto" if single_file else "jsonl"
    return fmt


def _convert_one(args: argparse.Namespace, record: Record, limits: Limits) -> int:
    """One article: pretty JSON, and a failure is the command's error (exit 1)."""
    workers = 0 if args.workers is None else args.workers  # one record: no pool to start
    result = next(iter(convert_many([record], workers=workers, limits=limits)))
    if args.errors:
        errors = LineWriter.open(args.errors, append=False)
        if not result.ok:
            errors.write(json.dumps(result.error_line(), ensure_ascii=False))
        errors.close()
    article = result.article
    if article is None:
        raise _as_error(result)
    text = article.model_dump_json(indent=2) + "\n"
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _as_error(result: Result) -> WartaError:
    cls = ERROR_CODES.get(result.code or "", WartaError)
    try:
        error = cls(result.message or "failed", identity=result.identity)
    except TypeError:
        error = WartaError(result.message or "failed", identity=result.identity)
    error.code = result.code or error.code
    return error


def _convert_stream(
    args: argparse.Namespace,
    records: Iterator[Record],
    fmt: str,
    limits: Limits,
    stats: SourceStats,
) -> int:
    done = done_identities(args.output, args.errors) if args.resume else set()
    if done:
        records = (r for r in records if r.identity not in done)
    sink = _open_sink(args, fmt)
    errors = LineWriter.open(args.errors, append=args.resume) if args.errors else None
    tally = Tally()
    by_code: Counter[str] = Counter()
    complete = False
    try:
        with progress_bar(args, "convert") as reporter:
            for result in convert_many(
                records, workers=args.workers, limits=limits, ordered=not args.unordered
            ):
                if result.json is not None:
                    sink.write_json(result.json)
                    tally.ok += 1
                else:
                    tally.failed += 1
                    by_code[result.code or "unknown"] += 1
                    if errors is not None:
                        errors.write(json.dumps(result.error_line(), ensure_ascii=False))
                reporter.advance(tally)
            reporter.advance(tally, force=True)
        complete = True
    finally:
        _close(sink, complete)
        if errors is not None:
            errors.close()
    if not args.quiet:
        print_counts("convert", tally, by_code, stats, resumed=len(done))
    return 1 if tally.failed else 0


def _open_sink(args: argparse.Namespace, fmt: str) -> Sink:
    if fmt == "parquet":
        from warta.archive.parquet import ParquetWriter

        return ParquetWriter(args.output)
    if args.output is None:
        return _JsonLinesSink(LineWriter(sys.stdout, owned=False))
    return _JsonLinesSink(LineWriter.open(args.output, append=args.resume))


def _close(sink: Sink, complete: bool) -> None:
    abort = getattr(sink, "abort", None)
    if not complete and abort is not None:
        abort()  # a Parquet file is published only when whole
    else:
        sink.close()


def print_counts(
    command: str, tally: Tally, by_code: Counter[str], stats: SourceStats, *, resumed: int = 0
) -> None:
    """The closing line(s): records, ok, failed by code, skipped archive entries."""
    parts = [f"{tally.total} records", f"{tally.ok} ok", f"{tally.failed} failed"]
    if stats.skipped:
        parts.append(f"{sum(stats.skipped.values())} archive entries skipped")
    if resumed:
        parts.append(f"{resumed} already done (resumed)")
    console = error_console()
    console.print(f"{command}: " + ", ".join(parts), highlight=False)
    if by_code:
        console.print(
            "  failed by code: " + ", ".join(f"{c} {n}" for c, n in by_code.most_common()),
            highlight=False,
        )
    if stats.skipped:
        console.print(
            "  skipped: " + ", ".join(f"{c} {n}" for c, n in stats.skipped.most_common()),
            highlight=False,
        )
