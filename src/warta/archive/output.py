"""Interrupt-safe JSON Lines output and ``--resume``.

Every finished record is written as one whole line and flushed at once, so a
Ctrl-C or a kill leaves a file of complete records, at worst followed by one
torn line. :func:`done_identities` reads a previous run's output and error
files, cuts such a torn tail off, and returns the identities already written
so a resumed run skips them: each record ends up exactly once.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TextIO

# The Article JSON starts with its source; reading the location from the head of the
# line avoids parsing megabytes of body per line on resume.
_LOCATION = re.compile(r'"source":\{"location":("(?:[^"\\]|\\.)*")')
HEAD = 4096


class LineWriter:
    """Writes one JSON document per line and flushes after each."""

    def __init__(self, stream: TextIO, *, owned: bool) -> None:
        self.stream = stream
        self.owned = owned
        self.count = 0

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, append: bool) -> LineWriter:
        return cls(open(path, "a" if append else "w", encoding="utf-8"), owned=True)

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")  # one write per record: a kill tears at most one line
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.owned:
            self.stream.close()
        else:
            self.stream.flush()


def repair_tail(path: Path) -> int:
    """Cut a torn last line (no newline, from a killed run); returns the bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb+") as handle:
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return 0
        keep = _last_newline_end(handle, size)
        handle.truncate(keep)
        return size - keep


def _last_newline_end(handle: object, size: int) -> int:
    import io

    assert isinstance(handle, io.BufferedRandom)
    position = size
    while position > 0:
        start = max(0, position - 65536)
        handle.seek(start)
        chunk = handle.read(position - start)
        index = chunk.rfind(b"\n")
        if index >= 0:
            return start + index + 1
        position = start
    return 0


def done_identities(output: Path | None, errors: Path | None) -> set[str]:
    """Identities already in the output (Article ``source.location``) or the errors file."""
    done: set[str] = set()
    for path, reader in ((output, _article_identity), (errors, _error_identity)):
        if path is None or not path.exists():
            continue
        repair_tail(path)
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                identity = reader(line)
                if identity is not None:
                    done.add(identity)
    return done


def _article_identity(line: str) -> str | None:
    match = _LOCATION.search(line, 0, HEAD)
    if match:
        value: str = json.loads(match.group(1))
        return value
    try:
        location = json.loads(line).get("source", {}).get("location")
    except (ValueError, AttributeError):
        return None
    return location if isinstance(location, str) else None


def _error_identity(line: str) -> str | None:
    try:
        identity = json.loads(line).get("identity")
    except (ValueError, AttributeError):
        return None
    return identity if isinstance(identity, str) else None
