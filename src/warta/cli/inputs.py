"""Expanding CLI file arguments: files, folders (recursively) and '-' for stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from warta.errors import UsageError

INPUT_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".shtml"}


def expand(paths: list[str]) -> Iterator[tuple[str, bytes | None]]:
    """Yield (name, data); data is None for a file path (read lazily by the parser)."""
    for arg in paths:
        if arg == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        path = Path(arg)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES:
                    yield str(child), None
        elif path.is_file():
            yield str(path), None
        else:
            raise UsageError(f"no such file or folder: {arg}")
