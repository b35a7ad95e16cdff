"""Sections kept as first-class data: the funding statement and the quotations.

Both read the cleaned body and leave it untouched: the funding statement
stays in the body too, and quotes are listed in reading order.
"""

from __future__ import annotations

import re

from lxml import etree

from .model import Quote

# A sentence that states funding or support, in several languages.
FUNDING_STATEMENT_RE = re.compile(
    r"\b(?:(?:was|were|is|are|has been|have been) (?:\w+ )?(?:supported|funded|financed|sponsored|made possible)"
    r"|(?:supported|funded) (?:in part )?by (?:the |a |an )?(?:[A-Z]|grant|award|funds?)"
    r"|(?:grant|award|contract) (?:numbers?|nos?\.?|#)\s*[A-Z0-9]"
    r"|received (?:\w+ )?funding|funding (?:was |for this [a-z]+ was )?provided by|financial support"
    r"|we (?:thank|acknowledge|are grateful)|acknowledg(?:e)?ments?\b"
    r"|gefördert\b|förderung durch|finanziert (?:durch|von)|dank(?:en)? (?:wir|gilt)"
    r"|financ[ée]e? par|soutenu par|avec le soutien|financement|remerciements"
    r"|financiad[oa] por|con el apoyo de|agradecimientos|finanziat[oa] da|ringraziamenti"
    r"|finansowan[ey] (?:przez|z)|sfinansowan)",
    re.I,
)
# Word stems that every FUNDING_STATEMENT_RE match contains (a cheap prefilter).
FUNDING_WORDS = (
    "support", "fund", "financ", "grant", "award", "contract", "thank", "acknowledg", "grateful",
    "förder", "dank", "soutien", "remerciement", "apoyo", "agradec", "finanz", "ringrazia", "finansow",
    "sfinansow", "sponsor", "made possible",
)
# A heading that opens a funding / acknowledgement section.
FUNDING_HEADING_RE = re.compile(
    r"^\W*(funding|financial support|support|acknowledge?ments?|acknowledgements and funding|"
    r"förderung|finanzierung|danksagung|financement|remerciements|financiación|agradecimientos|"
    r"finanziamento|ringraziamenti|finansowanie|podziękowania)\W*$",
    re.I,
)
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
BLOCK_TAGS = frozenset(("p", "div", "section", "footer", "small", "em", "li", "aside", "blockquote", "dd", "span", "i"))
# A funding statement is at most a few paragraphs.
MAX_FUNDING_CHARS = 3000

# Quoted speech: an opening mark, at least QUOTE_MIN_WORDS words, the closing mark.
QUOTE_PAIRS = (("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“"), ("‚", "‘"), ("「", "」"), ("『", "』"), ("»", "«"))
QUOTE_MIN_WORDS = 4
QUOTE_MARK_RE = re.compile("[" + re.escape("".join({o for o, _ in QUOTE_PAIRS})) + "]")
INLINE_QUOTE_RE = re.compile(
    "|".join(f"{re.escape(o)}([^{re.escape(o)}{re.escape(c)}]{{10,2000}}?){re.escape(c)}" for o, c in QUOTE_PAIRS)
)
# Verbs of saying that bind a speaker to a quote, in several languages.
SAY_VERBS = (
    r"says|said|explains|explained|adds|added|notes|noted|concludes|concluded|continues|continued|"
    r"told|tells|writes|wrote|argues|argued|recalls|recalled|asks|asked|observes|observed|points out|"
    r"sagt|sagte|erklärt|erklärte|betont|betonte|meint|meinte|dit|explique|ajoute|déclare|a déclaré|"
    r"dijo|explica|afirma|añade|dice|spiega|ha detto|aggiunge|powiedział|powiedziała|mówi|zegt|zei"
)
NAME = r"((?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s)?[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+|de|van|von|da|del|der|la|le)){0,3})"
SPEAKER_AFTER_RE = re.compile(rf"^\s*[,.]?\s*(?:{SAY_VERBS})\s+{NAME}|^\s*[,.]?\s*{NAME}\s+(?:{SAY_VERBS})\b")
SPEAKER_BEFORE_RE = re.compile(rf"{NAME}\s+(?:{SAY_VERBS})\s*[:,]?\s*$")
# Words that look like names at the start of a clause but are not speakers.
NOT_NAMES = frozenset(("He", "She", "They", "It", "We", "I", "The", "This", "That", "Er", "Sie", "Il", "Elle", "Ella", "Él"))
# At most this many characters between two quotes of one speaker ("…,” she said. “…").
CONTINUATION_GAP = 60
PULL_QUOTE_CLASS_RE = re.compile(r"pull-?quote|pullquote|quote--pull|blockquote--pull")


