"""Regular expressions compiled on first use.

cleanpage carries several hundred lines of multilingual patterns (speakers,
dates, credit lines...). Compiling them all costs tens of milliseconds at
import, which a one-page `cleanpage clean` run pays in full; most pages use
only a few of them. `lazy()` defers each compile to its first use, and COMPILED
keeps what a compile made in a cache file, so that the next process builds the
pattern from it instead of compiling it again.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterable

_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")


class LazyPattern:
    """A `re.Pattern` stand-in that compiles itself the first time it is used.

    After the first call its methods are the compiled pattern's own bound
    methods, so later calls cost what a plain pattern's do.
    """

    __slots__ = ("_source", "_flags", "_compiled", *_METHODS)

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        """A method asked for before the first compile (its slot is still empty): compile now.
        Three slots set per pattern, not eight methods made: a process makes ~300 patterns."""
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = COMPILED.compile(self._source, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def __reduce__(self):  # picklable as the pattern it stands for
        return (LazyPattern, (self._source, self._flags))


# -- compiled patterns kept between processes ----------------------------------
#
# re's parser and compiler are written in Python: a one-page `cleanpage clean` spent more of its
# instructions compiling the patterns its page needs than cleaning the page. What they make is SRE's
# code (a list of numbers) and the pattern's groups, from which `_sre.compile` builds the pattern in C.
# The cache file keeps those per Python build (as __pycache__ keeps bytecode, each entry marshalled as
# .pyc files are), keyed by each pattern's source and flags: an edited pattern is a new key, and the
# pattern built is the one re.compile makes (equal to it). _sre checks the code it is given; an
# entry it refuses, or a file that cannot be read, is compiled afresh, and a cache that cannot be
# written is no error.
#
# A process reads the file whole (one read) but decodes only the entries it uses: the file is an
# index (each entry's key, end and CRC-32) before the entries, each marshalled on its own, so a run
# costs what its patterns do, not what the file holds (unmarshalling the whole file as one dict, a
# filled cache of ~700 patterns, cost a one-page run ~35M instructions). A CRC-32 covers each whole
# entry (a flipped bit can leave code _sre accepts, for another pattern), checked when it is used.

CACHE_ENV = "CLEANPAGE_CACHE_DIR"  # the cache's folder; set empty: no cache file read or written
MAX_CACHED_PATTERNS = 4000  # past this many, a write keeps only the patterns this process used
CACHE_FORMAT = b"cleanpage patterns 2\n"  # the file's first bytes: a file of another format is no cache
_INDEX_TYPE = "I"  # the index's numbers: an entry's key, its end (from the first entry's start), its CRC-32


def _sre_internals():
    """re's parser, its code writer and _sre; None on a Python whose re is not CPython's 3.10+."""
    try:
        import _sre
        try:
            from re import _compiler, _parser  # Python 3.11+
        except ImportError:  # Python 3.10
            import sre_compile as _compiler
            import sre_parse as _parser
        _compiler._code, _parser.parse, _sre.compile, _sre.MAGIC, _sre.CODESIZE  # noqa: B018  (all there)
    except (ImportError, AttributeError):
        return None
    typecode = next((kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE), None)
    return (_compiler, _parser, _sre, typecode) if typecode else None


class CompiledCache:
    """`re.compile`, keeping each pattern's compiled form in a file for the next process."""

    def __init__(self, folder: str | None) -> None:
        self.internals = _sre_internals() if folder is not None else None
        self.path = None
        if self.internals is not None:
            sre = self.internals[2]
            self.path = os.path.join(folder, f"patterns-{sys.implementation.cache_tag}-{sre.MAGIC}-{sre.CODESIZE}.cache")
        self.known: CacheFile | None = None  # the file's index, read at the first compile
        self.made: dict = {}  # (source, flags): entry compiled afresh by this process, added to the file at exit
        self.used: set = set()  # the (source, flags) of the file's entries this process built from

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        if self.internals is None:
            return re.compile(source, flags)
        _compiler, _parser, sre, typecode = self.internals
        key = (source, int(flags))
        if self.known is None:
            self.known = CacheFile.read(self.path)
        entry = self.known.entry(key)
        if entry is not None:
            try:
                all_flags, code, groups, groupindex, indexgroup = entry
                words = array(typecode)
                words.frombytes(code)
                pattern = sre.compile(source, all_flags, words.tolist(), groups, groupindex, indexgroup)
                self.used.add(key)
                return pattern
            except Exception:  # noqa: BLE001,S110  (an entry of another shape, or code _sre refuses: compiled afresh below)
                pass
        parsed = _parser.parse(source, int(flags))  # what re._compiler.compile does, its parts kept
        code = _compiler._code(parsed, int(flags))
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        all_flags, groups = int(flags) | parsed.state.flags, parsed.state.groups - 1
        pattern = sre.compile(source, all_flags, code, groups, groupindex, tuple(indexgroup))
        if not self.made:
            atexit.register(self.write)
        self.made[key] = (all_flags, array(typecode, code).tobytes(), groups, groupindex, tuple(indexgroup))
        return pattern

    def write(self) -> None:
        """Add the patterns this process compiled afresh to the file, read again first (another
        process may have written it since) and replaced whole by a rename."""
        if not self.made or self.path is None:
            return
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            entries = CacheFile.read(self.path).raw_entries()
            if len(entries) + len(self.made) > MAX_CACHED_PATTERNS:
                kept = {entry_key(*key) for key in self.used}
                entries = {number: raw for number, raw in entries.items() if number in kept}
            entries.update((entry_key(*key), marshal.dumps((*key, *entry))) for key, entry in self.made.items())
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as out:
                out.write(cache_bytes(entries))
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # a read-only home, a full disk: the next process compiles afresh
            with contextlib.suppress(OSError):
                os.remove(temporary)
        self.made = {}


