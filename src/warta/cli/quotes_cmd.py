"""``warta quotes FILE...``: one row per quote across many files. STUB (issue 8)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    parser = sub.add_parser("quotes", help="list quotes and speakers across files")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--speaker")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return 0
