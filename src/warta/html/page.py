"""HTML page -> Document. STUB: to be implemented (issue 3)."""

from __future__ import annotations

from warta.blocks import Document
from warta.decode import Decoded
from warta.errors import NotAnArticleError
from warta.limits import Limits
from warta.read import RawInput


def html_to_document(decoded: Decoded, raw: RawInput, *, url: str | None, limits: Limits) -> Document:
    raise NotAnArticleError("HTML support is not implemented yet", identity=raw.location)