def entry_key(source: str, flags: int) -> int:
    """An entry's number in the file's index: a CRC-32 of its flags and source (two patterns may
    share one: the entry holds its source and flags, and one that is not the pattern's is no entry)."""
    return zlib.crc32(f"{flags}:{source}".encode("utf-8", "surrogatepass"))


def cache_bytes(entries: dict[int, bytes]) -> bytes:
    """The file: CACHE_FORMAT, the number of entries, the index, then the marshalled entries."""
    index = array(_INDEX_TYPE)
    end = 0
    for number, raw in entries.items():
        end += len(raw)
        index += array(_INDEX_TYPE, (number, end, zlib.crc32(raw)))
    return b"".join((CACHE_FORMAT, len(entries).to_bytes(4, "little"), index.tobytes(), *entries.values()))


class CacheFile:
    """The cache file as read: its index, and its entries decoded one at a time, when used."""

    __slots__ = ("data", "index", "start", "where")

    def __init__(self, data: bytes = b"", count: int = 0) -> None:
        self.data = data
        self.index = array(_INDEX_TYPE)
        header = len(CACHE_FORMAT) + 4
        self.start = header + 3 * count * self.index.itemsize  # the first entry's
        self.index.frombytes(data[header:self.start])
        self.where = dict(zip(self.index[::3], range(0, len(self.index), 3)))  # an entry's key: its place in index

    @classmethod
    def read(cls, path: str) -> CacheFile:
        """The file's index; an empty one where the file is missing, cannot be read or is of another format."""
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return cls()
        count = int.from_bytes(data[len(CACHE_FORMAT):len(CACHE_FORMAT) + 4], "little")
        if not data.startswith(CACHE_FORMAT) or 3 * count * array(_INDEX_TYPE).itemsize > len(data):
            return cls()
        return cls(data, count)

    def raw(self, at: int) -> bytes | None:
        """The marshalled entry at its place in the index; None where its CRC fails (damaged)."""
        first = self.start + (self.index[at - 2] if at else 0)
        raw = self.data[first:self.start + self.index[at + 1]]
        return raw if zlib.crc32(raw) == self.index[at + 2] else None

    def entry(self, key: tuple[str, int]) -> tuple | None:
        """The file's entry for the (source, flags), read from the file when first asked for:
        (all flags, code, groups, groupindex, indexgroup); None where the file holds none for it
        or holds it damaged."""
        at = self.where.get(entry_key(*key))
        raw = None if at is None else self.raw(at)
        if raw is None:
            return None
        try:
            source, flags, *entry = marshal.loads(raw)
        except Exception:  # noqa: BLE001  (whatever a damaged entry holds: no entry)
            return None
        return tuple(entry) if (source, flags) == key else None

    def raw_entries(self) -> dict[int, bytes]:
        """Every entry whose CRC holds, marshalled, by its key (for a write)."""
        found = {}
        for number, at in self.where.items():
            raw = self.raw(at)
            if raw is not None:
                found[number] = raw
        return found


