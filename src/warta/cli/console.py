"""Rich consoles shared by the commands: data on stdout, messages on stderr."""

from __future__ import annotations

from functools import cache

from rich.console import Console


@cache
def error_console() -> Console:
    # soft_wrap: an error stays one line however long, so scripts can grep it.
    return Console(stderr=True, soft_wrap=True)


def output_console() -> Console:
    return Console()
