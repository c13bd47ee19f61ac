"""Rich consoles shared by the commands: data on stdout, messages on stderr."""

from __future__ import annotations

from functools import cache

from rich.console import Console


@cache
def error_console() -> Console:
    return Console(stderr=True)


def output_console() -> Console:
    return Console()
