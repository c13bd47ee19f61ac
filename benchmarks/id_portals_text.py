"""Score warta's text-dump parser on the id-portals dumps.

Parses every dump in fixtures/id-portals/text (copies of ../shared/data/id-portals/text),
reports any that fail, and scores the six with hand-checked records
(fixtures/id-portals/expected) by the rules of expected/README.md, implemented
in benchmarks/idscore.py. Prints a per-field table, each record's passed/total,
the sum, the lenient speaker-title checks and quote precision.

    /work/venv/bin/python benchmarks/id_portals_text.py [--verbose] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import warta
from idscore import Score, score
from warta.errors import WartaError

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "fixtures" / "id-portals"


def run(folder: Path) -> tuple[list[Score], list[str]]:
    """(scores of the records, failures as 'file: error' lines)."""
    failures: list[str] = []
    articles = {}
    for path in sorted((folder / "text").glob("*.txt")):
        try:
            articles[path.name] = warta.parse(path)
        except WartaError as exc:
            failures.append(f"{path.name}: {exc}")
    scores = []
    for record_path in sorted((folder / "expected").glob("*.json")):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        article = articles.get(record["file"])
        if article is None:
            failures.append(f"{record['file']}: no article to score")
            continue
        scores.append(score(record, article))
    return scores, failures


def report(scores: list[Score], failures: list[str], parsed: int, verbose: bool) -> float:
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        for check in s.checks:
            by_field[check.field][0] += check.passed
            by_field[check.field][1] += 1
    print(f"parsed {parsed - len([f for f in failures if 'no article' not in f])}/{parsed} dumps")
    for failure in failures:
        print(f"  FAILED {failure}")
    print()
    print(f"{'field':<22}{'passed':>8}{'total':>7}")
    for name, (ok, total) in by_field.items():
        print(f"{name:<22}{ok:>8}{total:>7}")
    print()
    for s in scores:
        print(f"{s.record:<62}{s.passed:>4}/{s.total}")
        if verbose:
            for check in s.checks:
                if not check.passed:
                    print(f"    x {check.field}: expected {check.expected!r}, got {check.got!r}")
    passed = sum(s.passed for s in scores)
    total = sum(s.total for s in scores)
    share = passed / total if total else 0.0
    print(f"{'SUM':<62}{passed:>4}/{total}  = {share:.3f}")
    titles = [c for s in scores for c in s.titles]
    predicted = sum(s.predicted_quotes for s in scores)
    matched = sum(s.matched_quotes for s in scores)
    print(f"speaker titles (lenient, apart): {sum(c.passed for c in titles)}/{len(titles)}")
    print(f"quote precision (apart): {matched}/{predicted}")
    return share


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT, help="folder with text/ and expected/")
    parser.add_argument("--verbose", "-v", action="store_true", help="show every failed check")
    args = parser.parse_args()
    scores, failures = run(args.dir)
    parsed = len(list((args.dir / "text").glob("*.txt")))
    report(scores, failures, parsed, args.verbose)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
