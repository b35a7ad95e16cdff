"""Hostile input never crashes, hangs, balloons or silently loses text.

Every case runs the real CLI (`cleanpage clean FILE`) in a child process with
its address space capped (RLIMIT_AS) and its time bounded, and asserts the
exit code, the marker words in stdout, one stderr line on error and no
traceback. Depth cases also go through the library. Pages come from
tests/hostile_pages.py and are generated once per module.
"""

from __future__ import annotations

import html
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

import cleanpage
import hostile_pages as pages
from cleanpage.errors import CleanpageError
from cleanpage.parse import max_depth, parse_html

GIB = 1024**3
# Bounds of the issue: 30 s and 1.5 GB per case; the 20 MB page 60 s and 2.5 GB.
CASE_SECONDS, CASE_BYTES = 30.0, int(1.5 * GIB)
BIG_SECONDS, BIG_BYTES = 60.0, int(2.5 * GIB)
# A tree deeper than this after parse_html means the nesting was not capped.
MAX_TREE_DEPTH = 256
WORD_RE = re.compile(r"\w+")
TAG_RE = re.compile(r"<[^>]*>")


def cli_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("cleanpage")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("cleanpage")
    return [found] if found else [sys.executable, "-m", "cleanpage"]


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    max_rss: int  # bytes

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def run_cli(args: list[str], *, seconds: float = CASE_SECONDS, memory: int = CASE_BYTES) -> Run:
    """Run `cleanpage ARGS` capped at `memory` bytes of address space, killed after `seconds`."""

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            cli_command() + args, stdin=subprocess.DEVNULL, stdout=out, stderr=err, preexec_fn=cap_memory,
        )
        killer = threading.Timer(seconds, proc.kill)
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.monotonic() - start
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        run = Run(proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                  elapsed, usage.ru_maxrss * 1024)
    assert elapsed < seconds, f"took {elapsed:.1f}s (bound {seconds}s); stderr: {run.stderr[-500:]}"
    assert run.max_rss < memory, f"used {run.max_rss / GIB:.2f} GiB"
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    return run


def assert_clean_exit(run: Run, markers: tuple[str, ...]) -> None:
    assert run.code == 0, f"exit {run.code}: {run.stderr[-500:]}"
    missing = [m for m in markers if m not in run.stdout]
    assert not missing, f"missing from the output: {missing}"


def assert_error_exit(run: Run, codes: tuple[int, ...]) -> None:
    assert run.code in codes, f"exit {run.code}, expected one of {codes}; stderr: {run.stderr[-500:]}"
    lines = run.error_lines()
    assert len(lines) == 1, f"expected one stderr line, got {len(lines)}: {lines[:5]}"
    assert lines[0].startswith("cleanpage: error:"), lines[0]


@pytest.fixture(scope="module")
def page_files(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Callable[[], pages.Page]], tuple[Path, pages.Page]]:
    """Write each generated page once per module; return (path, page)."""
    folder = tmp_path_factory.mktemp("hostile")
    made: dict[str, tuple[Path, pages.Page]] = {}

    def get(name: str, make: Callable[[], pages.Page]) -> tuple[Path, pages.Page]:
        if name not in made:
            page = make()
            path = folder / f"{name}.html"
            path.write_bytes(page.data)
            made[name] = (path, page)
        return made[name]

    return get


# --- depth -------------------------------------------------------------------------

DEPTH_CASES: dict[str, Callable[[], pages.Page]] = {
    "divs-200000": pages.nested_divs,
    "lists-5000": pages.nested_lists,
    "blockquotes-3000": pages.nested_blockquotes,
    "tables-2000": pages.nested_tables,
    **{f"unclosed-{v}-600": (lambda v=v: pages.unclosed_font(v)) for v in pages.UNCLOSED_FONT_VARIANTS},
}


def source_words(page: pages.Page) -> set[str]:
    """Words of the page's visible text (the generated pages hide none)."""
    return set(WORD_RE.findall(html.unescape(TAG_RE.sub(" ", page.data.decode("utf-8")))))


@pytest.mark.parametrize("kind", DEPTH_CASES)
def test_depth_parse_keeps_every_word(kind: str, page_files) -> None:
    _, page = page_files(kind, DEPTH_CASES[kind])
    root = parse_html(page.data.decode("utf-8"))
    tree_words = set(WORD_RE.findall(" ".join(root.itertext())))
    lost = source_words(page) - tree_words
    assert not lost, f"{len(lost)} words lost, e.g. {sorted(lost)[:10]}"
    assert max_depth(root) <= MAX_TREE_DEPTH


