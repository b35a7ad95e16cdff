"""Per-site rules and CSS selectors: what a user says about a page that the heuristics get wrong.

A rules file (TOML) holds one `[[site]]` table per site:

    [[site]]
    match = "*.example.org"          # a host, or a glob over hosts
    content = "div.story-main"        # the container to keep (like --selector)
    exclude = [".promo-x", "aside"]   # removed first (like --exclude)
    title = "h1.headline"             # field overrides: title, byline, date

`load_rules(path)` reads a file into a `SiteRules` (an index: exact hosts and
`*.` suffixes in dicts, other globs in one pattern), `SiteRules.for_host(host)`
finds the first rule of the file that matches. `compile_selector` turns CSS into
a cached XPath; a bad selector or a malformed file raises `RulesError` naming
the line. cssselect and tomllib/tomli are imported only when used.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import RulesError
from .patterns import lazy

# The keys a [[site]] table may hold; anything else is a typo worth an error.
SITE_KEYS = ("match", "content", "exclude", "title", "byline", "date")
FIELD_KEYS = ("title", "byline", "date")
# Where the default rules file lives, under $XDG_CONFIG_HOME (default ~/.config).
DEFAULT_RULES_PATH = Path("cleanpage") / "rules.toml"
# A glob that names only a domain and its subdomains: "*.example.org".
SUFFIX_GLOB_RE = lazy(r"^\*\.([^*?\[\]]+)$")
GLOB_CHARS = frozenset("*?[")
# How tomllib states where it failed: "... (at line 3, column 7)".
TOML_LINE_RE = lazy(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True, slots=True)
class SiteRule:
    """What to do on the pages of one site; every selector is CSS."""

    match: str
    content: str | None = None
    exclude: tuple[str, ...] = ()
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    line: int = 0  # where its [[site]] table starts in the file, for notes


@dataclass(frozen=True, slots=True, eq=False)
class SiteRules:
    """The rules of one file, indexed by host; first match in file order wins."""

    rules: tuple[SiteRule, ...] = ()
    source: str = ""
    _exact: dict[str, int] = field(default_factory=dict, repr=False)
    _suffix: dict[str, int] = field(default_factory=dict, repr=False)
    # other globs, filed under the whole labels their literal tail ends with ("blog-?.example.org":
    # "example.org"), so a host is tested only against the globs of its own domains
    _globs: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, rules: tuple[SiteRule, ...], source: str = "") -> SiteRules:
        exact: dict[str, int] = {}
        suffix: dict[str, int] = {}
        globs: dict[str, list[tuple[re.Pattern[str], int]]] = {}
        for i, rule in enumerate(rules):
            pattern = rule.match.lower().strip().rstrip(".")
            found = SUFFIX_GLOB_RE.match(pattern)
            if found:  # "*.example.org" covers example.org itself and every subdomain
                suffix.setdefault(found.group(1), i)
            elif GLOB_CHARS.isdisjoint(pattern):
                exact.setdefault(pattern, i)
            else:
                globs.setdefault(_literal_labels(pattern), []).append((re.compile(fnmatch.translate(pattern)), i))
        return cls(rules, source, exact, suffix, {key: tuple(found) for key, found in globs.items()})

    def for_host(self, host: str | None) -> SiteRule | None:
        """The first rule (in file order) whose `match` covers this host, or None."""
        if not host or not self.rules:
            return None
        host = host.lower().rstrip(".")
        hits = []
        if host in self._exact:
            hits.append(self._exact[host])
        labels = host.split(".")
        for i in range(len(labels) + 1):
            tail = ".".join(labels[i:])
            index = self._suffix.get(tail)
            if index is not None:
                hits.append(index)
            hits.extend(n for pattern, n in self._globs.get(tail, ()) if pattern.match(host))
        return self.rules[min(hits)] if hits else None


def _literal_labels(glob: str) -> str:
    """The whole labels a glob's host must end with: "blog-??.example.org" -> "example.org", "ex*" -> ""."""
    tail = re.split(r"[*?\[\]]", glob)[-1]
    return tail.split(".", 1)[1] if "." in tail else ""


