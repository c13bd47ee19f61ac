"""Archives at scale: read any dump as records, convert them in parallel, report on them.

- :func:`iter_sources` turns files, folders, JSON Lines, WARC (gzip, bz2, xz,
  zstd or plain) and stdin into :class:`Record` objects with stable identities.
- :func:`convert_many` parses records in a pool of worker processes with a
  size cap and a time budget per record, yielding one :class:`Result` each.
- :mod:`warta.archive.report` summarises a run for CI; :mod:`warta.archive.parquet`
  writes Parquet; :mod:`warta.archive.spark` runs the same on Apache Spark.
"""

from __future__ import annotations

from warta.archive.convert import Result, convert_many
from warta.archive.record import Record, SourceStats
from warta.archive.sources import Sources, iter_sources

__all__ = ["Record", "Result", "SourceStats", "Sources", "convert_many", "iter_sources"]