@pytest.mark.parametrize("kind", DEPTH_CASES)
def test_depth_library(kind: str, page_files) -> None:
    _, page = page_files(kind, DEPTH_CASES[kind])
    article = cleanpage.clean(page.data)
    missing = [m for m in page.markers if m not in article.text]
    assert not missing, f"missing from Article.text: {missing}"


@pytest.mark.parametrize("kind", DEPTH_CASES)
def test_depth_cli(kind: str, page_files) -> None:
    path, page = page_files(kind, DEPTH_CASES[kind])
    assert_clean_exit(run_cli(["clean", str(path)]), page.markers)


# --- size --------------------------------------------------------------------------


@pytest.mark.slow
def test_twenty_megabyte_article(page_files) -> None:
    path, page = page_files("big-article", pages.big_article)
    assert path.stat().st_size >= 20_000_000
    run = run_cli(["clean", "-f", "text", str(path)], seconds=BIG_SECONDS, memory=BIG_BYTES)
    assert_clean_exit(run, page.markers)
    assert len(run.stdout) > 15_000_000, "most of the article text is missing"


@pytest.mark.slow
def test_hundred_thousand_sibling_paragraphs(page_files) -> None:
    path, page = page_files("siblings", pages.sibling_paragraphs)
    # 9.5-11 s on an idle machine (tidy's rules read each of the 100,000 paragraphs; 11.5-12.5 s
    # before a paragraph's cost fell from ~594k to ~479k instructions), and up to ~60 s with eight
    # processes on two cores: the 30 s case bound cannot hold, so this case gets the big page's
    # bound, ~6x its idle time: the tightest timed test. Where it tightens, the remedy is a cheaper
    # tidy walk, not a looser bound.
    run = run_cli(["clean", "-f", "text", str(path)], seconds=BIG_SECONDS)
    assert_clean_exit(run, page.markers)
    assert "Entry 99999 of the log" in run.stdout
    assert run.stdout.count("Entry ") == 100_000


def test_two_megabyte_word(page_files) -> None:
    path, page = page_files("long-word", pages.long_word)
    run = run_cli(["clean", "-f", "text", str(path)])
    assert_clean_exit(run, page.markers)
    assert "x" * 2_000_000 in run.stdout


def test_ten_megabyte_attribute(page_files) -> None:
    path, page = page_files("huge-attribute", pages.huge_attribute)
    run = run_cli(["clean", str(path)])
    assert_clean_exit(run, page.markers)
    assert "a" * 1000 not in run.stdout


def test_ten_megabyte_script(page_files) -> None:
    path, page = page_files("huge-script", pages.huge_script)
    run = run_cli(["clean", str(path)])
    assert_clean_exit(run, page.markers)
    assert pages.SCRIPT_LEAK not in run.stdout
    assert "b" * 1000 not in run.stdout


@pytest.mark.slow
def test_million_entities(page_files) -> None:
    path, page = page_files("entities", pages.many_entities)
    run = run_cli(["clean", "-f", "text", str(path)])
    assert_clean_exit(run, page.markers)
    assert run.stdout.count("R&D") == 1_000_000


# --- bytes -------------------------------------------------------------------------


def test_random_binary_is_refused(page_files) -> None:
    path, _ = page_files("binary", pages.random_binary)
    run = run_cli(["clean", str(path)])
    assert_error_exit(run, (3,))
    assert run.stdout == ""


def test_nul_bytes_inside_text(page_files) -> None:
    path, page = page_files("nul", pages.nul_in_text)
    run = run_cli(["clean", str(path)])
    assert_clean_exit(run, page.markers)
    assert "\x00" not in run.stdout


def test_invalid_utf8_keeps_the_rest(page_files) -> None:
    path, page = page_files("bad-utf8", pages.invalid_utf8)
    assert_clean_exit(run_cli(["clean", str(path)]), page.markers)


def test_utf16_with_bom_is_decoded(page_files) -> None:
    path, page = page_files("utf16", pages.utf16_with_bom)
    assert_clean_exit(run_cli(["clean", str(path)]), page.markers)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_input(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    run = run_cli(["clean", str(path)])
    assert_error_exit(run, (1, 3))
    assert run.stdout == ""


def test_directory_as_file(tmp_path: Path) -> None:
    run = run_cli(["clean", str(tmp_path)])
    assert_error_exit(run, (3,))


# --- soup --------------------------------------------------------------------------


def test_unclosed_and_misnested_tags(page_files) -> None:
    path, page = page_files("soup", pages.tag_soup)
    assert_clean_exit(run_cli(["clean", str(path)]), page.markers)


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.9, 0.99])
def test_truncated_page(fraction: float, tmp_path: Path) -> None:
    page = pages.truncated(fraction)
    path = tmp_path / "truncated.html"
    path.write_bytes(page.data)
    assert_clean_exit(run_cli(["clean", str(path)]), page.markers)


