"""The compiled-pattern cache (patterns.CompiledCache): a pattern built from the cache file is the one
re.compile makes, a damaged or unwritable cache costs a compile and nothing else, and a second
process builds from the file what the first compiled."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import cleanpage
from cleanpage import patterns
from cleanpage.patterns import CompiledCache, LazyPattern, read_cache

ROOT = Path(__file__).resolve().parents[1]
PAGE = ("<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
        "<p>By Ann Lee</p>"
        + "<p>The new quay opened on Monday after three years of building along the river bank.</p>" * 6
        + "<p>“We waited a long time for this,” said Tom Berg, who runs the ferry.</p>"
        "<p>This work was supported by the Harbour Trust under grant 42.</p></article></body></html>")


def package_patterns() -> list[LazyPattern]:
    """Every lazy pattern a module of the package holds, at its top level or in its tables."""
    found: dict[tuple[str, int], LazyPattern] = {}

    def collect(value, depth: int) -> None:
        if isinstance(value, LazyPattern):
            found.setdefault((value.pattern, value._flags), value)
        elif depth and isinstance(value, (tuple, list, frozenset, set)):
            for item in value:
                collect(item, depth - 1)
        elif depth and isinstance(value, dict):
            for item in value.values():
                collect(item, depth - 1)

    for module in pkgutil.walk_packages(cleanpage.__path__, "cleanpage."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            collect(value, 3)
    return list(found.values())


def test_the_package_has_many_lazy_patterns() -> None:
    assert len(package_patterns()) > 200


def test_no_module_compiles_a_pattern_when_it_is_imported() -> None:
    """re.compile at a module's top level runs re's Python-written parser and compiler in every
    process that imports the module, whether or not its page needs the pattern; lazy() compiles on
    first use, from the cache file."""
    compiled = [f"{module.name}.{name}"
                for module in pkgutil.walk_packages(cleanpage.__path__, "cleanpage.")
                if not module.name.endswith("__main__")
                for name, value in vars(importlib.import_module(module.name)).items()
                if isinstance(value, re.Pattern)]
    assert compiled == []


def test_every_package_pattern_built_from_the_file_equals_re_compile(tmp_path: Path) -> None:
    lazies = package_patterns()
    first = CompiledCache(str(tmp_path))
    for lazy in lazies:
        assert first.compile(lazy.pattern, lazy._flags) == re.compile(lazy.pattern, lazy._flags)
    first.write()
    second = CompiledCache(str(tmp_path))
    for lazy in lazies:
        built = second.compile(lazy.pattern, lazy._flags)
        assert built == re.compile(lazy.pattern, lazy._flags)  # same source, flags and code
        assert built.groupindex == re.compile(lazy.pattern, lazy._flags).groupindex
    assert second.made == {}  # every one came from the file
    assert len(second.used) == len(lazies)


def test_built_patterns_match_as_compiled_ones(tmp_path: Path) -> None:
    source, flags = r"(?P<who>[A-Z]\w+) (?:said|told)\b|«([^»]+)»", re.IGNORECASE
    first = CompiledCache(str(tmp_path))
    first.compile(source, flags)
    first.write()
    built = CompiledCache(str(tmp_path)).compile(source, flags)
    text = "Then ANN SAID nothing, «quoi» and «encore»; berg told us"
    plain = re.compile(source, flags)
    assert [m.groupdict() for m in built.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert built.sub("#", text) == plain.sub("#", text)
    assert built.flags == plain.flags and built.groups == plain.groups == 2


def test_a_damaged_file_is_an_empty_cache(tmp_path: Path) -> None:
    cache = CompiledCache(str(tmp_path))
    Path(cache.path).write_bytes(b"\x00not marshal at all\xff" * 50)
    assert read_cache(cache.path) == {}
    assert cache.compile(r"\bquay\b") == re.compile(r"\bquay\b")
    cache.write()  # replaced by a good file
    assert list(read_cache(cache.path)) == [(r"\bquay\b", 0)]


def test_a_damaged_entry_is_compiled_afresh(tmp_path: Path) -> None:
    source = r"harbou?r (trust|board)"
    good = re.compile(source)
    first = CompiledCache(str(tmp_path))
    first.compile(source)
    flags, code, groups, groupindex, indexgroup = first.made[(source, 0)]
    refused = b"\xff\xff\xff\x7f" * 3  # code _sre refuses, in an entry whose CRC fits it
    for damaged in ((source, 0, flags, refused, groups, groupindex, indexgroup), "not an entry", (1, 2), 7,
                    (source, 0, flags, code, groups)):
        entries = {patterns.entry_key(source, 0): marshal.dumps(damaged)}
        Path(first.path).write_bytes(patterns.cache_bytes(entries))
        fresh = CompiledCache(str(tmp_path))
        assert fresh.compile(source) == good
        assert (source, 0) in fresh.made and fresh.used == set()  # compiled afresh, and written again at exit


def test_a_flipped_bit_anywhere_in_the_file_costs_a_compile_and_nothing_else(tmp_path: Path) -> None:
    """A bit flipped in an entry can leave code _sre accepts, for another pattern: the CRC-32 of
    each whole entry, checked when it is used, turns it away; one flipped in the index or the
    header leaves no entry found, or one whose CRC fails."""
    source = r"(?P<who>quay|pier)s?"
    good = re.compile(source)
    first = CompiledCache(str(tmp_path))
    first.compile(source)
    first.write()
    written = Path(first.path).read_bytes()
    assert CompiledCache(str(tmp_path)).compile(source) == good
    for at in range(len(written)):
        for bit in (0, 5):
            Path(first.path).write_bytes(written[:at] + bytes([written[at] ^ 1 << bit]) + written[at + 1:])
            fresh = CompiledCache(str(tmp_path))
            built = fresh.compile(source)
            assert built == good and built.groupindex == good.groupindex  # from an intact entry, or afresh
            fresh.write()  # a good entry again
            assert read_cache(first.path)[(source, 0)] == read_cache_of(written)[(source, 0)]


def read_cache_of(data: bytes) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "file")
        Path(path).write_bytes(data)
        return read_cache(path)


def test_a_run_decodes_only_the_entries_it_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = CompiledCache(str(tmp_path))
    for number in range(50):
        first.compile(f"quay {number}")
    first.write()
    decoded = []
    loads = marshal.loads
    monkeypatch.setattr(patterns.marshal, "loads", lambda raw: decoded.append(raw) or loads(raw))
    second = CompiledCache(str(tmp_path))
    assert second.compile("quay 7") == re.compile("quay 7")
    assert len(decoded) == 1 and second.used == {("quay 7", 0)}


def test_a_file_of_another_format_is_an_empty_cache(tmp_path: Path) -> None:
    cache = CompiledCache(str(tmp_path))
    Path(cache.path).write_bytes(marshal.dumps({("quay", 0): (0, b"", 0, {}, ())}))
    assert read_cache(cache.path) == {}
    assert cache.compile("quay") == re.compile("quay") and ("quay", 0) in cache.made


def test_an_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = CompiledCache(str(blocker / "cache"))
    assert cache.compile("quay") == re.compile("quay")
    cache.write()  # cannot make the folder: nothing raised, nothing left behind
    assert sorted(os.listdir(tmp_path)) == ["a-file"]


def test_no_folder_is_plain_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(patterns.CACHE_ENV, "")
    assert patterns.cache_folder() is None
    cache = CompiledCache(patterns.cache_folder())
    assert cache.compile("quay") == re.compile("quay")
    assert cache.path is None and cache.made == {}


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path / "mine"))
    assert patterns.cache_folder() == str(tmp_path / "mine")
    monkeypatch.delenv(patterns.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterns.cache_folder() == os.path.join(str(tmp_path / "xdg"), "cleanpage")


def test_a_full_cache_keeps_what_this_process_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MAX_CACHED_PATTERNS", 3)
    first = CompiledCache(str(tmp_path))
    for word in ("alpha", "beta", "gamma"):
        first.compile(word)
    first.write()
    second = CompiledCache(str(tmp_path))
    second.compile("beta")  # from the file
    second.compile("delta")  # afresh: four would be past the limit
    second.write()
    assert sorted(source for source, _ in read_cache(second.path)) == ["beta", "delta"]


def cli(page: Path, cache: str) -> subprocess.CompletedProcess:
    env = {**os.environ, patterns.CACHE_ENV: cache, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "cleanpage", "clean", str(page), "--format", "json"],
                          capture_output=True, text=True, env=env, check=False, timeout=120)


def test_a_second_process_builds_from_what_the_first_compiled(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    folder = tmp_path / "cache"
    first = cli(page, str(folder))
    files = list(folder.iterdir())
    assert first.returncode == 0 and len(files) == 1 and files[0].suffix == ".cache"
    entries = read_cache(str(files[0]))
    assert len(entries) > 20
    written = files[0].stat().st_mtime_ns
    second = cli(page, str(folder))
    assert second.returncode == 0 and second.stdout == first.stdout
    assert files[0].stat().st_mtime_ns == written  # nothing compiled afresh: nothing to add
    uncached = cli(page, "")
    assert uncached.stdout == first.stdout
    assert list(folder.iterdir()) == files
