"""Checking JSON Lines that ``warta convert`` produced (``validate --converted``).

Each line is checked against the Article JSON Schema with jsonschema (what a
consumer in another language would do), then against the pydantic model for
the invariants a schema cannot state (spans that slice out their quote).
Messages give the field path and the rule broken, never the value: the
input may be large or private.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from warta.archive.compression import open_decompressed
from warta.archive.convert import Result
from warta.archive.sources import STDIN, STDIN_NAME, walk
from warta.errors import ContainerError, UsageError
from warta.model import Article

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "schemas" / "article.schema.json"


def load_schema(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The schema file given, else the repository's ``schemas/article.schema.json``, else the model's."""
    if path is not None:
        with open(path, encoding="utf-8") as handle:
            loaded: dict[str, Any] = json.load(handle)
        return loaded
    if SCHEMA_FILE.is_file():
        with SCHEMA_FILE.open(encoding="utf-8") as handle:
            found: dict[str, Any] = json.load(handle)
        return found
    from warta.schema import article_schema

    return article_schema()


class ArticleChecker:
    """Checks one Article JSON line; returns a :class:`Result` like a conversion would."""

    def __init__(self, schema: dict[str, Any]) -> None:
        try:
            import jsonschema  # type: ignore[import-untyped]
        except ImportError as exc:
            raise UsageError("--converted needs jsonschema: pip install 'warta[validate]'") from exc
        cls = jsonschema.validators.validator_for(schema)
        self.validator = cls(schema)

    def check(self, line: str, fallback: str, origin: str) -> tuple[Result, dict[str, Any] | None]:
        try:
            obj = json.loads(line)
        except ValueError as exc:
            return Result(
                fallback,
                code=ContainerError.code,
                message=f"not valid JSON ({exc})"[:200],
                origin=origin,
            ), None
        identity = _identity(obj, fallback)
        error = next(iter(self.validator.iter_errors(obj)), None)
        if error is not None:
            where = ".".join(str(p) for p in error.absolute_path) or "(top level)"
            return Result(
                identity,
                code=f"model.{error.validator}",
                message=f"at {where}: fails '{error.validator}'",
                origin=origin,
            ), None
        try:
            Article.model_validate(obj)
        except ValidationError as exc:
            first = exc.errors(include_input=False, include_url=False)[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "(article)"
            return Result(
                identity,
                code=f"model.{first['type']}",
                message=f"at {where}: {first['msg']}"[:500],
                origin=origin,
            ), None
        return Result(identity, json=line, origin=origin), obj


def _identity(obj: Any, fallback: str) -> str:
    if isinstance(obj, dict):
        location = (
            (obj.get("source") or {}).get("location")
            if isinstance(obj.get("source"), dict)
            else None
        )
        if isinstance(location, str) and location:
            return location
    return fallback


def iter_converted(
    paths: Sequence[str], checker: ArticleChecker, *, stdin: BinaryIO | None = None
) -> Iterator[tuple[Result, dict[str, Any] | None]]:
    """Check every line of every JSON Lines file (folders: ``*.jsonl`` inside, any compression)."""
    import sys

    for arg in paths:
        if arg == STDIN:
            yield from _lines(stdin or sys.stdin.buffer, STDIN_NAME, STDIN_NAME, checker)
            continue
        if not os.path.exists(arg):
            raise UsageError(f"no such file or folder: {arg}")
        files = (
            walk(arg, ("*.jsonl", "*.jsonl.*", "*.ndjson", "*.ndjson.*"), ())
            if os.path.isdir(arg)
            else [arg]
        )
        for path in files:
            with open(path, "rb") as handle:
                yield from _lines(handle, path, arg, checker)


def _lines(
    raw: BinaryIO, name: str, origin: str, checker: ArticleChecker
) -> Iterator[tuple[Result, dict[str, Any] | None]]:
    stream, _ = open_decompressed(raw)
    lineno = 0
    try:
        for lineno, line in enumerate(stream, start=1):
            if line.strip():
                yield checker.check(line.decode("utf-8", "replace"), f"{name}:{lineno}", origin)
    except (EOFError, OSError) as exc:
        code = "container.truncated" if isinstance(exc, EOFError) else ContainerError.code
        yield (
            Result(
                f"{name}:{lineno + 1}",
                code=code,
                message=f"cannot read further: {exc}"[:300],
                origin=origin,
            ),
            None,
        )
