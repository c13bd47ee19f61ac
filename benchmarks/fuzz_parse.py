"""Coverage-guided fuzzing of :func:`warta.parse` with atheris, for a bounded time.

Not a test: a benchmark-style script a person runs (``--seconds``). The first
byte of each fuzz input picks the entry point (``parse`` on bytes, ``parse``
on text, ``parse_text``, ``parse_html``); the rest is the input. Every call
must return a valid Article or raise a :class:`warta.WartaError` that is not
an :class:`warta.InternalError` (which wraps a bug) within the time budget.

Rather than stopping at the first finding (libFuzzer's default), the harness
records each *distinct* finding (exception type + the innermost warta frame)
under ``fixtures/fuzz-regressions/`` as ``<mode>-<sha12>.bin`` plus a
``.txt`` note with the traceback, and keeps going, so one run over code that
is still being written reports every kind of bug it reaches. The files are
replayed by ``tests/test_hostile_regressions.py``.

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/fuzz_parse.py --seconds 1800
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
import traceback
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["warta"]):
    import warta
    from warta.errors import InternalError, WartaError
    from warta.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "fuzz-regressions"
MODES = ("bytes", "str", "text", "html")
SLOW_SECONDS = 2.0
"""CPU seconds (not wall time: the machine is shared and the fuzzer runs niced)."""
# A smaller budget than the default so that a slow path shows up as a finding fast.
LIMITS = Limits(timeout_seconds=5.0)

SEEDS: tuple[bytes, ...] = (
    b"<html><head><meta charset='iso-8859-1'><title>Judul</title></head><body><article>"
    b'<h1>Judul berita</h1><p>JAKARTA - Menteri itu berkata, "Kami siap."</p>'
    b"<p>Ia menambahkan hal lain pada Senin (3/6/2024).</p></article></body></html>",
    b'Judul Berita Hari Ini\n\nKOMPAS.com - Presiden mengatakan "Tidak ada masalah" kata dia.\n\n'
    b"Paragraf kedua berisi 12 Juni 2024 pukul 10.00 WIB.\n\n(ant/ash)\n",
    b"<!DOCTYPE html><html><body><div><div><div><p>Teks \xe9 caf\xe9</p></div></div></div></body></html>",
    b"\xef\xbb\xbfHeadline\r\nBody line one.\rBody\x00 two.\n",
    b"<frameset><frame src='a.html'></frameset>",
    b"<html><body><script>var a = 1;</script></body></html>",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><html><p>&e;</p></html>',
)


# libFuzzer dictionary: the tokens that steer input into the interesting paths.
DICTIONARY: tuple[bytes, ...] = (
    b"<html>",
    b"<body>",
    b"<head>",
    b"<title>",
    b"<article>",
    b"<div class='content'>",
    b"</div>",
    b"<p>",
    b"</p>",
    b"<h1>",
    b"</h1>",
    b"<span>",
    b"<b>",
    b"<i>",
    b"<a href='/x'>",
    b"</a>",
    b"<script>",
    b"</script>",
    b"<style>",
    b"<!--",
    b"-->",
    b"<frameset>",
    b"<br>",
    b"<li>",
    b"<meta charset='utf-8'>",
    b"<meta charset='iso-8859-1'>",
    b"<meta charset='utf-16'>",
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-06-03"}</script>',
    b'<meta property="og:title" content="T">',
    b"<time datetime='2024-06-03T10:00:00+07:00'>",
    b"<?xml version='1.0' encoding='utf-8'?>",
    b"<!DOCTYPE html>",
    b"&nbsp;",
    b"&amp;",
    b"&#8220;",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\r\n",
    b"\n\n",
    b"\x00",
    b"\xc3\xa9",
    b"\xe2\x80\x9c",
    b"\xe2\x80\x9d",
    b"\xc3\x83\xc2\xa9",
    b"\x93",
    b"\x94",
    b"\xe9",
    b"JAKARTA -",
    b"KOMPAS.com -",
    b"kata",
    b"ujar",
    b"said",
    b"Senin (3/6/2024)",
    b"12 Juni 2024",
    b"pukul 10.00 WIB",
    b"Baca juga:",
    b"(ant/ash)",
    b"Penulis:",
    b"Editor:",
    b"Komentar",
    b"Menteri",
    b"Presiden",
)


class Findings:
    """Distinct findings by signature, saved as regression fixtures."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.seen: set[str] = {p.stem.split("-", 2)[-1] for p in out.glob("*.txt")}
        self.new: list[str] = []
        self.executions = 0
        self.slowest = 0.0
        self.started = time.monotonic()
        self.last_report = self.started

    def report(self) -> None:
        """One status line; libFuzzer ends the process abruptly, so report as we go."""
        self.last_report = time.monotonic()
        print(
            f"[fuzz] {self.last_report - self.started:.0f} s, {self.executions} executions, "
            f"slowest {self.slowest:.2f} s, {len(self.new)} new findings: {self.new}",
            file=sys.stderr,
            flush=True,
        )

    def record(self, mode: str, data: bytes, kind: str, detail: str, signature: str) -> None:
        sig = hashlib.sha256(signature.encode()).hexdigest()[:12]
        if sig in self.seen:
            return
        self.seen.add(sig)
        self.out.mkdir(parents=True, exist_ok=True)
        stem = f"{mode}-{sig}"
        (self.out / f"{stem}.bin").write_bytes(data)
        (self.out / f"{stem}.txt").write_text(
            f"{kind}\n{signature}\n\n{detail}\n", encoding="utf-8"
        )
        self.new.append(f"{stem}: {kind}: {signature}")
        print(f"\n[fuzz] NEW FINDING {stem}: {kind}: {signature}", file=sys.stderr, flush=True)


