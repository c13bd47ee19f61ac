"""Bytes in, text out: decoding that records what it used.

Order of evidence: a byte-order mark, then a valid UTF-8 reading, then the
declared charset (HTTP header, ``<meta charset>``, ``http-equiv``), then
detection by beautifulsoup4's UnicodeDammit, then windows-1252. A
declaration that contradicts the bytes is overruled and recorded as a
warning, because portals often declare iso-8859-1 and send UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from warta.model import Notice

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    notices: list[Notice] = field(default_factory=list)


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes, http_charset: str | None = None) -> str | None:
    """The charset the input declares, if any (HTTP header first, then markup)."""
    if http_charset:
        return http_charset
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode(data: bytes, *, http_charset: str | None = None) -> Decoded:
    """Decode input bytes, trusting the bytes over the declaration."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name.replace("-sig", ""))
    declared = declared_charset(data, http_charset)
    declared_codec = _codec_name(declared) if declared else None
    notices: list[Notice] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared_codec and declared_codec not in ("utf-8", "ascii") and not data.isascii():
            notices.append(
                Notice(
                    code="encoding.declaration_overruled",
                    message=f"declared {declared!r} but the bytes are valid UTF-8; decoded as UTF-8",
                )
            )
        return Decoded(text, "utf-8", notices)
    if declared_codec and declared_codec != "utf-8":
        try:
            return Decoded(data.decode(declared_codec), declared_codec)
        except UnicodeDecodeError:
            notices.append(
                Notice(code="encoding.declaration_overruled", message=f"declared {declared!r} does not fit the bytes")
            )
    return _detect(data, notices)


def _detect(data: bytes, notices: list[Notice]) -> Decoded:
    from bs4.dammit import UnicodeDammit

    dammit = UnicodeDammit(data, ["utf-8", "windows-1252"], is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        return Decoded(dammit.unicode_markup, _codec_name(dammit.original_encoding) or dammit.original_encoding, notices)
    notices.append(Notice(code="encoding.fallback", message="no encoding fits; decoded as windows-1252"))
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", notices)
