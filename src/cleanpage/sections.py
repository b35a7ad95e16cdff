"""Sections kept as first-class data: the funding statement and the quotations.

Both read the cleaned body and leave it untouched: the funding statement
stays in the body too, and quotes are listed in reading order.
"""

from __future__ import annotations

import re

from lxml import etree

from .model import Quote
from .patterns import lazy

# A sentence that states funding or support, in several languages.
FUNDING_STATEMENT_RE = lazy(
    r"\b(?:(?:was|were|is|are|has been|have been) (?:\w+ )?(?:supported|funded|financed|sponsored|made possible)"
    r"|(?:supported|funded) (?:in part )?by (?:the |a |an )?(?:[A-Z]|grant|award|funds?)"
    r"|(?:grant|award|contract) (?:numbers?|nos?\.?|#)\s*[A-Z0-9]"
    r"|received (?:\w+ )?funding|funding (?:was |for this [a-z]+ was )?provided by|financial support"
    r"|acknowledges? (?:the )?(?:financial )?(?:support|funding)|\bfunding from\b"
    r"|we (?:thank|acknowledge|are grateful)|acknowledg(?:e)?ments?\b"
    r"|gefördert\b|förderung durch|finanziert (?:durch|von)|dank(?:en)? (?:wir|gilt)"
    r"|financ[ée]e? par|soutenu par|avec le soutien|financement|remerciements"
    r"|financiad[oa] por|con el apoyo de|agradecimientos|finanziat[oa] da|ringraziamenti"
    r"|finansowan[ey] (?:przez|z)|sfinansowan)",
    re.I,
)
# Word stems that every FUNDING_STATEMENT_RE match contains (a cheap prefilter).
FUNDING_WORDS = (
    "supported", "funded", "funding", "financ", "grant", "award", "contract", "thank", "acknowledg", "grateful",
    "förder", "dank", "soutien", "soutenu", "remerciement", "apoyo", "agradec", "finanz", "ringrazia", "finansow",
    "sfinansow", "sponsor", "made possible",
)
# Around each funding word, this many characters are searched for a statement,
# at most this many times per word.
FUNDING_WINDOW = 160
MAX_FUNDING_PROBES = 20
# A heading that opens a funding / acknowledgement section.
FUNDING_HEADING_RE = lazy(
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
QUOTE_MARK_RE = lazy("[" + re.escape("".join({o for o, _ in QUOTE_PAIRS})) + "]")
INLINE_QUOTE_RE = lazy(
    "|".join(f"{re.escape(o)}([^{re.escape(o)}{re.escape(c)}]{{10,2000}}?){re.escape(c)}" for o, c in QUOTE_PAIRS)
)
# Verbs of saying that bind a speaker to a quote, in several languages. Matched
# as words against this set (not as one huge pattern: compiling that cost more
# than cleaning a page).
SAY_VERBS = frozenset((
    "says", "said", "explains", "explained", "adds", "added", "notes", "noted", "concludes", "concluded",
    "continues", "continued", "told", "tells", "writes", "wrote", "argues", "argued", "recalls", "recalled",
    "remembers", "remembered", "asks", "asked", "observes", "observed", "points out", "pointed out", "warns",
    "warned", "cautions", "cautioned", "insists", "insisted", "admits", "admitted", "laughs", "laughed",
    "replies", "replied", "according to",
    "sagt", "sagte", "erklärt", "erklärte", "betont", "betonte", "meint", "meinte", "ergänzt", "ergänzte",
    "warnt", "warnte", "so",
    "dit", "explique", "ajoute", "déclare", "a déclaré", "raconte", "prévient", "souligne", "estime", "affirme",
    "rappelle", "assure", "confie", "poursuit", "conclut", "se souvient",
    "dijo", "explica", "afirma", "añade", "asegura", "señala", "recuerda", "dice", "spiega", "ha detto",
    "aggiunge", "sottolinea", "racconta", "powiedział", "powiedziała", "mówi", "zegt", "zei",
))
PRONOUNS = frozenset(("he", "she", "they", "er", "sie", "il", "elle", "ella", "él", "lui", "lei", "hij", "zij",
                      "on", "ona"))
TITLES = frozenset(("Dr", "Prof", "Mr", "Mrs", "Ms", "Sir", "Dame"))
NAME_PARTICLES = frozenset(("de", "van", "von", "da", "del", "der", "la", "le"))
# Lower-case words allowed between a verb and the name: "says marine biologist Amara Okafor".
MAX_DESCRIPTOR_WORDS = 4
MAX_NAME_WORDS = 4
# Words (keeping "Dr." and "Gates-Hoffman" whole) and clause punctuation.
TOKEN_RE = lazy(r"[^\W\d_][\w'’\-]*\.?|\d[\w.]*|[,:;]")
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+"
NAME = rf"((?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s)?{_CAP}(?:\s(?:{_CAP}|de|van|von|da|del|der|la|le)){{0,3}})"
_DESCRIPTOR = r"(?:[a-zà-ÿ'’\-]+\s+){0,4}"
# A person's name in running text: two or three capitalised words.
FULL_NAME_RE = lazy(rf"\b({_CAP}(?:\s{_CAP}){{1,2}})\b")
# Between two quotes of one voice with no name between: “…,” she said. “…”
CONTINUATION_GAP = 60
# Capitalised words that are not names: pronouns, articles, days, months.
NOT_NAMES = frozenset((
    "He", "She", "They", "It", "We", "I", "The", "This", "That", "A", "An", "Er", "Sie", "Il", "Elle", "Ella",
    "Él", "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "But", "And", "In", "On", "At", "For", "Yesterday", "Today",
))
PULL_QUOTE_CLASS_RE = lazy(r"pull-?quote|pullquote|quote--pull|blockquote--pull")


def find_funding(body: etree._Element) -> str | None:
    """The whole funding / support / acknowledgement statement, or None."""
    low = body.text_content().lower()
    if not any(word in low for word in FUNDING_WORDS):
        return None  # substring scans in C settle most pages before any regex runs
    parts: list[str] = []
    for heading in body.iter(*HEADING_TAGS):
        if FUNDING_HEADING_RE.match(heading.text_content()):
            parts.extend(_section_after(heading))
    if not parts and _states_funding(low):
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


def _states_funding(low: str) -> bool:
    """Does the lower-cased text hold a funding statement? The pattern runs only
    around the places where one of its words occurs, not over the whole text."""
    for word in FUNDING_WORDS:
        at = low.find(word)
        for _ in range(MAX_FUNDING_PROBES):
            if at < 0:
                break
            if FUNDING_STATEMENT_RE.search(low, max(0, at - FUNDING_WINDOW), at + FUNDING_WINDOW):
                return True
            at = low.find(word, at + len(word))
    return False


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
    body_text = " ".join(body.text_content().split())
    names = NameIndex(body_text)
    read: list[str] = []  # paragraphs so far: who "she" is
    has_marks = QUOTE_MARK_RE.search(body_text) is not None
    for el in body.iter("blockquote", "p", "li", "aside", "figure", "div"):
        if el.tag in ("blockquote", "aside", "figure", "div"):
            quote = _block_quote(el, body_text, names)
            if quote is not None:
                quotes.append(quote)
            continue
        if not has_marks or _inside(el, "blockquote"):
            continue
        text = " ".join(el.text_content().split())
        if QUOTE_MARK_RE.search(text):
            quotes.extend(_inline_quotes(text, names, lambda: _last_person(read)))
        read.append(text)
    return _pull_speakers(quotes)


def _last_person(paragraphs: list[str]) -> str | None:
    """The last person named in the paragraphs read so far (looked for only when a pronoun needs it)."""
    for text in reversed(paragraphs):
        name = NameIndex.last_in(text)
        if name:
            return name
    return None


def _pull_speakers(quotes: list[Quote]) -> list[Quote]:
    """A pull quote repeats the body: it has the speaker of the quote it repeats."""
    out = []
    for q in quotes:
        if q.kind == "pull" and q.speaker is None:
            core = q.text.strip("“”\"'‘’«»„ .")[:60]
            source = next((o for o in quotes if o.kind == "inline" and o.speaker and core in o.text), None)
            if source is not None:
                q = Quote(text=q.text, speaker=source.speaker, kind=q.kind)
        out.append(q)
    return out


class NameIndex:
    """People named in the article, to turn "Vogt" or "she" into "Ellen Vogt"."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_last: dict[str, str] | None = None

    def full(self, name: str | None) -> str | None:
        """The full name for a surname (or "Dr. Surname") named in full elsewhere."""
        if not name:
            return None
        plain = re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+", "", name)
        if self.by_last is None:
            self.by_last = {}
            for candidate in _names_in(self.text):
                self.by_last.setdefault(candidate.split()[-1], candidate)
        return self.by_last.get(plain.split()[-1], plain) if len(plain.split()) == 1 else plain

    @staticmethod
    def last_in(text: str) -> str | None:
        """The last person named in `text` (what "she" refers to)."""
        found = _names_in(text)
        return found[-1] if found else None


def _names_in(text: str) -> list[str]:
    names = []
    for m in FULL_NAME_RE.finditer(text):
        words = [w for w in m.group(1).split() if w not in NOT_NAMES]
        if len(words) >= 2:
            names.append(" ".join(words[-2:]))
    return names


def _block_quote(el: etree._Element, body_text: str, names: NameIndex) -> Quote | None:
    parent = el.getparent()
    classes = f"{el.get('class', '')} {el.get('id', '')}".lower()
    if el.tag == "blockquote" and parent is not None:  # <aside class="pullquote"><blockquote>
        classes += f" {parent.get('class', '')} {parent.get('id', '')}".lower()
    pulled = bool(classes.strip()) and PULL_QUOTE_CLASS_RE.search(classes) is not None
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
    if not speaker:
        text, speaker = _trailing_attribution(text)
    speaker = speaker or _speaker_nearby(el)
    core = text.strip("“”\"'‘’«»„ .,;:!?")
    repeated = len(core) > 30 and body_text.count(core[:80]) >= 2
    return Quote(text=text, speaker=names.full(speaker), kind="pull" if pulled or repeated else "block")


# "— Sam Kovač (@samkovac) February 19, 2024" closing an embedded post or a quote.
TRAILING_ATTRIBUTION_RE = lazy(rf"\s+[—–]\s*{NAME}(?:\s*\(@\w+\))?[^—–]{{0,40}}$")
# "That passage, from a speech by committee chair Walter Brennan…" after a block quote.
SOURCE_AFTER_RE = lazy(rf"\b(?:by|from|von|de|di|por)\s+{_DESCRIPTOR}{NAME}")


def _trailing_attribution(text: str) -> tuple[str, str | None]:
    m = TRAILING_ATTRIBUTION_RE.search(text)
    return (text[:m.start()].rstrip(), m.group(1)) if m else (text, None)


def _speaker_nearby(el: etree._Element) -> str | None:
    """The speaker of a block quote named just before ("Name said:") or just after ("…by Name")."""
    prev = el.getprevious()
    if prev is not None and isinstance(prev.tag, str):
        name = _speaker_before(_tokens(" ".join(prev.text_content().split())[-160:]))
        if name:
            return name
    nxt = el.getnext()
    if nxt is not None and isinstance(nxt.tag, str):
        m = SOURCE_AFTER_RE.search(" ".join(nxt.text_content().split())[:160])
        if m and m.group(1).split()[0] not in NOT_NAMES:
            return m.group(1)
    return None


def _inline_quotes(text: str, names: NameIndex, last_person) -> list[Quote]:
    found: list[Quote] = []
    last_end = -1
    for m in INLINE_QUOTE_RE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < QUOTE_MIN_WORDS:
            continue
        speaker = _speaker(text, m, inner)
        if speaker is None and found and found[-1].speaker and _same_voice(text[last_end:m.start()], found[-1].speaker):
            speaker = found[-1].speaker  # “…,” she said. “And more…” : the same voice goes on
        elif speaker == "":  # a pronoun: the last person the paragraph named
            speaker = NameIndex.last_in(text[:m.start()]) or (found[-1].speaker if found else last_person())
        found.append(Quote(text=m.group(0), speaker=names.full(speaker), kind="inline"))
        last_end = m.end()
    return found


def _same_voice(between: str, previous: str) -> bool:
    """Does the text between two quotes attribute them both to `previous`?"""
    if previous.split()[-1] in between:
        return True
    return len(between) <= CONTINUATION_GAP and NameIndex.last_in(between) is None


def _speaker(text: str, m: re.Match, inner: str) -> str | None:
    """The name the sentence gives the quote's speaker; "" for a pronoun; None for none."""
    after = _speaker_after(_tokens(text[m.end():m.end() + 160]))
    if after is not None:
        return after
    inside = _speaker_inside(_tokens(inner))
    if inside:
        return inside
    return _speaker_before(_tokens(text[max(0, m.start() - 160):m.start()]))


def _tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def _verb_at(tokens: list[str], i: int) -> int:
    """How many tokens a verb of saying at `i` spans (0: none)."""
    for width in (2, 1):
        words = " ".join(t.rstrip(".").lower() for t in tokens[i:i + width])
        if len(tokens[i:i + width]) == width and words in SAY_VERBS:
            return width
    return 0


def _is_name_word(token: str) -> bool:
    word = token.rstrip(".")
    return len(word) > 1 and word[0].isupper() and word not in NOT_NAMES and word not in TITLES


def _name_at(tokens: list[str], i: int) -> tuple[str | None, int]:
    """A person's name starting at `i` ("Dr. Joan Massagué", "Ludwig van Beethoven"), and where it ends."""
    start = i
    if i < len(tokens) and tokens[i].rstrip(".") in TITLES:
        i += 1
    words: list[str] = []
    while i < len(tokens) and len(words) < MAX_NAME_WORDS:
        token = tokens[i]
        if _is_name_word(token) or (words and token in NAME_PARTICLES and i + 1 < len(tokens)
                                    and _is_name_word(tokens[i + 1])):
            words.append(token.rstrip("."))
            i += 1
            if token.endswith("."):
                break  # the sentence ends with the name
            continue
        break
    if not words:
        return None, start
    title = tokens[start].rstrip(".") + ". " if start < i and tokens[start].rstrip(".") in TITLES else ""
    return title + " ".join(words), i


def _speaker_after(tokens: list[str]) -> str | None:
    """“…,” says Name / Name said / she said / sagt er: the words right after the quote."""
    i = 0
    while i < len(tokens) and tokens[i] in (",", ":", ";"):
        i += 1
    width = _verb_at(tokens, i)
    if width:  # says [marine biologist] Name
        j = i + width
        if j < len(tokens) and tokens[j].rstrip(".").lower() in PRONOUNS:
            return ""
        for _ in range(MAX_DESCRIPTOR_WORDS + 1):
            name, _end = _name_at(tokens, j)
            if name or j >= len(tokens) or not tokens[j][:1].islower():
                return name
            j += 1
        return None
    if i < len(tokens) and tokens[i].lower() in PRONOUNS and _verb_at(tokens, i + 1):
        return ""
    name, end = _name_at(tokens, i)
    return name if name and _verb_at(tokens, end) else None


def _speaker_inside(tokens: list[str]) -> str | None:
    """« …, raconte Mehdi Benali, 34 ans, … »: a French or Spanish incise inside the quote."""
    for i, token in enumerate(tokens):
        if token == ",":
            width = _verb_at(tokens, i + 1)
            if width:
                name, _end = _name_at(tokens, i + 1 + width)
                if name:
                    return name
    return None


def _speaker_before(tokens: list[str]) -> str | None:
    """Name said, …: / she cautions that …: — a clause that ends in ':' or ',' right before the quote."""
    if not tokens or tokens[-1] not in (":", ","):
        return None
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 20), -1):
        if not _verb_at(tokens, k):
            continue
        if k > 0 and tokens[k - 1].lower() in PRONOUNS:
            return ""
        start = k
        while start > 0 and k - start < MAX_NAME_WORDS and (_is_name_word(tokens[start - 1])
                                                             or tokens[start - 1].rstrip(".") in TITLES):
            start -= 1
        name, end = _name_at(tokens, start)
        if name and end == k:
            return name
    return None


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