def find_funding(body: etree._Element) -> str | None:
    """The whole funding / support / acknowledgement statement, or None."""
    low = body.text_content().lower()
    if not any(word in low for word in FUNDING_WORDS):
        return None  # substring scans in C settle most pages before any regex runs
    parts: list[str] = []
    for heading in body.iter(*HEADING_TAGS):
        if FUNDING_HEADING_RE.match(heading.text_content()):
            parts.extend(_section_after(heading))
    if not parts and FUNDING_STATEMENT_RE.search(low):
        found = [
            text for text in (_text(el) for el in body.iter(*BLOCK_TAGS))
            if text and len(text) <= MAX_FUNDING_CHARS and FUNDING_STATEMENT_RE.search(text)
        ]
        # The innermost blocks hold the statement; their containers repeat it.
        for text in found:
            if text not in parts and not any(other != text and other in text for other in found):
                parts.append(text)
    statement = "\n\n".join(parts).strip()
    return statement[:MAX_FUNDING_CHARS * 2] or None


def _section_after(heading: etree._Element) -> list[str]:
    parts = []
    node = heading.getnext()
    while node is not None and node.tag not in HEADING_TAGS:
        if isinstance(node.tag, str):
            text = _text(node)
            if text:
                parts.append(text)
        node = node.getnext()
    return parts


def find_quotes(body: etree._Element) -> list[Quote]:
    """Block quotes, pull quotes and quoted speech, verbatim, in reading order."""
    quotes: list[Quote] = []
    speakers: list[str] = []
    body_text = " ".join(body.text_content().split())
    has_marks = QUOTE_MARK_RE.search(body_text) is not None
    for el in body.iter("blockquote", "p", "li", "aside", "figure", "div"):
        if el.tag in ("blockquote", "aside", "figure", "div"):
            quote = _block_quote(el, body_text)
            if quote is not None:
                quotes.append(quote)
            continue
        if not has_marks or _inside(el, "blockquote"):
            continue
        text = el.text_content()
        if QUOTE_MARK_RE.search(text):
            quotes.extend(_inline_quotes(" ".join(text.split()), speakers))
    return quotes


def _block_quote(el: etree._Element, body_text: str) -> Quote | None:
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    pulled = bool(names.strip()) and PULL_QUOTE_CLASS_RE.search(names) is not None
    if el.tag != "blockquote" and (not pulled or el.find(".//blockquote") is not None):
        return None  # a pull-quote wrapper around a <blockquote>: the blockquote is the quote
    if _inside(el, "blockquote"):
        return None
    cite = el.find(".//cite")
    if cite is None:
        cite = el.find(".//footer")
    speaker = " ".join(cite.text_content().split()).lstrip("—–- ") if cite is not None else None
    text = _block_text(el, skip=cite)
    if not text:
        return None
    core = text.strip("“”\"'‘’«»„ ")
    kind = "pull" if pulled or (len(core) > 30 and core in body_text) else "block"
    return Quote(text=text, speaker=speaker or None, kind=kind)


def _inline_quotes(text: str, speakers: list[str]) -> list[Quote]:
    found: list[Quote] = []
    last_end = -1
    for m in INLINE_QUOTE_RE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < QUOTE_MIN_WORDS:
            continue
        speaker = _speaker(text[m.end():m.end() + 120], text[max(0, m.start() - 120):m.start()], speakers)
        if speaker is None and found and m.start() - last_end <= CONTINUATION_GAP:
            speaker = found[-1].speaker  # “…,” she said. “And more…” : the same voice goes on
        found.append(Quote(text=m.group(0), speaker=speaker, kind="inline"))
        last_end = m.end()
    return found


def _speaker(after: str, before: str, known: list[str]) -> str | None:
    m = SPEAKER_AFTER_RE.match(after)
    name = None
    if m:
        name = m.group(1) or m.group(2)
    else:
        m = SPEAKER_BEFORE_RE.search(before)
        if m:
            name = m.group(1)
    if not name or name.split()[0] in NOT_NAMES:
        return None
    return _full_name(name, known)


def _full_name(name: str, known: list[str]) -> str:
    """'Dr. Massagué' -> 'Joan Massagué' when that speaker was named in full before."""
    last = name.split()[-1]
    for full in known:
        if full.split()[-1] == last:
            return full
    plain = re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s", "", name)
    if len(plain.split()) >= 2:
        known.append(plain)
        return plain
    return name


def _block_text(el: etree._Element, skip: etree._Element | None) -> str:
    """Text of a quote block: paragraphs joined by a space, the attribution left out."""
    parts = [el.text or ""]
    for child in el:
        if child is not skip:
            piece = _block_text(child, skip) if skip is not None and _contains(child, skip) else child.text_content()
            parts.append(f" {piece} " if child.tag in QUOTE_BLOCK_TAGS else piece)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _contains(ancestor: etree._Element, node: etree._Element) -> bool:
    for parent in node.iterancestors():
        if parent is ancestor:
            return True
    return False


QUOTE_BLOCK_TAGS = frozenset(("p", "div", "br", "footer", "cite", "figcaption", "li", "blockquote"))


def _inside(el: etree._Element, tag: str) -> bool:
    node = el.getparent()
    for _ in range(50):
        if node is None:
            return False
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _text(el: etree._Element) -> str:
    return " ".join(el.text_content().split())
