"""``warta quotes FILE...``: every quote with its speaker, one row per quote, across many files.

Meant for pulling all statements of one person out of an archive:
``--speaker NAME`` keeps the quotes whose speaker, full name or title
contains every word of NAME (any form of the name matches: ``Tito``,
``Tito Karnavian``, ``Muhammad Tito Karnavian``). ``--json`` writes JSON
Lines, one object per quote, with the file it came from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.table import Table

from warta import parse
from warta.cli.console import error_console, output_console
from warta.errors import UsageError, WartaError
from warta.model import Quote

_WORD = re.compile(r"\w+")


def register(sub: Any) -> None:
    parser = sub.add_parser("quotes", help="list quotes and speakers across files")
    parser.add_argument("inputs", nargs="+", help="files, folders, or '-' for stdin")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one quote per line")
    parser.add_argument("--speaker", help="keep quotes by this person (any form of the name)")
    parser.set_defaults(run=run)


def matches(quote: Quote, wanted: str) -> bool:
    """True when every word of ``wanted`` is a word of the speaker, the full name or the title."""
    words = {w.casefold() for w in _WORD.findall(wanted)}
    if not words:
        return True
    forms = " ".join(f for f in (quote.speaker, quote.speaker_name, quote.speaker_title) if f)
    have = {w.casefold() for w in _WORD.findall(forms)}
    return words <= have


_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".shtml"}


def expand(paths: list[str]) -> Iterator[tuple[str, bytes | None]]:
    """(name, data) per input; data is None for a path, which the parser reads itself."""
    for arg in paths:
        path = Path(arg)
        if arg == "-":
            yield "<stdin>", sys.stdin.buffer.read()
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in _SUFFIXES:
                    yield str(child), None
        elif path.is_file():
            yield str(path), None
        else:
            raise UsageError(f"no such file or folder: {arg}")


def run(args: argparse.Namespace) -> int:
    rows: list[tuple[str, Quote]] = []
    failed = 0
    for name, data in expand(args.inputs):
        try:
            article = parse(data if data is not None else name, location=name)
        except WartaError as exc:
            failed += 1
            error_console().print(f"[red]failed[/] {exc}", highlight=False)
            continue
        rows.extend(
            (name, q) for q in article.quotes if not args.speaker or matches(q, args.speaker)
        )
    if args.json:
        for name, quote in rows:
            sys.stdout.write(
                json.dumps({"file": name, **quote.model_dump()}, ensure_ascii=False) + "\n"
            )
    else:
        _print_table(rows)
    return 1 if failed else 0


def _print_table(rows: list[tuple[str, Quote]]) -> None:
    table = Table(title=f"{len(rows)} quotes", show_lines=False)
    table.add_column("file", overflow="fold", max_width=24)
    table.add_column("quote", overflow="fold", ratio=3)
    table.add_column("speaker", overflow="fold")
    table.add_column("title", overflow="fold")
    table.add_column("verb")
    for name, quote in rows:
        text = quote.text if len(quote.text) <= 160 else quote.text[:157] + "..."
        speaker = quote.speaker or ""
        if quote.speaker_name and quote.speaker_name != quote.speaker:
            speaker = f"{speaker} ({quote.speaker_name})" if speaker else quote.speaker_name
        table.add_row(name, text, speaker, quote.speaker_title or "", quote.verb or "")
    output_console().print(table)
