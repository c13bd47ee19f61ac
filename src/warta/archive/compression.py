"""Compression by content: gzip, bz2, xz and (optionally) zstd.

Archives are renamed, re-uploaded and piped, so a suffix is only a hint: the
first bytes decide. gzip streams are opened member-by-member aware (Python's
``gzip`` reads concatenated members, which is how WARC.gz files are built).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from typing import IO, Any, BinaryIO

from warta.errors import UsageError

GZIP_MAGIC = b"\x1f\x8b"
BZ2_MAGIC = b"BZh"
XZ_MAGIC = b"\xfd7zXZ\x00"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

MAGIC_BYTES = 6
"""How many leading bytes :func:`sniff_compression` needs."""


def sniff_compression(head: bytes) -> str | None:
    """The compression named by the leading bytes, or None for plain data."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(BZ2_MAGIC) and len(head) >= 4 and head[3:4].isdigit():
        return "bz2"
    if head.startswith(XZ_MAGIC):
        return "xz"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def peek(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` leading bytes without losing them: returns (head, stream to read from).

    A regular file is rewound; anything else (a pipe, a decompressor) is
    wrapped so that the head is served again before the rest.
    """
    if (
        isinstance(stream, io.BufferedReader)
        and isinstance(stream.raw, io.FileIO)
        and stream.seekable()
    ):
        position = stream.tell()
        head = stream.read(size)
        stream.seek(position)
        return head, stream
    head, error = _read_up_to(stream, size)
    if error is not None and not head:
        raise error
    return head, io.BufferedReader(_Prefixed(head, stream, error), buffer_size=65536)


def _read_up_to(stream: IO[bytes], size: int) -> tuple[bytes, Exception | None]:
    """Up to ``size`` bytes, and the read error that stopped it early (raised later, in place)."""
    parts: list[bytes] = []
    wanted = size
    try:
        while wanted > 0:
            chunk = stream.read(wanted)
            if not chunk:
                break
            parts.append(chunk)
            wanted -= len(chunk)
    except (EOFError, OSError, ValueError) as exc:
        return b"".join(parts), exc
    return b"".join(parts), None


def open_decompressed(stream: BinaryIO) -> tuple[BinaryIO, str | None]:
    """Wrap ``stream`` in the decompressor its magic bytes call for.

    Returns the readable stream and the compression name (None when plain).
    Nested compression (a gzip of a gzip) is not unwrapped: archives do not do that.
    """
    head, stream = peek(stream, MAGIC_BYTES)
    kind = sniff_compression(head)
    if kind is None:
        return stream, None
    return _decompressor(kind, stream), kind


def _decompressor(kind: str, stream: BinaryIO) -> BinaryIO:
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if kind == "bz2":
        return bz2.BZ2File(stream, mode="rb")  # type: ignore[return-value]
    if kind == "xz":
        return lzma.LZMAFile(stream, mode="rb")  # type: ignore[return-value]
    try:
        import zstandard
    except ImportError as exc:
        raise UsageError(
            "this input is zstd-compressed; install the 'zstandard' package (pip install 'warta[zstd]')"
        ) from exc
    reader: Any = zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True)
    buffered: BinaryIO = io.BufferedReader(reader)
    return buffered


def decompress_bytes(data: bytes) -> bytes:
    """Decompress a whole in-memory payload (used for stdin and small single files)."""
    stream, _ = open_decompressed(io.BytesIO(data))
    with stream:
        return stream.read()


class _Prefixed(io.RawIOBase):
    """Serves ``head`` first, then the rest of ``inner``: a peek that works on pipes."""

    def __init__(self, head: bytes, inner: IO[bytes], error: Exception | None = None) -> None:
        self._head = head
        self._inner = inner
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            # The damage met while peeking surfaces where it lies: after the good bytes.
            error, self._error = self._error, None
            raise error
        data = self._inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        self._inner.close()
        super().close()
