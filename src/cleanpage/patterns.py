"""Regular expressions compiled on first use.

cleanpage carries several hundred lines of multilingual patterns (speakers,
dates, credit lines...). Compiling them all costs tens of milliseconds at
import, which a one-page `cleanpage clean` run pays in full; most pages use
only a few of them. `lazy()` defers each compile to its first use.
"""

from __future__ import annotations

import re


class LazyPattern:
    """A `re.Pattern` stand-in that compiles itself the first time it is used."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __reduce__(self):  # picklable as the pattern it stands for
        return (LazyPattern, (self._source, self._flags))


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (`search`, `match`, `sub`... all work)."""
    return LazyPattern(source, flags)
