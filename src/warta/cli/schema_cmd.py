"""``warta schema``: write the Article JSON Schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from warta.schema import schema_json


def register(sub: Any) -> None:
    parser = sub.add_parser("schema", help="print or write the Article JSON Schema")
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    text = schema_json()
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
