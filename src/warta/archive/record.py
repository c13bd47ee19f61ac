"""What the archive readers yield: one :class:`Record` per input article.

A record carries the bytes (or text) of one article plus what the container
knew about it: a stable identity, the URL, the crawl date. A record the
container could not deliver whole (a truncated WARC record, a broken JSON
line) is still a record, with ``error_code`` set, so that every input ends in
exactly one of the output or the error file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from warta.model import InputKind


@dataclass(frozen=True, slots=True)
class Record:
    """One article-to-be from any input: a file, a JSON line or a WARC record."""

    identity: str
    """Stable name: the path, ``path:line`` (JSON Lines) or the WARC-Record-ID."""
    data: bytes | str
    kind: InputKind | None = None
    """A hint from the container ('html' for a WARC response); None lets the parser sniff."""
    url: str | None = None
    warc_date: str | None = None
    """WARC-Date: when the page was fetched. Weak date evidence: it bounds the publication date."""
    charset: str | None = None
    """The charset of the HTTP Content-Type header (WARC responses): the strongest declaration."""
    origin: str | None = None
    """The input argument (file or folder) the record came from, for per-input summaries."""
    error_code: str | None = None
    """Set when the container failed for this record; then ``data`` is empty."""
    error_message: str | None = None

    @property
    def size(self) -> int:
        """Size in bytes (UTF-8 for text), the unit of the input size cap."""
        if isinstance(self.data, str):
            return (
                len(self.data) if self.data.isascii() else len(self.data.encode("utf-8", "replace"))
            )
        return len(self.data)


def failed_record(
    identity: str, code: str, message: str, *, origin: str | None = None, url: str | None = None
) -> Record:
    """A record that the container already failed: it goes straight to the errors."""
    return Record(identity, b"", url=url, origin=origin, error_code=code, error_message=message)


@dataclass(slots=True)
class SourceStats:
    """What the readers saw besides records: files opened and entries not converted."""

    files: int = 0
    records: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    """Entries counted but not converted, by reason (``warc.request``, ``warc.non_html``, ...)."""
