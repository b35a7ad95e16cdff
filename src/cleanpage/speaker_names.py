"""Whether a speaker the readers found reads as a name on the page it came from.

The readers in `speakers.py` take the capitalised words next to a verb of saying as a name. A
heading's words ("The Idea:" over a block quote), a sentence's opening noun ("Demand for
… has declined, according to …"), a product model or a piece cut out of a longer name ("United"
of "United States") pass that test and are no speaker. `PageNames` reads the page once and
`PageNames.checked` gives each speaker back, a longer name it was cut from, or None: the page names
nobody there, and no speaker is better than a wrong one. The tests read the page only, in any
language that writes capitals:

1. a word of letters and digits ("X200", "KD55") is a model's, not a person's;
2. a name's words are written with their capital in the middle of a sentence; a speaker all of
   whose words the page writes in lower case more often than so is common words, unless the running
   text writes it whole again and again ("Quarry Lanterns", a firm) or it is an institution's
   ("the University Library");
3. a speaker the page writes only right before another capitalised word of a name is cut from it;
   a bracket ends a name, and so does a comma before a degree or a description ("Ann Lee, M.D. (in
   her column …)" is Ann Lee; "Lee, Ann" and "Ann Lee, Jr." stay whole, as NameIndex.full reads them);
4. an institution's name the page writes only after one same capitalised word is that word's:
   "Library" of "Eastmoor University Library", "Times" of "New Harbour Times".
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import islice

from .metadata.date import MONTH_NUMBERS
from .occurrences import Occurrences
from .patterns import lazy
from .speakers import (
    ORG_WORDS,
    SURNAME_PARTICLES,
    TITLES,
    WEEKDAYS,
    _described_after_comma,
)

WORD_RE = lazy(r"[^\W\d_][\w'’\-]*")
# the characters that go on a word before and after a name found in it: a name inside a longer word is
# none ("Lee" in "Leeds"); a possessive after it is the name's ("Lee’s")
WORD_BEFORE_RE = lazy(r"[\w'’\-]")
WORD_AFTER_RE = lazy(r"[\w\-]")
# a word that mixes letters and digits: a product's model, a code ("X200", "A4", "3M"): no person's name
# a company named in common words ("Quarry Lanterns") is still a name where the running text writes it
# whole this often; a label over a quote ("The Idea:") stands on a short line of its own
REPEATED_NAME_TIMES = 2
SENTENCE_LINE_WORDS = 6
MODEL_WORD_RE = lazy(r"[^\W\d_]\d|\d[^\W\d_]")
# the end of the text before a capitalised word that stands in the middle of a sentence: a lower-case word
# or a comma, then a space ("The Idea", a heading's or a sentence's opening, is not one)
PREVIOUS_WORD_RE = lazy(r"(\S+)\s$")
MID_SENTENCE_MARKS = (",", ";")
# a line whose every word of four letters or more is capitalised is a heading in title case ("How to
# Save Water at Home": short words such as "to", "at" stay in lower case); its capitals say nothing of
# which words are names
TITLE_CASE_WORD_CHARS = 4
TITLE_CASE_MIN_WORDS = 2
MID_SENTENCE_CHARS = 30
# lower-case words a name holds ("Ludwig van Beethoven", "Centre for Policy Research", "Nur binte Rahim")
NAME_JOINS = SURNAME_PARTICLES | frozenset(("of", "for", "and", "the", "y", "e", "al", "und", "et"))  # ("bin": a surname particle)
POSSESSIVE_ENDINGS = ("'s", "’s")
NEXT_NAME_WORD_RE = lazy(r" ([^\W\d_][\w'’\-]*)")  # one space, then a word
PREVIOUS_NAME_WORD_RE = lazy(r"\w ([^\W\d_][\w'’\-]*) $")  # a capitalised word inside a sentence, then one space
NEIGHBOUR_CHARS = 40
MAX_PLACES = 50  # the places a speaker stands read, at most (a long page names someone hundreds of times)


class PageNames:
    """The page's words, counted once: how often each is written in lower case and how often
    capitalised inside a sentence, and the page's text to find where a speaker stands."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found = Occurrences(text)  # where each speaker stands
        self.lower: Counter[str] = Counter()
        self.inside: Counter[str] = Counter()  # capitalised in the middle of a sentence, lower-cased
        self.line_starts: list[int] = []
        self.titled: list[bool] = []  # each line's: a heading in title case
        self.running: list[bool] = []  # each line's: running text, long enough to be sentences
        start = 0
        for line in text.split("\n"):
            titled = _title_case(line)
            self.line_starts.append(start)
            self.titled.append(titled)
            self.running.append(len(WORD_RE.findall(line)) >= SENTENCE_LINE_WORDS)
            start += len(line) + 1
            for m in WORD_RE.finditer(line):
                word = m.group()
                if word[:1].islower():
                    self.lower[word] += 1
                elif not titled and _mid_sentence(line[max(0, m.start() - MID_SENTENCE_CHARS):m.start()]):
                    self.inside[word.lower()] += 1
        self.seen: dict[str, str | None] = {}

    def checked(self, speaker: str) -> str | None:
        """The speaker, the longer name the page cut it from, or None where it is no name."""
        if speaker not in self.seen:
            self.seen[speaker] = self._checked(speaker)
        return self.seen[speaker]

    def _checked(self, speaker: str) -> str | None:
        speaker = speaker.partition(" (")[0] or speaker  # "Ann Lee (in her column)": an aside after the name
        speaker = _described_after_comma(speaker) or speaker  # "Ann Lee, M.D.", but "Lee, Ann" and "King, Jr." whole
        words = speaker.split()
        if not words or not all(w[:1].isupper() or w.lower() in NAME_JOINS for w in words) \
                or not any(w[:1].isupper() for w in words):
            return speaker  # a role ("the mayor"), a script without capitals: not judged here
        capitalised = [_bare(w) for w in words if w[:1].isupper()]
        institution = not ORG_WORDS.isdisjoint(capitalised)  # "University Library": common words, a name
        if any(MODEL_WORD_RE.search(w) for w in words):
            return None
        places = [at for at in islice(self._places(speaker), MAX_PLACES) if not self.titled[self._line(at)]]
        if not institution and all(map(self._common, capitalised)) \
                and sum(self.running[self._line(at)] for at in places) < REPEATED_NAME_TIMES:
            return None
        if places and all(self._name_goes_on(at + len(speaker)) for at in places):
            return None
        owner = self._owner(places) if institution and places else None
        return f"{owner} {speaker}" if owner else speaker

    def _places(self, speaker: str):
        """Where the page writes the speaker as whole words (found as str.find finds it: a pattern per
        speaker over a long page costs more than the page)."""
        for at in self.found.starts(speaker):
            end = at + len(speaker)
            if not (at and WORD_BEFORE_RE.match(self.text[at - 1])) and not WORD_AFTER_RE.match(self.text[end:end + 1]):
                yield at

    def _line(self, at: int) -> int:
        """The number of the line the text's character `at` stands on."""
        return bisect_right(self.line_starts, at) - 1

    def _common(self, word: str) -> bool:
        """The page writes the word in lower case more often than capitalised inside a sentence."""
        return self.lower[word.lower()] > self.inside[word.lower()]

    def _name_word(self, word: str) -> bool:
        """A capitalised word that is part of a name: never written in lower case, no title."""
        return not self.lower[word.lower()] and word.rstrip(".") not in TITLES and not word.endswith(POSSESSIVE_ENDINGS)

    def _name_goes_on(self, end: int) -> bool:
        m = NEXT_NAME_WORD_RE.match(self.text, end, end + NEIGHBOUR_CHARS)
        return m is not None and m.group(1)[:1].isupper() and self._name_word(m.group(1)) \
            and m.group(1).lower() not in MONTH_NUMBERS and m.group(1) not in WEEKDAYS  # "said Ann Lee May 3"

    def _owner(self, places: list[int]) -> str | None:
        """The one capitalised word before every place an institution's name stands, when it is
        part of the name ("New" of "the New Harbour Times"): None where any place has none."""
        before = set()
        for at in places:
            found = PREVIOUS_NAME_WORD_RE.search(self.text, max(0, at - NEIGHBOUR_CHARS), at)
            if found is None or not found.group(1)[:1].isupper() or not self._name_word(found.group(1)):
                return None
            before.add(found.group(1))
        return before.pop() if len(before) == 1 else None


def _mid_sentence(before: str) -> bool:
    """The text before a word ends on a lower-case word or a comma, then a space."""
    m = PREVIOUS_WORD_RE.search(before)
    return m is not None and (m.group(1)[:1].islower() or m.group(1)[:1].isdigit() or m.group(1).endswith(MID_SENTENCE_MARKS))


def _title_case(line: str) -> bool:
    """A heading in title case ("Tim Cook On Apple Being Pulled In"): its capitals say nothing of
    which words are names, nor where a name ends."""
    words = [w for w in WORD_RE.findall(line) if len(w) >= TITLE_CASE_WORD_CHARS]
    return len(words) >= TITLE_CASE_MIN_WORDS and all(w[:1].isupper() for w in words)


def _bare(word: str) -> str:
    """The word without a possessive ending or the marks around it."""
    for ending in POSSESSIVE_ENDINGS:
        word = word.removesuffix(ending)
    return word.strip("'’.,")