def read_cache(path: str) -> dict:
    """The cache file's entries, every one decoded, by (source, flags); none where it is missing or cannot be read."""
    known = CacheFile.read(path)
    found = {}
    for raw in known.raw_entries().values():
        with contextlib.suppress(Exception):
            source, flags, *entry = marshal.loads(raw)
            found[(source, flags)] = tuple(entry)
    return found


def cache_folder() -> str | None:
    """$CLEANPAGE_CACHE_DIR, else $XDG_CACHE_HOME/cleanpage, else ~/.cache/cleanpage; None (no
    cache) when $CLEANPAGE_CACHE_DIR is set empty."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cleanpage")


COMPILED = CompiledCache(cache_folder())


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (`search`, `match`, `sub`... all work)."""
    return LazyPattern(source, flags)


def alternation(words: Iterable[str]) -> str:
    """`"|".join(map(re.escape, words))` as a trie: words that open alike share their opening,
    written once ("publi(?:shed|cado)"). The regex engine tries a pattern's alternatives one after
    the other at every position; grouped, a position's character turns a whole group away in one
    test (a search of ~75 label words ~1.5x as fast). It matches the same strings at the same
    positions; only which word matched may differ where one word opens another."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    parts = []
    for group in groups.values():
        if len(group) == 1:  # most groups, deep in the trie: no opening to look for
            parts.append(re.escape(group[0]))
            continue
        opening = os.path.commonprefix(group)
        if not opening:  # the empty word, more than once
            parts += map(re.escape, group)
        else:
            parts.append(f"{re.escape(opening)}(?:{alternation([word[len(opening):] for word in group])})")
    return "|".join(parts)


# -- a search for any of many words, in several scripts ------------------------------
#
# The regex engine tries an alternation at every position whose character opens one of its words,
# and there each of its first-letter groups one after the other (~900 instructions a character for
# the ~200 label words of the tidy rules, in a dozen scripts). WordSearch splits the words by their
# first letter: the Latin letters (and the digits and signs before them) into WORD_SEARCH_LATIN_GROUPS
# groups, the common letters dealt out in turn (WORD_FIRST_LETTER_ORDER), so that each group's search
# enters at a share of the positions and tries a share of the groups; the words of the other scripts
# in one search, made only where the text is not ASCII (none of those words is). A text holds a word
# where any group finds one: WordSearch finds a word where the one pattern does (~0.6x the instructions).
WORD_SEARCH_LATIN_GROUPS = 2
WORD_FIRST_LETTER_ORDER = "etaoinsrhldcumfpgwybvkxjqz"
_LATIN_END = "\u0370"  # the Greek block: the other scripts start here


def rare_piece(word: str, length: int) -> str:
    """The word's `length` characters from the one that opens a stretch of running text most rarely
    (the word whole when shorter): a search for many words' pieces first passes over most
    positions in C (a position its first letters do not open), and where no piece is found no
    word is ("pdate" of "updated", "zació" of "actualización")."""
    if len(word) <= length:
        return word
    rarities = list(map(_rarity, word[:len(word) - length + 1]))  # of each start: the rarest, the first of those
    at = rarities.index(max(rarities))
    return word[at:at + length]


def _rarity(char: str) -> int:
    """How rarely the character opens a stretch of running text: a letter by its place in
    English text's letter frequencies, one of another alphabet rarer, a space, digit or sign
    commonest."""
    order = WORD_FIRST_LETTER_ORDER
    if char in order:
        return order.index(char)
    return -1 if char.isascii() else len(order) + (char > "\u024f")  # (past Latin Extended-B: another script)


class WordSearch:
    """`re.compile(alternation(words)).search` as a yes or no: a match of a word where the text
    holds any of them, else None (which word, and where, may differ from the one pattern's)."""

    __slots__ = ("_latin", "_other", "longest")

    def __init__(self, words: Iterable[str]) -> None:
        words = sorted(set(words))
        self.longest = max(map(len, words), default=0)
        order = WORD_FIRST_LETTER_ORDER
        firsts = sorted({word[0] for word in words if word[0] < _LATIN_END},
                        key=lambda char: (order.index(char) if char in order else len(order), char))
        groups = [set(firsts[i::WORD_SEARCH_LATIN_GROUPS]) for i in range(WORD_SEARCH_LATIN_GROUPS)]
        self._latin = tuple(lazy(alternation([word for word in words if word[0] in group])) for group in groups if group)
        other = [word for word in words if word[0] >= _LATIN_END]
        self._other = lazy(alternation(other)) if other else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for pattern in self._latin:
            found = pattern.search(text, pos, endpos)
            if found is not None:
                return found
        if self._other is not None and not text.isascii():  # (isascii: a flag of the string, no scan)
            return self._other.search(text, pos, endpos)
        return None

    def words_in(self, text: str) -> tuple[tuple[str, ...], int, int] | None:
        """The words each search finds in one pass (never overlapping within a search), in the
        order found (first group first, so which word a caller takes never hangs on hashing), and a
        stretch of the text every occurrence of every word lies in: a word starts at a position
        some search tried and matched there, or inside a match (one word covering another, "blog"
        over "log"). None where the text holds none. A search for some of the words then runs
        only over that stretch (the words are literals: a match needs no text around it)."""
        found: list[re.Match[str]] = []
        for pattern in self._latin:
            found += pattern.finditer(text)
        if self._other is not None and not text.isascii():
            found += self._other.finditer(text)
        if not found:
            return None
        start = min(match.start() for match in found)
        end = max(match.end() for match in found) - 1 + self.longest
        return tuple(dict.fromkeys(match.group() for match in found)), start, end


# -- case-insensitive patterns run case-sensitively on lower-cased text ------------
#
# A case-insensitive alternation is slow: the engine turns a branch away on its first character
# without entering it only where that character is a plain literal, never under re.I (each of a
# heading pattern's ~150 branches is entered at every position tried). The same pattern without
# re.I, on the text lower-cased, finds no less where its literals are all lower case: a match of
# the re.I pattern is one of the lower-cased copy but for the characters whose case re.I folds
# otherwise than str.lower, folded here as re.I reads them (the capital dotted I lower-cases to
# "i" and a combining dot above; re.I takes the dotless ı for i, the long ſ for s, the final ς
# for σ, the micro sign for μ). It finds more only in those few; its matches say where to look, and
# the re.I pattern decides.
_FOLDS = str.maketrans({"\u0307": None, "ı": "i", "ſ": "s", "ς": "σ", "µ": "μ"})
_FOLDED = tuple("\u0307ıſςµ")


def lower_folded(text: str) -> str:
    """`text.lower()`, with the few characters re.I reads otherwise folded as it reads them."""
    low = text.lower()
    return low if low.isascii() or not any(map(low.__contains__, _FOLDED)) else low.translate(_FOLDS)


def each_lower_folded(texts: Iterable[str]) -> list[str]:
    """lower_folded of each text, the few characters looked for once in all of them."""
    lows = [text.lower() for text in texts]
    joined = "".join(lows)
    return lows if joined.isascii() or not any(map(joined.__contains__, _FOLDED)) else [low.translate(_FOLDS) for low in lows]


def lowered(pattern: LazyPattern) -> LazyPattern:
    """The case-insensitive pattern, case-sensitive, for lower_folded text (see above); its
    literals must be lower case (tests/test_fast_paths.py reads each pattern made so)."""
    return lazy(pattern.pattern, pattern._flags & ~re.IGNORECASE)  # (its flags as given: no compile here)


# -- required words: a cheap substring test before a costly search ------------

# The most strings a literal run may spread into ("[oa]" doubles it) before it is cut.
MAX_REQUIRED_STRINGS = 64


def required_words(source: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lower-cased strings: every match of the pattern holds one string of each set.

    Read from the parsed pattern: runs of literals (a character class of a few
    letters and an alternation of literals spread a run into several strings),
    groups and repeats that must match at least once, an alternation whose every
    branch requires something. So where `has_required(text.lower(), sets)` is
    False the pattern cannot match (with re.I as with str.lower: the few
    characters whose case folds otherwise, such as the Turkish dotted İ, aside).
    The most selective sets come first; () when the pattern requires nothing."""
    try:
        from re import _parser  # Python 3.11+
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    _, found = _Required(_parser).sequence(_parser.parse(source, flags))
    usable = {frozenset(word.lower() for word in words) for words in found if words and all(words)}
    return tuple(sorted(usable, key=_selectivity, reverse=True))


def known_required_words(source: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """`required_words(source, flags)`, read from required_table.TABLE when it holds the
    pattern: reading a pattern costs as much as compiling it (~0.3 ms each, ~17 ms for the
    funding shapes), which every `cleanpage clean` process would pay again. A pattern
    edited since the table was written is not in it and is read here instead."""
    from .required_table import TABLE

    known = TABLE.get(table_key(source, flags))
    if known is None:
        return required_words(source, flags)
    return tuple(frozenset(words) for words in known)


def table_key(source: str, flags: int) -> str:
    """The pattern's key in required_table.TABLE: a CRC-32 of its flags and source. Not a SHA-1:
    loading hashlib (OpenSSL) cost every process ~3 ms, zlib is loaded with lxml anyway; an edited
    pattern whose key met a stale entry would fail the test that checks the table is current."""
    return f"{zlib.crc32(f'{flags}:{source}'.encode()):08x}"


def has_required(low: str, required: tuple[frozenset[str], ...]) -> bool:
    """Does lower-cased `low` hold a string of every set of `required_words`?"""
    for words in required:  # loops, not all(any(...)): no generator set up per set (hot: per shape, per block)
        for word in words:
            if word in low:
                break
        else:
            return False
    return True


def _selectivity(words) -> tuple[int, int, tuple[str, ...]]:
    """The shortest string the longest, then the fewest strings (then by the strings: a fixed order)."""
    return min(map(len, words)), -len(words), tuple(sorted(words))


def _best_required(found: list[set[str]]) -> set[str] | None:
    usable = [words for words in found if words and all(words)]
    return max(usable, key=_selectivity, default=None)


class _Required:
    """One walk over a parsed pattern (sre's parser: a list of (opcode, argument))."""

    def __init__(self, parser) -> None:
        self.p = parser
        self.once = tuple(op for op in (getattr(parser, "ATOMIC_GROUP", None),) if op is not None)
        self.repeats = tuple(getattr(parser, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                             if hasattr(parser, name))
        self.zero_width = (parser.AT, parser.ASSERT, parser.ASSERT_NOT)

    def sequence(self, items) -> tuple[set[str] | None, list[set[str]]]:
        """(every string the sequence matches when that is a small set, else None;
        the sets of strings one of which each match holds)."""
        p = self.p
        run, whole, found = {""}, True, []
        for op, arg in items:
            if op in self.zero_width:
                continue  # matches no characters: the literal run goes on
            strings = None
            if op is p.LITERAL:
                strings = {chr(arg)}
            elif op is p.IN and arg and all(kind is p.LITERAL for kind, _ in arg):
                strings = {chr(code) for _, code in arg}
            elif op is p.SUBPATTERN or op in self.once:
                strings, inner = self.sequence(arg[-1])
                found += inner
            elif op is p.BRANCH:
                strings = self._branch(arg[1], found)
            elif op in self.repeats:
                low, high, item = arg
                strings, inner = self.sequence(item)
                if low >= 1:
                    found += inner
                if not low == high == 1:
                    if low >= 1 and strings:
                        found.append(strings)
                    strings = None
            if strings is None or len(run) * len(strings) > MAX_REQUIRED_STRINGS:
                found.append(run)
                run, whole = {""}, False
            if strings is not None and len(run) * len(strings) <= MAX_REQUIRED_STRINGS:
                run = {head + tail for head in run for tail in strings}
        found.append(run)
        return (run if whole else None), found

    def _branch(self, alternatives, found: list[set[str]]) -> set[str] | None:
        """The strings of an alternation of literals; else None, and what every branch requires goes to `found`."""
        results = [self.sequence(alternative) for alternative in alternatives]
        if all(strings is not None for strings, _ in results):
            return set().union(*(strings for strings, _ in results))
        required = [_best_required([*inner, *([strings] if strings else [])]) for strings, inner in results]
        if all(words is not None for words in required):
            found.append(set().union(*required))
        return None
