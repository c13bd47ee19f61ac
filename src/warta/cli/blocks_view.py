"""``warta inspect --show-blocks``: the page as blocks, with the role each got and why.

One row per block in page order: its number, tag, role, the reason for the
role, the share of its text inside links, the innermost class/id tokens it
sits under, and the text. Body and heading rows are bright, other roles
(headline, date, byline, comments) cyan, boilerplate dim, so a reader can
scan down the page and see where the article starts, where it stops and why
a paragraph was dropped. docs/html.md explains every reason.

A page the pipeline rejects (not an article, no body) is still shown: the
error is printed and the blocks come from the content stage alone, which
is usually where the answer to "why was this rejected?" is.
"""

from __future__ import annotations

from collections import Counter

from rich.markup import escape
from rich.table import Table

from warta.blocks import Block, Document
from warta.cli.console import output_console
from warta.errors import WartaError
from warta.limits import DEFAULT_LIMITS
from warta.pipeline import to_document
from warta.read import RawInput, load, sniff_kind

TEXT_MAX = 140
HINTS_SHOWN = 28
_BODY_ROLES = ("body", "heading")


def show_blocks(source: str | bytes, *, url: str | None) -> None:
    raw = load(source, limits=DEFAULT_LIMITS)
    kind = sniff_kind(raw)
    console = output_console()
    try:
        doc = to_document(raw, kind, url=url, limits=DEFAULT_LIMITS)
    except WartaError as exc:
        if kind != "html":
            raise
        console.print(
            f"[red]the pipeline rejects this page:[/] {escape(str(exc))}", highlight=False
        )
        doc = _content_stage(raw, url)
    console.print(blocks_table(doc, title=f"blocks of {raw.location or 'input'} ({doc.kind})"))
    console.print(summary(doc.blocks), highlight=False)
    for name, claims in doc.evidence.items():
        for claim in claims:
            console.print(
                f"[cyan]{name}[/] = {escape(repr(claim.value))} [dim]({escape(claim.source)})[/]",
                highlight=False,
            )


def blocks_table(doc: Document, *, title: str) -> Table:
    """The block table (also usable by other views)."""
    table = Table(title=title, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("tag", style="dim")
    table.add_column("role")
    table.add_column("why", style="dim")
    if doc.kind == "html":
        table.add_column("links", justify="right", style="dim")
        table.add_column("hints", style="dim", max_width=HINTS_SHOWN, no_wrap=True)
    table.add_column("text", ratio=3)
    for block in doc.blocks:
        text = block.text if len(block.text) <= TEXT_MAX else block.text[: TEXT_MAX - 3] + "..."
        cells = [str(block.index), block.tag, block.role, block.reason]
        if doc.kind == "html":
            links = f"{block.link_density:.0%}" if block.link_chars else ""
            cells += [links, block.hints[:HINTS_SHOWN]]
        table.add_row(*cells, text, style=_style(block))
    return table


def summary(blocks: list[Block]) -> str:
    """One line: how many blocks became body, and the reasons the others were dropped."""
    body = [b for b in blocks if b.role in _BODY_ROLES]
    dropped = Counter(b.reason or b.role for b in blocks if b.role == "boilerplate")
    other = Counter(b.role for b in blocks if b.role not in (*_BODY_ROLES, "boilerplate"))
    parts = [f"{len(blocks)} blocks", f"body {len(body)} ({sum(len(b.text) for b in body)} chars)"]
    parts += [f"{role} {n}" for role, n in other.most_common()]
    if dropped:
        parts.append("boilerplate: " + ", ".join(f"{r} {n}" for r, n in dropped.most_common()))
    return "; ".join(parts)


def _style(block: Block) -> str:
    if block.role in _BODY_ROLES:
        return "bold" if block.role == "heading" else ""
    return "dim" if block.role in ("boilerplate", "unknown") else "cyan"


def _content_stage(raw: RawInput, url: str | None) -> Document:
    """Blocks with content roles only, for a page the full pipeline refused."""
    from warta.decode import decode
    from warta.html.blocks import build_blocks
    from warta.html.content import select_content
    from warta.html.tree import parse_tree

    decoded = decode(raw.data)
    blocks = build_blocks(parse_tree(decoded.text))
    select_content(blocks)
    return Document(blocks, "html", decoded.encoding, "", raw.location, url)
