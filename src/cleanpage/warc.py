"""WARC archives: the HTML response records of .warc / .warc.gz files, as Tasks.

Each HTML response record becomes one `batch.Task` whose source and url are the
WARC-Target-URI, whose bytes are the HTTP payload (transfer and content encoding
undone by warcio) with its Content-Type for decoding, and whose fallback date is
the WARC-Date (day precision). A file that cannot be read becomes one error Task,
so a batch of archives goes on past a bad one. warcio is the only module that
reads WARC; its exceptions are translated here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .batch import Task
from .errors import InputError, first_line

# Payload media types that are HTML documents; everything else is skipped.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Only successful responses hold the page; redirects and error pages do not.
OK_STATUS = range(200, 300)
# "2024-10-03T14:05:00Z" -> "2024-10-03": the page's day, as DESIGN.md's date field.
DAY_LENGTH = len("YYYY-MM-DD")

# How a file must start: an uncompressed WARC record, or a gzip member (.warc.gz).
# warcio also guesses at other formats (ARC) and reads noise as a broken record.
WARC_MAGIC = (b"WARC/", b"\x1f\x8b")
MAGIC_LENGTH = 5

Note = Callable[[str], None]


def warc_tasks(paths: Iterable[str], max_bytes: int, note: Note) -> Iterator[Task]:
    """One Task per HTML response record of every archive, in file order."""
    for path in paths:
        yield from _file_tasks(path, max_bytes, note)


def _file_tasks(path: str, max_bytes: int, note: Note) -> Iterator[Task]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            if not stream.read(MAGIC_LENGTH).startswith(WARC_MAGIC):
                raise ArchiveLoadFailed("the file starts with neither 'WARC/' nor gzip's magic bytes")
            stream.seek(0)
            for record in ArchiveIterator(stream):
                task = record_task(record, max_bytes, note)
                if task is not None:
                    yield task
    except OSError as exc:
        yield _error_task(path, InputError(f"cannot read file: {exc.strerror or exc}"))
    except ArchiveLoadFailed as exc:
        yield _error_task(path, InputError(f"not a readable WARC archive: {first_line(exc)}"))


def record_task(record: Any, max_bytes: int, note: Note) -> Task | None:
    """The Task of one WARC record, or None (with a note) when it is not an HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type not in HTML_MEDIA_TYPES:
        note(f"{uri}: skipped, content type {media_type or 'unknown'}")
        return None
    status = _status(record)
    if status not in OK_STATUS:
        note(f"{uri}: skipped, HTTP status {status}")
        return None
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return _error_task(uri, InputError(f"payload larger than {max_bytes} bytes"))
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    return Task(source=uri, data=payload, url=uri or None, content_type=content_type,
                date=warc_date[:DAY_LENGTH] or None)


def _status(record: Any) -> int:
    try:
        return int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return 0


def _error_task(source: str, error: InputError) -> Task:
    return Task(source=source, error=error)
