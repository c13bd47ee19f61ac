"""Same output before and after a speed pass: one digest line per input, compared to a saved run.

A speed change must not change a single record. This script parses every real
input we have (the text dumps, the Indonesian portal pages, the 181 benchmark
pages, the 306 PFSA articles as dumps, our own fixtures) and writes one line
per input: its name and a SHA-256 of the Article's JSON, or of the error code
and message when warta rejects it. ``--compare FILE`` diffs against a saved
run and exits 1 on any difference, naming the inputs that changed.

Usage::

    python benchmarks/outputs_digest.py -o /tmp/before.txt          # save
    python benchmarks/outputs_digest.py --compare /tmp/before.txt   # check
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


def inputs() -> Iterator[tuple[str, str, bytes]]:
    """(name, kind, bytes) for every input, in a stable order."""
    for path in sorted((SHARED / "id-portals" / "text").glob("*.txt")):
        yield f"id-text/{path.name}", "text", path.read_bytes()
    for path in sorted((REPO / "fixtures" / "text").glob("*.txt")):
        yield f"fixtures/{path.name}", "text", path.read_bytes()
    seed = REPO / "fixtures" / "seed" / "gagasanriau-p2kp.txt"
    yield "seed", "text", seed.read_bytes()
    for path in sorted((SHARED / "id-portals" / "html").glob("*.html")):
        yield f"id-html/{path.name}", "html", path.read_bytes()
    for path in sorted((SHARED / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        yield f"bench/{path.name}", "html", gzip.decompress(path.read_bytes())
    pfsa = SHARED / "pfsa-id-dev" / "articles.jsonl"
    if pfsa.exists():
        for line in pfsa.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            dump = "Judul artikel dari arsip Kompas\n\n" + rec["text"]
            yield f"pfsa/{rec['id']}", "text", dump.encode("utf-8")


def digest(kind: str, data: bytes) -> str:
    import warta

    try:
        article = warta.parse_html(data) if kind == "html" else warta.parse_text(data)
        out = article.model_dump_json()
    except warta.WartaError as exc:
        out = f"error {exc.code} {exc}"
    return hashlib.sha256(out.encode("utf-8")).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", type=Path, help="write the digests here")
    ap.add_argument("--compare", type=Path, help="a saved run to compare with")
    args = ap.parse_args(argv)
    lines = [f"{name}\t{digest(kind, data)}" for name, kind, data in inputs()]
    if args.output:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} inputs digested")
    if not args.compare:
        return 0
    saved = dict(line.split("\t") for line in args.compare.read_text().splitlines() if line)
    now = dict(line.split("\t") for line in lines)
    changed = sorted(k for k in saved.keys() | now.keys() if saved.get(k) != now.get(k))
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(changed)} of {len(now)} outputs differ from {args.compare}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
