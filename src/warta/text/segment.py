"""Segment a plain-text dump into blocks and give each a role.

One block per non-blank line (or re-joined hard-wrapped paragraph, see
:mod:`warta.text.lines`); the roles come from :mod:`warta.text.layout`, with
the language table of the dump's prose. See docs/text-dumps.md.
"""

from __future__ import annotations

from warta.blocks import Block, Document
from warta.decode import Decoded
from warta.fields.language import detect_language
from warta.lang import table_for
from warta.read import RawInput
from warta.text.classify import is_prose
from warta.text.layout import lay_out, split_date_prefixes
from warta.text.lines import split_lines


def text_to_document(decoded: Decoded, raw: RawInput) -> Document:
    """The dump as blocks with roles, ready for :func:`warta.fields.assemble.build_article`."""
    lines = split_lines(decoded.text)
    # Which lines are prose is asked here (the language) and by the body rules: once.
    prose = [is_prose(line.text) for line in lines]
    sentences = " ".join(
        [line.text for line, sentence in zip(lines, prose, strict=True) if sentence]
    )
    table = table_for(detect_language(sentences or decoded.text, default="id"))
    split = split_date_prefixes(lines, table)
    if split is not lines:
        lines, prose = split, [is_prose(line.text) for line in split]
    layout = lay_out(lines, table, prose)
    blocks = [
        Block(
            text=line.text,
            index=i,
            start=line.start,
            role=layout.roles[i],
            reason=layout.reasons[i],
        )
        for i, line in enumerate(lines)
    ]
    return Document(
        blocks=blocks,
        kind="text",
        encoding=decoded.encoding,
        sha256=raw.sha256,
        location=raw.location,
    )
