"""warta on Apache Spark: a DataFrame of paths in, a DataFrame of results out.

Big-archive jobs start from a manifest: one row per WARC or JSON Lines file
(Common Crawl publishes ``warc.paths.gz`` for each crawl). :func:`convert_paths`
maps each partition of that manifest through :func:`~warta.archive.iter_sources`
and :func:`~warta.archive.convert_many` with ``mapInArrow``: DataFrame API
only, no RDDs, so it also runs on Spark Connect. Every input record gives one
row: its identity, ``status`` ('ok' or 'error'), the error ``code`` and
``message``, the URL and crawl date, and the Article as a nested struct
(null on error). :func:`articles` and :func:`statuses` split that frame.

A failing record is a row with ``status = 'error'``; it never fails the Spark
task. Paths with a scheme other than ``file`` (``s3://``, ``gs://``, ...) are
opened with fsspec when it is installed on the executors.

Needs the optional extra ``warta[spark]`` (pyspark, pyarrow, pandas, warcio).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from warta.archive.convert import Result, convert_many
from warta.archive.record import Record, SourceStats
from warta.archive.sources import SourceOptions, iter_sources, read_stream
from warta.errors import ContainerError
from warta.limits import DEFAULT_LIMITS, Limits

ROWS_PER_BATCH = 256
"""Results per Arrow batch handed back to Spark: bounded executor memory."""
STATUS_FIELDS = ("identity", "path", "status", "code", "message", "url", "warc_date")


@dataclasses.dataclass(frozen=True)
class SparkOptions:
    """What every executor needs to read and convert (pickled into the task)."""

    path_column: str = "path"
    field: str | None = None
    id_field: str | None = None
    url_field: str | None = None
    limits: Limits = DEFAULT_LIMITS
    workers: int = 0
    """0: convert in the Python worker (SIGALRM time budget); 1+: a killable pool per task."""


def result_arrow_schema() -> Any:
    """Arrow schema of a result row: status columns plus the nested ``article``."""
    import pyarrow as pa

    from warta.archive.parquet import article_arrow_schema

    article = pa.struct(list(article_arrow_schema()))
    return pa.schema(
        [*(pa.field(name, pa.string()) for name in STATUS_FIELDS), pa.field("article", article)]
    )


def result_spark_schema() -> Any:
    """The same schema as a Spark StructType (dates as DateType, provenance as a map)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(result_arrow_schema())


def convert_paths(paths: Any, options: SparkOptions | None = None, **kwargs: Any) -> Any:
    """DataFrame with a ``path`` column -> DataFrame of one result row per input record.

    ``kwargs`` are :class:`SparkOptions` fields. Repartition the manifest first
    so that files spread over the executors (one file is read by one task).
    """
    opts = options or SparkOptions(**kwargs)
    schema = result_spark_schema()
    column = opts.path_column

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        for batch in batches:
            names = [p for p in batch.column(batch.schema.get_field_index(column)).to_pylist() if p]
            yield from convert_batch(names, opts)

    return paths.select(column).mapInArrow(run, schema)


def convert_batch(paths: list[str], options: SparkOptions) -> Iterator[Any]:
    """Arrow record batches of results for ``paths`` (runs on an executor)."""
    import pyarrow as pa

    from warta.archive.parquet import article_row_converter

    schema = result_arrow_schema()
    to_row = article_row_converter()
    rows: list[dict[str, Any]] = []
    for path in paths:
        records = _records(path, options)
        for result in convert_many(records, workers=options.workers, limits=options.limits):
            rows.append(_row(result, path, to_row))
            if len(rows) >= ROWS_PER_BATCH:
                yield pa.RecordBatch.from_pylist(rows, schema=schema)
                rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _records(path: str, options: SparkOptions) -> Iterator[Record]:
    source_options = SourceOptions(
        field=options.field,
        id_field=options.id_field,
        url_field=options.url_field,
        limits=options.limits,
    )
    scheme = path.split("://", 1)[0] if "://" in path else "file"
    if scheme == "file":
        local = path[len("file://") :] if path.startswith("file://") else path
        try:
            yield from iter_sources(
                [local],
                field=options.field,
                id_field=options.id_field,
                url_field=options.url_field,
                limits=options.limits,
            )
        except Exception as exc:  # a manifest row naming a missing file is one error row
            yield Record(
                path, b"", origin=path, error_code=ContainerError.code, error_message=str(exc)[:300]
            )
        return
    try:
        import fsspec  # type: ignore[import-not-found]
    except ImportError:
        yield Record(
            path,
            b"",
            origin=path,
            error_code=ContainerError.code,
            error_message=f"cannot open {scheme}:// paths without fsspec on the executors",
        )
        return
    with fsspec.open(path, "rb") as handle:
        yield from read_stream(handle, path, source_options, SourceStats(), origin=path)


def _row(result: Result, path: str, to_row: Any) -> dict[str, Any]:
    import json

    article = to_row(json.loads(result.json)) if result.json is not None else None
    return {
        "identity": result.identity,
        "path": path,
        "status": "ok" if result.ok else "error",
        "code": result.code,
        "message": result.message,
        "url": result.url,
        "warc_date": result.warc_date,
        "article": article,
    }


def articles(results: Any) -> Any:
    """The articles of a result frame, one row each (the Article's own columns)."""
    return results.where(results.status == "ok").select("article.*")


def statuses(results: Any) -> Any:
    """One status row per input record, without the article."""
    return results.select(*STATUS_FIELDS)
