"""Body extraction on the article-extraction-benchmark: warta against its peers, in one run.

Usage (from the repository root; peers are the optional ``bench`` extras)::

    /work/venv/bin/python benchmarks/extraction_benchmark.py
    python benchmarks/extraction_benchmark.py --tools warta,warta-content --worst 15
    python benchmarks/extraction_benchmark.py --paired warta,warta-content,trafilatura-meta

Data: ``../shared/data/article-extraction-benchmark`` beside the repository
(``--data`` to point elsewhere): 181 pages ``html/<sha>.html.gz`` and
``ground-truth.json``.

Tools (``--tools``, comma-separated; default all):

- ``warta``: ``warta.parse_html(bytes, url=...)``, the whole pipeline (decode,
  blocks, content selection, metadata, fields, validated Article); the body
  is the Article's body paragraphs joined by newlines. A page warta rejects
  counts as an empty prediction.
- ``warta-content``: the content stage alone: ``warta.decode.decode``,
  ``parse_tree``, ``build_blocks``, ``select_content``; body and heading
  blocks joined by newlines.
- ``trafilatura``: ``trafilatura.extract(bytes)`` (defaults).
- ``trafilatura-meta``: ``trafilatura.bare_extraction(bytes, with_metadata=True)``,
  its ``text``: extraction plus metadata, which is what warta does.
- ``readability``: ``readability.Document(bytes).summary()`` turned into text
  with a newline after every block element.
- ``newspaper``: ``newspaper.Article(url, config)`` with ``download(input_html=text)``
  and ``parse()``, image fetching off (it would go to the network); newspaper
  takes text, so the bytes are decoded beforehand (outside the timing) with
  ``warta.decode.decode``.

Each tool runs in its own subprocess, single-threaded, over all pages once
after a short untimed warm-up (``--warmup`` pages). Reported per tool:
documents per second (pages / summed wall time of the extraction calls),
peak memory as the subprocess's peak RSS (``ru_maxrss``, which includes the
interpreter, the imported libraries and the 181 decompressed pages held in
memory) and the RSS growth during extraction over the level after loading,
and warta's speed as a ratio to each tool.

``--paired TOOLS`` adds a second timing in which those tools run in one
process, page by page in rotating order, so that they all see the same
machine load: on a shared machine the speed *ratios* from that timing are
the ones to quote (the per-tool subprocesses of the main table run one after
the other, and the load can drift between them).

The metric is the benchmark's own (see its README): ``\\w+`` tokens, 4-token
shingles as a multiset, per-page tp/fp/fn normalised to sum 1, corpus
precision and recall as means over pages, F1 of the two means, accuracy as
the share of pages whose token lists are identical, and the bootstrap
standard deviation of F1 over 1,000 resamples of the pages.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "article-extraction-benchmark"
TOOLS = ("warta", "warta-content", "trafilatura", "trafilatura-meta", "readability", "newspaper")

# --------------------------------------------------------------------------- metric

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; fewer than n tokens give one shingle, none give none."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


def score_page(predicted: str, expected: str) -> PageScore:
    pred, true = shingles(predicted), shingles(expected)
    tp = fp = fn = 0
    for key in pred.keys() | true.keys():
        p, t = pred.get(key, 0), true.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    exact = _TOKEN.findall(predicted) == _TOKEN.findall(expected)
    if total > 0:
        return PageScore(tp / total, fp / total, fn / total, exact)
    return PageScore(0.0, 0.0, 0.0, exact)


@dataclass(frozen=True)
class CorpusScore:
    precision: float
    recall: float
    f1: float
    accuracy: float
    f1_std: float


def _means(scores: list[PageScore]) -> tuple[float, float]:
    ps = [s.precision for s in scores if s.tp + s.fp > 0]
    rs = [s.recall for s in scores if s.tp + s.fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_corpus(scores: list[PageScore], resamples: int = 1000, seed: int = 0) -> CorpusScore:
    p, r = _means(scores)
    rng = random.Random(seed)
    f1s = []
    for _ in range(resamples):
        sample = [scores[rng.randrange(len(scores))] for _ in scores]
        f1s.append(_f1(*_means(sample)))
    mean = sum(f1s) / len(f1s)
    std = (sum((x - mean) ** 2 for x in f1s) / (len(f1s) - 1)) ** 0.5
    accuracy = sum(s.exact for s in scores) / len(scores)
    return CorpusScore(p, r, _f1(p, r), accuracy, std)


# --------------------------------------------------------------------------- tools


def _warta() -> Callable[[bytes, str], str]:
    import warta

    def run(data: bytes, url: str) -> str:
        # A rejected page (WartaError) is counted as a failure with an empty body.
        article = warta.parse_html(data, url=url)
        return "\n".join(p.text for p in article.body)

    return run


def _warta_content() -> Callable[[bytes, str], str]:
    from warta.decode import decode
    from warta.html.blocks import build_blocks
    from warta.html.content import select_content
    from warta.html.tree import parse_tree

    def run(data: bytes, url: str) -> str:
        blocks = build_blocks(parse_tree(decode(data).text))
        select_content(blocks)
        return "\n".join(b.text for b in blocks if b.role in ("body", "heading"))

    return run


def _trafilatura() -> Callable[[bytes, str], str]:
    import trafilatura

    def run(data: bytes, url: str) -> str:
        return trafilatura.extract(data) or ""

    return run


def _trafilatura_meta() -> Callable[[bytes, str], str]:
    import trafilatura

    def run(data: bytes, url: str) -> str:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        return (getattr(doc, "text", None) or "") if doc is not None else ""

    return run


_READABILITY_BLOCKS = (
    "p div h1 h2 h3 h4 h5 h6 li blockquote pre tr td th br figcaption section article"
)


def _readability() -> Callable[[bytes, str], str]:
    import lxml.html
    from readability import Document

    blocks = set(_READABILITY_BLOCKS.split())

    def run(data: bytes, url: str) -> str:
        summary = Document(data, url=url).summary(html_partial=True)
        tree = lxml.html.fromstring(summary)
        for el in tree.iter():
            if el.tag in blocks:
                el.tail = "\n" + (el.tail or "")
        return str(tree.text_content())

    return run


def _newspaper() -> Callable[[bytes, str], str]:
    import newspaper

    # No network: newspaper fetches images (top-image detection) by default.
    config = newspaper.Config()
    config.fetch_images = False
    config.memoize_articles = False
    config.follow_meta_refresh = False
    config.request_timeout = 1

    def run(data: bytes, url: str) -> str:
        article = newspaper.Article(url or "http://example.com/", config=config)
        article.download(input_html=data.decode("utf-8"))  # see _prepare: already text
        article.parse()
        return str(article.text)

    return run


_FACTORIES: dict[str, Callable[[], Callable[[bytes, str], str]]] = {
    "warta": _warta,
    "warta-content": _warta_content,
    "trafilatura": _trafilatura,
    "trafilatura-meta": _trafilatura_meta,
    "readability": _readability,
    "newspaper": _newspaper,
}


def _prepare(tool: str, data: bytes) -> bytes:
    """What a tool is given: the page bytes; newspaper takes text, decoded here (untimed)."""
    if tool == "newspaper":
        from warta.decode import decode

        return decode(data).text.encode("utf-8", "surrogatepass")
    return data


def load_pages(data_dir: Path, limit: int | None) -> list[tuple[str, bytes, str, str]]:
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for sha in sorted(truth)[:limit]:
        raw = gzip.decompress((data_dir / "html" / f"{sha}.html.gz").read_bytes())
        pages.append((sha, raw, truth[sha].get("url") or "", truth[sha]["articleBody"]))
    return pages


def _rss_kib() -> int:
    """Current resident set size (Linux /proc), KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def worker(tool: str, data_dir: Path, limit: int | None, warmup: int, out: Path) -> None:
    """Run one tool over every page in this process and write texts and figures as JSON."""
    import warnings

    warnings.filterwarnings("ignore")
    pages = load_pages(data_dir, limit)
    run = _FACTORIES[tool]()
    inputs = [_prepare(tool, raw) for _, raw, _, _ in pages]
    for (_, _, url, _), data in list(zip(pages, inputs, strict=True))[:warmup]:
        with contextlib.suppress(Exception):  # failures are counted in the timed pass
            run(data, url)
    base_rss = _rss_kib()
    texts: dict[str, str] = {}
    failures = 0
    elapsed = 0.0
    for (sha, _, url, _), data in zip(pages, inputs, strict=True):
        start = time.perf_counter()
        try:
            text = run(data, url)
        except Exception:
            text = ""
            failures += 1
        elapsed += time.perf_counter() - start
        texts[sha] = text
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.write_text(
        json.dumps(
            {
                "texts": texts,
                "seconds": elapsed,
                "peak_rss_kib": peak,
                "growth_kib": max(0, peak - base_rss),
                "failures": failures,
            }
        ),
        encoding="utf-8",
    )


