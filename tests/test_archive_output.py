"""Interrupt-safe output: a file cut anywhere resumes to whole records only."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.archive.output import done_identities, repair_tail

LINES = [
    json.dumps(
        {
            "schema_version": "1.0",
            "source": {"location": f'doc-{n}\\"quoted"', "kind": "text"},
            "body": ["x" * n],
        }
    )
    for n in range(12)
]
ERRORS = [
    json.dumps({"identity": f"bad-{n}", "code": "input.empty", "message": "m"}) for n in range(3)
]


@settings(max_examples=40, deadline=2000)
@given(cut=st.integers(min_value=0, max_value=len("\n".join(LINES)) + 1))
def test_a_cut_anywhere_keeps_exactly_the_whole_lines_before_it(cut: int) -> None:
    data = ("\n".join(LINES) + "\n").encode()[:cut]
    with tempfile.TemporaryDirectory() as tmp:
        out, errors = Path(tmp) / "out.jsonl", Path(tmp) / "err.jsonl"
        out.write_bytes(data)
        errors.write_text("\n".join(ERRORS) + "\n")
        done = done_identities(out, errors)
        whole = data.count(b"\n")
        expected = {json.loads(line)["source"]["location"] for line in LINES[:whole]}
        assert done == expected | {f"bad-{n}" for n in range(3)}
        text = out.read_bytes()
        assert text == b"" or text.endswith(b"\n")  # the torn tail is gone


def test_repair_leaves_a_whole_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    path.write_text("\n".join(LINES) + "\n")
    assert repair_tail(path) == 0
    path.write_text("\n".join(LINES))
    assert repair_tail(path) == len(LINES[-1])
