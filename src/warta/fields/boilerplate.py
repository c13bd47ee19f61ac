"""Boilerplate lines: 'Baca juga', share bars, ads, tags, related lists (section 6)."""

from __future__ import annotations

import re

from warta.lang import LanguageTable


def boilerplate_reason(line: str, table: LanguageTable) -> str | None:
    """The reason a line is boilerplate ('baca-juga', 'share', ...), or None. STUB (issue 2)."""
    for reason, patterns in table.boilerplate_patterns.items():
        if any(re.search(p, line, re.I) for p in patterns):
            return reason
    return None
