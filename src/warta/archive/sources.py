"""``iter_sources``: every input a data engineer holds, as one stream of records.

Inputs are files, folders (walked recursively in sorted order, so identities
and output order are stable between runs) and ``-`` for stdin. Each file is
classified by its content, not its name: compression by magic bytes, then a
WARC by its ``WARC/`` version line, JSON Lines by its suffix or a first line
that is a JSON object, and anything else is one article (HTML page or text
dump). Reading is lazy: one file open at a time, one record in memory.
"""

from __future__ import annotations

import fnmatch
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from warta.archive.compression import MAGIC_BYTES, open_decompressed, peek, sniff_compression
from warta.archive.jsonl import JSONL_SUFFIXES, iter_jsonl
from warta.archive.record import Record, SourceStats, failed_record
from warta.archive.warc import iter_warc
from warta.errors import ContainerError, TooLargeError, TruncatedContainerError, UsageError
from warta.limits import DEFAULT_LIMITS, Limits
from warta.model import InputKind

STDIN = "-"
STDIN_NAME = "<stdin>"
COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zstd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text")
WARC_SUFFIXES = (".warc", ".arc")
FOLDER_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES
"""Files picked up inside folders when no ``include`` glob is given (plus compressed forms)."""
SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How to read inputs: filters for folders and the JSON Lines field names."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    field: str | None = None
    id_field: str | None = None
    url_field: str | None = None
    limits: Limits = DEFAULT_LIMITS


@dataclass
class Sources:
    """An iterator of :class:`Record` with the counts of what was not converted (``stats``)."""

    paths: Sequence[str]
    options: SourceOptions
    stdin: BinaryIO | None = None
    stats: SourceStats = field(default_factory=SourceStats)

    def __post_init__(self) -> None:
        for arg in self.paths:
            if arg != STDIN and not os.path.exists(arg):
                raise UsageError(f"no such file or folder: {arg}")
        self._iter = self._generate()

    def __iter__(self) -> Iterator[Record]:
        return self

    def __next__(self) -> Record:
        record = next(self._iter)
        self.stats.records += 1
        return record

    def _generate(self) -> Iterator[Record]:
        for arg in self.paths:
            if arg == STDIN:
                stream = self.stdin if self.stdin is not None else sys.stdin.buffer
                self.stats.files += 1
                yield from read_stream(
                    stream, STDIN_NAME, self.options, self.stats, origin=STDIN_NAME
                )
            elif os.path.isdir(arg):
                for path in walk(arg, self.options.include, self.options.exclude):
                    yield from self._file(path, origin=arg)
            else:
                yield from self._file(arg, origin=arg)

    def _file(self, path: str, *, origin: str) -> Iterator[Record]:
        self.stats.files += 1
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below, after a lazy read
        except OSError as exc:
            yield failed_record(
                path, ContainerError.code, f"cannot open: {exc.strerror}", origin=origin
            )
            return
        with handle:
            yield from read_stream(handle, path, self.options, self.stats, origin=origin)


def iter_sources(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    field: str | None = None,
    id_field: str | None = None,
    url_field: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    stdin: BinaryIO | None = None,
) -> Sources:
    """Records from files, folders, JSON Lines, WARC (compressed or not) and ``-`` (stdin).

    Raises :class:`~warta.errors.UsageError` at once when a path does not exist;
    damage inside a file becomes an error record, never an exception.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    options = SourceOptions(tuple(include), tuple(exclude), field, id_field, url_field, limits)
    return Sources([os.fspath(p) for p in paths], options, stdin)


def walk(root: str, include: Sequence[str], exclude: Sequence[str]) -> Iterator[str]:
    """Files under ``root`` in sorted order, one directory listing in memory at a time."""
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if wanted(rel, include, exclude):
                yield path


def wanted(rel: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Folder filter: the include globs (or the known suffixes), minus the exclude globs."""
    name = rel.rsplit("/", 1)[-1]
    if any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) for pat in exclude):
        return False
    if include:
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) for pat in include)
    return inner_suffix(name) in FOLDER_SUFFIXES


def inner_suffix(name: str) -> str:
    """The suffix under any compression suffix: ``a.warc.gz`` -> ``.warc``."""
    lower = name.lower()
    for comp in COMPRESSION_SUFFIXES:
        if lower.endswith(comp):
            lower = lower[: -len(comp)]
            break
    return os.path.splitext(lower)[1]


def read_stream(
    raw: BinaryIO, name: str, options: SourceOptions, stats: SourceStats, *, origin: str
) -> Iterator[Record]:
    """Classify one byte stream by content and yield its records."""
    try:
        head, raw = peek(raw, MAGIC_BYTES)
        compression = sniff_compression(head)
        stream, _ = open_decompressed(raw)
        inner, stream = peek(stream, SNIFF_BYTES)
    except EOFError as exc:
        yield failed_record(
            name, TruncatedContainerError.code, f"compressed data ends early ({exc})", origin=origin
        )
        return
    except (OSError, zlib.error, ValueError) as exc:
        yield failed_record(name, ContainerError.code, f"cannot read: {exc}"[:300], origin=origin)
        return
    suffix = inner_suffix(name)
    if inner.lstrip(b"\r\n").startswith(b"WARC/"):
        yield from iter_warc(
            _warc_stream(raw, stream, compression),
            name,
            limits=options.limits,
            stats=stats,
            origin=origin,
        )
    elif suffix in JSONL_SUFFIXES or _looks_like_jsonl(inner):
        yield from iter_jsonl(
            stream,
            name,
            field=options.field,
            id_field=options.id_field,
            url_field=options.url_field,
            limits=options.limits,
            origin=origin,
        )
    else:
        yield _document(stream, name, suffix, options.limits, origin)


def _warc_stream(raw: BinaryIO, decompressed: BinaryIO, compression: str | None) -> BinaryIO:
    # warcio reads gzip member by member itself, which lets it (and us) see a member cut
    # short; it needs the compressed bytes from the start, so rewind when the file allows.
    if compression == "gzip" and raw.seekable():
        raw.seek(0)
        return raw
    return decompressed


def _looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return first.startswith(b"{") and (b'":' in first[:2048] or b'" :' in first[:2048])


def _document(stream: BinaryIO, name: str, suffix: str, limits: Limits, origin: str) -> Record:
    try:
        data = stream.read(limits.max_input_bytes + 1)
    except EOFError as exc:
        return failed_record(
            name, TruncatedContainerError.code, f"compressed data ends early ({exc})", origin=origin
        )
    except (OSError, zlib.error, ValueError) as exc:
        return failed_record(name, ContainerError.code, f"cannot read: {exc}"[:300], origin=origin)
    if len(data) > limits.max_input_bytes:
        return failed_record(
            name,
            TooLargeError.code,
            f"input is over the limit of {limits.max_input_bytes} bytes",
            origin=origin,
        )
    return Record(name, data, kind=_kind_from_suffix(suffix), origin=origin)


def _kind_from_suffix(suffix: str) -> InputKind | None:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None
