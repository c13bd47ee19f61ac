"""``warta validate DUMP...``: convert (or re-check) and judge a whole dump, for CI.

Prints a Rich summary table and one stable summary line; writes the
versioned report JSON, JUnit XML, GitHub annotations and step summary on
request. Exit codes: 0 valid, 1 thresholds broken, 2 usage error, 3 internal
error, 4 no records (unless ``--allow-empty``).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.table import Table

from warta.archive.convert import Result, convert_many
from warta.archive.report import (
    Summary,
    Thresholds,
    github_annotations,
    junit_xml,
    report_json,
    step_summary_markdown,
)
from warta.cli.console import output_console
from warta.cli.inputs import Tally, add_input_arguments, limits_from, progress_bar, sources_from
from warta.errors import UsageError
from warta.model import Article

EXIT_OK, EXIT_THRESHOLDS, EXIT_USAGE, EXIT_INTERNAL, EXIT_EMPTY = 0, 1, 2, 3, 4


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "validate",
        help="check a dump converts (or converted output is valid) against thresholds, for CI",
        description="Exit codes: 0 valid, 1 thresholds broken, 2 usage error, 3 internal error, 4 no records.",
    )
    add_input_arguments(parser)
    check = parser.add_argument_group("checks")
    check.add_argument(
        "--converted",
        action="store_true",
        help="inputs are JSON Lines from 'warta convert': check them against the schema",
    )
    check.add_argument(
        "--schema",
        type=Path,
        help="with --converted: the schema file (default schemas/article.schema.json)",
    )
    check.add_argument(
        "--max-failures",
        type=int,
        metavar="N",
        help="fail when more than N records fail (default 0)",
    )
    check.add_argument(
        "--max-failure-rate",
        type=_rate,
        metavar="P",
        help="fail when more than this share fails (0.05 or 5%%)",
    )
    check.add_argument(
        "--require",
        type=_fields,
        default=(),
        metavar="FIELDS",
        help="comma-separated fields every article must have, e.g. headline,published,byline",
    )
    check.add_argument(
        "--allow-empty", action="store_true", help="no records is not an error (exit 0, not 4)"
    )
    out = parser.add_argument_group("reports")
    out.add_argument(
        "--report", type=Path, metavar="FILE", help="write the versioned JSON report here"
    )
    out.add_argument("--junit-xml", type=Path, metavar="FILE", help="write JUnit XML here")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.max_failures is not None and args.max_failures < 0:
        raise UsageError("--max-failures must be 0 or more")
    summary = Summary(Thresholds(args.max_failures, args.max_failure_rate, tuple(args.require)))
    tally = Tally()
    with progress_bar(args, "validate") as reporter:
        for result, article in _outcomes(args, summary):
            failure = summary.add(result, article)
            if failure is None:
                tally.ok += 1
            else:
                tally.failed += 1
            reporter.advance(tally)
        reporter.advance(tally, force=True)
    code = _exit_code(summary, args)
    _print(summary, args)
    _write_reports(summary, args, code)
    return code


def _outcomes(
    args: argparse.Namespace, summary: Summary
) -> Iterator[tuple[Result, dict[str, Any] | None]]:
    if args.converted:
        from warta.archive.converted import ArticleChecker, iter_converted, load_schema

        yield from iter_converted(args.inputs, ArticleChecker(load_schema(args.schema)))
        return
    limits = limits_from(args)
    sources = sources_from(args, limits)
    for result in convert_many(sources, workers=args.workers, limits=limits):
        yield result, None
    summary.skipped.update(sources.stats.skipped)


def _exit_code(summary: Summary, args: argparse.Namespace) -> int:
    if summary.records == 0 and not args.allow_empty:
        return EXIT_EMPTY
    return EXIT_OK if summary.passed() else EXIT_THRESHOLDS


def _print(summary: Summary, args: argparse.Namespace) -> None:
    console = output_console()
    if summary.records == 0:
        console.print("[yellow]no records found[/]" + (" (allowed)" if args.allow_empty else ""))
    console.print(_table(summary))
    console.print(summary.line(), highlight=False, markup=False, soft_wrap=True)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for line in github_annotations(summary):
            print(line, flush=True)


def _table(summary: Summary) -> Table:
    table = Table(title="warta validate", show_header=True)
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("records", str(summary.records))
    table.add_row("[green]ok[/]", str(summary.ok))
    table.add_row(
        "[red]failed[/]" if summary.failed else "failed",
        f"{summary.failed} ({summary.failure_rate:.1%})",
    )
    for code, count in summary.failures_by_code.most_common():
        table.add_row(f"  failed: {code}", str(count))
    for code, count in summary.warnings_by_code.most_common():
        table.add_row(f"  warning: {code}", str(count))
    for reason, count in summary.skipped.most_common():
        table.add_row(f"  skipped: {reason}", str(count))
    for name, share in summary.coverage().items():
        table.add_row(f"coverage: {name}", f"{share:.0%}")
    return table


def _write_reports(summary: Summary, args: argparse.Namespace, code: int) -> None:
    if args.report:
        data = report_json(
            summary, inputs=list(args.inputs), converted=args.converted, exit_code=code
        )
        args.report.write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if args.junit_xml:
        args.junit_xml.write_text(junit_xml(summary), encoding="utf-8")
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary and os.environ.get("GITHUB_ACTIONS") == "true":
        with open(step_summary, "a", encoding="utf-8") as handle:
            handle.write(step_summary_markdown(summary))


def _rate(value: str) -> float:
    text = value.strip()
    try:
        rate = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a rate: {value!r} (use 0.05 or 5%)") from None
    if not 0 <= rate <= 1:
        raise argparse.ArgumentTypeError("a failure rate lies between 0 and 1 (or 0% and 100%)")
    return rate


def _fields(value: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = [name for name in names if name not in Article.model_fields]
    if unknown:
        known = ", ".join(Article.model_fields)
        raise argparse.ArgumentTypeError(f"unknown field(s): {', '.join(unknown)} (known: {known})")
    return names
