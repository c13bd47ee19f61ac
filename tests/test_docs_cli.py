"""The CLI reference lists every option of every command."""

from __future__ import annotations

import argparse

import pytest

from warta.cli import build_parser

from .conftest import ROOT

_SUB = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))


@pytest.mark.parametrize("name", sorted(_SUB.choices))
def test_cli_reference_lists_every_option(name: str) -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"## `warta {name}`" in doc
    section = doc.split(f"## `warta {name}`", 1)[1].split("\n## ", 1)[0]
    options = [
        s for a in _SUB.choices[name]._actions for s in a.option_strings if s.startswith("--")
    ]
    missing = [o for o in options if o not in section]
    assert not missing, f"docs/cli.md does not document `warta {name}` {missing}"
