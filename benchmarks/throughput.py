"""Archive throughput: records per second and peak memory, 1 vs 2 workers, three input forms.

Builds, in a temporary folder, (a) text dumps (the id-portals w3m dumps and the
seed, cycled) and (b) the 181 article-extraction-benchmark pages, cycled, each
as a folder of files, a JSON Lines .gz and a WARC.gz, then times
``convert_many(iter_sources(...))`` over each in a fresh Python process (so
that peak memory is that run's own) with 1 and 2 workers. Peak memory is
VmHWM of the parent and, separately, of the largest worker. A last run
repeats the text JSON Lines case at ``--big`` records to show whether memory
grows with the archive (it must not). A parse-only run in one process
(``workers=0``) gives the parser's own speed, to tell parser cost from pool
cost.

Usage (defaults are the issue's sizes; the machine must be otherwise idle
for the figures to mean much, so note its load with the results)::

    python benchmarks/throughput.py
    python benchmarks/throughput.py --records 2000 --html-records 500 --big 20000
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


# --- building the inputs -----------------------------------------------------------------


def text_dumps() -> list[tuple[str, bytes]]:
    files = [
        *sorted((SHARED / "id-portals" / "text").glob("*.txt")),
        SHARED / "seed" / "gagasanriau-p2kp.txt",
    ]
    return [(f.name, f.read_bytes()) for f in files if f.exists()]


def html_pages() -> list[tuple[str, bytes]]:
    files = sorted((SHARED / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    return [(f.name[: -len(".gz")], gzip.decompress(f.read_bytes())) for f in files]


def build(
    kind: str, items: list[tuple[str, bytes]], count: int, root: Path, forms: list[str]
) -> dict[str, Path]:
    """Write ``count`` records cycling over ``items`` in each requested form."""
    built: dict[str, Path] = {}
    suffix = ".txt" if kind == "text" else ".html"
    if "folder" in forms:
        folder = root / f"{kind}-{count}-folder"
        for n in range(count):
            sub = folder / f"{n // 1000:04d}"
            if n % 1000 == 0:
                sub.mkdir(parents=True, exist_ok=True)
            name, data = items[n % len(items)]
            (sub / f"{n:07d}-{Path(name).stem}{suffix}").write_bytes(data)
        built["folder"] = folder
    if "jsonl" in forms:
        path = root / f"{kind}-{count}.jsonl.gz"
        field = "text" if kind == "text" else "html"
        decoded = [(name, data.decode("utf-8", "replace")) for name, data in items]
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as handle:
            for n in range(count):
                name, text = decoded[n % len(decoded)]
                handle.write(json.dumps({"id": f"{n}-{name}", field: text}) + "\n")
        built["jsonl"] = path
    if "warc" in forms:
        built["warc"] = _warc(root / f"{kind}-{count}.warc.gz", items, count, kind)
    return built


def _warc(path: Path, items: list[tuple[str, bytes]], count: int, kind: str) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # Text dumps go in as WET-style conversion records (text/plain), pages as HTML responses.
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        for n in range(count):
            name, data = items[n % len(items)]
            url = f"http://bench.test/{n}/{name}"
            if kind == "html":
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(data), http_headers=http
                )
            else:
                headers = {"Content-Type": "text/plain"}
                record = writer.create_warc_record(
                    url, "conversion", payload=io.BytesIO(data), warc_headers_dict=headers
                )
            writer.write_record(record)
    return path


# --- one measured run (in its own process) ---------------------------------------------------


def _descendants(pid: int) -> list[int]:
    """Child processes, recursively, from /proc/PID/task/*/children (cheap: no /proc scan)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    children = [int(c) for c in handle.read().split()]
            except OSError:
                continue
            found.extend(children)
            todo.extend(children)
    return found


def _hwm_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class WorkerMemory(threading.Thread):
    """Samples every descendant process: the largest peak RSS (VmHWM) and the CPU each used.

    CPU seconds make a per-core rate that holds on a shared machine: records
    divided by the workers' CPU time does not depend on how much of a core
    other people's jobs left us.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kib = 0
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.5):
            self.sample(me)

    def sample(self, me: int) -> None:
        for pid in _descendants(me):
            if _is_helper(pid, me):
                continue  # the forkserver and resource tracker: start-up cost, not work
            self.peak_kib = max(self.peak_kib, _hwm_kib(pid))
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid))


def _is_helper(pid: int, me: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            command = handle.read()
    except OSError:
        return True
    return parent == me and (b"forkserver" in command or b"resource_tracker" in command)


def measure(path: str, workers: int) -> dict[str, Any]:
    import warta
    from warta.archive import convert_many, iter_sources

    del warta
    sampler = WorkerMemory()
    sampler.start()
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the run writes like the CLI
    started = time.perf_counter()
    records = ok = 0
    codes: dict[str, int] = {}
    for result in convert_many(iter_sources([path], id_field="id"), workers=workers):
        records += 1
        if result.json is not None:
            ok += 1
            sink.write(result.json + "\n")
        else:
            codes[result.code or "?"] = codes.get(result.code or "?", 0) + 1
        if records % 200 == 0:
            sampler.sample(os.getpid())  # the last CPU reading of each worker before it exits
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    own = os.times()
    parent_cpu = own.user + own.system
    worker_cpu = sum(sampler.cpu.values()) if workers else parent_cpu
    return {
        "records": records,
        "ok": ok,
        "failed_by_code": codes,
        "seconds": round(seconds, 3),
        "records_per_s": round(records / seconds, 1),
        "records_per_worker_cpu_s": round(records / worker_cpu, 1) if worker_cpu else None,
        "parent_cpu_s": round(parent_cpu, 2),
        "parent_peak_mib": round(_hwm_kib(os.getpid()) / 1024, 1),
        "worker_peak_mib": round(sampler.peak_kib / 1024, 1),
    }


def run_measure(path: Path, workers: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(path), "--workers", str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the whole benchmark ------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--records", type=int, default=10_000, help="text dump records (default 10,000)"
    )
    parser.add_argument(
        "--html-records", type=int, default=10_000, help="HTML page records (default 10,000)"
    )
    parser.add_argument(
        "--big", type=int, default=100_000, help="records for the memory-growth run (0: skip)"
    )
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    parser.add_argument("--forms", default="folder,jsonl,warc", help="input forms")
    parser.add_argument("--kinds", default="text,html", help="text and/or html")
    parser.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, int(args.workers))))
        return
    counts = [int(w) for w in args.workers.split(",")]
    forms = args.forms.split(",")
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="warta-throughput-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        rows = []
        for kind in args.kinds.split(","):
            items = text_dumps() if kind == "text" else html_pages()
            count = args.records if kind == "text" else args.html_records
            if not items:
                print(f"skip {kind}: ../shared data absent")
                continue
            inputs = build(kind, items, count, root, forms)
            base = run_measure(inputs.get("jsonl") or next(iter(inputs.values())), 0)
            rows.append(_row(kind, "jsonl" if "jsonl" in inputs else "-", 0, count, base))
            for form, path in inputs.items():
                for workers in counts:
                    rows.append(_row(kind, form, workers, count, run_measure(path, workers)))
            _print_speedups(rows, kind, counts)
        if args.big and "text" in args.kinds.split(","):
            big = build("text", text_dumps(), args.big, root, ["jsonl"])["jsonl"]
            rows.append(_row("text", "jsonl", max(counts), args.big, run_measure(big, max(counts))))
        print(f"load average {os.getloadavg()[0]:.2f} at end")
        print(json.dumps(rows, indent=1))


def _row(kind: str, form: str, workers: int, count: int, result: dict[str, Any]) -> dict[str, Any]:
    row = {"kind": kind, "form": form, "workers": workers, "count": count, **result}
    print(
        f"{kind:5} {form:7} workers={workers} records={result['records']:>7} ok={result['ok']:>7} "
        f"{result['records_per_s']:>8.1f} rec/s  "
        f"{result.get('records_per_worker_cpu_s') or 0:>8.1f} rec/worker-CPU-s  parent peak {result['parent_peak_mib']:>6.1f} MiB  "
        f"worker peak {result['worker_peak_mib']:>6.1f} MiB",
        flush=True,
    )
    return row


def _print_speedups(rows: list[dict[str, Any]], kind: str, counts: list[int]) -> None:
    if 1 not in counts or len(counts) < 2:
        return
    for form in ("folder", "jsonl", "warc"):
        rate = {
            r["workers"]: r["records_per_s"]
            for r in rows
            if r["kind"] == kind and r["form"] == form
        }
        if 1 in rate and max(counts) in rate:
            print(
                f"  {kind} {form}: {max(counts)} workers / 1 worker = {rate[max(counts)] / rate[1]:.2f}x",
                flush=True,
            )


if __name__ == "__main__":
    main()
