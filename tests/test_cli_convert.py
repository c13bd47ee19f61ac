"""``warta convert`` over real files: JSON, JSON Lines, errors file, counts, Parquet, kill and resume."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from warta.cli import main

from .conftest import Run
from .test_archive_support import (
    ARTICLE_PAGES,
    FEED_PAGE,
    PFSA_JSONL,
    TEXT_DUMPS,
    jsonl_bytes,
    read_jsonl,
    warc_bytes,
)


def warta_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``warta`` as a separate process: for stdin and for killing it."""
    return subprocess.run(
        [sys.executable, "-m", "warta.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def test_one_file_gives_one_json_document(warta: Callable[..., Run]) -> None:
    done = warta("convert", str(TEXT_DUMPS[0]))
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)
    assert article["source"]["location"] == str(TEXT_DUMPS[0])
    assert done.stdout.startswith("{\n")  # pretty, not a JSON line


def test_stdin_dash_reads_one_article() -> None:
    done = warta_process("convert", "-", stdin=TEXT_DUMPS[1].read_bytes())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["location"] == "<stdin>"


def test_a_folder_gives_json_lines_errors_file_and_counts(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for dump in TEXT_DUMPS:
        shutil.copy(dump, root / dump.name)
    (root / "blank.txt").write_text("  \n\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    done = warta("convert", str(root), "-o", str(out), "--errors", str(errors), "--workers", "2")
    assert done.returncode == 1  # one record failed
    articles, failures = read_jsonl(out), read_jsonl(errors)
    assert [a["source"]["location"] for a in articles] == [str(root / d.name) for d in TEXT_DUMPS]
    assert failures == [
        {
            "identity": str(root / "blank.txt"),
            "code": "input.empty",
            "message": failures[0]["message"],
        }
    ]
    stderr = done.stderr
    assert "4 records, 3 ok, 1 failed" in stderr and "input.empty 1" in stderr
    assert "\x1b[" not in stderr  # no progress bar (or colour codes) when stderr is not a terminal


def test_several_files_give_json_lines_on_stdout_and_quiet_prints_nothing_else(
    warta: Callable[..., Run],
) -> None:
    done = warta("convert", *map(str, TEXT_DUMPS[:2]), "--quiet")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [json.loads(line)["source"]["location"] for line in lines] == [
        str(p) for p in TEXT_DUMPS[:2]
    ]
    assert done.stderr == ""


def test_jsonl_dump_with_field_and_id_field(tmp_path: Path, warta: Callable[..., Run]) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    args = ["--field", "text", "--id-field", "id", "-o", str(out), "--errors", str(errors)]
    done = warta("convert", str(PFSA_JSONL), *args)
    assert done.returncode in (0, 1), done.stderr
    # Whether a lead-only corpus text counts as an article is the parser's call; the
    # identities are ours: each id ends in exactly one of the two files.
    identities = [a["source"]["location"] for a in read_jsonl(out)] + [
        e["identity"] for e in read_jsonl(errors)
    ]
    assert sorted(identities) == ["pfsa-dev-0001", "pfsa-dev-0002", "pfsa-dev-0003"]


def test_warc_gz_with_html_pages(tmp_path: Path, warta: Callable[..., Run]) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_bytes([*ARTICLE_PAGES, FEED_PAGE], extras=True))
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    done = warta("convert", str(crawl), "-o", str(out), "--errors", str(errors))
    articles, failures = read_jsonl(out), read_jsonl(errors)
    assert len(articles) + len(failures) == 3  # every page ends in exactly one of them
    assert {a["source"]["url"] for a in articles} == {
        f"http://example.test/{p.name}" for p in ARTICLE_PAGES
    }
    assert [f["code"] for f in failures] == ["input.not_article"]  # the RSS feed
    assert done.returncode == 1
    assert "archive entries skipped" in done.stderr


def test_unordered_and_one_worker_give_the_same_set(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    source = tmp_path / "d.jsonl"
    source.write_bytes(jsonl_bytes(TEXT_DUMPS * 3))
    ordered = warta("convert", str(source), "--workers", "1", "-q")
    unordered = warta("convert", str(source), "--workers", "2", "--unordered", "-q")
    assert ordered.returncode == unordered.returncode == 0
    assert sorted(ordered.stdout.splitlines()) == sorted(unordered.stdout.splitlines())


def test_parquet_output_is_readable_by_pyarrow_and_pandas(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow")
    target = tmp_path / "articles.parquet"
    done = warta("convert", *map(str, TEXT_DUMPS), "-o", str(target))
    assert done.returncode == 0, done.stderr
    table = pq.read_table(target)
    assert table.num_rows == len(TEXT_DUMPS)
    frame = table.to_pandas()
    assert list(frame["source"].map(lambda s: s["location"])) == [str(p) for p in TEXT_DUMPS]
    assert all(len(body) > 0 for body in frame["body"])
    assert not (tmp_path / "articles.parquet.partial").exists()


def test_usage_errors_exit_2(tmp_path: Path, warta: Callable[..., Run]) -> None:
    assert warta("convert", str(tmp_path / "missing.txt")).returncode == 2
    assert warta("convert", str(TEXT_DUMPS[0]), "--resume").returncode == 2  # resume needs -o
    assert warta("convert", str(TEXT_DUMPS[0]), "--format", "parquet").returncode == 2


def test_killed_run_resumes_to_every_record_exactly_once(tmp_path: Path) -> None:
    """SIGKILL a run mid-way, tear its last line, resume: each record ends up exactly once."""
    count = 400
    source = tmp_path / "dump.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in TEXT_DUMPS]
    lines = [
        json.dumps({"id": f"rec-{i:04d}", "text": texts[i % len(texts)] if i % 50 else " "})
        for i in range(count)
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    args = [
        "convert",
        str(source),
        "--id-field",
        "id",
        "-o",
        str(out),
        "--errors",
        str(errors),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(
        [sys.executable, "-m", "warta.cli", *args], stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 30):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    written = out.read_bytes().count(b"\n")
    assert 30 <= written < count - count // 50, "the run was not killed mid-way"
    with out.open("ab") as handle:  # what a kill during a write leaves behind
        handle.write(b'{"schema_version":"1.0","source":{"location":"rec-')

    resumed = warta_process(*args, "--resume")
    assert resumed.returncode == 1  # the blank records fail
    assert "already done (resumed)" in resumed.stderr.decode()
    identities = [a["source"]["location"] for a in read_jsonl(out)] + [
        e["identity"] for e in read_jsonl(errors)
    ]
    assert sorted(identities) == [f"rec-{i:04d}" for i in range(count)]
    assert {e["code"] for e in read_jsonl(errors)} == {"input.empty"}


def test_progress_bar_shows_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    from warta.cli import inputs

    screen = io.StringIO()
    monkeypatch.setattr(
        inputs, "error_console", lambda: Console(file=screen, force_terminal=True, width=120)
    )
    out = tmp_path / "o.jsonl"
    assert main(["convert", *map(str, TEXT_DUMPS), "-o", str(out), "--workers", "1"]) == 0
    assert "3 ok" in screen.getvalue() and "0 failed" in screen.getvalue()
    screen.truncate(0)
    assert (
        main(["convert", *map(str, TEXT_DUMPS), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    )
    assert screen.getvalue() == ""


def test_size_cap_and_time_budget_flags(tmp_path: Path, warta: Callable[..., Run]) -> None:
    errors = tmp_path / "e.jsonl"
    big = max(TEXT_DUMPS, key=lambda p: p.stat().st_size)
    cap = str(big.stat().st_size - 1)
    done = warta(
        "convert",
        *map(str, TEXT_DUMPS),
        "--max-bytes",
        cap,
        "--timeout",
        "30",
        "--errors",
        str(errors),
    )
    assert done.returncode == 1
    assert read_jsonl(errors) == [
        {
            "identity": str(big),
            "code": "input.too_large",
            "message": read_jsonl(errors)[0]["message"],
        }
    ]
    assert warta("convert", str(big), "--timeout", "0").returncode == 2
