"""Bytes in, text out: decoding that does not lie, and records what it did.

Order of evidence, strongest first:

1. a byte-order mark (the bytes say what they are);
2. binary sniffing: images, PDFs, archives and control-character soup are
   :class:`~warta.errors.UndecodableError` at once, never "decoded" into
   garbage;
3. the declared charset: the HTTP ``Content-Type`` charset parameter, then
   ``<meta charset>`` / ``http-equiv`` / the XML declaration. A declaration
   is *checked* against the bytes: one that contradicts them (iso-8859-1
   declared, valid multi-byte UTF-8 sent, which portals do all the time; or
   bytes the declared codec cannot decode) is overruled and recorded as an
   ``encoding.declaration_overruled`` notice;
4. UTF-8 validity (a non-ASCII text that decodes as UTF-8 is almost never
   anything else);
5. detection by beautifulsoup4's ``UnicodeDammit``, accepted only when its
   reading is no less plausible than windows-1252;
6. windows-1252, which cannot fail (the WHATWG default for Latin-script pages).

Every decoded text then goes through :func:`normalize` (str input too):
NUL and other C0 control characters are removed, CR LF and lone CR become
LF, lone surrogates become U+FFFD; and :func:`mojibake_notice` reports text
that was already mojibake before it reached us (``Ã©``, ``â€™``).
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from warta.errors import TooLargeError, UndecodableError
from warta.model import Notice

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)

# File signatures of formats that are never an article (magic bytes at offset 0).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"(\xb5/\xfd", "zstd-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# Signatures that are plain letters, which a text could start with ("MZ Airport ..."):
# they count only with a NUL byte close behind.
_WEAK_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows executable"),
    (b"OggS", "an audio/video file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF = re.compile(rb"RIFF....(WEBP|WAVE|AVI )", re.S)

# Characters that never occur in real text: C0 controls other than
# tab/newline/form feed/CR, DEL and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_REMOVED_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?")
# The same controls counted in UTF-8 at C speed instead of a regex per character: an ASCII
# byte in UTF-8 is always that character, and U+0080-U+009F are the pairs C2 80 - C2 9F.
_REMOVED_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_BINARY_SHARE = 0.10
"""Above this share of control characters (or U+FFFD) in the first 64 KiB, input is binary."""

# UTF-8 sequences read as windows-1252: a lead byte (Â..ô) followed by one to
# three characters that windows-1252 gives to the bytes 0x80-0xBF.
_CP1252_CONT = "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONT}]{{1,3}}")
# What a match needs in UTF-8: a lead character (C3 82 - C3 B4) followed by the first byte of
# one of the continuation characters (C2 for U+0080-U+00BF, C5/C6/CB/E2 for the others).
_MOJIBAKE_UTF8 = re.compile(rb"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]")

# Labels browsers treat as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"latin_1", "iso8859-1", "ascii", "iso8859_1", "cp819", "us-ascii"}


@dataclass(slots=True)
class Decoded:
    """Decoded text, the codec used, and what was odd on the way."""

    text: str
    encoding: str
    notices: list[Notice] = field(default_factory=list)
    _utf8: tuple[str, bytes] | None = field(default=None, repr=False, compare=False)
    """``text`` and its UTF-8 bytes, kept by :func:`decode_input` (which computes them anyway)."""

    def utf8(self) -> bytes:
        """``text`` as UTF-8 bytes (lone surrogates replaced), encoded at most once per text."""
        cached = self._utf8
        if cached is not None and cached[0] is self.text:
            return cached[1]
        data = self.text.encode("utf-8", errors="replace")
        self._utf8 = (self.text, data)
        return data


def _as_read(data: bytes, text: str, codec: str, notices: list[Notice]) -> Decoded:
    """``text`` decoded strictly from ``data`` as UTF-8 (or ASCII): its UTF-8 bytes are ``data``.

    Kept so that :func:`decode_input` neither encodes the page again nor
    scans it twice for control characters.
    """
    return Decoded(text, codec, notices, (text, data))


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def charset_from_content_type(header: str | None) -> str | None:
    """The charset parameter of an HTTP ``Content-Type`` header value, if any."""
    if not header:
        return None
    match = _CONTENT_TYPE_CHARSET.search(header)
    return match.group(1) if match else None


def declared_charset(data: bytes, http_charset: str | None = None) -> str | None:
    """The charset the input declares, if any (HTTP header first, then markup)."""
    if http_charset:
        return http_charset
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def sniff_binary(data: bytes, location: str | None = None) -> None:
    """Raise :class:`UndecodableError` for known binary formats (by their magic bytes)."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UndecodableError(f"the input is {what}, not text", identity=location)
    for magic, what in _WEAK_MAGIC:
        if head.startswith(magic) and b"\x00" in data[:64]:
            raise UndecodableError(f"the input is {what}, not text", identity=location)
    if _RIFF.match(head):
        raise UndecodableError("the input is a RIFF media file, not text", identity=location)


