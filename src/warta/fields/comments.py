"""Comment-section markers ('Tulis Komentar', '0 Komentar', fb-comments, ...).

A marker is a short line: a count ('0 komentar'), a heading or call to action
('Komentar Pembaca', 'KOMENTARI ARTIKEL INI'), the comment form's disclaimer,
or a share-bar item labelled as comments. Most-commented lists and profile
tabs look alike and are excluded by the tables' ``not_comment_patterns``.
"""

from __future__ import annotations

import re

from warta.fields.boilerplate import any_pattern, strip_bullet
from warta.lang import LanguageTable

_COUNT = re.compile(r"(\d[\d.,]*)")
_MAX_MARKER_CHARS = 400


def is_comment_marker(line: str, table: LanguageTable) -> bool:
    """True when a line marks the article's comment section."""
    text = strip_bullet(line)
    if not text or len(text) > _MAX_MARKER_CHARS:
        return False
    # The rare positive test first: the exclusions only matter for a line it accepts.
    return any_pattern("comment_patterns", re.I).test(text) and not any_pattern(
        "not_comment_patterns", re.I
    ).test(text)


def comment_count(marker: str) -> int | None:
    """The comment count a marker states ('12 Komentar' -> 12), if any."""
    match = _COUNT.search(marker)
    if not match:
        return None
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits) if digits and len(digits) < 10 else None
