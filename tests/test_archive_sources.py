"""iter_sources: folders, compression by content, JSON Lines, WARC and the damage warcio misses."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import shutil
from pathlib import Path

import pytest

from warta import iter_sources
from warta.errors import UsageError
from warta.limits import Limits

from .test_archive_support import (
    ARTICLE_PAGES,
    FEED_PAGE,
    PFSA_JSONL,
    TEXT_DUMPS,
    jsonl_bytes,
    warc_bytes,
    wet_bytes,
)

pytest.importorskip("warcio", reason="the WARC tests need warcio (pip install 'warta[archive]')")


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "dump"
    (root / "b").mkdir(parents=True)
    for dump in TEXT_DUMPS[:2]:
        shutil.copy(dump, root / dump.name)
    shutil.copy(TEXT_DUMPS[2], root / "b" / TEXT_DUMPS[2].name)
    (root / "notes.md").write_text("not picked up by default")
    return root


def test_folder_is_walked_recursively_in_sorted_order_with_path_identities(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    records = list(iter_sources([root]))
    names = [Path(r.identity).name for r in records]
    # A folder's own files (sorted) come before its subfolders (sorted): stable between runs.
    assert names == [TEXT_DUMPS[0].name, TEXT_DUMPS[1].name, TEXT_DUMPS[2].name]
    assert all(r.kind == "text" and r.origin == str(root) for r in records)
    assert records[0].data == TEXT_DUMPS[0].read_bytes()


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    only_b = [Path(r.identity).name for r in iter_sources([root], include=["b/*"])]
    assert only_b == [TEXT_DUMPS[2].name]
    not_b = [Path(r.identity).name for r in iter_sources([root], exclude=["b/*"])]
    assert not_b == [TEXT_DUMPS[0].name, TEXT_DUMPS[1].name]
    markdown = [Path(r.identity).name for r in iter_sources([root], include=["*.md"])]
    assert markdown == ["notes.md"]


@pytest.mark.parametrize(
    "compress",
    [gzip.compress, bz2.compress, lzma.compress, pytest.param("zstd", id="zstd")],
)
def test_compression_is_found_by_content_not_suffix(tmp_path: Path, compress: object) -> None:
    original = TEXT_DUMPS[0].read_bytes()
    if compress == "zstd":
        zstandard = pytest.importorskip("zstandard", reason="zstd needs the zstandard package")
        packed = zstandard.ZstdCompressor().compress(original)
    else:
        assert callable(compress)
        packed = compress(original)
    path = tmp_path / "article.txt"  # the suffix lies: the bytes are compressed
    path.write_bytes(packed)
    (record,) = iter_sources([path])
    assert record.data == original
    assert record.identity == str(path)


def test_jsonl_detects_the_text_field_and_names_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(jsonl_bytes(TEXT_DUMPS, compress=True))
    records = list(iter_sources([path]))
    assert [r.identity for r in records] == [f"{path}:{i}" for i in (1, 2, 3)]
    assert records[0].data == TEXT_DUMPS[0].read_text(encoding="utf-8")
    assert records[0].url == f"http://example.test/{TEXT_DUMPS[0].name}"


def test_jsonl_field_and_id_field_options() -> None:
    records = list(iter_sources([PFSA_JSONL], field="text", id_field="id"))
    assert [r.identity for r in records] == ["pfsa-dev-0001", "pfsa-dev-0002", "pfsa-dev-0003"]
    assert all(isinstance(r.data, str) and r.data for r in records)


def test_jsonl_html_field_hints_html_and_bad_lines_become_error_records(tmp_path: Path) -> None:
    page = ARTICLE_PAGES[0].read_text(encoding="utf-8")
    path = tmp_path / "mixed.jsonl"
    import json

    lines = [
        json.dumps({"html": page, "link": "http://example.test/a"}),
        "",
        "{not json",
        "[1, 2]",
        json.dumps({"title": "t", "n": 1}),
        json.dumps({"html": 12}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(iter_sources([path]))
    assert [r.identity.rsplit(":", 1)[1] for r in records] == [
        "1",
        "3",
        "4",
        "5",
        "6",
    ]  # the blank line is no record
    assert records[0].kind == "html" and records[0].url == "http://example.test/a"
    assert [r.error_code for r in records] == [
        None,
        "container.malformed",
        "container.malformed",
        "input.invalid",
        "input.invalid",
    ]
    assert "{not json" not in (records[1].error_message or "")


def test_truncated_gzip_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    import json
    import os

    lines = b"".join(
        json.dumps({"text": os.urandom(400).hex()}).encode() + b"\n" for _ in range(300)
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:-2000])
    records = list(iter_sources([path]))
    assert records[-1].error_code == "container.truncated"
    assert all(r.error_code is None for r in records[:-1])
    assert 200 < len(records) < 300


def _warc(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_warc_response_records_become_html_records_and_the_rest_is_counted(tmp_path: Path) -> None:
    path = _warc(tmp_path, "crawl.warc.gz", warc_bytes([*ARTICLE_PAGES, FEED_PAGE], extras=True))
    sources = iter_sources([path])
    records = list(sources)
    assert [r.url for r in records] == [
        f"http://example.test/{p.name}" for p in [*ARTICLE_PAGES, FEED_PAGE]
    ]
    assert all(
        r.identity.startswith("<urn:uuid:") and r.kind == "html" and r.warc_date for r in records
    )
    assert records[0].data == ARTICLE_PAGES[0].read_bytes()
    assert sources.stats.skipped == {
        "warc.warcinfo": 1,
        "warc.request": 3,
        "warc.metadata": 1,
        "warc.response.not_html": 1,
        "warc.response.status_not_2xx": 1,
    }


def test_wet_conversion_records_are_text_dumps(tmp_path: Path) -> None:
    path = _warc(tmp_path, "crawl.warc.wet.gz", wet_bytes(TEXT_DUMPS))
    records = list(iter_sources([path]))
    assert [r.kind for r in records] == ["text"] * len(TEXT_DUMPS)
    assert [r.data for r in records] == [p.read_bytes() for p in TEXT_DUMPS]
    assert records[0].url == f"http://example.test/{TEXT_DUMPS[0].stem}"


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_warc_cut_inside_a_record_reports_it_truncated(tmp_path: Path, gzipped: bool) -> None:
    data = warc_bytes(ARTICLE_PAGES, gzip_members=gzipped)
    path = _warc(tmp_path, "cut.warc.gz" if gzipped else "cut.warc", data[: len(data) - 2000])
    records = list(iter_sources([path]))
    assert [r.error_code for r in records] == [None, "container.truncated"]
    assert "Content-Length" in (records[1].error_message or "")
    assert records[1].url == f"http://example.test/{ARTICLE_PAGES[1].name}"


def test_warc_gzip_member_cut_short_is_reported(tmp_path: Path) -> None:
    data = warc_bytes(ARTICLE_PAGES)
    path = _warc(tmp_path, "tail.warc.gz", data[:-6])  # only the gzip trailer is missing
    records = list(iter_sources([path]))
    assert [r.error_code for r in records] == [None, "container.truncated"]
    assert "gzip member" in (records[1].error_message or "")


def test_warc_truncated_header_is_reported(tmp_path: Path) -> None:
    path = _warc(tmp_path, "t.warc.gz", warc_bytes(ARTICLE_PAGES[:1], truncated_header=True))
    (record,) = iter_sources([path])
    assert record.error_code == "container.truncated"
    assert "WARC-Truncated" in (record.error_message or "")


def test_warcio_archive_load_failed_comes_after_the_good_records(tmp_path: Path) -> None:
    data = (
        warc_bytes(ARTICLE_PAGES)
        + b"this is not a WARC record\r\n\r\n"
        + warc_bytes(ARTICLE_PAGES[:1])
    )
    path = _warc(tmp_path, "bad.warc.gz", data)
    records = list(iter_sources([path]))
    assert [r.error_code for r in records] == [None, None, "container.malformed"]
    assert "ArchiveLoadFailed" in (records[2].error_message or "")
    assert records[2].identity == f"{path}@{len(warc_bytes(ARTICLE_PAGES))}" or records[
        2
    ].identity.startswith(f"{path}@")


def test_stdin_is_classified_like_a_file() -> None:
    data = gzip.compress(warc_bytes(ARTICLE_PAGES, gzip_members=False))
    records = list(iter_sources(["-"], stdin=io.BytesIO(data)))
    assert [r.url for r in records] == [f"http://example.test/{p.name}" for p in ARTICLE_PAGES]
    (text,) = iter_sources(["-"], stdin=io.BytesIO(TEXT_DUMPS[0].read_bytes()))
    assert text.identity == "<stdin>"


def test_oversized_inputs_become_too_large_records(tmp_path: Path) -> None:
    limits = Limits(max_input_bytes=10_000)
    big = _warc(tmp_path, "big.warc.gz", warc_bytes(ARTICLE_PAGES[:1]))
    (record,) = iter_sources([big], limits=limits)
    assert record.error_code == "input.too_large"
    (page,) = iter_sources([ARTICLE_PAGES[0]], limits=limits)
    assert page.error_code == "input.too_large" and page.data == b""


def test_a_missing_path_is_a_usage_error_at_once(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        iter_sources([tmp_path / "nope"])


def test_a_broken_content_encoding_spoils_only_its_record(tmp_path: Path) -> None:
    import io as _io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = _io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    bad = b"\x1f\x8b\x08\x00" + b"not really gzip" * 20
    writer.write_record(
        writer.create_warc_record(
            "http://example.test/bad", "response", payload=_io.BytesIO(bad), http_headers=http
        )
    )
    path = _warc(tmp_path, "enc.warc.gz", buffer.getvalue() + warc_bytes(ARTICLE_PAGES[:1]))
    records = list(iter_sources([path]))
    assert [r.url for r in records] == [
        "http://example.test/bad",
        f"http://example.test/{ARTICLE_PAGES[0].name}",
    ]
    assert records[1].error_code is None


def test_warc_http_charset_decodes_an_undeclared_page(tmp_path: Path) -> None:
    """The HTTP Content-Type charset of a WARC response is the page's strongest declaration."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from warta import convert_many

    lead = (
        "<p>JAKARTA, KOMPAS.com - Pemerintah kota meresmikan jembatan baru di kawasan utara "
        "yang menghubungkan dua kecamatan padat penduduk pada Senin (2/11/2015).</p>"
    )
    quote = "<p>“Jembatan ini mempersingkat waktu tempuh warga hingga setengah jam,” kata Wali Kota.</p>"
    rest = "".join(
        f"<p>Paragraf {n}: pembangunan jembatan menelan biaya besar dan dikerjakan selama dua "
        "tahun oleh kontraktor daerah dengan pengawasan dinas pekerjaan umum setempat.</p>"
        for n in range(3)
    )
    page = (
        "<html><head><title>Jembatan Baru Diresmikan</title></head><body><article>"
        f"<h1>Jembatan Baru Diresmikan</h1>{lead}{quote}{rest}</article></body></html>"
    ).encode("cp1252")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=windows-1252")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "http://example.test/jembatan", "response", payload=io.BytesIO(page), http_headers=http
        )
    )
    path = _warc(tmp_path, "cp1252.warc.gz", buffer.getvalue())
    records = list(iter_sources([path]))
    assert records[0].charset == "windows-1252"
    [result] = list(convert_many(records, workers=0))
    assert result.article is not None, result
    assert result.article.source.encoding in ("cp1252", "windows-1252")
    assert any("“Jembatan ini" in p.text for p in result.article.body)
    # Decoded by the declaration, not by detection or the windows-1252 fallback.
    assert not [w.code for w in result.article.warnings if w.code.startswith("encoding.")]
