"""Shared test helpers: where the fixtures and the optional ../shared data live."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from warta.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed" / "gagasanriau-p2kp.txt"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests need the ../shared data beside the repository")
    return path


class Run:
    """The outcome of one ``warta`` command run in this process."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def warta(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Run]:
    """``warta`` in this process (the pool's forkserver then starts once, not per call).

    ``env`` sets variables for one call; GitHub's own variables are removed so that a
    run inside GitHub Actions does not change what the tests see.
    """
    for name in list(os.environ):
        if name.startswith("GITHUB_"):
            monkeypatch.delenv(name)

    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        with monkeypatch.context() as patch:
            for key, value in (env or {}).items():
                patch.setenv(key, value)
            capsys.readouterr()
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse rejects bad arguments this way
                code = int(exc.code or 0)
            out = capsys.readouterr()
        return Run(code, out.out, out.err)

    return run
