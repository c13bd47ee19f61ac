"""Finding quoted spans: which quotation marks open, which close, and what lies between.

Portals print the same glyph for opening and closing marks (Kompas daily
opens most quotes with ``”``), so a mark's role is read from its position,
not its shape (docs/indonesian-news.md 4.1): after the paragraph start, a
space or ``(`` and before a letter it opens; after a letter or punctuation
and before a space, punctuation or the end it closes. Marks that could do
either take the role the nesting depth asks for. A quote left open at the
end of a paragraph continues into the next one when that paragraph reopens
it or closes it (4.3). This module knows nothing about speech: it returns
every quoted span, and :mod:`warta.fields.quotes` decides which are quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# Doubled single marks (‘’…’’) act as one double mark; they are tried first.
_MARK = re.compile(r"[‘’']{2}|[\"“”„″«»]")
# A single closing mark used by mistake for a double one, right before an attribution.
_SINGLE_CLOSE = re.compile(r"(?<=[,.?!])[’']")
# Any character either pattern above starts with: a paragraph without one has no mark.
_ANY_MARK = re.compile(r"[‘’'\"“”„″«»]")
_OPEN_BEFORE = "([{:—–-/"
_CLOSE_AFTER = ",.;:!?)]-…"
_FINAL_PUNCT = ",.?!…"


@dataclass(frozen=True)
class Mark:
    """One quotation mark and the roles its position allows."""

    start: int
    end: int
    can_open: bool
    can_close: bool


@dataclass
class Piece:
    """The inner text of a quote inside one paragraph (marks and the spaces next to them trimmed)."""

    paragraph: int
    start: int
    end: int


@dataclass
class QuotedSpan:
    """Text between an opening mark and its closing mark, possibly over several paragraphs."""

    pieces: list[Piece] = field(default_factory=list)
    open_paragraph: int = 0
    open_at: int | None = None
    """Offset of the opening mark, or None when the opening mark is missing."""
    close_paragraph: int | None = None
    close_end: int | None = None
    """Offset just after the closing mark, or None when the quote is never closed."""

    @property
    def closed(self) -> bool:
        return self.close_end is not None


def classify(text: str, start: int, end: int) -> Mark:
    """The roles a mark at ``text[start:end]`` can play, judged by its neighbours."""
    prev = text[start - 1] if start > 0 else ""
    nxt = text[end] if end < len(text) else ""
    # The last non-space character before the mark, without copying text[:start]
    # (that copy per mark made a paragraph of many marks quadratic).
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    last = text[i] if i >= 0 else ""
    open_left = prev == "" or prev.isspace() or prev in _OPEN_BEFORE
    can_open = open_left and (nxt != "" and (not nxt.isspace() or prev == ""))
    if nxt.isalpha() and prev and not prev.isspace():
        # Glued on both sides: `2015,”kata` closes; `mereka."Tawaran` may do either.
        if prev in _FINAL_PUNCT:
            return Mark(start, end, can_open=nxt.isupper(), can_close=True)
        # `“jam terbang”nya`: a closing mark glued to a suffix; between two capitals, nothing.
        return Mark(start, end, can_open=False, can_close=prev.isalnum() and nxt.islower())
    close_right = nxt == "" or nxt.isspace() or nxt in _CLOSE_AFTER
    close_left = (prev != "" and not prev.isspace()) or (prev.isspace() and last in _FINAL_PUNCT)
    return Mark(start, end, can_open=can_open, can_close=close_left and close_right)


def find_marks(text: str, closes_speech: Callable[[str, int], bool] | None = None) -> list[Mark]:
    """Every double mark in a paragraph, plus single marks that close a quote before a verb."""
    if _ANY_MARK.search(text) is None:
        return []  # most paragraphs (six in seven of a news corpus) quote nothing: one scan
    marks = [classify(text, m.start(), m.end()) for m in _MARK.finditer(text)]
    if closes_speech is not None:
        for m in _SINGLE_CLOSE.finditer(text):
            if text[m.start() - 1 : m.start() + 1] in ("’’", "''") or not closes_speech(
                text, m.end()
            ):
                continue
            if any(k.start <= m.start() < k.end for k in marks):
                continue
            marks.append(Mark(m.start(), m.end(), can_open=False, can_close=True))
        marks.sort(key=lambda k: k.start)
    return marks


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Inner span without the spaces next to the marks.

    The comma or full stop inside the closing mark stays: it belongs to the
    quoted words (``…sampai April 2015,”kata Asisten``), as in the project's
    expected records.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    """Pairs marks paragraph by paragraph, carrying an open quote across paragraph breaks."""

    def __init__(self, paragraphs: list[str], closes_speech: Callable[[str, int], bool] | None):
        self.paragraphs = paragraphs
        self.closes_speech = closes_speech
        self.spans: list[QuotedSpan] = []
        self.current: QuotedSpan | None = None
        self.depth = 0
        self.seg_start = 0

    def run(self) -> list[QuotedSpan]:
        for index, text in enumerate(self.paragraphs):
            marks = find_marks(text, self.closes_speech)
            if self.current is not None:
                marks = self._continue(index, text, marks)
            for mark in marks:
                self._feed(index, text, mark)
            if self.current is not None:
                self._add_piece(index, text, self.seg_start, len(text))
                self.depth = 1
        if self.current is not None:
            self._unclosed(self.current)
        return sorted(
            self.spans,
            key=lambda s: (s.pieces[0].paragraph, s.pieces[0].start) if s.pieces else (0, 0),
        )

    def _continue(self, index: int, text: str, marks: list[Mark]) -> list[Mark]:
        """Decide whether the quote left open by the previous paragraph goes on here."""
        if marks and marks[0].can_open and not text[: marks[0].start].strip():
            self.seg_start = marks[0].end  # reopened, as English style repeats the mark
            return marks[1:]
        for mark in marks:  # a closing mark before any new opening one ends the open quote here
            if mark.can_close:
                self.seg_start = 0
                return marks
            if mark.can_open:
                break
        assert self.current is not None
        self._unclosed(self.current)  # never closed: it ends with the previous paragraph
        self.current, self.depth = None, 0
        return marks

    def _unclosed(self, span: QuotedSpan) -> None:
        """A quote that is never closed is not carried over paragraphs: each paragraph stands alone."""
        if len(span.pieces) <= 1:
            self.spans.append(span)
            return
        for k, piece in enumerate(span.pieces):
            text = self.paragraphs[piece.paragraph]
            opened = span.open_at if k == 0 else _mark_before(text, piece.start)
            self.spans.append(QuotedSpan([piece], piece.paragraph, opened))

    def _feed(self, index: int, text: str, mark: Mark) -> None:
        if self.depth == 0:
            if mark.can_open:
                self.current = QuotedSpan(open_paragraph=index, open_at=mark.start)
                self.depth, self.seg_start = 1, mark.end
            elif mark.can_close:
                # A closing mark with no opening one: the quote may have lost its opening mark.
                span = QuotedSpan(open_paragraph=index, open_at=None)
                span.close_paragraph, span.close_end = index, mark.end
                start, end = trim(text, 0, mark.start)
                if end > start:
                    span.pieces.append(Piece(index, start, end))
                    self.spans.append(span)
            return
        if mark.can_close:
            self.depth -= 1
        elif mark.can_open:
            self.depth += 1
        if self.depth == 0:
            assert self.current is not None
            self._add_piece(index, text, self.seg_start, mark.start)
            self.current.close_paragraph, self.current.close_end = index, mark.end
            self.spans.append(self.current)
            self.current = None

    def _add_piece(self, index: int, text: str, start: int, end: int) -> None:
        assert self.current is not None
        start, end = trim(text, start, end)
        if end > start:
            self.current.pieces.append(Piece(index, start, end))


def _mark_before(text: str, start: int) -> int | None:
    """Offset of the quotation mark right before ``start`` (spaces aside), if there is one."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    found = [m for m in _MARK.finditer(text, max(0, k - 2), k) if m.end() == k]
    return found[-1].start() if found else None


def find_quoted_spans(
    paragraphs: list[str], closes_speech: Callable[[str, int], bool] | None = None
) -> list[QuotedSpan]:
    """Every span between quotation marks in the paragraphs, in reading order.

    ``closes_speech(text, offset)`` tells whether an attribution verb follows
    ``offset``; it lets a single closing mark end a double-quoted quote
    (``…feodalisme,’ kata X``).
    """
    return [s for s in _Scanner(paragraphs, closes_speech).run() if s.pieces]
