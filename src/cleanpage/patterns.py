"""Regular expressions compiled on first use.

cleanpage carries several hundred lines of multilingual patterns (speakers,
dates, credit lines...). Compiling them all costs tens of milliseconds at
import, which a one-page `cleanpage clean` run pays in full; most pages use
only a few of them. `lazy()` defers each compile to its first use.
"""

from __future__ import annotations

import re


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
        for name in _METHODS:
            setattr(self, name, self._first_call(name))

    def _first_call(self, name: str):
        def call(*args, **kwargs):
            return getattr(self.compiled, name)(*args, **kwargs)
        return call

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
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


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (`search`, `match`, `sub`... all work)."""
    return LazyPattern(source, flags)
