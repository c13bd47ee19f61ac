"""``warta inspect FILE``: show one article readably, or as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from warta import Article, parse
from warta.cli.console import output_console
from warta.errors import UsageError


def register(sub: Any) -> None:
    parser = sub.add_parser("inspect", help="show one article: fields, body with quotes, speakers")
    parser.add_argument("file", help="a text dump or HTML page ('-' for stdin)")
    parser.add_argument("--json", action="store_true", help="print the Article as JSON instead")
    parser.add_argument("--url", help="the page's URL (helps HTML pages)")
    parser.add_argument(
        "--show-blocks", action="store_true", help="print the blocks and the role each got"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source: str | bytes = sys.stdin.buffer.read() if args.file == "-" else args.file
    if args.file != "-" and not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    if args.show_blocks:
        from warta.cli.blocks_view import show_blocks

        show_blocks(source, url=args.url)
        return 0
    article = parse(source, url=args.url, location="<stdin>" if args.file == "-" else None)
    console = output_console()
    if args.json:
        console.out(article.model_dump_json(indent=2), highlight=False)
        return 0
    console.print(render(article))
    return 0


def render(article: Article) -> Group:
    """The readable view: header, body with quotes highlighted, quote table, boilerplate."""
    parts: list[Any] = [_header(article), _body(article)]
    if article.quotes:
        parts.append(_quote_table(article))
    if article.boilerplate or article.warnings:
        parts.append(_removed(article))
    return Group(*parts)


def _header(article: Article) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", justify="right")
    grid.add_column()
    origin = article.provenance

    def row(label: str, value: str | None, key: str) -> None:
        if value:
            where = f"  [dim]({origin[key]})[/]" if key in origin else ""
            grid.add_row(label, Text.from_markup(f"{_escape(value)}{where}"))

    row("section", article.section, "section")
    if article.dateline:
        d = article.dateline
        row(
            "dateline",
            f"{d.raw}  [publisher: {d.publisher or '-'}, place: {d.place or '-'}]",
            "dateline",
        )
    if article.published:
        p = article.published
        row("published", f"{p.value.isoformat()}  from {p.raw!r} ({p.source})", "published")
    if article.byline:
        b = article.byline
        people = ", ".join(b.people) or "-"
        row("byline", f"{b.raw}  [people: {people}; desk: {b.desk or '-'}]", "byline")
    if article.signature:
        row("signature", article.signature, "signature")
    comments = article.comments
    row("comments", f"yes: {comments.marker!r}" if comments.present else "no", "comments")
    row("language", article.language, "language")
    row(
        "source",
        f"{article.source.location or '-'} ({article.source.kind}, {article.source.encoding})",
        "source",
    )
    title = Text(article.headline, style="bold")
    return Panel(grid, title=title, title_align="left")


def _escape(value: str) -> str:
    from rich.markup import escape

    return escape(value)


def _body(article: Article) -> Panel:
    spans: dict[int, list[tuple[int, int]]] = {}
    for quote in article.quotes:
        spans.setdefault(quote.paragraph, []).append(quote.span)
        for part in quote.parts:
            spans.setdefault(part.paragraph, []).append(part.span)
    texts: list[Text] = []
    for i, paragraph in enumerate(article.body):
        text = Text(paragraph.text, style="bold underline" if paragraph.heading else "")
        for start, end in spans.get(i, []):
            text.stylize("bold yellow", start, end)
        texts.append(text)
    return Panel(
        Text("\n\n").join(texts), title=f"body ({len(article.body)} paragraphs)", title_align="left"
    )


def _quote_table(article: Article) -> Table:
    table = Table(title="quotes", show_lines=False, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("quote", ratio=4, min_width=24)
    table.add_column("speaker", style="green", ratio=1, overflow="fold")
    table.add_column("title", ratio=1, overflow="fold")
    table.add_column("attribution", style="dim", ratio=1, overflow="fold")
    for n, quote in enumerate(article.quotes, 1):
        text = quote.text if len(quote.text) < 160 else quote.text[:157] + "..."
        speaker = quote.speaker or "-"
        if quote.speaker_name and quote.speaker_name != quote.speaker:
            speaker += f" ({quote.speaker_name})"
        table.add_row(str(n), text, speaker, quote.speaker_title or "", quote.attribution or "")
    return table


def _removed(article: Article) -> Panel:
    lines = [Text(f"[{r.reason}] {r.text[:200]}", style="dim") for r in article.boilerplate]
    lines += [Text(f"warning {w.code}: {w.message}", style="dim yellow") for w in article.warnings]
    return Panel(
        Text("\n").join(lines), title="boilerplate and warnings", title_align="left", style="dim"
    )
