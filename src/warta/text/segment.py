"""Segment a plain-text dump into blocks and give each a role.

STUB: to be implemented (issue 2).
"""

from __future__ import annotations

from warta.blocks import Block, Document
from warta.decode import Decoded
from warta.read import RawInput


def text_to_document(decoded: Decoded, raw: RawInput) -> Document:
    blocks = []
    pos = 0
    for i, chunk in enumerate(decoded.text.split("\n\n")):
        if chunk.strip():
            blocks.append(Block(text=chunk.strip(), index=len(blocks), start=pos, role="body" if i else "headline"))
        pos += len(chunk) + 2
    return Document(blocks=blocks, kind="text", encoding=decoded.encoding, sha256=raw.sha256, location=raw.location)
