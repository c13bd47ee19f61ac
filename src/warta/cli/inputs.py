"""What ``convert`` and ``validate`` share: input arguments, limits, workers, progress.

Both commands read the same inputs (files, folders, JSON Lines, WARC,
compressed or not, ``-`` for stdin) through :func:`warta.archive.iter_sources`
and run the same pool; this module turns their arguments into those calls.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from warta.archive.convert import default_workers
from warta.archive.sources import STDIN, Sources, inner_suffix, iter_sources, walk
from warta.cli.console import error_console
from warta.errors import UsageError
from warta.limits import DEFAULT_LIMITS, Limits

PLAIN_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs, filters, JSON Lines fields, limits and workers."""
    parser.add_argument("inputs", nargs="+", help="files, folders (recursive), or '-' for stdin")
    group = parser.add_argument_group("inputs")
    group.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, take only matching files",
    )
    group.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, skip matching files",
    )
    group.add_argument(
        "--field", help="JSON Lines: the field holding the HTML or text (default: detected)"
    )
    group.add_argument(
        "--id-field", help="JSON Lines: the field holding the record identity (default: path:line)"
    )
    group.add_argument(
        "--url-field", help="JSON Lines: the field holding the URL (default: url, link, ...)"
    )
    run = parser.add_argument_group("run")
    run.add_argument(
        "--workers",
        type=_non_negative,
        default=None,
        metavar="N",
        help=f"worker processes (default: cores = {default_workers()}; 0 = in this process)",
    )
    run.add_argument(
        "--max-bytes",
        type=_positive,
        default=None,
        metavar="N",
        help=f"per-record size cap in bytes (default {DEFAULT_LIMITS.max_input_bytes})",
    )
    run.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help=f"per-record time budget (default {DEFAULT_LIMITS.timeout_seconds:g} s)",
    )
    run.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no final counts"
    )


def limits_from(args: argparse.Namespace) -> Limits:
    changes: dict[str, Any] = {}
    if args.max_bytes is not None:
        changes["max_input_bytes"] = args.max_bytes
    if args.timeout is not None:
        if args.timeout <= 0:
            raise UsageError("--timeout must be positive")
        changes["timeout_seconds"] = args.timeout
    return dataclasses.replace(DEFAULT_LIMITS, **changes) if changes else DEFAULT_LIMITS


def sources_from(args: argparse.Namespace, limits: Limits) -> Sources:
    if args.inputs.count(STDIN) > 1:
        raise UsageError("'-' (stdin) can be given only once")
    return iter_sources(
        args.inputs,
        include=args.include,
        exclude=args.exclude,
        field=args.field,
        id_field=args.id_field,
        url_field=args.url_field,
        limits=limits,
    )


class Tally:
    """Counts shown by the progress bar and at the end."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0

    @property
    def total(self) -> int:
        return self.ok + self.failed


class Reporter:
    """Advances the progress bar; does nothing when there is none."""

    def __init__(self, progress: Progress | None = None, task: Any = None) -> None:
        self.progress = progress
        self.task = task

    def advance(self, tally: Tally, *, force: bool = False) -> None:
        # Redrawing per record would cost more than parsing a small dump.
        if self.progress is None or not (force or tally.total < 50 or tally.total % 50 == 0):
            return
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = f"{tally.total / elapsed:.0f}" if elapsed > 0 else "-"
        self.progress.update(
            self.task, completed=tally.total, ok=tally.ok, failed=tally.failed, rate=rate
        )


@contextmanager
def progress_bar(args: argparse.Namespace, label: str) -> Iterator[Reporter]:
    """A Rich progress bar on stderr, only for a terminal and without ``--quiet``.

    The total (for the ETA) is counted in a background thread when every
    input is a plain page or dump, where files and records are one to one;
    archives leave it open and the bar shows the count and rate alone.
    """
    console = error_console()
    if args.quiet or not console.is_terminal:
        yield Reporter()
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[green]{task.fields[ok]} ok[/] [red]{task.fields[failed]} failed[/]"),
        TextColumn("{task.fields[rate]}/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
    )
    task = progress.add_task(label, total=None, ok=0, failed=0, rate="-")
    threading.Thread(target=_count_total, args=(args, progress, task), daemon=True).start()
    with progress:
        yield Reporter(progress, task)


def _count_total(args: argparse.Namespace, progress: Progress, task: Any) -> None:
    count = 0
    for arg in args.inputs:
        if arg == STDIN:
            return
        paths = walk(arg, args.include, args.exclude) if os.path.isdir(arg) else iter([arg])
        for path in paths:
            if inner_suffix(path) not in PLAIN_SUFFIXES:
                return  # an archive: records are not files, the total stays unknown
            count += 1
    progress.update(task, total=count)


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return number