def _run_tool(tool: str, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        cmd = [
            sys.executable,
            __file__,
            "--worker",
            tool,
            "--data",
            str(args.data),
            "--warmup",
            str(args.warmup),
            "--out",
            str(out),
        ]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
        subprocess.run(cmd, check=True, env=env)
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def paired(tools: list[str], data_dir: Path, limit: int | None, rounds: int) -> None:
    """Time several tools in ONE process, page by page in rotating order.

    On a shared, busy machine the load drifts between the per-tool
    subprocesses of the main table; here every tool sees the same load, so
    the speed *ratios* are the ones to quote. Failures count their time.
    """
    import warnings

    warnings.filterwarnings("ignore")
    pages = load_pages(data_dir, limit)
    runs = {tool: _FACTORIES[tool]() for tool in tools}
    inputs = {tool: [_prepare(tool, raw) for _, raw, _, _ in pages] for tool in tools}
    seconds = dict.fromkeys(tools, 0.0)
    for r in range(rounds + 1):  # round 0 is the warm-up
        for i, (_, _, url, _) in enumerate(pages):
            order = tools[i % len(tools) :] + tools[: i % len(tools)]
            for tool in order:
                start = time.perf_counter()
                with contextlib.suppress(Exception):
                    runs[tool](inputs[tool][i], url)
                if r:
                    seconds[tool] += time.perf_counter() - start
    n = len(pages) * rounds
    print(f"\npaired timing: {len(pages)} pages x {rounds} rounds in one process, rotating order")
    ref = tools[0]
    for tool in tools:
        print(
            f"{tool:<17} {n / seconds[tool]:8.1f} docs/s {1000 * seconds[tool] / n:7.2f} ms/doc"
            f"   {ref} speed x {seconds[tool] / seconds[ref]:5.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (by sha)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed pages run first")
    parser.add_argument(
        "--worst", type=int, default=0, help="list the N worst pages of the first tool"
    )
    parser.add_argument(
        "--paired",
        metavar="TOOLS",
        help="also time these tools in one process, page by page (e.g. warta,trafilatura-meta)",
    )
    parser.add_argument("--rounds", type=int, default=1, help="passes for --paired")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker, args.data, args.limit, args.warmup, args.out)
        return 0
    if not (args.data / "ground-truth.json").is_file():
        print(f"benchmark data not found in {args.data}", file=sys.stderr)
        return 2
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in _FACTORIES]
    if unknown:
        print(f"unknown tools: {', '.join(unknown)}", file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.limit)
    truth = {sha: body for sha, _, _, body in pages}
    rows = []
    for tool in tools:  # each in its own subprocess
        result = _run_tool(tool, args)
        scores = {sha: score_page(result["texts"][sha], truth[sha]) for sha in truth}
        rows.append((tool, result, score_corpus(list(scores.values())), scores))
    _print_table(rows, len(pages))
    if args.worst and rows:
        tool, result, _, scores = rows[0]
        print(f"\nworst pages for {tool} (F1 of the page, P, R):")
        worst = sorted(scores.items(), key=lambda kv: _f1(kv[1].precision, kv[1].recall))
        urls = {sha: url for sha, _, url, _ in pages}
        for sha, s in worst[: args.worst]:
            print(
                f"  {_f1(s.precision, s.recall):.3f} P={s.precision:.3f} R={s.recall:.3f} {sha[:12]} {urls[sha]}"
            )
    if args.paired:
        paired(
            [t.strip() for t in args.paired.split(",") if t.strip()],
            args.data,
            args.limit,
            args.rounds,
        )
    return 0


