"""Direct quotes and their attributions (docs/indonesian-news.md section 4).

STUB: to be implemented (issues 2 and 8).
"""

from __future__ import annotations

from warta.lang import LanguageTable
from warta.model import Quote


def extract_quotes(paragraphs: list[str], table: LanguageTable) -> list[Quote]:
    """Every direct quote in the body paragraphs, with verb, attribution and speaker."""
    return []
