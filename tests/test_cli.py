"""The command line contract of DESIGN.md: exit codes, one-line errors, stdin/stdout, -o, formats, help."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from test_batch import Server, article_page, http_server, invoke, run_cli  # noqa: F401 (fixture)

NAV_ONLY = "<html><body><nav><a href=/>Home</a><a href=/a>About</a></nav></body></html>"
RECORD_SEPARATOR = b"\f\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "story.html"
    path.write_text(article_page(7), encoding="utf-8")
    return path


def assert_one_error_line(stderr: bytes, source: str) -> None:
    lines = stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"cleanpage: error: {source}: ")
    assert "Traceback" not in stderr.decode()


# ----------------------------------------------------------------- exit codes


def test_exit_0_markdown_on_stdout_nothing_on_stderr(page: Path) -> None:
    result = run_cli("clean", str(page))
    assert result.returncode == 0
    assert result.stdout.decode().startswith("# River study 7")
    assert "spawn there" in result.stdout.decode()
    assert result.stderr == b""


def test_exit_1_page_with_only_navigation(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text(NAV_ONLY, encoding="utf-8")
    result = run_cli("clean", str(path))
    assert result.returncode == 1
    assert result.stdout == b""
    assert_one_error_line(result.stderr, str(path))


@pytest.mark.parametrize("args", [("clean", "--no-such-flag"), ("clean", "-f", "pdf"), ("fetch",), ("nope",)])
def test_exit_2_usage_errors(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"Usage:" in result.stderr


def test_exit_3_missing_file_and_directory(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    result = run_cli("clean", missing)
    assert result.returncode == 3
    assert_one_error_line(result.stderr, missing)
    result = run_cli("clean", str(tmp_path))
    assert result.returncode == 3
    assert_one_error_line(result.stderr, str(tmp_path))


def test_exit_3_random_binary_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.html"
    path.write_bytes(random.Random(3).randbytes(4096))
    result = run_cli("clean", str(path))
    assert result.returncode == 3
    assert_one_error_line(result.stderr, str(path))


def test_exit_4_http_404(http_server: Server) -> None:
    url = f"{http_server.base}/missing/page"
    result = run_cli("fetch", url, "--retries", "0")
    assert result.returncode == 4
    assert result.stdout == b""
    assert_one_error_line(result.stderr, url)
    assert "404" in result.stderr.decode()


def test_fetch_error_names_the_url_once(http_server: Server) -> None:
    url = f"{http_server.base}/missing/page"
    result = run_cli("fetch", url, "--retries", "0")
    line = result.stderr.decode().strip()
    assert line.count(url) == 1, line
    assert line.startswith(f"cleanpage: error: {url}: ")


def test_explain_says_what_was_removed_when_nothing_is_left(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text(NAV_ONLY, encoding="utf-8")
    result = run_cli("clean", "--explain", str(path))
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    errors = [line for line in lines if line.startswith("cleanpage: error:")]
    assert len(errors) == 1
    removals = [line for line in lines if not line.startswith("cleanpage:")]
    assert any(line.endswith("Home About") for line in removals), lines


def test_exit_4_file_url(page: Path) -> None:
    url = page.as_uri()
    result = run_cli("fetch", url)
    assert result.returncode == 4
    assert_one_error_line(result.stderr, url)


def test_exit_5_some_of_several_failed_others_written(page: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    result = run_cli("clean", str(page), missing)
    assert result.returncode == 5
    assert result.stdout.decode().startswith("# River study 7")
    assert_one_error_line(result.stderr, missing)


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    result = run_cli("clean", "-v", missing)
    assert result.returncode == 3
    stderr = result.stderr.decode()
    assert stderr.startswith(f"cleanpage: error: {missing}: ")
    assert "Traceback" in stderr and len(stderr.splitlines()) > 1


# ----------------------------------------------------------------- stdin and stdout


@pytest.mark.parametrize("args", [("clean",), ("clean", "-")])
def test_stdin(args: tuple[str, ...]) -> None:
    result = invoke(*args, "-f", "json", stdin=article_page(3).encode())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["title"] == "River study 3"


def test_stdin_error_names_stdin() -> None:
    result = run_cli("clean", stdin=NAV_ONLY.encode())
    assert result.returncode == 1
    assert_one_error_line(result.stderr, "<stdin>")


def test_several_markdown_documents_are_separated_by_a_form_feed_line(tmp_path: Path) -> None:
    paths = []
    for n in (1, 2, 3):
        path = tmp_path / f"p{n}.html"
        path.write_text(article_page(n), encoding="utf-8")
        paths.append(str(path))
    result = invoke("clean", *paths, "-j", "1")
    documents = result.stdout.split(RECORD_SEPARATOR)
    assert [doc.decode().splitlines()[0] for doc in documents] == ["# River study 1", "# River study 2",
                                                                   "# River study 3"]


@pytest.mark.parametrize("fmt", ["markdown", "json", "jsonl", "text", "html"])
def test_formats(page: Path, fmt: str) -> None:
    result = invoke("clean", str(page), "-f", fmt, "--url", "https://example.org/news/7")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "shaded stretches stayed cooler" in out
    if fmt in ("json", "jsonl"):
        record = json.loads(out)
        assert record["source"] == str(page)
        assert record["url"] == "https://example.org/news/7"
        assert len(out.strip().splitlines()) == (1 if fmt == "jsonl" else len(out.strip().splitlines()))
    if fmt == "text":
        assert "<p>" not in out and not out.startswith("#")
    if fmt == "html":
        assert "<p>" in out


# ----------------------------------------------------------------- -o


def test_output_file_is_written_whole(page: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "story.json"
    target.parent.mkdir()
    result = invoke("clean", str(page), "-f", "json", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "River study 7"
    assert os.listdir(target.parent) == ["story.json"]


def test_failed_run_leaves_no_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    result = invoke("clean", str(tmp_path / "missing.html"), "-o", str(target))
    assert result.returncode == 3
    assert os.listdir(tmp_path) == []


def test_output_directory_gets_one_stable_file_per_input(tmp_path: Path) -> None:
    sources = []
    for n in (1, 2):
        path = tmp_path / f"story-{n}.html"
        path.write_text(article_page(n), encoding="utf-8")
        sources.append(str(path))
    target = tmp_path / "articles"
    first = invoke("clean", *sources, "-o", f"{target}/")
    assert first.returncode == 0, first.stderr
    names = sorted(os.listdir(target))
    assert len(names) == 2 and all(name.endswith(".md") and "story-" in name for name in names)
    second = invoke("clean", *sources, "-o", str(target), "-f", "text")
    assert second.returncode == 0
    assert sorted(os.listdir(target)) == sorted(names + [name[:-3] + ".txt" for name in names])


# ----------------------------------------------------------------- explain, raw, help


def test_explain_lines_on_stderr(page: Path) -> None:
    result = invoke("clean", "--explain", str(page))
    assert result.returncode == 0
    lines = result.stderr.decode().splitlines()
    assert lines, "the page has navigation and a footer to remove"
    for line in lines:
        path, rule, words = line.split("  ", 2)
        assert path and rule and words is not None
    assert any("Home" in line for line in lines)
    assert "Home" not in result.stdout.decode().split("\n", 1)[1]


def test_fetch_raw_pipes_into_clean(http_server: Server) -> None:
    raw = run_cli("fetch", "--raw", f"{http_server.base}/page/5")
    assert raw.returncode == 0, raw.stderr
    assert raw.stdout.decode() == article_page(5)
    cleaned = run_cli("clean", stdin=raw.stdout)
    assert cleaned.stdout.decode().startswith("# River study 5")


@pytest.mark.parametrize("command", [(), ("clean",), ("fetch",), ("warc",)])
def test_help_of_every_command_has_an_example(command: tuple[str, ...]) -> None:
    result = invoke(*command, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout.decode()


def test_flags_reach_the_options(tmp_path: Path) -> None:
    path = tmp_path / "linked.html"
    path.write_text(article_page(4).replace("the new method", 'the <a href="/method">new method</a>'),
                    encoding="utf-8")
    base = ("clean", str(path), "--url", "https://example.org/news/4")
    linked = invoke(*base).stdout.decode()
    assert "[new method](https://example.org/method)" in linked
    unlinked = invoke(*base, "--no-links").stdout.decode()
    assert "new method" in unlinked and "](https://example.org/method)" not in unlinked
    fronted = invoke(*base, "--front-matter").stdout.decode()
    assert fronted.startswith("---\n") and "River study 4" in fronted.split("\n---\n", 1)[0]