def _print_table(rows: list[tuple[str, dict[str, Any], CorpusScore, Any]], n: int) -> None:
    speed = {tool: n / r["seconds"] if r["seconds"] else 0.0 for tool, r, _, _ in rows}
    ref = speed.get("warta") or speed.get("warta-content")
    ref_name = "warta" if "warta" in speed else "warta-content"
    print(
        f"\narticle-extraction-benchmark: {n} pages; metric: the benchmark's (4-token shingles, means of per-page P and R)"
    )
    head = f"{'tool':<17} {'F1':>6} {'±std':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'docs/s':>8} {'ms/doc':>7} {'peak RSS MiB':>12} {'RSS growth MiB':>14} {'fails':>5} {ref_name + ' speed x':>16}"
    print(head)
    print("-" * len(head))
    for tool, result, c, _ in rows:
        ratio = f"{ref / speed[tool]:.2f}" if ref and speed[tool] else "-"
        print(
            f"{tool:<17} {c.f1:6.3f} {c.f1_std:6.3f} {c.precision:6.3f} {c.recall:6.3f} {c.accuracy:6.3f} "
            f"{speed[tool]:8.1f} {1000 / speed[tool] if speed[tool] else 0:7.2f} {result['peak_rss_kib'] / 1024:12.1f} "
            f"{result['growth_kib'] / 1024:14.1f} {result['failures']:5d} {ratio:>16}"
        )
    print(
        "\ndocs/s: single process, summed wall time of the extraction calls after a warm-up; peak RSS: the tool's"
        "\nsubprocess (ru_maxrss: interpreter, libraries and all pages in memory); RSS growth: peak minus RSS before"
        f"\nthe timed pass; '{ref_name} speed x' = {ref_name} docs/s divided by the tool's docs/s."
    )


if __name__ == "__main__":
    sys.exit(main())