def default_rules_path(environ: dict[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/cleanpage/rules.toml (XDG_CONFIG_HOME defaulting to ~/.config)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / DEFAULT_RULES_PATH


def load_rules(path: str | os.PathLike[str]) -> SiteRules:
    """Read and check a rules file; RulesError (with the line) when it is malformed."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise RulesError(f"{path}: cannot read rules file: {reason}") from exc
    return parse_rules(text, str(path))


def parse_rules(text: str, name: str = "rules.toml") -> SiteRules:
    """The rules of a TOML text; RulesError `name:LINE: what is wrong` when malformed."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = TOML_LINE_RE.search(message)
        line = found.group(1) if found else "1"
        raise RulesError(f"{name}:{line}: {TOML_LINE_RE.sub('', message).strip()}") from exc
    unknown = [key for key in data if key != "site"]
    if unknown:
        raise RulesError(f"{name}:{_key_line(text, unknown[0], 0)}: unknown table or key {unknown[0]!r} "
                         "(a rules file holds [[site]] tables)")
    sites = data.get("site", [])
    if not isinstance(sites, list):
        raise RulesError(f"{name}:{_key_line(text, 'site', 0)}: 'site' must be [[site]] tables")
    starts = [i + 1 for i, line in enumerate(text.splitlines()) if re.match(r"\s*\[\[\s*site\s*\]\]", line)]
    rules = tuple(_site_rule(table, name, text, starts[n] if n < len(starts) else 1)
                  for n, table in enumerate(sites))
    return SiteRules.of(rules, name)


def _site_rule(table: Any, name: str, text: str, start: int) -> SiteRule:
    """One [[site]] table as a SiteRule, every selector compiled once to check it."""
    def fail(key: str | None, message: str) -> RulesError:
        line = _key_line(text, key, start) if key else start
        return RulesError(f"{name}:{line}: {message}")

    for key in table:
        if key not in SITE_KEYS:
            raise fail(key, f"unknown key {key!r} in [[site]] (known: {', '.join(SITE_KEYS)})")
    match = table.get("match")
    if not isinstance(match, str) or not match.strip():
        raise fail("match" if "match" in table else None, "[[site]] needs match = \"host or *.glob\"")
    exclude = table.get("exclude", [])
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(e, str) for e in exclude):
        raise fail("exclude", "exclude must be a CSS selector or a list of them")
    values = {key: table.get(key) for key in ("content", *FIELD_KEYS)}
    for key, value in values.items():
        if value is not None and not isinstance(value, str):
            raise fail(key, f"{key} must be a CSS selector (a string)")
    for key, selector in [*((k, v) for k, v in values.items() if v), *(("exclude", e) for e in exclude)]:
        try:
            compile_selector(selector)
        except RulesError as exc:
            raise fail(key, exc.message) from None
    return SiteRule(match=match.strip(), exclude=tuple(exclude), line=start, **values)


def _key_line(text: str, key: str, start: int) -> int:
    """The line of `key = ` at or after line `start` (1-based), else `start`."""
    lines = text.splitlines()
    pattern = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=|\s*\[+\s*{re.escape(key)}\s*\]")
    for number in range(max(start, 1), len(lines) + 1):
        if pattern.match(lines[number - 1]):
            return number
    return max(start, 1)


@lru_cache(maxsize=1024)
def compile_selector(css: str) -> Any:
    """A CSS selector as a compiled lxml XPath (cached); RulesError when it is not valid CSS."""
    from cssselect import HTMLTranslator, SelectorError
    from lxml import etree

    try:
        return etree.XPath(HTMLTranslator().css_to_xpath(css))
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise RulesError(f"not a valid CSS selector {css!r}: {exc}") from None


def select(root: Any, css: str) -> list[Any]:
    """The elements `css` matches under `root`, outermost only, in document order."""
    found = compile_selector(css)(root)
    if len(found) <= 1:
        return list(found)
    # XPath answers in document order, so an element inside an earlier match lies within
    # that match's span of positions: one walk numbers them (no ancestor walks, no n x depth)
    position = {el: i for i, el in enumerate(root.iter())}
    chosen: list[Any] = []
    end = -1
    for element in found:
        start = position[element]
        if start <= end:
            continue
        chosen.append(element)
        end = start + sum(1 for _ in element.iterdescendants())
    return chosen
