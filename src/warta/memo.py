"""A bounded memo of a test's answers per word, shared by the field rules and the HTML stage.

Rules that judge words (speaker vocabulary, class/id tokens) meet the same
words on every page, so each answer is computed once; a long-running archive
run meets an unbounded vocabulary, so the memo is cleared when it is full.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

V = TypeVar("V")


class WordMemo(dict[str, V]):
    """A word test's answers, each computed on first ask (``memo[word]``).

    A hit is one C-level dict lookup (``__missing__`` runs only on a miss),
    which matters because the tests are asked of every candidate word.
    """

    __slots__ = ("_limit", "_test")

    def __init__(self, test: Callable[[str], V], limit: int) -> None:
        super().__init__()
        self._test = test
        self._limit = limit

    def __missing__(self, word: str) -> V:
        if len(self) >= self._limit:
            self.clear()
        answer = self[word] = self._test(word)
        return answer
