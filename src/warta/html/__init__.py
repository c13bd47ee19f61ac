"""HTML pages -> blocks with roles, plus metadata evidence."""

from warta.html.page import html_to_document

__all__ = ["html_to_document"]
