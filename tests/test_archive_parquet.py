"""Parquet rows keep the Article's nesting and types that pandas, DuckDB and Spark read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import warta

from .test_archive_support import TEXT_DUMPS

pa = pytest.importorskip(
    "pyarrow", reason="Parquet output needs pyarrow (pip install 'warta[parquet]')"
)
pq = pytest.importorskip("pyarrow.parquet")

from warta.archive.parquet import ParquetWriter, article_arrow_schema  # noqa: E402


def _articles() -> list[str]:
    return [warta.parse(p).model_dump_json() for p in TEXT_DUMPS]


def test_schema_nests_the_model() -> None:
    schema = article_arrow_schema()
    assert schema.field("source").type.get_field_index("location") >= 0
    assert pa.types.is_list(schema.field("quotes").type)
    assert pa.types.is_map(schema.field("provenance").type)
    dateline = schema.field("dateline").type
    assert pa.types.is_date32(dateline.field("date").type)
    assert pa.types.is_string(dateline.field("time").type)  # Spark has no time type
    assert pa.types.is_string(schema.field("published").type.field("value").type)


def test_rows_round_trip(tmp_path: Path) -> None:
    texts = _articles()
    target = tmp_path / "a.parquet"
    writer = ParquetWriter(target, row_group=2)
    for text in texts:
        writer.write_json(text)
    writer.close()
    rows = pq.read_table(target).to_pylist()
    assert len(rows) == len(texts)
    for row, text in zip(rows, texts, strict=True):
        original = json.loads(text)
        assert row["headline"] == original["headline"]
        assert [p["text"] for p in row["body"]] == [p["text"] for p in original["body"]]
        assert dict(row["provenance"]) == original["provenance"]
        if original["dateline"] and original["dateline"]["date"]:
            assert row["dateline"]["date"] == dt.date.fromisoformat(original["dateline"]["date"])


def test_an_unfinished_file_is_never_published(tmp_path: Path) -> None:
    target = tmp_path / "a.parquet"
    writer = ParquetWriter(target)
    writer.write_json(_articles()[0])
    writer.abort()
    assert not target.exists() and (tmp_path / "a.parquet.partial").exists()