def decode(data: bytes, *, http_charset: str | None = None, location: str | None = None) -> Decoded:
    """Decode input bytes, trusting the bytes over the declaration.

    Raises :class:`UndecodableError` for binary input. The result is not yet
    normalised: see :func:`decode_input` for the whole step.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return Decoded(text, name, [_replaced(name)] if "\ufffd" in text else [])
    sniff_binary(data, location)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    _reject_control_bytes(data, location)
    declared = declared_charset(data, http_charset)
    notices: list[Notice] = []
    if declared:
        result = _try_declared(data, declared, notices)
        if result is not None:
            return result
    try:
        return _as_read(data, data.decode("utf-8"), "utf-8", notices)
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        damaged.notices[:0] = notices
        return damaged
    return _detect(data, notices, declared)


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _reject_control_bytes(data: bytes, location: str | None) -> None:
    """Binary junk without a known signature: too many control bytes to be text in any 8-bit codec.

    Checked on the bytes, before detection, so that megabytes of junk are
    refused at C speed instead of being decoded and guessed at first.
    """
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls > _BINARY_SHARE * len(sample):
        raise UndecodableError(
            f"the input looks like binary data ({controls} of the first {len(sample)} bytes are "
            "control bytes), not text",
            identity=location,
        )


def _replaced(codec: str) -> Notice:
    return Notice(
        code="encoding.replaced",
        message=f"some bytes are not valid {codec}; they were replaced with U+FFFD",
    )


def _overruled(declared: str, why: str) -> Notice:
    return Notice(code="encoding.declaration_overruled", message=f"declared {declared!r} but {why}")


def _try_declared(data: bytes, declared: str, notices: list[Notice]) -> Decoded | None:
    """Decode with the declared charset if the bytes agree with it; else record why not."""
    codec = _codec_name(declared)
    if codec is None:
        notices.append(_overruled(declared, "no such encoding is known; the bytes decided"))
        return None
    if data.isascii() and codec not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return _as_read(data, data.decode("ascii"), "utf-8" if codec == "utf-8" else codec, notices)
    if codec.startswith(("utf-16", "utf-32")):
        # A BOM-less 8-bit page that says utf-16 in its markup cannot be utf-16
        # (WHATWG: treat as utf-8); real BOM-less utf-16 was caught above.
        notices.append(_overruled(declared, "the bytes are not UTF-16/32; the bytes decided"))
        return None
    if codec != "utf-8" and (_is_utf8(data) or _damaged_utf8(data) is not None):
        notices.append(
            _overruled(declared, "the bytes are (almost all) valid UTF-8; decoded as UTF-8")
        )
        return None
    if codec == "utf-8":
        try:  # decoded once: a separate validity check would decode the page twice
            return _as_read(data, data.decode("utf-8"), codec, notices)
        except UnicodeDecodeError:
            pass
        damaged = _damaged_utf8(data)
        if damaged is None:
            notices.append(_overruled(declared, "the bytes are not UTF-8; the bytes decided"))
        return damaged
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        if codec == "cp1252":
            # Only 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in windows-1252
            # (browsers pass them through as C1 controls): the declaration holds.
            notices.append(_replaced("windows-1252"))
            return Decoded(data.decode(codec, errors="replace"), codec, notices)
        notices.append(_overruled(declared, f"the bytes are not valid {codec}; the bytes decided"))
        return None
    return Decoded(text, codec, notices)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken or truncated sequences (a cut record, one bad byte).

    Such input must stay UTF-8 with U+FFFD in the broken places; re-reading
    the whole text as windows-1252 would turn every other accented letter
    into mojibake. Random windows-1252 text almost never forms valid
    multi-byte UTF-8 sequences, so many valid ones and few broken ones is
    strong evidence.
    """
    for cut in (1, 2, 3):
        if len(data) > cut and _is_utf8(data[:-cut]):
            text = data[:-cut].decode("utf-8") + "\ufffd"
            note = Notice(
                code="encoding.truncated", message="the input ends inside a UTF-8 character"
            )
            return Decoded(text, "utf-8", [note])
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if good >= 4 and good >= 4 * bad:
        return Decoded(text, "utf-8", [_replaced("UTF-8")])
    return None


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: ASCII text with a NUL in every other byte."""
    sample = data[: min(4096, len(data) // 2 * 2)]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > 0.9 * half and other < 0.05 * half:
            text = data.decode(codec, errors="replace")
            notices = [] if "\ufffd" not in text else [_replaced(codec)]
            return Decoded(text, codec, notices)
    return None


def _detect(data: bytes, notices: list[Notice], declared: str | None) -> Decoded:
    """Not UTF-8 and no usable declaration: ask UnicodeDammit, check it against windows-1252."""
    fallback = data.decode("cp1252", errors="replace")
    detected = _dammit_guess(data, declared)
    if detected and detected not in ("cp1252", "utf-8"):
        try:
            text = data.decode(detected)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text and _implausibility(text) < _implausibility(fallback):
            notices.append(
                Notice(
                    code="encoding.detected", message=f"no valid declaration; detected {detected}"
                )
            )
            return Decoded(text, detected, notices)
    if "\ufffd" in fallback:
        notices.append(_replaced("windows-1252"))
    return Decoded(fallback, "cp1252", notices)


def _dammit_guess(data: bytes, declared: str | None) -> str | None:
    from bs4.dammit import EncodingDetector

    # UnicodeDammit logs a warning through the root logger for every
    # replacement; a library must not write to the user's logs for that.
    logger = logging.getLogger("bs4.dammit")
    previous = logger.disabled
    logger.disabled = True
    try:
        excluded = ["utf-8", "ascii", *([declared] if declared else [])]
        detector = EncodingDetector(data[:65536], is_html=False, exclude_encodings=excluded)
        for guess in detector.encodings:
            codec = _codec_name(guess)
            if (
                codec
                and codec != "utf-8"
                and codec != (_codec_name(declared) if declared else None)
            ):
                return codec
    finally:
        logger.disabled = previous
    return None


def _implausibility(text: str) -> float:
    """How unlike real text a decoding is, per character.

    Counts what a wrong single-byte reading produces: control characters and
    U+FFFD; words that mix ASCII letters with another alphabet (``cafй``:
    windows-1252 read as windows-1251); and words made mostly of accented
    Latin letters (``Ïðåçèäåíò``: windows-1251 read as windows-1252). CJK
    scripts mix with each other and with Latin in real text, so they never
    count as mixed.
    """
    sample = text[:65536]
    if not sample:
        return 0.0
    odd = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    for word in _LETTERS.findall(sample):
        if word.isascii():
            continue
        scripts = [_script(ch) for ch in word]
        accented = scripts.count("LATIN")
        alphabets = set(scripts) - {"ASCII", "LATIN", "CJK"}
        if (
            ("ASCII" in scripts and alphabets)
            or len(alphabets) > 1
            or accented * 2 > len(word) >= 3
        ):
            odd += len(word)
    return odd / len(sample)


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_CJK = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"})


def _script(ch: str) -> str:
    """ASCII, LATIN (accented Latin), CJK, or the alphabet's name (CYRILLIC, GREEK, ...)."""
    if ch.isascii():
        return "ASCII"
    name = unicodedata.name(ch, "?")
    first = name.split(" ", 1)[0]
    return "CJK" if first in _CJK else first


