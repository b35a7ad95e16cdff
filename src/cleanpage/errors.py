"""The exceptions cleanpage raises, each carrying the CLI exit code it maps to.

    CleanpageError            any failure of cleanpage itself
    ├── NoContentError  (1)   the page was read but holds no article content
    ├── RulesError      (2)   a malformed rules file or CSS selector (a usage error)
    ├── InputError      (3)   missing/unreadable file, not HTML, undecodable
    ├── FetchError      (4)   DNS, connection, timeout, HTTP status, size, scheme
    │   └── RobotsDenied (4)  the site's robots.txt refuses this URL to our user agent
    ├── ClusterError    (4)   the Dask scheduler cannot be reached
    └── TimeLimitError  (6)   cleaning the page took longer than its time budget

Exit code 2 is otherwise click's own (usage) and 5 (some inputs of a batch failed) is
decided by the CLI; neither has an exception here.
"""

from __future__ import annotations


def first_line(exc: BaseException) -> str:
    """An exception's message as one line for an error message: its first non-empty line."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


class CleanpageError(Exception):
    """Base class of every error cleanpage raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self):  # picklable across process pools and Dask workers
        return (self.__class__, (self.message,))


class NoContentError(CleanpageError):
    """The page was parsed but no article content was found in it; `.removals` says what
    went and `.found` what the page said about itself (url, title, byline, date ...)."""

    exit_code = 1

    def __init__(self, message: str, *, removals: tuple = (), found: dict | None = None) -> None:
        super().__init__(message)
        self.removals = removals  # Removal records, filled with Options(explain=True)
        self.found = dict(found or {})  # JSON record fields, e.g. {"title": ..., "date": ...}

    def __reduce__(self):
        return (_make_no_content_error, (self.message, self.removals, self.found))


class RulesError(CleanpageError):
    """A rules file or CSS selector is malformed; the message names the file and line."""

    exit_code = 2


class InputError(CleanpageError):
    """The input could not be read or is not an HTML document."""

    exit_code = 3


class FetchError(CleanpageError):
    """Fetching a URL failed; `.url` and `.status` (HTTP status or None) tell more."""

    exit_code = 4

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status

    def __reduce__(self):
        return (_make_fetch_error, (self.message, self.url, self.status))


class ClusterError(CleanpageError):
    """The Dask scheduler given to --dask / cluster.connect cannot be reached."""

    exit_code = 4


class RobotsDenied(FetchError):
    """The site's robots.txt disallows the URL (or could not be read, RFC 9309: crawl nothing)."""

    def __reduce__(self):
        return (_make_robots_denied, (self.message, self.url))


def _make_robots_denied(message: str, url: str | None) -> RobotsDenied:
    return RobotsDenied(message, url=url)


class TimeLimitError(CleanpageError):
    """Cleaning one page took longer than its time budget (`Options.time_limit`, `--page-timeout`)."""

    exit_code = 6

    @classmethod
    def for_budget(cls, seconds: float) -> TimeLimitError:
        return cls(f"cleaning took longer than the time budget of {seconds:g} s per page")


def _make_fetch_error(message: str, url: str | None, status: int | None) -> FetchError:
    return FetchError(message, url=url, status=status)


def _make_no_content_error(message: str, removals: tuple, found: dict | None = None) -> NoContentError:
    return NoContentError(message, removals=removals, found=found)