FINDINGS: Findings


def _signature(exc: BaseException) -> str:
    """Exception type plus the innermost frame inside warta: one bug, one signature."""
    root = exc.__cause__ if isinstance(exc, InternalError) and exc.__cause__ else exc
    frames = traceback.extract_tb(root.__traceback__)
    inner = [f for f in frames if "/warta/" in f.filename] or frames
    where = f"{Path(inner[-1].filename).name}:{inner[-1].lineno}" if inner else "?"
    return f"{type(root).__name__} at {where}"


def _call(mode: str, payload: bytes) -> warta.Article:
    if mode == "bytes":
        return warta.parse(payload, limits=LIMITS)
    text = payload.decode("utf-8", errors="replace")
    if mode == "str":
        return warta.parse(text, limits=LIMITS)
    if mode == "text":
        return warta.parse_text(payload, limits=LIMITS)
    return warta.parse_html(payload, limits=LIMITS)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode = MODES[data[0] % len(MODES)]
    payload = data[1:]
    FINDINGS.executions += 1
    started = time.process_time()
    try:
        article = _call(mode, payload)
        # The contract: valid, and its JSON round-trips.
        if warta.Article.model_validate_json(article.model_dump_json()) != article:
            FINDINGS.record(
                mode, payload, "roundtrip", "JSON round trip changed the Article", "roundtrip"
            )
    except InternalError as exc:
        FINDINGS.record(
            mode, payload, "internal", "".join(traceback.format_exception(exc)), _signature(exc)
        )
    except WartaError:
        pass
    except Exception as exc:  # escaped the public API: the worst kind of finding
        FINDINGS.record(
            mode, payload, "escaped", "".join(traceback.format_exception(exc)), _signature(exc)
        )
    elapsed = time.process_time() - started
    if time.monotonic() - FINDINGS.last_report > 60:
        FINDINGS.report()
    FINDINGS.slowest = max(FINDINGS.slowest, elapsed)
    if elapsed > SLOW_SECONDS:
        FINDINGS.record(
            mode,
            payload,
            "slow",
            f"{elapsed:.2f} s for {len(payload)} bytes",
            f"slow-{mode}-{len(payload) // 4096}",
        )


def _seed_corpus(directory: Path) -> None:
    for i, seed in enumerate(SEEDS):
        for m in range(len(MODES)):
            (directory / f"seed-{i}-{m}").write_bytes(bytes([m]) + seed)
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if (
            path.is_file()
            and path.suffix in (".txt", ".html", ".htm")
            and path.stat().st_size < 64_000
        ):
            data = path.read_bytes()
            (directory / f"fixture-{path.stem}").write_bytes(bytes([0]) + data)
    for path in sorted(OUT.glob("*.bin")):
        mode = path.stem.split("-", 1)[0]
        (directory / f"regression-{path.stem}").write_bytes(
            bytes([MODES.index(mode)]) + path.read_bytes()
        )


def _dict_escape(token: bytes) -> str:
    """libFuzzer dictionary syntax: printable ASCII as is, the rest as \\xNN."""
    return "".join(chr(b) if 32 <= b < 127 and b not in (34, 92) else f"\\x{b:02x}" for b in token)


def main() -> None:
    global FINDINGS
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=60, help="total fuzzing time")
    parser.add_argument(
        "--corpus", type=Path, help="working corpus folder (default: a temp folder)"
    )
    parser.add_argument(
        "--max-len", type=int, default=65536, help="longest generated input in bytes"
    )
    parser.add_argument("--out", type=Path, default=OUT, help="where findings are saved")
    args = parser.parse_args()
    FINDINGS = Findings(args.out)
    corpus = args.corpus or Path(tempfile.mkdtemp(prefix="warta-fuzz-"))
    corpus.mkdir(parents=True, exist_ok=True)
    _seed_corpus(corpus)
    started = time.monotonic()
    dictionary = corpus.parent / f"{corpus.name}.dict"
    dictionary.write_text(
        "".join(f'"{_dict_escape(token)}"\n' for token in DICTIONARY), encoding="ascii"
    )
    libfuzzer_args = [
        sys.argv[0],
        str(corpus),
        f"-dict={dictionary}",
        f"-max_total_time={args.seconds}",
        f"-max_len={args.max_len}",
        "-timeout=30",
        "-rss_limit_mb=2048",
        "-print_final_stats=1",
    ]
    FINDINGS.started = started
    atheris.Setup(libfuzzer_args, test_one_input)
    atheris.Fuzz()  # libFuzzer exits the process itself at -max_total_time


if __name__ == "__main__":
    main()
