"""Worst-case inputs: time and peak memory per case, warta and trafilatura side by side.

Each (tool, case) runs in its own subprocess, so the peak RSS reported is
that case's alone (it includes the interpreter, the imported libraries and
the generated input, which the baseline row shows). A tool that runs over
``--timeout`` seconds is killed and reported as "timeout": trafilatura's
fallback extractor is quadratic on large flat pages and can run for minutes.

Target (issue 6): no case over 2 s or 500 MB for warta at the default limits.

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/worst_case.py [--timeout 60] [--only CASE ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000
ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS, TARGET_MB = 2.0, 500

PARAGRAPHS = [
    "JAKARTA - Gubernur meresmikan jembatan baru yang menghubungkan dua kecamatan di kabupaten "
    "itu pada Senin (3/6/2024), didampingi sejumlah pejabat daerah.",
    "“Jembatan ini akan mempercepat arus barang dan orang,” kata Gubernur Andi Wijaya kepada "
    "wartawan seusai peresmian di lokasi.",
    "Pembangunan jembatan sepanjang 400 meter itu menghabiskan anggaran daerah selama dua tahun "
    "dan melibatkan ratusan pekerja dari desa sekitar.",
]
HEADLINE = "Gubernur Resmikan Jembatan Baru di Tembilahan"
FILLER = "<p>" + PARAGRAPHS[2] + "</p>\n"


def page(
    inner: str = "", *, wrap: Callable[[str], str] = lambda s: s, charset: str = "utf-8"
) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = f"<article><h1>{HEADLINE}</h1>{body}{inner}</article>"
    return (
        f'<html><head><meta charset="{charset}"><title>{HEADLINE}</title></head>'
        f"<body>{wrap(article)}</body></html>"
    )


def _nested(tag: str, size: int) -> str:
    depth = size // (2 * len(tag) + 5)
    return page(wrap=lambda a: f"<{tag}>" * depth + a + f"</{tag}>" * depth)


def _text_line(size: int) -> str:
    line = " ".join(PARAGRAPHS) + " "
    return HEADLINE + "\n\n" + line * (size // len(line))


CASES: dict[str, tuple[str, Callable[[], str | bytes]]] = {
    # name: (kind, generator)
    "flat-20MB": ("html", lambda: page(FILLER * (20 * MB // len(FILLER)))),
    "nested-divs-20MB": ("html", lambda: _nested("div", 20 * MB)),
    "flat-4.5MB": ("html", lambda: page(FILLER * (45 * MB // 10 // len(FILLER)))),
    "flat-1.75MB": ("html", lambda: page(FILLER * (175 * MB // 100 // len(FILLER)))),
    "paragraphs-4900-html": ("html", lambda: page(FILLER * 4900)),
    "paragraphs-4900-text": (
        "text",
        lambda: HEADLINE + "\n\n" + "\n\n".join((PARAGRAPHS * 1700)[:4900]),
    ),
    "nested-divs-4.5MB": ("html", lambda: _nested("div", 45 * MB // 10)),
    "inline-100k-nested": ("html", lambda: page(wrap=lambda a: "<b><i>" * 50_000 + a)),
    "wrapped-300-divs": (
        "html",
        lambda: page(wrap=lambda a: "<div class='w'>" * 300 + a + "</div>" * 300),
    ),
    "wrapped-3000-divs": (
        "html",
        lambda: page(wrap=lambda a: "<div class='w'>" * 3000 + a + "</div>" * 3000),
    ),
    "deep-text-every-level": (
        "html",
        lambda: page("".join(f"<div id='l{i}'>{i} " for i in range(5000))),
    ),
    "single-line-1MB-html": (
        "html",
        lambda: page("<p>" + _text_line(MB).split("\n\n")[1] + "</p>"),
    ),
    "inline-spans-60k": ("html", lambda: page("<span>kata</span>" * (MB // 17))),
    "single-line-1MB-text": ("text", lambda: _text_line(MB)),
    "quote-marks-400k-text": ("text", lambda: HEADLINE + "\n\n" + PARAGRAPHS[0] + "“" * 400_000),
    "many-paragraphs-text-2MB": (
        "text",
        lambda: HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS * (2 * MB // 400)),
    ),
    "declared-wrong-charset": (
        "html",
        lambda: page(charset="iso-8859-1").replace("Jembatan", "Jémbatan").encode(),
    ),
    "truncated-utf8": (
        "html",
        lambda: page().replace("Jembatan", "Jémbatan").encode()[:-1] + b"\xc3",
    ),
    "nul-bytes": ("html", lambda: page().replace(" ", " \x00").encode()),
    "mixed-line-endings": ("text", lambda: "\r\n".join(PARAGRAPHS) + "\r" + "\n".join(PARAGRAPHS)),
    "binary-5MB": ("html", lambda: bytes((i * 7919 + 13) % 256 for i in range(5 * MB))),
    "all-script-2MB": (
        "html",
        lambda: (
            "<html><body><script>" + "var x = 1;\n" * (2 * MB // 11) + "</script></body></html>"
        ),
    ),
    "entity-bomb": (
        "html",
        lambda: (
            '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            + page("<p>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</p>")
        ),
    ),
    "attributes-100k": (
        "html",
        lambda: page("<div " + " ".join(f"a{i}='v'" for i in range(100_000)) + ">x</div>"),
    ),
    "data-uri-4MB": (
        "html",
        lambda: page("<img src='data:image/png;base64," + "A" * 4 * MB + "'>"),
    ),
    "entities-450k": ("html", lambda: page("<p>" + "&amp;&#8220;&eacute;" * 150_000 + "</p>")),
    "unclosed-tags-200k": ("html", lambda: page("<p><a href='x'>tautan " * 200_000)),
}


def _run_warta(kind: str, data: str | bytes) -> str:
    import warta

    try:
        article = warta.parse(data, kind=kind)  # type: ignore[arg-type]
    except warta.WartaError as exc:
        return f"{exc.code}"
    return f"article ({len(article.body)} paragraphs)"


def _run_trafilatura(kind: str, data: str | bytes) -> str:
    import logging

    import trafilatura

    logging.disable(logging.CRITICAL)
    try:
        text = trafilatura.extract(data)
    except Exception as exc:  # a peer's failure is a result here
        return f"raised {type(exc).__name__}"
    return "None" if text is None else f"text ({len(text)} chars)"


TOOLS = {"warta": _run_warta, "trafilatura": _run_trafilatura}


def child(tool: str, case: str) -> None:
    """Run one case in this process and print one JSON line."""
    runner = TOOLS[tool]
    if tool == "trafilatura":
        import trafilatura  # noqa: F401 - import cost is not the case's
    else:
        import warta  # noqa: F401
    kind, make = CASES[case]
    data = make() if case != "baseline" else ""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    outcome = runner(kind, data)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = len(data)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak,
                "before_mb": before,
                "outcome": outcome,
                "size": size,
            }
        )
    )


def measure(tool: str, case: str, timeout: float) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--child", tool, case]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        return {"outcome": "timeout", "seconds": time.perf_counter() - started, "peak_mb": None}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {
            "outcome": f"crashed: {tail[:60]}",
            "seconds": time.perf_counter() - started,
            "peak_mb": None,
        }
    result: dict[str, object] = json.loads(lines[-1])
    return result


def _cell(result: dict[str, object]) -> str:
    seconds = result["seconds"]
    peak = result.get("peak_mb")
    time_part = f"{seconds:7.2f} s" if isinstance(seconds, float) else "      ?"
    if result["outcome"] == "timeout":
        time_part = f">{seconds:6.0f} s"
    mem_part = f"{peak:6.0f} MB" if isinstance(peak, float) else "     - MB"
    return f"{time_part} {mem_part}  {str(result['outcome'])[:28]:28}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--child", nargs=2, metavar=("TOOL", "CASE"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds before a run is killed"
    )
    parser.add_argument("--only", nargs="*", help="run only these cases")
    parser.add_argument("--tools", nargs="*", default=list(TOOLS), choices=list(TOOLS))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    cases = args.only or list(CASES)
    header = f"{'case':26} {'size':>10}  " + "  ".join(f"{t:^48}" for t in args.tools)
    print(header)
    print("-" * len(header))
    over: list[str] = []
    for case in cases:
        results = {tool: measure(tool, case, args.timeout) for tool in args.tools}
        size = next((r.get("size") for r in results.values() if r.get("size") is not None), None)
        size_text = f"{size / MB:8.2f}MB" if isinstance(size, int) else "         ?"
        print(
            f"{case:26} {size_text}  " + "  ".join(_cell(results[t]) for t in args.tools),
            flush=True,
        )
        mine = results.get("warta")
        if mine is not None:
            seconds, peak = mine["seconds"], mine.get("peak_mb")
            if mine["outcome"] == "timeout" or (
                isinstance(seconds, float) and seconds > TARGET_SECONDS
            ):
                over.append(f"{case}: {seconds:.2f} s")
            if isinstance(peak, float) and peak > TARGET_MB:
                over.append(f"{case}: {peak:.0f} MB")
    print()
    print(
        f"warta target: every case under {TARGET_SECONDS:g} s and {TARGET_MB} MB peak at the default limits"
    )
    print("over target: " + (", ".join(over) if over else "none"))


if __name__ == "__main__":
    main()
