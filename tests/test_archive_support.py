"""Builders shared by the archive tests: WARC and JSON Lines files made from real fixtures.

No tests live here; the archive and CLI test modules import these helpers.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from .conftest import FIXTURES

ARCHIVE = FIXTURES / "archive"
TEXT_DUMPS = sorted(ARCHIVE.glob("*.txt"))
ARTICLE_PAGES = [
    ARCHIVE / "antara-singlepage4.html",
    FIXTURES / "html" / "tempo-english-singlepage.html",
]
FEED_PAGE = FIXTURES / "html" / "antara-mainpage.html"
PFSA_JSONL = ARCHIVE / "pfsa-dev-3.jsonl"


def warc_bytes(
    pages: list[Path],
    *,
    gzip_members: bool = True,
    extras: bool = False,
    truncated_header: bool = False,
) -> bytes:
    """A WARC of response records for ``pages`` (url http://example.test/<name>).

    ``extras`` adds what real crawls hold besides pages: a warcinfo, a request,
    a metadata record, an image response and a redirect, all to be skipped.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_members)
    if extras:
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "warta tests"}))
    for page in pages:
        url = f"http://example.test/{page.name}"
        if extras:
            request = StatusAndHeaders(
                f"GET /{page.name} HTTP/1.1", [("Host", "example.test")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = [("Content-Type", "text/html; charset=utf-8")]
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Truncated": "length"} if truncated_header else None
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(page.read_bytes()),
            http_headers=http,
            warc_headers_dict=warc_headers,
        )
        writer.write_record(record)
    if extras:
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://example.test/a.png",
                "response",
                payload=io.BytesIO(b"\x89PNG...."),
                http_headers=image,
            )
        )
        moved = StatusAndHeaders(
            "301 Moved Permanently", [("Location", "http://example.test/")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                "http://example.test/old", "response", payload=io.BytesIO(b""), http_headers=moved
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "http://example.test/", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\n")
            )
        )
    return buffer.getvalue()


def jsonl_bytes(paths: list[Path], *, field: str = "text", compress: bool = False) -> bytes:
    """One JSON line per file: {"id": <stem>, "url": ..., field: <content>}."""
    lines = [
        json.dumps(
            {
                "id": p.stem,
                "url": f"http://example.test/{p.name}",
                field: p.read_text(encoding="utf-8"),
            }
        )
        for p in paths
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return gzip.compress(data) if compress else data


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def wet_bytes(dumps: list[Path]) -> bytes:
    """A WET-style WARC: one ``conversion`` record of text/plain per dump, as Common Crawl stores text."""
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for dump in dumps:
        record = writer.create_warc_record(
            f"http://example.test/{dump.stem}",
            "conversion",
            payload=io.BytesIO(dump.read_bytes()),
            warc_headers_dict={"Content-Type": "text/plain"},
        )
        writer.write_record(record)
    return buffer.getvalue()
