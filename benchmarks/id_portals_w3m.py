"""The text-dump parser on fresh whole-page dumps of the 26 id-portals article pages.

Renders every ``../shared/data/id-portals/html/*singlepage*.html`` with w3m (the
command of ../shared/data/id-portals/README.md), parses the dump as text, and
scores it like that README scores the HTML pages against ``upstream/``:
headline N-equal to the title, published at the same minute (detik-singlepage2:
15:32, the page's own time), and 4-token shingle recall of the body against the
upstream content >= 0.9. These dumps are whole pages from sites and templates
the text fixtures do not all cover, so they test the layout rules on unseen
input. Needs w3m on PATH (``apt-get install w3m``) and ../shared.

    /work/venv/bin/python benchmarks/id_portals_w3m.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import warta
from idscore import N
from warta.errors import WartaError

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "id-portals"
KNOWN_TIME = {"detik-singlepage2": "2016-02-23T15:32:00+07:00"}
_QUOTES = re.compile(r"[\"“”]")


def render(page: Path) -> str:
    command = [
        "w3m",
        "-dump",
        "-cols",
        "10000",
        "-T",
        "text/html",
        "-I",
        "UTF-8",
        "-O",
        "UTF-8",
        str(page),
    ]
    env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        command, capture_output=True, env=env, check=True, timeout=60
    ).stdout.decode()


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _QUOTES.sub(' " ', text).split()
    return {tuple(words[i : i + 4]) for i in range(max(0, len(words) - 3))}


def same_minute(want: str, got: dt.date | dt.datetime | None) -> bool:
    if not isinstance(got, dt.datetime):
        return False
    expected = dt.datetime.fromisoformat(want).replace(second=0)
    return got.replace(second=0) == expected


def main() -> int:
    if shutil.which("w3m") is None or not SHARED.exists():
        print("needs w3m on PATH and ../shared/data/id-portals")
        return 2
    totals = [0, 0, 0, 0]
    print(f"{'page':<28}{'head':>5}{'pub':>5}{'recall':>8}  headline / published raw")
    for page in sorted((SHARED / "html").glob("*singlepage*.html")):
        upstream = json.loads(
            (SHARED / "upstream" / f"{page.stem}.json").read_text(encoding="utf-8")
        )
        try:
            article = warta.parse_text(render(page), source=page.name)
        except WartaError as exc:
            print(f"{page.stem:<28} FAILED {exc}")
            totals[3] += 1
            continue
        head = N(article.headline) == N(upstream["title"])
        value = article.published.value if article.published else None
        pub = same_minute(KNOWN_TIME.get(page.stem, upstream["published"]), value)
        ref = shingles(upstream["content"])
        recall = len(ref & shingles(article.text)) / len(ref) if ref else 0.0
        totals[0] += head
        totals[1] += pub
        totals[2] += recall >= 0.9
        totals[3] += 1
        raw = article.published.raw if article.published else None
        print(
            f"{page.stem:<28}{'Y' if head else 'n':>5}{'Y' if pub else 'n':>5}{recall:>8.2f}  {article.headline[:45]!r} / {raw}"
        )
    n = totals[3]
    print(
        f"headline {totals[0]}/{n}, published {totals[1]}/{n}, body recall >= 0.9 {totals[2]}/{n}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
