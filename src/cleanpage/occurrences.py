"""Where a string stands in a long text, as a str.find loop finds it, read once for many strings.

The speaker readers look each name up on the page: where it stands, what is written beside it. A
str.find per name reads the whole text each time, so a page naming a thousand people reads itself a
thousand times. `Occurrences.starts` gives the same places as the find loop; past FINDS_BEFORE_INDEX
strings it answers from an index instead, built once:

1. the text's runs of word characters (`\\w+`), each with the places it starts;
2. the distinct runs by each GRAM_CHARS-character piece they hold.

Each run of word characters a string holds stands in one of the text's runs: a run the string
writes between other characters is one of the text's runs whole ("Lee" of "said Lee,"), its first
run ends one ("Ann" of "Ann Lee" ends "Ann" or "JoAnn"), its last opens one ("Lee" of "Ann Lee"
opens "Lee" or "Leeds"), and a string of one run stands anywhere inside one ("Lee" in "McLeer").
The run the text writes the fewest times gives the places to compare with the whole string
("Lee" of "Ann Lee" on a page of many Anns); a first or last run shorter than a piece is not looked
up by its pieces, and a string with no run to look up is found with str.find, as before.
"""

from __future__ import annotations

from collections.abc import Iterator

from .patterns import lazy

# strings looked up with str.find before the index is built: a page with a few speakers never builds it
FINDS_BEFORE_INDEX = 64
GRAM_CHARS = 3  # the pieces the runs are indexed by: a string's first or last run shorter is not looked up by them
WORD_RUN_RE = lazy(r"\w+")


class Occurrences:
    """The places every string stands in `text`, overlapping ones too, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.finds = 0
        self.runs: dict[str, list[int]] | None = None  # each run of word characters: where it starts
        self.pieces: dict[str, list[str]] | None = None  # each piece: the distinct runs that hold it

    def starts(self, string: str) -> Iterator[int]:
        """Where `string` starts in the text, each place str.find(string, place + 1) goes on to."""
        self.finds += 1
        if self.finds <= FINDS_BEFORE_INDEX:
            yield from self._found(string)
            return
        if self.runs is None:
            self._index()
        shifts = min(self._shifts(string), key=self._count, default=None)
        if shifts is None:  # no run of word characters to look it up by
            yield from self._found(string)
            return
        yield from sorted(p + shift for run, shift in shifts for p in self.runs[run]
                          if p + shift >= 0 and self.text.startswith(string, p + shift))

    def _shifts(self, string: str) -> Iterator[list[tuple[str, int]]]:
        """For each run of word characters in the string, the text's runs it can stand in, each with
        how far from that run's start the string starts: a run with marks on both sides in the string is
        one of the text's runs, the string's first run ends one, its last opens one, and a string of one
        run stands anywhere inside one."""
        for m in WORD_RUN_RE.finditer(string):
            word, opens, ends = m.group(), m.start() == 0, m.end() == len(string)
            if not opens and not ends:
                yield [(word, -m.start())] if word in self.runs else []
            elif len(word) < GRAM_CHARS:
                continue  # too short to be looked up by its pieces
            elif opens and ends:
                yield self._holding(word)
            elif opens:
                yield [(run, len(run) - len(word)) for run in self._holding_piece(word) if run.endswith(word)]
            else:
                yield [(run, -m.start()) for run in self._holding_piece(word) if run.startswith(word)]

    def _count(self, shifts: list[tuple[str, int]]) -> int:
        assert self.runs is not None
        return sum(len(self.runs[run]) for run, _shift in shifts)

    def apart(self, string: str) -> Iterator[int]:
        """Where `string` starts, each place after the last one's end (str.find(string, end) goes on)."""
        end = 0
        for at in self.starts(string):
            if at >= end:
                yield at
                end = at + len(string)

    def _found(self, string: str) -> Iterator[int]:
        at = self.text.find(string)
        while at >= 0:
            yield at
            at = self.text.find(string, at + 1)

    def _index(self) -> None:
        self.runs, self.pieces = {}, {}
        for m in WORD_RUN_RE.finditer(self.text):
            self.runs.setdefault(m.group(), []).append(m.start())
        for run in self.runs:
            for i in range(len(run) - GRAM_CHARS + 1):
                holding = self.pieces.setdefault(run[i:i + GRAM_CHARS], [])
                if not holding or holding[-1] is not run:
                    holding.append(run)

    def _holding(self, word: str) -> list[tuple[str, int]]:
        """The runs that hold a string of word characters, with each place it starts in them."""
        found = []
        for run in self._holding_piece(word):
            at = run.find(word)
            while at >= 0:
                found.append((run, at))
                at = run.find(word, at + 1)
        return found

    def _holding_piece(self, word: str) -> list[str]:
        """The runs that hold the word's rarest piece: every run that holds the word is one of them."""
        assert self.pieces is not None
        return min((self.pieces.get(word[i:i + GRAM_CHARS], []) for i in range(len(word) - GRAM_CHARS + 1)), key=len)
