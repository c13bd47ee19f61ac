"""lxml tree -> blocks, in one pass.

Every block-level element that holds text of its own becomes a
:class:`~warta.blocks.Block`: paragraphs, headings, list items, table cells,
quotes, captions, and also ``div``/``section`` elements whose text sits
directly in them (old portals write ``<div>para<br><br>para</div>``). Text
of inline elements (``a``, ``span``, ``em``, unknown tags ...) joins the
block of the nearest block-level ancestor; a block-level child splits its
parent's text, so text before and after a nested ``<p>`` become two blocks
in document order. Runs of ``<br>`` split text into paragraphs too.

The walk is ``lxml.etree.iterwalk`` (start/end events, no recursion), so a
page nested thousands of levels deep cannot exhaust the Python stack, and
it costs a small fraction of the parse. Elements that never show article
text are skipped with their subtree: scripts, styles, ``template``, SVG,
iframes, form controls, and elements hidden with ``hidden`` or an inline
``display:none``.

Each block carries the evidence that content selection
(:mod:`warta.html.content`) and the metadata layout steps read: ``tag``,
``hints`` (class/id tokens of the element and its ancestors, innermost
first, bounded), ``link_chars``, ``heading_level``, and ``path`` (the
enclosing block-level elements as shared :class:`~warta.blocks.Region`
objects).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from warta.blocks import Block, Region
from warta.html.comments import CommentFinder
from warta.html.scan import (
    COMMENT_CANDIDATE,
    HINT_WORDS,
    LIST_TAGS,
    PLAIN_SCRIPT,
    SCAN_TAGS,
    Scan,
    file_classed,
    file_element,
)

BLOCK_TAGS = frozenset(
    """
    html body main article section div header footer aside nav form fieldset
    p h1 h2 h3 h4 h5 h6 hgroup blockquote pre address center figure figcaption
    ul ol li dl dt dd menu table caption thead tbody tfoot tr td th
    details summary dialog legend hr
    """.split()
)
"""Elements that start a new block: their text never runs into their neighbours'."""

SKIP_TAGS = frozenset(
    """
    head title meta link base script style noscript template svg math canvas
    iframe frame frameset object embed applet audio video source track picture
    map area img input button select option optgroup textarea datalist output
    """.split()
)
"""Elements whose subtree never holds visible article text (their tail still counts)."""

_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}
HINTS_MAX = 300
"""Bound on ``Block.hints`` (characters): the innermost ancestors matter most."""


def _hidden_style(style: str) -> bool:
    """Whether an inline style hides the element (``display:none``, ``visibility:hidden``)."""
    if "none" not in style and "hidden" not in style:
        return False
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def _flush(
    blocks: list[Block],
    pieces: list[str],
    tag: str,
    hints: str,
    region: Region | None,
    link_chars: int,
    lead: int,
) -> None:
    """Turn the text collected for an open block-level element into a block (if it holds any)."""
    text = " ".join("".join(pieces).split())
    if text:
        size = len(text)
        # Positional (cheaper than keywords on the hot path): text, index, tag, hints,
        # link_chars, lead_link_chars, heading_level, start, role, reason, region.
        blocks.append(
            Block(
                text,
                len(blocks),
                tag,
                hints,
                link_chars if link_chars < size else size,
                lead if lead < size else size,
                _HEADING_LEVELS.get(tag, 0),
                -1,
                "unknown",
                "",
                region,
            )
        )


def _own_hints(cls: str | None, ident: str | None) -> str:
    """An element's own class and id tokens, lower-cased (inlined in :func:`build_blocks`)."""
    if cls:
        return (f"{cls} {ident}" if ident else cls).lower().strip()
    return ident.lower().strip() if ident else ""


def _file_skipped(top: Any, found: Scan, comments: CommentFinder | None, inside: Any) -> None:
    """File an element the block walk skips, with its subtree.

    Metadata (``<meta>``, JSON-LD) and comment sections live in skipped and
    hidden markup too. ``inside`` is the accepted comment container the
    element sits in, if any.
    """
    if not len(top):  # a leaf (meta, script, link, img): most skipped elements
        tag = top.tag
        if isinstance(tag, str):
            kind = file_element(top, tag, found)
            if kind and comments is not None and inside is None:
                if kind == PLAIN_SCRIPT:
                    comments.scripts.append(top)
                else:
                    comments.judge(top)
        return
    accepted = inside
    for el in top.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        kind = file_element(el, tag, found)
        if not kind or comments is None:
            continue
        if accepted is not None and (accepted is inside or accepted in el.iterancestors()):
            continue  # only the outermost container counts
        accepted = None  # past the last container: later elements cannot be in it
        if kind == PLAIN_SCRIPT:
            comments.scripts.append(el)
        elif comments.judge(el):
            accepted = el


