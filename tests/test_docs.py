"""The README documents every command and option of the CLI, and its Quick start is two commands."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from cleanpage.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE_RE = re.compile(r"```sh\n(.*?)```", re.DOTALL)


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.DOTALL | re.MULTILINE)
    assert match, f"README has no section '## {title}'"
    return match.group(1)


def commands() -> dict[str, click.Command]:
    return dict(main.commands)


def option_names() -> set[str]:
    names = set()
    for command in [main, *commands().values()]:
        for param in command.params:
            if isinstance(param, click.Option):
                names.update(opt for opt in param.opts if opt.startswith("--"))
    return names


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_is_documented(name: str) -> None:
    assert f"cleanpage {name}" in README


@pytest.mark.parametrize("option", sorted(option_names()))
def test_every_option_is_documented(option: str) -> None:
    assert re.search(rf"`{re.escape(option)}[` ]", README), option


def test_short_options_are_documented() -> None:
    shorts = {opt for command in commands().values() for param in command.params
              if isinstance(param, click.Option) for opt in param.opts if re.fullmatch(r"-\w", opt)}
    assert shorts == {"-f", "-o", "-q", "-v", "-i", "-j", "-H"}
    assert all(f"`{short}`" in README for short in shorts)


def test_quick_start_is_one_block_of_two_commands() -> None:
    blocks = FENCE_RE.findall(section("Quick start"))
    assert len(blocks) == 1
    lines = [line for line in blocks[0].splitlines() if line.strip()]
    assert len(lines) == 2
    assert not any(line.lstrip().startswith("#") or " # " in line for line in lines)
    assert "cleanpage clean tests/fixtures/research-news-page/source.html" in lines[0]
    assert "pytest -q" in lines[1]
    assert (ROOT / "tests/fixtures/research-news-page/source.html").is_file()


def test_ci_runs_the_readme_test_command() -> None:
    test_command = FENCE_RE.findall(section("Quick start"))[0].strip().splitlines()[1]
    ci_lines = (ROOT / ".ci/run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines
    assert ci_lines[-1] == test_command  # the last command, so its status is the script's


@pytest.mark.parametrize("title", ["Usage", "Batch, WARC and Dask", "Sites: sitemaps, feeds, robots.txt and the cache",
                                   "JSON output", "Exit codes", "Python API"])
def test_usage_sections_exist(title: str) -> None:
    assert section(title).strip()


def test_every_exit_code_is_documented() -> None:
    table = section("Exit codes")
    assert all(re.search(rf"^\| {code} \|", table, re.MULTILINE) for code in range(6))


# ----------------------------------------------------------------- the README stands alone


def test_readme_names_no_file_outside_the_repository() -> None:
    for outside in ("../", "DESIGN.md", "shared/"):
        assert outside not in README, outside
    for link in re.findall(r"`((?:tests|benchmarks|src|docs)/[\w./-]+)`", README):
        if link.startswith("benchmarks/data/"):
            continue  # the git-ignored folder where the benchmark pages are unpacked
        assert (ROOT / link).exists(), link


def test_python_api_section_runs_as_a_doctest() -> None:
    import doctest

    blocks = re.findall(r"```pycon\n(.*?)```", section("Python API"), re.DOTALL)
    assert len(blocks) == 1
    test = doctest.DocTestParser().get_doctest(blocks[0], {}, "README Python API", "README.md", 0)
    assert len(test.examples) >= 5
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    output: list[str] = []
    result = runner.run(test, out=output.append)
    assert result.failed == 0, "".join(output)


def test_shell_completion_is_documented_and_works() -> None:
    import os
    import subprocess

    from conftest import cleanpage_executable

    body = section("Shell completion")
    for shell in ("bash", "zsh", "fish"):
        assert f"_CLEANPAGE_COMPLETE={shell}_source cleanpage" in body
    executable = cleanpage_executable()
    script = subprocess.run([executable], env={**os.environ, "_CLEANPAGE_COMPLETE": "bash_source"},
                            capture_output=True, text=True, timeout=60, check=False)
    assert "complete " in script.stdout and "_cleanpage_completion" in script.stdout
    words = subprocess.run([executable], env={**os.environ, "_CLEANPAGE_COMPLETE": "bash_complete",
                                              "COMP_WORDS": "cleanpage fe", "COMP_CWORD": "1"},
                           capture_output=True, text=True, timeout=60, check=False)
    assert "plain,fetch" in words.stdout.splitlines()


def test_sites_section_shows_a_real_refusal() -> None:
    """The Sites section runs `fetch --sitemap https://example.org/ -f jsonl`, and its robots.txt
    and error line are what robots.py reads and says."""
    from cleanpage.errors import RobotsDenied
    from cleanpage.fetching import FetchedPage
    from cleanpage.robots import RobotsBook

    text = section("Sites: sitemaps, feeds, robots.txt and the cache")
    assert "cleanpage fetch --sitemap https://example.org/ -f jsonl" in text
    robots = re.search(r"```text\n(User-agent: .*?)```", text, re.DOTALL).group(1)
    book = RobotsBook(lambda url: FetchedPage(url=url, body=robots.encode()), "cleanpage")
    assert book.crawl_delay("https://example.org/news/1") == 1.0
    assert book.sitemaps("https://example.org/") == ["https://example.org/sitemap_index.xml"]
    with pytest.raises(RobotsDenied) as refused:
        book.check("https://example.org/private/report")
    assert f"cleanpage: error: {refused.value.message}\n" in text


def test_every_declared_dependency_is_imported_and_beautifulsoup_is_not_one() -> None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=;\[ ]", dep, maxsplit=1)[0].lower() for dep in deps}
    assert "beautifulsoup4" not in names
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "cleanpage").rglob("*.py"))
    assert "bs4" not in source
    imported_as = {"lxml_html_clean": "lxml.html.clean", "readability-lxml": "readability",
                   "charset-normalizer": "charset_normalizer", "tomli": "tomli"}
    for name in names - {"lxml_html_clean"}:  # imported by readability-lxml, not by us
        module = imported_as.get(name, name).split(".")[0]
        assert re.search(rf"^\s*(?:import|from) {re.escape(module)}\b", source, re.MULTILINE), name
