"""Plain-text dumps -> blocks with roles."""

from warta.text.segment import text_to_document

__all__ = ["text_to_document"]
