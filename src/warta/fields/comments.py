"""Comment-section markers ('Tulis Komentar', '0 Komentar', fb-comments, ...)."""

from __future__ import annotations

import re

from warta.lang import LanguageTable

_COUNT = re.compile(r"(\d[\d.,]*)")


def is_comment_marker(line: str, table: LanguageTable) -> bool:
    """True when a short line marks the article's comment section. STUB (issue 2)."""
    return any(re.search(p, line, re.I) for p in table.comment_patterns) and not any(
        re.search(p, line, re.I) for p in table.not_comment_patterns
    )


def comment_count(marker: str) -> int | None:
    """The comment count a marker states ('12 Komentar' -> 12), if any."""
    match = _COUNT.search(marker)
    if not match:
        return None
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits) if digits and len(digits) < 10 else None
