"""An HTTP cache on disk (`--cache DIR`): responses kept with their validators,
revalidated by conditional requests on the next run.

    cache = HttpCache(directory)
    resource = fetch_cached(url, options, cache, html_only=True)

1. a stored response of `url` turns the GET into a conditional one: If-None-Match
   with its ETag, If-Modified-Since with its Last-Modified
2. a 304 answer gives back the stored body (after checking it against
   `options.max_bytes`, which may be smaller than when it was stored); the request
   itself ran under the deadline like any other
3. a 200 answer that carries a validator is stored (body and metadata, each written
   to a temporary file and renamed, so an interrupted run leaves no torn entry);
   one without a validator could never be revalidated and is not stored
4. what a run made of a response (the cleaned, rendered article) is kept too, named
   by the response's URL and validators and by the settings that shaped it
   (`store_output` / `load_output`): a page the server confirms unchanged (304) is
   not cleaned again

Entries are files named by the SHA-256 of the requested URL: `ab/abcdef….json` (the
final URL, status, Content-Type, validators) beside `ab/abcdef….body`. The cache is
safe to share between the threads of a run, and between runs one after the other.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, replace

from .errors import FetchError
from .fetching import FetchedPage, fetch_resource
from .model import Options

# Bumped when the entry format changes; entries of another version are ignored.
FORMAT_VERSION = 1
# Subdirectories by the first characters of the key, so no directory holds millions of files.
FANOUT_CHARS = 2
# Where the outputs made of cached responses are kept, beside the responses.
OUTPUTS_DIR = "outputs"


class HttpCache:
    """Stored responses under one directory, keyed by the requested URL."""

    def __init__(self, directory: str) -> None:
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    def load(self, url: str) -> FetchedPage | None:
        """The stored response of `url`, or None when there is none (or it is unreadable)."""
        meta_path, body_path = self._paths(url)
        try:
            with open(meta_path, encoding="utf-8") as handle:
                meta = json.load(handle)
            with open(body_path, "rb") as handle:
                body = handle.read()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.pop("version", None) != FORMAT_VERSION:
            return None
        try:
            return FetchedPage(body=body, **meta)
        except TypeError:
            return None

    def store(self, url: str, resource: FetchedPage) -> None:
        """Keep a response that can be revalidated (it has an ETag or a Last-Modified)."""
        if not (resource.etag or resource.last_modified):
            return
        meta_path, body_path = self._paths(url)
        os.makedirs(os.path.dirname(meta_path), exist_ok=True)
        meta = {key: value for key, value in asdict(resource).items() if key != "body"}
        _write_atomically(body_path, resource.body)
        _write_atomically(meta_path, json.dumps({"version": FORMAT_VERSION, **meta}).encode())

    def load_output(self, resource: FetchedPage, key: str) -> str | None:
        """What a run made of this very response before (see output_key), or None."""
        try:
            with open(self._output_path(resource, key), encoding="utf-8") as handle:
                return handle.read()
        except (OSError, ValueError):
            return None

    def store_output(self, resource: FetchedPage, key: str, text: str) -> None:
        """Keep what was made of a response that can be revalidated."""
        if not (resource.etag or resource.last_modified):
            return
        path = self._output_path(resource, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        _write_atomically(path, text.encode("utf-8"))

    def _output_path(self, resource: FetchedPage, key: str) -> str:
        """Outputs are named by the response (URL and validators) and the key of the
        settings: a changed page or other options never find an old output."""
        identity = "\n".join((resource.url, resource.etag or "", resource.last_modified or "", key))
        digest = hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()
        return os.path.join(self.directory, OUTPUTS_DIR, digest[:FANOUT_CHARS], digest + ".out")

    def _paths(self, url: str) -> tuple[str, str]:
        key = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
        stem = os.path.join(self.directory, key[:FANOUT_CHARS], key)
        return stem + ".json", stem + ".body"


def validators(stored: FetchedPage) -> dict[str, str]:
    """The conditional request headers a stored response allows."""
    headers = {}
    if stored.etag:
        headers["If-None-Match"] = stored.etag
    if stored.last_modified:
        headers["If-Modified-Since"] = stored.last_modified
    return headers


def fetch_cached(url: str, options: Options, cache: HttpCache | None, *,
                 html_only: bool = False) -> FetchedPage:
    """fetch_resource, revalidating and filling `cache` (None: a plain fetch)."""
    stored = cache.load(url) if cache is not None else None
    if stored is None:
        resource = fetch_resource(url, options, html_only=html_only)
    else:
        resource = fetch_resource(url, options, headers=validators(stored), html_only=html_only)
        if resource.status == 304:
            return _revalidated(url, stored, resource, options, cache)
    if cache is not None:
        cache.store(url, resource)
    return resource


def _revalidated(url: str, stored: FetchedPage, answer: FetchedPage, options: Options,
                 cache: HttpCache) -> FetchedPage:
    """The stored response, confirmed by a 304 (whose new validators, if any, are kept);
    its status stays 304, so callers know it is unchanged."""
    if len(stored.body) > options.max_bytes:
        raise FetchError(f"{url}: the cached copy is larger than the size cap "
                         f"({len(stored.body)} > {options.max_bytes} bytes)", url=url)
    fresh = replace(stored, etag=answer.etag or stored.etag,
                    last_modified=answer.last_modified or stored.last_modified)
    if fresh != stored:
        cache.store(url, fresh)
    return replace(fresh, status=answer.status)


def _write_atomically(path: str, data: bytes) -> None:
    handle = tempfile.NamedTemporaryFile(dir=os.path.dirname(path), prefix=".cleanpage-", delete=False)
    try:
        with handle:
            handle.write(data)
        os.replace(handle.name, path)
    except BaseException:
        os.unlink(handle.name)
        raise
