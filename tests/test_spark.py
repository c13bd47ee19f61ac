"""The Spark module on a local[2] Spark over a WARC and a JSON Lines file made by the test.

Skipped, with the reason, when pyspark or Java is absent: pyspark is not in the
``test`` extra (see docs/archives-and-ci.md); install ``warta[spark]`` to run it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .test_archive_support import ARTICLE_PAGES, FEED_PAGE, TEXT_DUMPS, jsonl_bytes, warc_bytes

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'warta[spark]')")
pytest.importorskip("pyarrow", reason="the Spark module needs pyarrow")
pytest.importorskip("pandas", reason="pyspark's Arrow bridge needs pandas")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java is not installed: Spark needs a JVM (Java 17+)", allow_module_level=True)

from warta.archive.spark import articles, convert_paths, statuses


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter, the one that has warta installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("warta-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_manifest_to_articles_and_status_rows_to_parquet(spark: Any, tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_bytes([*ARTICLE_PAGES, FEED_PAGE], extras=True))
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(jsonl_bytes(TEXT_DUMPS, compress=True))
    manifest = spark.createDataFrame(
        [(str(crawl),), (str(dump),), (str(tmp_path / "gone.warc.gz"),)], ["path"]
    )

    results = convert_paths(manifest.repartition(2), id_field="id").cache()
    rows = {row["identity"]: row for row in statuses(results).collect()}
    assert len(rows) == 3 + len(TEXT_DUMPS) + 1  # 3 pages, 3 dumps, 1 missing file
    by_status = sorted((r["status"], r["code"]) for r in rows.values())
    assert by_status.count(("ok", None)) == 2 + len(TEXT_DUMPS)
    assert ("error", "input.not_article") in by_status  # the RSS feed
    assert ("error", "container.malformed") in by_status  # the missing file
    assert all(
        row["warc_date"] for row in rows.values() if row["identity"].startswith("<urn:uuid:")
    )

    out = tmp_path / "articles.parquet"
    articles(results).write.parquet(str(out))
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.num_rows == 2 + len(TEXT_DUMPS)
    locations = {row["location"] for row in table.column("source").to_pylist()}
    assert {p.stem for p in TEXT_DUMPS} <= locations
    assert "body" in table.column_names and "provenance" in table.column_names


def test_a_killable_worker_per_task(spark: Any, tmp_path: Path) -> None:
    """workers=1 runs a pool inside the Spark task, so a stuck record can be killed."""
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(jsonl_bytes(TEXT_DUMPS))
    manifest = spark.createDataFrame([(str(dump),)], ["path"])
    rows = statuses(convert_paths(manifest, workers=1)).collect()
    assert sorted(r["status"] for r in rows) == ["ok"] * len(TEXT_DUMPS), [
        (r["code"], r["message"]) for r in rows
    ]
