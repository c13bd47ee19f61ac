"""Where a parse spends its time: in-process milliseconds per document for each pipeline stage.

Wraps the stage functions the pipeline calls (decode, tree parse, block walk,
metadata, content selection, page roles, text layout, field assembly, quotes,
language) with timers, parses the workload several times in one process and
prints the best pass's per-document time of each stage and its share of the
whole parse. Stages nest (``html_to_document`` holds the walk, ``build_article``
holds the quotes), so the shares do not add up to 100 %. Unlike a profiler it
adds one timer call per stage, not per Python call, so the shares are close to
the real ones; absolute times still drift with the machine's load.

Usage (from the repository root)::

    python benchmarks/stage_times.py html      # the 181 article-extraction-benchmark pages
    python benchmarks/stage_times.py text      # the id-portals text dumps
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gzip
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import warta
import warta.html
import warta.html.page as page
import warta.pipeline as pipeline
import warta.text
from warta.fields import assemble, quotes

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
spent: collections.Counter[str] = collections.Counter()


def timed(module: Any, name: str, label: str) -> None:
    """Replace ``module.name`` with a wrapper that adds its run time to ``spent[label]``."""
    inner: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start

    setattr(module, name, wrapper)


def workload(kind: str) -> tuple[Callable[[bytes], Any], list[bytes]]:
    """The parse function and the documents of a workload, with its stages wrapped."""
    timed(pipeline, "decode_input", "decode")
    timed(pipeline, "build_article", "build_article (fields, total)")
    timed(quotes, "extract_quotes", "  extract_quotes")
    timed(assemble, "detect_language", "  language (fields)")
    if kind == "html":
        timed(warta.html, "html_to_document", "html_to_document (total)")
        timed(page, "parse_tree", "  parse_tree (libxml2)")
        timed(page, "build_blocks", "  build_blocks (walk, scan, comments)")
        timed(page, "read_metadata", "  read_metadata")
        timed(page, "select_content", "  select_content")
        timed(page, "detect_language", "  language (page)")
        files = sorted((SHARED / "article-extraction-benchmark" / "html").glob("*.html.gz"))
        return warta.parse_html, [gzip.decompress(f.read_bytes()) for f in files]
    timed(warta.text, "text_to_document", "text_to_document (layout)")
    files = sorted((SHARED / "id-portals" / "text").glob("*.txt"))
    return warta.parse_text, [f.read_bytes() for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("html", "text"))
    parser.add_argument("--passes", type=int, default=4, help="timed passes (the best counts)")
    args = parser.parse_args()
    parse, docs = workload(args.kind)
    best: tuple[float, dict[str, float]] | None = None
    for number in range(args.passes + 1):  # pass 0 warms up: regexes compiled, memos filled
        spent.clear()
        start = time.perf_counter()
        for doc in docs:
            with contextlib.suppress(warta.WartaError):  # rejected pages still cost their stages
                parse(doc)
        total = time.perf_counter() - start
        if number and (best is None or total < best[0]):
            best = (total, dict(spent))
    assert best is not None
    total, stages = best
    count = len(docs)
    print(f"{args.kind}: {count} documents, {total / count * 1000:.2f} ms per document (best pass)")
    for label, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"{label:40s} {seconds / count * 1000:7.3f} ms  {seconds / total * 100:5.1f} %")


if __name__ == "__main__":
    main()