def normalize(text: str, notices: list[Notice]) -> str:
    """Remove what no article holds: NUL and C0 controls, CR line endings, lone surrogates."""
    return _normalized(text, notices)[0]


def _normalized(text: str, notices: list[Notice]) -> tuple[str, bytes]:
    """:func:`normalize`, with the result's UTF-8 bytes (encoded anyway to count controls)."""
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # UTF-8 encodes every code point but lone surrogates
        text = _SURROGATE.sub("\ufffd", text)
        notices.append(
            Notice(code="encoding.replaced", message="lone surrogates replaced with U+FFFD")
        )
        encoded = text.encode("utf-8")
    removed = len(encoded) - len(encoded.translate(None, _REMOVED_CONTROL_BYTES))
    if removed:
        text = _REMOVED_CONTROL.sub("", text)
        notices.append(
            Notice(
                code="encoding.control_chars_removed",
                message=f"{removed} NUL or control characters removed from the text",
            )
        )
        encoded = text.encode("utf-8")
    return text, encoded


def _checked_utf8(
    text: str, utf8: bytes, notices: list[Notice], location: str | None
) -> tuple[str, bytes]:
    """:func:`reject_binary_text` then :func:`_normalized`, for a text without CR read from ``utf8``.

    The bytes the decoder read are the text's UTF-8 already: one count of
    control bytes over them serves both steps, and the text is not encoded
    again (together about half of the decoding time of a clean page).
    """
    removed = len(utf8) - len(utf8.translate(None, _REMOVED_CONTROL_BYTES))
    sample = text[:65536]
    # Every C1 control is a C2 byte pair and the whole text holds at least the
    # sample's controls: under the bound, the exact check cannot fail.
    bound = removed + utf8.count(b"\xc2") + sample.count("\ufffd")
    if bound > _BINARY_SHARE * len(sample):
        reject_binary_text(text, location)
    if not removed:
        return text, utf8
    return _normalized(text, notices)


