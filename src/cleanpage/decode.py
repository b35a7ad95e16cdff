"""bytes -> str for HTML, the way browsers do it (WHATWG "encoding sniffing").

    decode_html(data, content_type=None) -> str

1. refuse empty input and input that is not text at all (binary formats)
2. a byte order mark wins (UTF-8, UTF-16 LE/BE)
3. else the charset of the HTTP Content-Type
4. else a `<meta charset>` / `<meta http-equiv=Content-Type>` in the first bytes
5. else detection: valid UTF-8 is UTF-8, otherwise charset-normalizer guesses
6. else UTF-8 with replacement characters

Labels are mapped as browsers map them (WHATWG Encoding Standard): latin-1 and
ASCII mean windows-1252, GB2312 means GB18030, Shift_JIS means windows-31J.
Invalid bytes never stop decoding: they become U+FFFD so the rest survives.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError
from .patterns import lazy

# Byte order marks, longest first so UTF-32 is never mistaken for UTF-16.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How far to look for <meta charset>. WHATWG says 1024 bytes, but real pages put
# long <script>/<style> blocks before the meta tag; 8 KB finds those and stays cheap.
PRESCAN_BYTES = 8192

# How much of the input the binary test and the detector look at: enough to judge,
# bounded so a 10 MB page costs no more than a 64 KB one.
SAMPLE_BYTES = 65536

# <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x">
# both carry "charset=" inside one <meta ...> tag.
META_CHARSET_RE = lazy(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.IGNORECASE
)

# charset parameter of an HTTP Content-Type header.
HEADER_CHARSET_RE = lazy(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE)

# WHATWG label mapping, keyed by Python's canonical codec name: browsers decode these
# labels with the superset encoding, and pages rely on it (curly quotes in "latin-1").
WHATWG_CODECS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}

# The legacy encodings the web actually uses (WHATWG's list, Python names, roughly most
# used first): detection chooses among these only, never DOS or HP code pages.
WEB_LEGACY_CODECS = (
    "cp1252", "cp1251", "cp932", "shift_jis", "gb18030", "cp949", "euc_kr", "euc_jp",
    "iso2022_jp", "big5", "iso8859_2", "cp1250", "cp1256", "cp1254", "cp1253", "cp1255",
    "cp1257", "cp1258", "cp874", "koi8_r", "koi8_u", "iso8859_5", "iso8859_7",
    "iso8859_15", "cp866", "mac_roman",
)

# Baltic windows-1257 shares windows-1252's curly quotes and wins charset-normalizer's
# near-ties on Western text, yet is rare on the web: within CHAOS_TIE a common
# encoding is the better bet.
RARE_LEGACY_CODECS = frozenset({"cp1257"})
CHAOS_TIE = 0.1

# Labels browsers know and Python does not.
EXTRA_LABELS = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-gbk": "gb18030",
    "x-euc-jp": "euc_jp",
    "x-user-defined": "cp1252",
    "unicode-1-1-utf-8": "utf-8",
    "iso-8859-8-i": "iso8859-8",
    "x-mac-roman": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
}

# UTF-7 can smuggle markup past filters (WHATWG drops it); a label naming it is ignored.
REFUSED_CODECS = frozenset({"utf-7"})

# A <meta> cannot honestly declare UTF-16 (the parser read it as ASCII): WHATWG says UTF-8.
META_UTF16_CODECS = frozenset({"utf-16", "utf-16-le", "utf-16-be"})

# UTF-16/32 text is half NUL bytes: when a BOM or the HTTP header declares it, the
# byte-level binary test does not apply (the decoded text is still tested).
WIDE_CODEC_PREFIXES = ("utf-16", "utf-32")

# Signatures of common binary formats that are sometimes served or saved as ".html".
BINARY_MAGIC = (
    b"%PDF-", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"\x1f\x8b",
    b"PK\x03\x04", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"\x28\xb5\x2f\xfd",
    b"RIFF", b"OggS", b"fLaC", b"ID3", b"\x00asm", b"\x7fELF", b"wOFF", b"wOF2",
    b"SQLite format 3\x00", b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*", b"\xd0\xcf\x11\xe0",
)

# C0 control bytes that never occur in text (NUL is counted apart; tab, LF, FF, CR and
# ESC, which ISO-2022-JP uses, are excluded). Random bytes hold ~10% of them, text none.
CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27))
CONTROL_SHARE_MAX = 0.02

# Broken servers and editors sprinkle NULs into real pages (they are stripped), so
# NULs alone mark binary data only when they are a large share of it.
NUL_SHARE_MAX = 0.25

# Without any markup, a sample whose decoding is more than this share of U+FFFD is
# binary in a format we have no signature for, not a text document.
REPLACEMENT_SHARE_MAX = 0.05

# In markup-less text, any of these C0 controls (what CONTROL_BYTES holds, as text)
# marks binary data: a text document has none.
CONTROL_CHARS_RE = lazy("[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]")

# Markup: a tag, an end tag, a comment or a doctype.
MARKUP_RE = lazy(r"<[A-Za-z!/?]")

_IDENTITY = bytes.maketrans(b"", b"")
EMPTY_MESSAGE = "the input is empty"
BINARY_MESSAGE = "not an HTML document (looks like binary data)"


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode an HTML document's bytes into text; raise InputError if it is not text."""
    if not data.strip():
        raise InputError(EMPTY_MESSAGE)
    bom_codec, body = _split_bom(data)
    declared = bom_codec or _header_codec(content_type)
    if not (declared or "").startswith(WIDE_CODEC_PREFIXES):
        _refuse_binary_bytes(body)
    codec = declared or _meta_codec(body) or _detect_codec(body)
    text = _decode(body, codec).replace("\x00", "")
    if not text.strip():
        raise InputError(EMPTY_MESSAGE)
    if bom_codec is None:
        _refuse_binary_text(text)
    return text


