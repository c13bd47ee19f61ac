"""Remember line tests per document: the layout rules ask the same questions often.

The body, header and credit rules test the same lines many times (a credit? a
caption? the end of the body?); :func:`per_text` remembers each answer and
:func:`forget` clears the memory before each document, so it stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from warta.lang import LanguageTable

_CACHES: list[dict[str, Any]] = []
_MISSING: Any = object()
T = TypeVar("T")


def per_text(fn: Callable[[str, LanguageTable], T]) -> Callable[[str, LanguageTable], T]:
    """Remember a line test's answer for the document being laid out.

    The header and body rules ask the same questions about the same lines many
    times; :func:`forget` clears the memory for every document. A document has
    one table, so the answers are keyed by the text alone and dropped when
    another table asks (a tuple key per call cost more than the test it saved).
    """
    cache: dict[str, Any] = {}
    _CACHES.append(cache)
    owner: list[LanguageTable | None] = [None]

    def wrapper(text: str, table: LanguageTable) -> T:
        if table is not owner[0]:
            cache.clear()
            owner[0] = table
        result = cache.get(text, _MISSING)
        if result is _MISSING:
            result = cache[text] = fn(text, table)
        return result  # type: ignore[no-any-return]

    return wrapper


def forget() -> None:
    """Clear every remembered answer (once per document)."""
    for cache in _CACHES:
        cache.clear()
