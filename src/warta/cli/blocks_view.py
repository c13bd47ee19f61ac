"""``--show-blocks``: the page as blocks, with the role each got and why."""

from __future__ import annotations

from rich.table import Table

from warta.cli.console import output_console
from warta.limits import DEFAULT_LIMITS
from warta.pipeline import to_document
from warta.read import load, sniff_kind


def show_blocks(source: str | bytes, *, url: str | None) -> None:
    raw = load(source, limits=DEFAULT_LIMITS)
    doc = to_document(raw, sniff_kind(raw), url=url, limits=DEFAULT_LIMITS)
    table = Table(title=f"blocks of {raw.location or 'input'} ({doc.kind})", expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("tag", style="dim")
    table.add_column("role", style="cyan")
    table.add_column("why", style="dim")
    table.add_column("text", ratio=3)
    for block in doc.blocks:
        text = block.text if len(block.text) <= 120 else block.text[:117] + "..."
        style = "" if block.role in ("body", "heading") else "dim"
        table.add_row(str(block.index), block.tag, block.role, block.reason, text, style=style)
    output_console().print(table)
    for name, claims in doc.evidence.items():
        for claim in claims:
            output_console().print(f"[cyan]{name}[/] = {claim.value!r} [dim]({claim.source})[/]", highlight=False)
