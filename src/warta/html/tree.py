"""Decoded HTML text -> lxml tree, with a parser configured on purpose.

The parser is built explicitly instead of relying on lxml's defaults, so
that what it may and may not do is visible in one place:

- ``no_network=True``: never fetch a DTD or anything else over the network.
- ``remove_comments`` / ``remove_pis``: comments and processing instructions
  never become text (their tails are kept), and the block builder never has
  to skip them.
- libxml2's HTML parser only knows the predefined HTML entities; it never
  expands external or user-defined entities, so no entity tricks reach us.
- ``huge_tree=True``: without it libxml2 silently *drops* every element
  nested deeper than 256 levels, which real pages (and the 300-nested-div
  test) reach; with it the bound is libxml2's own (about 2,048 levels), in
  line with :attr:`warta.limits.Limits.max_depth`. Deeper than that,
  :func:`parse_tree` finds libxml2's "Excessive depth" error in the
  parser's error log, flattens the nesting
  (:func:`warta.limits.flatten_nesting`) and parses again, with an
  ``html.nesting_flattened`` notice (``html.too_deep`` if text is still lost). The text size is already
  bounded by ``Limits.max_text_chars`` before we get here.

The text is handed to libxml2 as UTF-8 bytes with the encoding stated, so
that a ``<meta charset>`` in the markup (already honoured by
:mod:`warta.decode`) cannot make libxml2 decode a second time, and an XML
declaration in a ``str`` cannot make lxml refuse the input.

One parser per thread: lxml parsers keep state and must not be shared
between threads while parsing.
"""

from __future__ import annotations

import threading

import lxml.html
from lxml import etree

from warta.errors import EmptyInputError
from warta.limits import (
    DEFAULT_LIMITS,
    MAX_ATTRIBUTES,
    Limits,
    cap_attributes,
    flatten_nesting,
    notify,
)
from warta.model import Notice

_local = threading.local()


def _parser() -> lxml.html.HTMLParser:
    parser: lxml.html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser(  # type: ignore[call-arg]  # stubs lack default_doctype
            encoding="utf-8",
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            remove_blank_text=False,
            recover=True,
            compact=True,
            default_doctype=False,
            collect_ids=False,
            huge_tree=True,
        )
        # Every element is a plain HtmlElement (text_content, xpath, ... all
        # work), looked up in C: lxml.html's default lookup calls Python for
        # every element proxy and costs a third of the block walk.
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement,
                comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction,
                entity=lxml.html.HtmlEntity,
            )
        )
        _local.parser = parser
    return parser


def parse_tree(
    text: str, limits: Limits = DEFAULT_LIMITS, *, utf8: bytes | None = None
) -> lxml.html.HtmlElement:
    """Parse decoded HTML text into an lxml tree (the ``<html>`` root element).

    ``utf8`` is ``text`` encoded as UTF-8 when the caller has it already
    (:meth:`warta.decode.Decoded.utf8`): libxml2 reads bytes.

    Raises :class:`~warta.errors.EmptyInputError` when the text holds no
    element at all (empty, whitespace, or only comments).
    """
    # limits.max_text_chars is enforced by the pipeline before decoding ends;
    # limits is taken here so that hardening can bound the parse itself.
    del limits
    text, dropped = cap_attributes(text)  # libxml2 is quadratic in attributes per element
    if dropped:
        notify(
            Notice(
                code="html.attributes_dropped",
                message=f"{dropped} attributes beyond {MAX_ATTRIBUTES} per element were dropped",
            )
        )
    if utf8 is None or dropped:
        utf8 = text.encode("utf-8", errors="replace")
    root = _parse_bytes(utf8)
    if _too_deep(_parser()):
        # libxml2 stops at its depth limit and silently drops the rest of the
        # page, article included: flatten the nesting and parse again.
        for strip_wrappers in (False, True):
            flat = flatten_nesting(text, strip_wrappers=strip_wrappers)
            root = _parse_bytes(flat.encode("utf-8", errors="replace"))
            if not _too_deep(_parser()):
                break
        lost = _too_deep(_parser())
        notify(
            Notice(
                code="html.too_deep" if lost else "html.nesting_flattened",
                message="the page nests elements deeper than libxml2's limit of 2048 levels; "
                + (
                    "content past that depth is lost"
                    if lost
                    else "wrapper tags were flattened to keep all of the text"
                ),
            )
        )
    return root


def _parse_bytes(data: bytes) -> lxml.html.HtmlElement:
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.ParserError as exc:  # "Document is empty"
        raise EmptyInputError(f"no HTML element in the input ({exc})") from None
    except etree.XMLSyntaxError as exc:  # recover=True makes this rare
        raise EmptyInputError(f"the HTML cannot be parsed ({exc})") from None
    if root is None:
        raise EmptyInputError("no HTML element in the input")
    tree_root: lxml.html.HtmlElement = root
    return tree_root


def _too_deep(parser: lxml.html.HTMLParser) -> bool:
    """Did the last parse hit libxml2's nesting limit ("Excessive depth in document")?"""
    return any("Excessive depth" in entry.message for entry in parser.error_log)