def _split_bom(data: bytes) -> tuple[str | None, bytes]:
    """The codec a byte order mark names, and the bytes after the mark."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, data[len(bom):]
    return None, data


def _refuse_binary_bytes(data: bytes) -> None:
    """Raise InputError for a known binary signature or a share of control or NUL bytes."""
    if data.startswith(BINARY_MAGIC):
        raise InputError(BINARY_MESSAGE)
    sample = data[:SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(_IDENTITY, CONTROL_BYTES))
    nuls = sample.count(0)
    if controls > CONTROL_SHARE_MAX * len(sample) or nuls > NUL_SHARE_MAX * len(sample):
        raise InputError(BINARY_MESSAGE)


def _refuse_binary_text(text: str) -> None:
    """Raise InputError for markup-less text holding control characters or
    decoded mostly to U+FFFD."""
    sample = text[:SAMPLE_BYTES]
    if MARKUP_RE.search(sample):
        return
    if CONTROL_CHARS_RE.search(sample) or sample.count("\ufffd") > REPLACEMENT_SHARE_MAX * len(sample):
        raise InputError(BINARY_MESSAGE)


def codec_for_label(label: str) -> str | None:
    """The Python codec a browser would use for an encoding label, or None if unknown."""
    label = label.strip().lower()
    if label in EXTRA_LABELS:
        return EXTRA_LABELS[label]
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in REFUSED_CODECS:
        return None  # base64, zlib, rot13 and friends are codecs but not charsets
    return WHATWG_CODECS.get(info.name, info.name)


def _header_codec(content_type: str | None) -> str | None:
    """The codec named by the charset parameter of an HTTP Content-Type."""
    if not content_type:
        return None
    match = HEADER_CHARSET_RE.search(content_type)
    return codec_for_label(match.group(1)) if match else None


def _meta_codec(data: bytes) -> str | None:
    """The codec named by the first usable <meta> charset declaration."""
    for match in META_CHARSET_RE.finditer(data[:PRESCAN_BYTES]):
        codec = codec_for_label(match.group(1).decode("ascii"))
        if codec in META_UTF16_CODECS:
            return "utf-8"
        if codec:
            return codec
    return None


def _detect_codec(data: bytes) -> str:
    """Guess: valid UTF-8 is UTF-8 (false positives are vanishingly rare), else ask
    charset-normalizer about the bytes around the first non-UTF-8 byte, else
    fall back to UTF-8 with replacement."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = max(0, error.start - SAMPLE_BYTES // 2)
        sample = data[start:start + SAMPLE_BYTES]
    else:
        return "utf-8"
    from charset_normalizer import from_bytes

    results = from_bytes(sample, cp_isolation=list(WEB_LEGACY_CODECS))
    best = results.best()
    if best is None:
        return "utf-8"
    if best.encoding in RARE_LEGACY_CODECS:
        common = [m for m in results if m.encoding not in RARE_LEGACY_CODECS
                  and m.chaos <= best.chaos + CHAOS_TIE]
        best = min(common, key=lambda m: (m.chaos, _web_rank(m.encoding)), default=best)
    return codec_for_label(best.encoding) or "utf-8"


def _web_rank(codec: str) -> int:
    """Position in WEB_LEGACY_CODECS (most used first), to break exact ties."""
    return WEB_LEGACY_CODECS.index(codec) if codec in WEB_LEGACY_CODECS else len(WEB_LEGACY_CODECS)


def _decode(data: bytes, codec: str) -> str:
    """Decode, turning invalid bytes into U+FFFD (windows-1252's five unassigned
    bytes map to the C1 controls of the same number, as browsers do)."""
    errors = "cleanpage-c1" if codec == "cp1252" else "replace"
    return data.decode(codec, errors=errors)


def _c1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Error handler: an undecodable byte becomes the code point of the same value."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(chr(b) for b in bad), error.end


codecs.register_error("cleanpage-c1", _c1_fallback)
