"""Blocks: the one representation both input kinds are turned into.

The pipeline is ``read/decode -> blocks -> fields -> Article``. A text dump
becomes one block per paragraph-like line group; an HTML page becomes one
block per text-bearing element, built in a single pass over the lxml tree.
Each block then gets a *role* (headline, body, byline, boilerplate, ...)
from the layout step of its input kind, and the field extractors in
:mod:`warta.fields` read the roles. Metadata that only HTML has (JSON-LD,
OpenGraph, ...) travels beside the blocks as :class:`Claim` evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from warta.model import InputKind, Notice

Role = Literal[
    "unknown",
    "section",  # rubric / breadcrumb line above the headline
    "kicker",  # topic label above the headline
    "headline",
    "deck",  # sub-headline / standfirst
    "date",  # the article's own date line
    "dateline",  # a line holding only the dateline (Detik dumps: "Jakarta -")
    "byline",
    "body",
    "heading",  # intertitle inside the body
    "signature",  # closing initials such as (fyk/ash)
    "comments",  # the comment-section marker
    "boilerplate",
]


@dataclass(slots=True, eq=False)
class Region:
    """A block-level HTML element that encloses blocks (HTML only).

    Content selection scores regions (which element holds the article?) and
    reads their own class/id tokens. Regions form the element tree through
    ``parent``; blocks point at the region of their own element, so a page
    costs one Region per block-level element and nothing per ancestor.
    Compared by identity.
    """

    id: int
    """Pre-order number of the element in the page: unique within one Document."""
    tag: str
    hints: str
    """Lower-cased class and id tokens of this element alone."""
    parent: Region | None = None
    depth: int = 0
    """Number of enclosing block-level elements."""

    def ancestors(self) -> list[Region]:
        """This region and its enclosing regions, innermost first."""
        out: list[Region] = []
        node: Region | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out


@dataclass(slots=True)
class Block:
    """One unit of text with the evidence the layout step needs.

    ``text`` keeps every non-whitespace character of the source region (the
    text path's lossless accounting depends on it); runs of whitespace may be
    normalised to single spaces.
    """

    text: str
    index: int
    tag: str = ""
    """HTML tag of the element ('p', 'h1', 'li', ...); '' for text-dump lines."""
    hints: str = ""
    """Lower-cased class and id tokens of the element and its ancestors (HTML only)."""
    link_chars: int = 0
    """How many characters of ``text`` sit inside links."""
    lead_link_chars: int = 0
    """How many characters at the start of ``text`` sit inside links (a teaser's headline link)."""
    heading_level: int = 0
    """1-6 for h1-h6 elements; 0 otherwise."""
    start: int = -1
    """Offset of the block in the decoded text dump (-1 for HTML)."""
    role: Role = "unknown"
    reason: str = ""
    """Why the block got its role: shown by ``--show-blocks`` and kept as the boilerplate reason."""
    region: Region | None = None
    """The block-level element the text sits in directly (HTML only); its parents enclose it."""

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(frozen=True, slots=True)
class Claim:
    """A value read from machine-readable metadata, with where it was read."""

    value: str
    source: str
    """e.g. 'json-ld:datePublished', 'meta:og:title', 'time[datetime]'."""


@dataclass(slots=True)
class Document:
    """An input turned into blocks plus metadata evidence: what the field extractors read."""

    blocks: list[Block]
    kind: InputKind
    encoding: str
    sha256: str
    location: str | None = None
    url: str | None = None
    evidence: dict[str, list[Claim]] = field(default_factory=dict)
    """Metadata claims by field name: headline, section, published, author, language, url, ..."""
    warnings: list[Notice] = field(default_factory=list)

    def with_role(self, role: Role) -> list[Block]:
        return [b for b in self.blocks if b.role == role]

    def claims(self, name: str) -> list[Claim]:
        return self.evidence.get(name, [])