CORRUPTED = {
    **{f"flips-{seed}": (lambda seed=seed: pages.byte_flips(seed)) for seed in range(4)},
    **{f"spliced-{seed}": (lambda seed=seed: pages.spliced_halves(seed)) for seed in range(4)},
}


@pytest.mark.parametrize("kind", CORRUPTED)
def test_corrupted_page_ends_cleanly(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "corrupted.html"
    path.write_bytes(CORRUPTED[kind]().data)
    run = run_cli(["clean", str(path)])
    if run.code == 0:
        assert run.stdout.strip(), "exit 0 with no output"
    else:
        assert_error_exit(run, (1, 3))


# --- output safety -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "text", "json"])
def test_hidden_elements_never_reach_the_output(fmt: str, page_files) -> None:
    path, page = page_files("hidden", pages.hidden_text)
    run = run_cli(["clean", "-f", fmt, str(path)])
    assert_clean_exit(run, page.markers)
    leaked = [word for word in pages.HIDDEN_LEAKS if word in run.stdout]
    assert not leaked, f"leaked: {leaked}"


def test_script_links_dropped_text_kept(page_files) -> None:
    path, page = page_files("script-links", pages.script_links)
    run = run_cli(["clean", str(path)])
    assert_clean_exit(run, page.markers)
    squeezed = re.sub(r"\s+", "", run.stdout).lower()
    for scheme in ("javascript:", "vbscript:", "data:", "script:"):
        assert scheme not in squeezed, f"{scheme} link survived"


def markdown_tokens(markdown: str) -> list:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    return tokens + [child for token in tokens for child in (token.children or [])]


# Token types that text written as paragraphs must never turn into.
FORBIDDEN_TOKENS = (
    "bullet_list_open", "ordered_list_open", "blockquote_open", "em_open", "strong_open", "link_open",
    "code_inline", "code_block", "fence", "hr", "table_open", "html_block", "html_inline", "image",
)


def test_markdown_lookalike_text_is_escaped(page_files) -> None:
    path, page = page_files("lookalikes", pages.markdown_lookalikes)
    run = run_cli(["clean", str(path)])
    assert_clean_exit(run, page.markers)
    tokens = markdown_tokens(run.stdout)
    found = sorted({t.type for t in tokens if t.type in FORBIDDEN_TOKENS})
    assert not found, f"Markdown syntax from plain text: {found}"
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) <= 2, "text became headings"  # the title, and the article's own <h1>
    texts = "\n".join(t.content for t in tokens if t.type == "text")
    missing = [s for s in pages.MARKDOWN_LOOKALIKES + pages.RAW_HTML_TEXTS if s not in texts]
    assert not missing, f"text altered or lost: {missing}"


def test_no_raw_html_in_markdown(page_files) -> None:
    path, _ = page_files("lookalikes", pages.markdown_lookalikes)
    run = run_cli(["clean", str(path)])
    assert run.code == 0, run.stderr
    tokens = markdown_tokens(run.stdout)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    assert "onerror=" not in run.stdout.replace("onerror=alert(1)", "")
    assert "<svg" not in run.stdout


# --- the parser's own contract -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("plain words\n\nand a second paragraph", ["plain", "second"]),
        ("a < b and c > d", ["a", "b", "d"]),
        ("<p>lone \ud800 surrogate and after</p>", ["surrogate", "after"]),
        ("<p>controls\x01\x02\x0b here\x0c and \ufffe\uffff after</p>", ["controls", "here", "after"]),
    ],
    ids=["plain-text", "less-than", "surrogate", "controls"],
)
def test_parse_html_keeps_text(text: str, words: list[str]) -> None:
    root = parse_html(text)
    content = root.text_content()
    assert all(word in content for word in words), content
    assert root.tag == "html"


@pytest.mark.parametrize("text", ["", "   \n ", "\x00\x00\x01", "<!-- only a comment -->"])
def test_parse_html_refuses_nothing_to_parse(text: str) -> None:
    with pytest.raises(CleanpageError) as caught:
        parse_html(text)
    assert caught.value.exit_code == 3
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("kind", ["lists-5000", "blockquotes-3000", "tables-2000"])
def test_depth_explain_report(kind: str, page_files) -> None:
    """The explain report of a deep page: every word kept in the page shown, the body outlined."""
    from cleanpage.report import explain_report

    _, page = page_files(kind, DEPTH_CASES[kind])
    report = explain_report(page.data)
    assert report.error is None
    shown = lxml.html.document_fromstring(report.text)
    text = " ".join(shown.itertext())
    assert all(marker in text for marker in page.markers)
    assert shown.xpath("//*[@data-cp-kept]")
