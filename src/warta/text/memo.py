"""Remember line tests per document: the layout rules ask the same questions often.

The body, header and credit rules test the same lines many times (a credit? a
caption? the end of the body?); :func:`per_text` remembers each answer and
:func:`forget` clears the memory before each document, so it stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from warta.lang import LanguageTable

_CACHES: list[dict[tuple[str, int], Any]] = []
T = TypeVar("T")


def per_text(fn: Callable[[str, LanguageTable], T]) -> Callable[[str, LanguageTable], T]:
    """Remember a line test's answer for the document being laid out.

    The header and body rules ask the same questions about the same lines many
    times; :func:`forget` clears the memory for every document.
    """
    cache: dict[tuple[str, int], Any] = {}
    _CACHES.append(cache)

    def wrapper(text: str, table: LanguageTable) -> T:
        key = (text, id(table))
        if key not in cache:
            cache[key] = fn(text, table)
        result: T = cache[key]
        return result

    return wrapper


def forget() -> None:
    """Clear every remembered answer (once per document)."""
    for cache in _CACHES:
        cache.clear()
