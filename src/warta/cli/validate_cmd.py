"""``warta validate FILE...``: parse each input and print a pass/fail table."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Table

from warta import parse
from warta.cli.console import output_console
from warta.cli.inputs import expand
from warta.errors import WartaError


def register(sub: Any) -> None:
    parser = sub.add_parser("validate", help="check that inputs parse into valid articles")
    parser.add_argument("inputs", nargs="+", help="files, folders, or '-' for stdin")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    table = Table(title="warta validate")
    table.add_column("input")
    table.add_column("result")
    table.add_column("detail")
    ok = failed = 0
    for name, data in expand(args.inputs):
        try:
            article = parse(data if data is not None else name, location=name)
        except WartaError as exc:
            failed += 1
            table.add_row(name, "[red]failed[/]", f"{exc.code}: {exc.message}")
        else:
            ok += 1
            table.add_row(name, "[green]ok[/]", f"{len(article.body)} paragraphs, {len(article.quotes)} quotes")
    console = output_console()
    console.print(table)
    console.print(f"validate: {ok + failed} records, {ok} ok, {failed} failed")
    return 1 if failed else 0