def build_blocks(
    root: Any, found: Scan | None = None, comments: CommentFinder | None = None
) -> list[Block]:
    """Walk the tree once and return its text blocks in document order.

    With ``found``, the walk also files every element into that
    :class:`~warta.html.scan.Scan` (what :func:`~warta.html.scan.scan`
    does), and with ``comments`` it judges the comment candidates among them
    as it meets them, tagging the containers before their blocks are built:
    one walk of the tree instead of three.

    The loop is written flat (no helper call per element) because it runs
    once per start and end event of every element: it is the hot path of
    HTML extraction, next to the parse itself.
    """
    blocks: list[Block] = []
    # The open block-level element whose text is being collected, in locals (the
    # hot path reads them for every text node): its tag, accumulated hints,
    # region, text pieces, link characters and leading link characters. Its
    # enclosing elements wait on ``frames``; a frame is saved only with its
    # pieces flushed, so its counters restart from zero when it is resumed.
    tag_now, hints_now, region = "#document", "", None
    pieces: list[str] = []
    link_chars = lead = 0
    lead_open = True
    frames: list[tuple[str, str, Region | None]] = []
    # Class/id tokens of the open *inline* elements, joined: a block inside
    # <span class="related"> still carries "related" in its hints.
    inline_hints: list[str] = [""]
    # Per open element: 1 opened a frame, 0 inline, 2 a link (inline), -1 skipped with its subtree.
    kinds: list[int] = []
    link_depth = 0
    serial = 0
    push, pop = kinds.append, kinds.pop
    open_hints, close_hints = inline_hints.append, inline_hints.pop
    skip, block_tags = SKIP_TAGS, BLOCK_TAGS
    scan_tags, list_tags = SCAN_TAGS, LIST_TAGS
    word1, word2, word3 = HINT_WORDS
    inside: Any = None  # the comment container accepted last, while the walk is in it
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            get = el.get
            if (
                tag in skip
                or not isinstance(tag, str)
                or get("hidden") is not None
                or ((style := get("style")) and _hidden_style(style))
            ):
                if found is not None:
                    _file_skipped(el, found, comments, inside)
                walker.skip_subtree()
                push(-1)
                continue
            cls, ident = get("class"), get("id")
            if cls:
                own = (f"{cls} {ident}" if ident else cls).lower().strip()
            else:
                own = ident.lower().strip() if ident else ""
            if found is not None and (
                tag in scan_tags
                or (own and (word1 in own or word2 in own or word3 in own))
                or get("itemprop") is not None
                or (tag in list_tags and get("itemtype"))
            ):
                filed = file_classed(el, tag, found, cls, ident, own)
                if (
                    filed == COMMENT_CANDIDATE
                    and comments is not None
                    and inside is None
                    and comments.judge(el)
                ):
                    inside = el
                    own = _own_hints(get("class"), ident)  # now with the container mark
            opens_block = tag in block_tags
            if pieces and (opens_block or tag == "br"):  # both end the text collected so far
                _flush(blocks, pieces, tag_now, hints_now, region, link_chars, lead)
                pieces = []
                link_chars = lead = 0
                lead_open = True
            if opens_block:
                frames.append((tag_now, hints_now, region))
                extra = inline_hints[-1]
                if extra:
                    hints_now = f"{extra} {hints_now}" if hints_now else extra
                if own:
                    hints_now = f"{own} {hints_now}" if hints_now else own
                if len(hints_now) > HINTS_MAX:
                    hints_now = hints_now[:HINTS_MAX]
                serial += 1
                region = Region(serial, tag, own, region, region.depth + 1 if region else 0)
                tag_now = tag
                open_hints("")
                push(1)
            else:
                outer = inline_hints[-1]
                if own:  # bounded: nested inline wrappers must not grow it quadratically
                    outer = f"{own} {outer}"[:HINTS_MAX] if outer else own
                open_hints(outer)
                if tag == "a":
                    link_depth += 1
                    push(2)
                else:
                    push(0)
            text = el.text
        else:
            if el is inside:
                inside = None
            kind = pop()
            if kind == 1:
                if pieces:
                    _flush(blocks, pieces, tag_now, hints_now, region, link_chars, lead)
                    pieces = []
                    link_chars = lead = 0
                    lead_open = True
                tag_now, hints_now, region = frames.pop()
                close_hints()
            elif kind == 0:
                close_hints()
            elif kind == 2:
                close_hints()
                link_depth -= 1
            text = el.tail
        # Whitespace before any text of a block is layout, not content.
        if text and (pieces or not text.isspace()):
            pieces.append(text)
            if link_depth:
                size = len(" ".join(text.split()))
                link_chars += size
                if lead_open:
                    lead += size
            elif lead_open and not text.isspace():
                lead_open = False
    if pieces:
        _flush(blocks, pieces, tag_now, hints_now, region, link_chars, lead)
    return blocks
