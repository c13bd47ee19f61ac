"""Per-record limits with documented, adjustable defaults.

A bad record must never stop or hang a run over millions, so every parse is
bounded. Pass a :class:`Limits` to :func:`warta.parse` (or ``--max-bytes``,
``--timeout`` on the CLI) to change them.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds applied to one input record."""

    max_input_bytes: int = 20 * MiB
    """Raw input larger than this is rejected with ``input.too_large`` before decoding."""

    max_text_chars: int = 5 * MiB
    """Decoded text longer than this is rejected with ``input.too_large``."""

    timeout_seconds: float = 10.0
    """Wall-clock budget per record in batch conversion (``record.timeout``)."""

    max_depth: int = 2000
    """Deepest HTML element nesting kept; deeper content is flattened, with a warning."""


DEFAULT_LIMITS = Limits()
