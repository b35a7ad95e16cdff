"""Cookies from a Netscape cookies.txt file (`--cookies FILE`): what curl -c and the
browsers' export extensions write.

    load_cookies(path) -> RequestsCookieJar      (read once per path and process)

One cookie a line, seven tab-separated fields: domain, include-subdomains flag,
path, secure flag, expiry (Unix time, 0 = session), name, value. Lines starting
with `#` are comments, except `#HttpOnly_` which prefixes an HttpOnly cookie's
domain. The `# Netscape HTTP Cookie File` header is not required.
"""

from __future__ import annotations

import functools

from requests.cookies import RequestsCookieJar, create_cookie

from .errors import InputError

HTTPONLY_PREFIX = "#HttpOnly_"
FIELDS = 7


@functools.lru_cache(maxsize=8)
def load_cookies(path: str) -> RequestsCookieJar:
    """The cookies of a Netscape cookies file; InputError when it cannot be read or parsed.

    Callers copy from the jar (Session.cookies.update), so the cached jar is never changed."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the cookies file: {exc.strerror or exc}") from exc
    jar = RequestsCookieJar()
    for number, line in enumerate(lines, 1):
        if line.startswith(HTTPONLY_PREFIX):
            line = line[len(HTTPONLY_PREFIX):]
        elif not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != FIELDS or not fields[0] or not fields[5]:
            raise InputError(f"{path}:{number}: not a Netscape cookie line "
                             f"(seven tab-separated fields: domain, flag, path, secure, expiry, name, value)")
        domain, _subdomains, cookie_path, secure, expires, name, value = fields
        jar.set_cookie(create_cookie(name, value, domain=domain, path=cookie_path or "/",
                                     secure=secure.upper() == "TRUE",
                                     expires=int(expires) if expires.strip().isdigit() and int(expires) else None))
    return jar
