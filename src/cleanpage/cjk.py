"""Chinese, Japanese and Korean text: how many of its characters a text holds.

Its own small module: every page's word count needs `cjk_count` (api.count_words),
and loading it from speakers would load the quote finder with it.
"""

from __future__ import annotations

# The UTF-8 lead bytes of U+3000..U+DFFF: a text without them holds no CJK character.
_CJK_LEAD_BYTES = tuple(bytes([lead]) for lead in range(0xE3, 0xEE))


def cjk_count(text: str) -> int:
    """How many Chinese, Japanese or Korean characters (a character class of these ranges
    costs ~2 ms to compile: a one-page run would pay it)."""
    if not text or text.isascii():
        return 0
    data = text.encode("utf-8", "surrogatepass")  # memchr scans of the bytes settle every Latin,
    if not any(map(data.__contains__, _CJK_LEAD_BYTES)):  # Greek, Cyrillic... text (max(text) cost 20x)
        return 0
    return sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
