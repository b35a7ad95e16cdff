"""The Python API as a person uses it: repeated calls, one decoder, one jsonl encoder,
validated options, failures as exceptions; and the module graph that keeps it so."""

from __future__ import annotations

import ast
import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fault_server, with or without tests/__init__.py
from fault_server import FaultServer  # noqa: E402
from test_batch import article_page, invoke, run_cli  # noqa: E402

import cleanpage  # noqa: E402
from cleanpage import FetchError, InputError, NoContentError, Options  # noqa: E402

SRC = Path(cleanpage.__file__).parent
FAST = Options(timeout=10.0, retries=0)


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    running = FaultServer.start()
    yield running
    running.stop()


@functools.cache
def module_sources() -> dict[str, ast.Module]:
    """The syntax tree of every module of the package (read, never changed): parsed once for the
    tests that read them all (~0.8 s of CPU a parse of the package)."""
    return {str(path.relative_to(SRC)): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(SRC.rglob("*.py"))}


# ----------------------------------------------------------------- fetch, twice


def test_fetch_works_on_every_call_not_only_the_first(server: FaultServer) -> None:
    """The first call used to import the submodule cleanpage.fetch over the function."""
    with pytest.raises(FetchError):  # a failed first call must not break the next ones either
        cleanpage.fetch(server.url("/missing"), options=FAST)
    first = cleanpage.fetch(server.url("/latin1-header"), options=FAST)
    second = cleanpage.fetch(server.url("/latin1-header"), options=FAST)
    assert callable(cleanpage.fetch)
    assert first == second and "Café déjà vu" in first.text


# ----------------------------------------------------------------- one decoder


def test_clean_takes_bytes_with_their_content_type() -> None:
    html = article_page(3).replace("River study", "Речное исследование").replace('<meta charset="utf-8">', "")
    data = html.encode("cp1251")
    article = cleanpage.clean(data, content_type="text/html; charset=windows-1251")
    assert article.title == "Речное исследование 3"


def test_decoding_has_one_caller() -> None:
    """decode_html is called in api.page_text only: clean, fetch, --raw, batches and WARC go through it."""
    callers = {name for name, tree in module_sources().items()
               for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "decode_html"}
    assert callers == {"api.py"}


def test_binary_fetched_body_is_a_fetch_error_by_type_not_by_message(server: FaultServer) -> None:
    url = server.url("/html-says-png")
    with pytest.raises(FetchError) as caught:
        cleanpage.fetch(url, options=FAST)
    assert isinstance(caught.value.__cause__, InputError)
    assert caught.value.message.startswith(f"{url}: not an HTML document")


# ----------------------------------------------------------------- one jsonl encoder


def test_cli_jsonl_is_the_library_jsonl_byte_for_byte(tmp_path: Path) -> None:
    """A source holding U+2028 stays one line, and the CLI writes what render(a, "jsonl") gives."""
    path = tmp_path / "river\u2028study.html"
    path.write_text(article_page(4), encoding="utf-8")
    result = run_cli("clean", str(path), "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert len(text.splitlines()) == 1 and "\u2028" not in text
    article = cleanpage.clean(path.read_bytes())
    from dataclasses import replace

    assert text == cleanpage.render(replace(article, source=str(path)), "jsonl")


def test_jsonl_error_records_use_the_same_encoder(tmp_path: Path) -> None:
    missing = tmp_path / "gone\u2028.html"
    good = tmp_path / "good.html"
    good.write_text(article_page(5), encoding="utf-8")
    result = invoke("clean", str(good), str(missing), "-f", "jsonl", "-j", "1")
    lines = result.stdout.decode("utf-8").splitlines()
    assert result.returncode == 5 and len(lines) == 2
    assert lines[1].startswith('{"source":') and "\u2028" not in lines[1]
    assert json.loads(lines[1])["source"] == str(missing)


# ----------------------------------------------------------------- options and failures


@pytest.mark.parametrize(("values", "field"), [
    ({"timeout": -1}, "timeout"), ({"timeout": 0}, "timeout"), ({"timeout": float("nan")}, "timeout"),
    ({"timeout": "30"}, "timeout"), ({"retries": -1}, "retries"), ({"retries": 1.5}, "retries"),
    ({"max_bytes": 0}, "max_bytes"), ({"links": "no"}, "links"), ({"user_agent": ""}, "user_agent"),
    ({"user_agent": "a\r\nX-Injected: 1"}, "user_agent"),
])
def test_impossible_options_are_refused_naming_the_field(values: dict, field: str) -> None:
    with pytest.raises(ValueError, match=rf"^Options\.{field} "):
        Options(**values)


def test_possible_options_are_accepted() -> None:
    assert Options(timeout=0.5, retries=0, max_bytes=1, user_agent="Bot/1").timeout == 0.5


def test_cli_refuses_an_impossible_option_as_a_usage_error() -> None:
    result = invoke("fetch", "--user-agent", "", "https://example.org/")
    assert result.returncode == 2 and b"Options.user_agent" in result.stderr
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr


def test_every_extraction_pass_raises_instead_of_returning_none() -> None:
    from cleanpage import api
    from cleanpage.metadata import extract_metadata
    from cleanpage.parse import parse_html

    text = "<html><body><nav><a href=/>Home</a></nav></body></html>"
    for extract in api.PASSES:
        root = parse_html(text)
        with pytest.raises(NoContentError):
            extract(root, text, extract_metadata(root, None), Options())


def test_text_that_is_not_html_is_an_input_error() -> None:
    with pytest.raises(InputError, match="JSON"):
        cleanpage.clean('{"title": "not a page", "items": [1, 2]}')
    with pytest.raises(InputError, match="no markup"):
        cleanpage.clean(b"name,date\nriver,2024-10-03\n")


# ----------------------------------------------------------------- the module graph


def test_no_module_imports_the_package_init() -> None:
    """`from . import x` / `import cleanpage` inside the package runs the graph upwards."""
    offenders = []
    for name, tree in module_sources().items():
        if name == "__init__.py":
            continue
        depth = name.count("/") + 1
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == depth and node.module is None:
                # `from . import parse` names a submodule; `from . import __version__` reaches into __init__
                offenders += [name for alias in node.names
                              if not (SRC / f"{alias.name}.py").exists() and not (SRC / alias.name).is_dir()]
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "cleanpage":
                offenders.append(name)
            if isinstance(node, ast.Import) and any(alias.name == "cleanpage" for alias in node.names):
                offenders.append(name)
    assert offenders == []


def test_exit_codes_are_known_only_in_cli_and_errors() -> None:
    """batch, warc and cluster carry exception types; cli turns them into exit codes."""
    knowing = {name for name, tree in module_sources().items()
               for node in ast.walk(tree)
               if (isinstance(node, ast.Attribute) and node.attr == "exit_code")
               or (isinstance(node, ast.Name) and node.id.startswith("EXIT_"))
               or (isinstance(node, ast.keyword) and node.arg == "exit_code")}
    assert knowing <= {"cli.py", "errors.py"}, knowing
