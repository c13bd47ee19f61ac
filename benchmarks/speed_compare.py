"""This checkout's parse speed against another checkout's, side by side: CPU time and instructions.

A speed pass is judged against the code before it, on the same machine in
the same minutes (these machines drift by 2x between runs). For each
workload the script times both sources in alternation, each in its own
process (``PYTHONPATH`` points at the ``src`` folder), and reports the
median per-document CPU time of each and their ratio; with ``--instructions``
it also counts instructions under valgrind's callgrind, which are repeatable
however loaded the machine is: per document in the first pass over the
workload (which also compiles regexes and fills per-process memos) and in a
second pass (what a long archive run pays), each the difference of two runs.

Workloads: ``html`` (the first ``--pages`` pages of the article-extraction
benchmark, ``parse_html``), ``text`` (the id-portals text dumps and the seed,
``parse_text``) and ``tiny`` (a three-line dump: the fixed cost of a parse).

Usage::

    git worktree add /tmp/before <rev>
    python benchmarks/speed_compare.py --against /tmp/before/src
    python benchmarks/speed_compare.py --against /tmp/before/src --instructions --pages 30
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
TINY = (
    "Judul Berita Pendek Sekali\n\n"
    "JAKARTA - Presiden meresmikan jalan baru di kota itu pada hari Senin kemarin bersama warga.\n\n"
    "Ia berharap jalan itu bermanfaat bagi warga sekitar dan pengguna jalan lainnya.\n"
)


def documents(workload: str, pages: int) -> tuple[str, list[bytes]]:
    """(parser name, inputs) of a workload."""
    if workload == "html":
        files = sorted((SHARED / "article-extraction-benchmark" / "html").glob("*.html.gz"))
        return "parse_html", [gzip.decompress(f.read_bytes()) for f in files[:pages]]
    if workload == "text":
        files = sorted((SHARED / "id-portals" / "text").glob("*.txt"))
        return "parse_text", [
            f.read_bytes() for f in [*files, REPO / "fixtures/seed/gagasanriau-p2kp.txt"]
        ]
    return "parse_text", [TINY.encode()]


def child(workload: str, pages: int, passes: int, count_only: bool) -> None:
    """Run in the measured process: parse the workload, print ms per document (best pass)."""
    import warta

    name, docs = documents(workload, pages)
    parse = getattr(warta, name)
    if count_only:  # under callgrind: ``passes`` passes over the documents (0: start-up only)
        # valgrind runs the code ~50x slower: the default 10 s budget per record would
        # turn the first pass's slow pages into timeouts, which are not the work measured.
        slow = warta.Limits(timeout_seconds=3600)
        for _ in range(passes):
            for doc in docs:
                parse(doc, limits=slow)
        return
    repeat = max(1, 200 // len(docs))  # tiny documents: enough calls to time
    for doc in docs:
        parse(doc)  # warm-up: regexes compiled, tables built
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for _ in range(repeat):
            for doc in docs:
                parse(doc)
        best = min(best, (time.process_time() - start) / (repeat * len(docs)))
    print(json.dumps({"ms": best * 1000}))


def timed(src: Path, workload: str, pages: int, passes: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [
        sys.executable,
        __file__,
        "--child",
        workload,
        "--pages",
        str(pages),
        "--passes",
        str(passes),
    ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["ms"])


def instructions(src: Path, workload: str, pages: int, passes: int) -> int:
    """Instructions callgrind counts for a process that makes ``passes`` passes over the documents."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
            sys.executable, __file__, "--child", workload, "--pages", str(pages),
            "--passes", str(passes), "--count-only",
        ]  # fmt: skip
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no total: {done.stderr[-500:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", type=Path, required=False, help="the other checkout's src folder")
    ap.add_argument("--workloads", default="html,text,tiny")
    ap.add_argument("--pages", type=int, default=60, help="benchmark pages in the html workload")
    ap.add_argument("--rounds", type=int, default=5, help="alternating timings of each source")
    ap.add_argument("--passes", type=int, default=3, help="passes per timing (the best counts)")
    ap.add_argument("--instructions", action="store_true", help="also count instructions")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--count-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.pages, args.passes, args.count_only)
        return 0
    if not SHARED.exists():
        print(f"skip: {SHARED} is absent (the html and text workloads read it)")
        return 0
    sources = {"this": REPO / "src"}
    if args.against:
        sources["other"] = args.against.resolve()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    print(
        f"{'workload':9} {'source':6} {'ms/doc (median of best passes)':>32} {'ratio this/other':>17}"
    )
    for workload in args.workloads.split(","):
        ms: dict[str, list[float]] = {name: [] for name in sources}
        for _ in range(args.rounds):  # alternating: both see the same machine
            for name, src in sources.items():
                ms[name].append(timed(src, workload, args.pages, args.passes))
        medians = {name: statistics.median(values) for name, values in ms.items()}
        for name in sources:
            ratio = f"{medians['this'] / medians['other']:.3f}" if "other" in medians else ""
            shown = ratio if name == "this" else ""
            print(f"{workload:9} {name:6} {medians[name]:32.3f} {shown:>17}")
        if args.instructions:
            if shutil.which("valgrind") is None:
                print("  instructions: valgrind is not installed (apt-get install valgrind)")
                continue
            _print_instructions(sources, workload, args.pages)
    return 0


def _print_instructions(sources: dict[str, Path], workload: str, pages: int) -> None:
    """Per document: the first pass (regexes compiled, memos filled) and a later one."""
    docs = len(documents(workload, pages)[1])
    counts = {
        name: [instructions(src, workload, pages, n) for n in (0, 1, 2)]
        for name, src in sources.items()
    }
    for label, (a, b) in (("first pass", (0, 1)), ("later pass", (1, 2))):
        per_doc = {name: (c[b] - c[a]) / docs for name, c in counts.items()}
        line = ", ".join(f"{name} {value / 1e6:.1f} M" for name, value in per_doc.items())
        ratio = f" (ratio {per_doc['this'] / per_doc['other']:.3f})" if "other" in per_doc else ""
        print(f"  instructions per document, {label}: {line}{ratio}")


if __name__ == "__main__":
    sys.exit(main())
