"""Parquet output: one row per Article, nested fields kept as structs and lists.

The Arrow schema is derived from the Article JSON Schema, so it follows the
model without a second hand-kept copy. Type choices favour the readers users
have (pandas, DuckDB, Spark): calendar dates are ``date32``; times and the
datetime-or-date ``published.value`` stay ISO strings (Spark has no time
type, and an Arrow timestamp column cannot keep each row's UTC offset);
spans are ``list<int64>``; ``provenance`` is a ``map<string, string>``.

Needs the optional extra ``warta[parquet]`` (pyarrow).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.errors import UsageError

Convert = Callable[[Any], Any]
ROW_GROUP = 2000
"""Rows buffered before a row group is written: bounded memory, still efficient files."""


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise UsageError("Parquet output needs pyarrow: pip install 'warta[parquet]'") from exc
    return pyarrow


def article_arrow_schema() -> Any:
    """The Arrow schema of an Article row."""
    return _schema_and_converter()[0]


def article_row_converter() -> Convert:
    """Article JSON object (dict) -> the row dict the Arrow schema expects."""
    return _schema_and_converter()[1]


@functools.cache
def _schema_and_converter() -> tuple[Any, Convert]:
    from warta.schema import article_schema

    schema = article_schema()
    pa = _pa()
    struct_type, convert = _node(schema, schema.get("$defs", {}), pa)
    return pa.schema(list(struct_type)), convert


def _node(node: dict[str, Any], defs: dict[str, Any], pa: Any) -> tuple[Any, Convert]:
    if "$ref" in node:
        return _node(defs[node["$ref"].rsplit("/", 1)[-1]], defs, pa)
    if "anyOf" in node:
        variants = [v for v in node["anyOf"] if v.get("type") != "null"]
        if len(variants) == 1:
            return _node(variants[0], defs, pa)
        return pa.string(), _as_text
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        return _struct(node, defs, pa)
    if kind == "object":
        return pa.map_(pa.string(), pa.string()), _as_pairs
    if kind == "array":
        item = node.get("items") or (node.get("prefixItems") or [{"type": "integer"}])[0]
        item_type, item_convert = _node(item, defs, pa)
        return pa.list_(item_type), lambda v: None if v is None else [item_convert(x) for x in v]
    if kind == "string" and node.get("format") == "date":
        return pa.date32(), lambda v: None if v is None else dt.date.fromisoformat(v)
    simple = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    if kind in simple:
        return simple[kind], _same
    return pa.string(), _as_text


def _struct(node: dict[str, Any], defs: dict[str, Any], pa: Any) -> tuple[Any, Convert]:
    fields = []
    converters: dict[str, Convert] = {}
    for name, sub in node["properties"].items():
        arrow_type, convert = _node(sub, defs, pa)
        fields.append(pa.field(name, arrow_type))
        converters[name] = convert

    def convert_struct(value: Any) -> Any:
        if value is None:
            return None
        return {name: conv(value.get(name)) for name, conv in converters.items()}

    return pa.struct(fields), convert_struct


def _same(value: Any) -> Any:
    return value


def _as_text(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else json.dumps(value)


def _as_pairs(value: Any) -> Any:
    return None if value is None else list(value.items())


class ParquetWriter:
    """Writes Article JSON strings as Parquet rows, in row groups, then renames into place.

    The file appears under its name only when complete (``close``): a killed
    run leaves ``NAME.partial``, never a corrupt ``NAME``. Resuming is a JSON
    Lines feature; Parquet runs restart.
    """

    def __init__(self, path: str | os.PathLike[str], *, row_group: int = ROW_GROUP) -> None:
        pa = _pa()
        import pyarrow.parquet as pq

        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.schema, self._convert = _schema_and_converter()
        self._pa = pa
        self._writer = pq.ParquetWriter(str(self.partial), self.schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []
        self.row_group = row_group
        self.count = 0

    def write_json(self, article_json: str) -> None:
        self._rows.append(self._convert(json.loads(article_json)))
        self.count += 1
        if len(self._rows) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        """Stop without publishing: the partial file stays for inspection."""
        self._flush()
        self._writer.close()


def articles_table(article_jsons: list[str]) -> Any:
    """An Arrow table of Articles (used by the Spark module and tests)."""
    schema, convert = _schema_and_converter()
    rows = [convert(json.loads(text)) for text in article_jsons]
    return _pa().Table.from_pylist(rows, schema=schema)