def reject_binary_text(text: str, location: str | None = None) -> None:
    """Raise :class:`UndecodableError` when decoded text is mostly control characters or U+FFFD."""
    sample = text[:65536]
    if not sample:
        return
    encoded = sample.encode("utf-8", "surrogatepass")
    controls = len(encoded) - len(encoded.translate(None, _REMOVED_CONTROL_BYTES))
    if b"\xc2" in encoded:
        controls += len(_C1_UTF8.findall(encoded))
    odd = controls + sample.count("\ufffd")  # the same count as _CONTROL.findall(sample)
    if odd > _BINARY_SHARE * len(sample):
        raise UndecodableError(
            f"the input looks like binary data ({odd} of the first {len(sample)} characters are "
            "control characters or undecodable bytes), not text",
            identity=location,
        )


def _too_large(size: int, unit: str, max_chars: int, location: str | None) -> None:
    raise TooLargeError(
        f"the input is {size} {unit}, over the limit of {max_chars} characters of decoded text "
        "(Limits.max_text_chars)",
        identity=location,
    )


def mojibake_notice(text: str, utf8: bytes | None = None) -> Notice | None:
    """A warning when the text holds UTF-8 that was decoded as windows-1252 before it reached us.

    ``utf8`` is the text's UTF-8 encoding when the caller has it already.
    """
    if utf8 is None:
        utf8 = text.encode("utf-8", "surrogatepass")
    if b"\xc3" not in utf8 or not _MOJIBAKE_UTF8.search(utf8):
        return None  # a quick necessary test at C speed: most pages have no such pair
    found: list[str] = []
    count = 0
    for match in _MOJIBAKE.finditer(text):
        piece = match.group(0)
        try:
            fixed = piece.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        count += 1
        if len(found) < 3 and f"{piece!r}" not in found:
            found.append(f"'{piece}' for '{fixed}'")
    if not count:
        return None
    return Notice(
        code="encoding.mojibake",
        message=f"the text holds {count} sequence(s) of UTF-8 read as windows-1252, e.g. {', '.join(found)}",
    )


def decode_input(
    data: bytes,
    text: str | None,
    *,
    http_charset: str | None = None,
    location: str | None = None,
    max_chars: int | None = None,
) -> Decoded:
    """The whole decoding step: bytes (or the caller's str) to clean text with notices.

    Raises :class:`UndecodableError` for binary input and
    :class:`TooLargeError` when the text is longer than ``max_chars``
    (checked before any per-character work; no encoding takes more than
    four bytes per character, so larger byte strings are rejected undecoded).
    """
    if max_chars is not None and text is None and len(data) > 4 * max_chars:
        _too_large(len(data), "bytes", max_chars, location)
    if text is not None:
        decoded = Decoded(text, "utf-8")
    else:
        decoded = decode(data, http_charset=http_charset, location=location)
    if max_chars is not None and len(decoded.text) > max_chars:
        _too_large(len(decoded.text), "characters", max_chars, location)
    read = decoded._utf8
    if read is not None and read[0] is decoded.text and "\r" not in decoded.text:
        decoded.text, utf8 = _checked_utf8(decoded.text, read[1], decoded.notices, location)
    else:
        reject_binary_text(decoded.text, location)
        decoded.text, utf8 = _normalized(decoded.text, decoded.notices)
    decoded._utf8 = (decoded.text, utf8)  # the HTML parser reads these bytes
    mojibake = mojibake_notice(decoded.text, utf8)
    if mojibake is not None:
        decoded.notices.append(mojibake)
    return decoded
