"""Reading input: paths, text and bytes, and telling text dumps from HTML."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from warta.errors import EmptyInputError, NotAnArticleError, TooLargeError, UsageError
from warta.limits import Limits
from warta.model import InputKind

_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script|table|frameset|rss|\?xml)[\s>/]",
    re.I,
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
    charset: str | None = None
    """The charset parameter of the HTTP ``Content-Type`` header, when the input came with one."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def load(
    source: str | bytes | os.PathLike[str], *, limits: Limits, location: str | None = None
) -> RawInput:
    """Turn what the caller passed into :class:`RawInput`.

    A ``str`` is a path when it names an existing file and is short and
    single-line; otherwise it is the article text itself.
    """
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        return RawInput(_read_file(path, limits.max_input_bytes), location or str(path))
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(len(data), limits.max_input_bytes, location)
        return RawInput(data, location)
    if isinstance(source, str):
        data = source.encode("utf-8", errors="surrogatepass")
        _check_size(len(data), limits.max_input_bytes, location)
        return RawInput(data, location, text=source)
    raise UsageError(
        f"cannot parse an object of type {type(source).__name__}; pass a path, str or bytes"
    )


def _read_file(path: Path, limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes: a file may be larger than ``stat`` says (``/proc``)."""
    try:
        _check_size(path.stat().st_size, limit, str(path))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}", identity=str(path)) from exc
    _check_size(len(data), limit, str(path))
    return data


def _check_size(size: int, limit: int, location: str | None) -> None:
    if size > limit:
        raise TooLargeError(
            f"input is {size} bytes, over the limit of {limit} (Limits.max_input_bytes; CLI: --max-bytes)",
            identity=location,
        )


def _looks_like_path(value: str) -> bool:
    """A str names a file when it is one short line naming an existing file.

    A str that can only be a path (no whitespace, an input file suffix) but
    names no file is a :class:`UsageError`, not an article text that has no
    body: the caller mistyped a path.
    """
    if not value or len(value) > 4096 or "\n" in value or "<" in value:
        return False
    try:
        if Path(value).is_file():
            return True
    except (OSError, ValueError):
        return False
    suffix = Path(value).suffix.lower()
    if not any(ch.isspace() for ch in value) and suffix in _HTML_SUFFIXES | _TEXT_SUFFIXES:
        raise UsageError(f"no such file: {value}", identity=value)
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
    """Raise :class:`EmptyInputError` for empty or whitespace-only input."""
    if not text or text.isspace():  # stops at the first visible character; strip() copies the text
        what = "is empty" if not text else "holds only whitespace"
        raise EmptyInputError(f"the input {what}; there is nothing to parse", identity=location)


_FOLDS = {"i": "iIİı", "s": "sSſ"}
"""Letters that ``re.I`` also matches with a third or fourth character (Unicode folding)."""


def _caseless(word: str) -> str:
    """``word`` as a regex that matches what it matches under ``re.I``, without the flag.

    Scanning a whole page, a pattern without ``re.I`` runs about twice as fast
    (the regex engine then looks for the leading ``<`` at C speed).
    """
    return "".join(f"[{_FOLDS.get(c, c + c.upper())}]" for c in word)


_RAW_TEXT_TAG = re.compile(
    r"<(/?)("
    + "|".join(
        _caseless(name) for name in ("script", "style", "noscript", "template", "textarea", "title")
    )
    + r")\b[^>]*>"
)
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?", re.I)
_FRAMESET = re.compile(rf"<{_caseless('frameset')}\b")
_TEXT_NODE = re.compile(r">[^<]*?[^<\s]")
_TEXT_NODES_PER_BLOCK = 4
"""Inline markup splits a block into several text nodes; allow for it before rejecting."""
_SCRIPT = re.compile(r"<script\b", re.I)


def require_html_text(text: str, location: str | None) -> str:
    """Fail fast, with a clear reason, on pages with no text a reader would see.

    A lone ``<html>``, a page of only scripts and styles (rendered by
    JavaScript), or a frameset (the articles are in the frame pages) can
    never give an article; saying so here is faster and clearer than letting
    the layout step report "no body found". Linear time: no regex here can
    backtrack over the rest of a hostile page. Returns the markup outside
    scripts, styles and comments, for :func:`estimate_html_blocks`.
    """
    visible = _strip_comments(_outside_raw_text(text))
    if _FRAMESET.search(visible):
        raise NotAnArticleError(
            "the page is a frameset: its content is in the pages its <frame> elements load; parse those",
            identity=location,
        )
    if _has_visible_text(visible):
        return visible
    if _SCRIPT.search(text):
        raise EmptyInputError(
            "the page holds only markup, scripts and styles, no visible text "
            "(it is probably rendered by JavaScript)",
            identity=location,
        )
    raise EmptyInputError("the page holds markup but no visible text", identity=location)


def _has_visible_text(visible: str) -> bool:
    """``_ENTITY.sub(" ", _TAG.sub(" ", visible)).strip()``, stopping at the first visible text.

    Tags are blanked one gap at a time (an entity never spans a tag), so a
    normal page answers within its first tags instead of rewriting the page twice.
    """
    pos = 0
    for match in _TAG.finditer(visible):
        gap = visible[pos : match.start()]
        # Whitespace holds no entity: most gaps (between the head's tags) need no regex.
        if gap and not gap.isspace() and _ENTITY.sub(" ", gap).strip():
            return True
        pos = match.end()
    return bool(_ENTITY.sub(" ", visible[pos:]).strip())


def require_few_blocks(
    count: int, limit: int, location: str | None, *, estimated: bool = False
) -> None:
    """Raise :class:`TooLargeError` for a record with more text blocks than any article has."""
    if count > limit:
        what = (
            f"about {count} text blocks (estimated from its lines or text nodes)"
            if estimated
            else f"{count} text blocks"
        )
        raise TooLargeError(
            f"the input has {what}, over the limit of {limit} blocks (Limits.max_blocks): "
            "no single article is that long",
            identity=location,
        )


def estimate_html_blocks(visible: str, limit: int) -> int:
    """Blocks estimated from the text nodes of the markup outside scripts and styles.

    Counted only as far as the limit needs; a regex scan, so a page of
    200,000 paragraphs is refused in milliseconds instead of being built
    into blocks first. A page with fewer ``>`` than the cap allows text
    nodes is under the limit whatever it holds (every text node starts at a
    ``>`` of its own), so it gets that bound without the scan, which cost
    about 3 % of a whole parse.
    """
    cap = limit * _TEXT_NODES_PER_BLOCK
    closers = visible.count(">")
    if closers <= cap:
        return -(-closers // _TEXT_NODES_PER_BLOCK)
    count = 0
    for count, _ in enumerate(_TEXT_NODE.finditer(visible), start=1):
        if count > cap:
            break
    return -(-count // _TEXT_NODES_PER_BLOCK)  # rounded up: one node over the cap is over the limit


_LINE = re.compile(r"^[ \t]*\S", re.M)
_LINES_PER_BLOCK = 10
"""A hard-wrapped dump spreads one paragraph over several lines; allow for it before rejecting."""


def estimate_text_blocks(text: str, limit: int) -> int:
    """Blocks estimated from the non-blank lines of a text dump, counted only as far as needed."""
    cap = limit * _LINES_PER_BLOCK
    count = 0
    for count, _ in enumerate(_LINE.finditer(text), start=1):
        if count > cap:
            break
    return -(-count // _LINES_PER_BLOCK)


def _outside_raw_text(text: str) -> str:
    """The text outside <script>, <style> and similar elements, whose content is never shown."""
    pieces: list[str] = []
    pos = 0
    inside: str | None = None
    for match in _RAW_TEXT_TAG.finditer(text):
        closing, name = match.group(1), match.group(2).lower()
        if inside is None and not closing:
            pieces.append(text[pos : match.start()])
            inside = name
        elif inside == name and closing:
            inside = None
            pos = match.end()
    if inside is None:
        pieces.append(text[pos:])
    return " ".join(pieces)


def _strip_comments(text: str) -> str:
    pieces: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            pieces.append(text[pos:])
            break
        pieces.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end < 0:  # an unclosed comment runs to the end, as in browsers
            break
        pos = end + 3
    return " ".join(pieces)
