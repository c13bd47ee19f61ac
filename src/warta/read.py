"""Reading input: paths, text and bytes, and telling text dumps from HTML."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from warta.errors import EmptyInputError, TooLargeError, UsageError
from warta.limits import Limits
from warta.model import InputKind

_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script|table|frameset|rss|\?xml)[\s>/]", re.I
)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass(frozen=True, slots=True)
class RawInput:
    """Input bytes plus what is known about them before decoding."""

    data: bytes
    location: str | None = None
    text: str | None = None
    """Set when the caller passed a str: no decoding needed."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def load(source: str | bytes | os.PathLike[str], *, limits: Limits, location: str | None = None) -> RawInput:
    """Turn what the caller passed into :class:`RawInput`.

    A ``str`` is a path when it names an existing file and is short and
    single-line; otherwise it is the article text itself.
    """
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}", identity=str(path)) from exc
        if size > limits.max_input_bytes:
            raise TooLargeError(f"input is {size} bytes, over the limit of {limits.max_input_bytes}", identity=str(path))
        return RawInput(path.read_bytes(), location or str(path))
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > limits.max_input_bytes:
            raise TooLargeError(f"input is {len(data)} bytes, over the limit of {limits.max_input_bytes}", identity=location)
        return RawInput(data, location)
    if isinstance(source, str):
        data = source.encode("utf-8", errors="surrogatepass")
        if len(data) > limits.max_input_bytes:
            raise TooLargeError(f"input is {len(data)} bytes, over the limit of {limits.max_input_bytes}", identity=location)
        return RawInput(data, location, text=source)
    raise UsageError(f"cannot parse an object of type {type(source).__name__}; pass a path, str or bytes")


def _looks_like_path(value: str) -> bool:
    if not value or len(value) > 4096 or "\n" in value or "<" in value:
        return False
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


def sniff_kind(raw: RawInput) -> InputKind:
    """HTML when the location's suffix or the first bytes say so, else text."""
    if raw.location:
        suffix = Path(raw.location.split("?")[0]).suffix.lower()
        if suffix in _HTML_SUFFIXES:
            return "html"
        if suffix in _TEXT_SUFFIXES:
            return "text"
    head = raw.data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return "html" if head.startswith(b"<") and _HTML_SNIFF.search(raw.data[:4096]) else "text"


def require_text(text: str, location: str | None) -> None:
    if not text.strip():
        raise EmptyInputError("the input holds no text", identity=location)
