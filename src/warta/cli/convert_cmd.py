"""``warta convert FILE... [-o OUT]``: JSON for one input, JSON Lines for several."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from warta import parse
from warta.cli.console import error_console
from warta.cli.inputs import expand
from warta.errors import WartaError


def register(sub: Any) -> None:
    parser = sub.add_parser("convert", help="convert inputs to JSON (one) or JSON Lines (several)")
    parser.add_argument("inputs", nargs="+", help="files, folders, or '-' for stdin")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    items = list(expand(args.inputs))
    single = len(items) == 1 and not any(Path(a).is_dir() for a in args.inputs if a != "-")
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for name, data in items:
            try:
                article = parse(data if data is not None else name, location=name)
            except WartaError as exc:
                if single:
                    raise
                failed += 1
                error_console().print(f"[red]failed[/] {exc}", highlight=False)
                continue
            out.write(article.model_dump_json(indent=2) if single else article.model_dump_json())
            out.write("\n")
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0
