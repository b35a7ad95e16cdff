"""The CLI at a terminal and with files: progress in a pty, -o, and errors a person can act on.

Where the process matters (a terminal, the umask, a missing module, the environment,
a slow connection) the real `python -m cleanpage` runs in a subprocess; checks of
arguments and messages run the same click command in-process (`invoke`), cheaper."""

from __future__ import annotations

import os
import pty
import re
import select
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_batch import Server, http_server, invoke, run_cli, write_pages  # noqa: F401 (fixture)

RETRY_STATUSES = (429, 502, 503, 504)  # cleanpage.fetching.RETRY_STATUSES, checked below

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI = [sys.executable, "-m", "cleanpage"]

# ----------------------------------------------------------------- a real terminal


def run_in_pty(args: list[str], *, stdout_too: bool = False, timeout: float = 60) -> tuple[int, bytes, bytes]:
    """Run the CLI with stderr (and stdout when `stdout_too`) on a pty; (exit code, stdout, terminal bytes)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([*CLI, *args], stdin=subprocess.DEVNULL, stderr=follower,
                               stdout=follower if stdout_too else subprocess.PIPE)
    os.close(follower)
    shown = bytearray()
    piped = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # EIO: every writer has closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk
            elif process.poll() is not None and not ready:
                break
        if process.stdout is not None:
            piped = process.stdout.read()
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
    return code, piped, bytes(shown)


def screen(raw: bytes) -> list[str]:
    """What a terminal shows after `raw`: \\r returns, ESC[K erases to the line's end, \\n moves down."""
    lines = [""]
    column = 0
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n")  # the pty's output processing
    for token in re.findall(r"\x1b\[K|\r|\n|[^\r\n\x1b]+|\x1b", text):
        if token == "\r":
            column = 0
        elif token == "\n":
            lines.append("")
            column = 0
        elif token == "\x1b[K":
            lines[-1] = lines[-1][:column]
        else:
            line = lines[-1]
            lines[-1] = line[:column] + token + line[column + len(token):]
            column += len(token)
    return [line for line in lines if line]


def test_no_progress_for_a_single_input(tmp_path: Path) -> None:
    (path,) = write_pages(tmp_path, 1)
    code, piped, shown = run_in_pty(["clean", path, "-f", "jsonl"])
    assert code == 0 and piped.count(b"\n") == 1
    assert shown == b""  # was "cleanpage: 1/1"


def test_progress_is_cleared_before_error_lines_and_at_the_end(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 4)
    missing = str(tmp_path / "missing.html")
    code, piped, shown = run_in_pty(["clean", paths[0], paths[1], missing, paths[2], paths[3], "-f", "jsonl", "-j", "1"])
    assert code == 5 and piped.count(b"\n") == 5
    assert b"cleanpage: 2/5" in shown  # the counter was shown while the run went on
    assert screen(shown) == [f"cleanpage: error: {missing}: cannot read file: No such file or directory"]


def test_no_progress_when_stdout_is_the_same_terminal(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 3)
    code, _, shown = run_in_pty(["clean", *paths, "-f", "text", "-j", "1"], stdout_too=True)
    assert code == 0
    assert b"cleanpage:" not in shown and b"\x1b[K" not in shown
    assert shown.count(b"spawn there") == 3


def test_progress_with_output_to_files_on_the_same_terminal(tmp_path: Path) -> None:
    """stdout unused (-o DIR/): the counter cannot garble a document, so it shows."""
    paths = write_pages(tmp_path, 3)
    code, _, shown = run_in_pty(["clean", *paths, "-o", f"{tmp_path / 'out'}/", "-j", "1"], stdout_too=True)
    assert code == 0 and b"cleanpage: 3/3" in shown
    assert screen(shown) == []
    assert len(os.listdir(tmp_path / "out")) == 3


# ----------------------------------------------------------------- -o


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_output_files_respect_the_umask(tmp_path: Path, umask: int) -> None:
    paths = write_pages(tmp_path, 2)
    single = tmp_path / "one.md"
    many = tmp_path / "many"
    for args in ([paths[0], "-o", str(single)], [*paths, "-o", f"{many}/", "-j", "1"]):
        done = subprocess.run([*CLI, "clean", *args], capture_output=True, timeout=60,
                              preexec_fn=lambda: os.umask(umask))  # noqa: PLW1509 (sets the child's umask only)
        assert done.returncode == 0, done.stderr
    expected = 0o666 & ~umask
    written = [single, *many.iterdir()]
    assert len(written) == 3
    assert [stat.S_IMODE(path.stat().st_mode) for path in written] == [expected] * 3


def test_output_dash_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (path,) = write_pages(tmp_path, 1)
    result = invoke("clean", path, "-o", "-")
    assert result.returncode == 0 and result.stdout.startswith(b"# River study 0")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("fmt", ["markdown", "json", "text", "html"])
def test_one_file_for_several_inputs_is_refused(tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = write_pages(tmp_path, 2)
    result = invoke("clean", *paths, "-f", fmt, "-o", "combined.md")
    assert result.returncode == 2 and b"several inputs need a directory" in result.stderr
    assert not (tmp_path / "combined.md").exists()


@pytest.mark.parametrize("target", ["articles/", "existing"])
def test_several_inputs_to_a_directory(tmp_path: Path, target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = write_pages(tmp_path, 2)
    (tmp_path / "existing").mkdir()
    result = invoke("clean", *paths, "-o", target, "-j", "1")
    assert result.returncode == 0, result.stderr
    assert len(os.listdir(tmp_path / target.rstrip("/"))) == 2


def test_several_inputs_as_jsonl_to_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = write_pages(tmp_path, 2)
    result = invoke("clean", *paths, "-f", "jsonl", "-o", "all.jsonl", "-j", "1")
    assert result.returncode == 0 and (tmp_path / "all.jsonl").read_text().count("\n") == 2


# ----------------------------------------------------------------- errors a person can act on


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cleanpage: error: "), lines
    return lines[0]


def usage_error(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 2 and b"Traceback" not in result.stderr, result.stderr
    return result.stderr.decode().strip().splitlines()[-1]


def test_dask_not_installed_says_what_to_install(tmp_path: Path) -> None:
    """The real CLI with `distributed` made unimportable, as on an install without the extra."""
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(b"WARC/1.0\r\n\r\n")
    code = "import sys; sys.modules['distributed'] = None; from cleanpage.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", code, "warc", str(warc), "--dask", "local"],
                            capture_output=True, timeout=60)
    line = usage_error(result)
    assert "pip install 'cleanpage[dask]'" in line and "internal error" not in result.stderr.decode()


@pytest.mark.slow
def test_unreachable_scheduler_is_one_line_quickly(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(b"WARC/1.0\r\n\r\n")
    start = time.monotonic()
    result = run_cli("warc", str(warc), "--dask", "tcp://127.0.0.1:9", "-f", "jsonl")
    elapsed = time.monotonic() - start
    assert result.returncode == 4
    assert one_error_line(result).startswith("cleanpage: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert elapsed < 30  # 5 s to connect, Dask's import, and 5x slack; was 30 s of retries then more


def test_malformed_url_is_a_usage_error() -> None:
    line = usage_error(invoke("fetch", "http://[::1"))
    assert line == "Error: http://[::1: not a valid URL (Invalid IPv6 URL)"


def test_clean_given_a_url_suggests_fetch() -> None:
    line = usage_error(invoke("clean", "https://example.org/news/1"))
    assert line.endswith("to fetch a URL, use: cleanpage fetch https://example.org/news/1")


def test_warc_dash_says_what_it_takes() -> None:
    line = usage_error(invoke("warc", "-", stdin=b"WARC/1.0\r\n"))
    assert "WARC files by path" in line and "not stdin" in line


def test_no_temporary_file_name_in_messages(tmp_path: Path) -> None:
    """A write that fails names the file the user asked for, never .cleanpage-XXXX."""
    paths = write_pages(tmp_path, 2)
    out = tmp_path / "out"
    first = invoke("clean", *paths, "-o", f"{out}/", "-j", "1")
    assert first.returncode == 0
    blocked = sorted(out.iterdir())[0]
    blocked.unlink()
    blocked.mkdir()  # a directory where the output file goes: the rename fails
    (blocked / "keep").write_text("x")
    result = invoke("clean", *paths, "-o", f"{out}/", "-j", "1")
    assert result.returncode == 3  # an output that cannot be written stops the run
    line = one_error_line(result)
    assert ".cleanpage-" not in line and str(blocked) in line
    assert not [name for name in os.listdir(out) if name.startswith(".cleanpage-")]


def test_missing_input_list_exits_3_as_documented(tmp_path: Path) -> None:
    assert re.search(r"^\| 3 \| input error: missing or unreadable file", README, re.MULTILINE)
    missing = tmp_path / "missing.txt"
    result = invoke("clean", "-i", str(missing))
    assert result.returncode == 3
    assert one_error_line(result) == f"cleanpage: error: {missing}: cannot read the input list: No such file or directory"


# ----------------------------------------------------------------- options that would be ignored


@pytest.mark.parametrize("command", ["fetch", "warc"])
def test_url_option_is_refused_where_it_cannot_apply(command: str) -> None:
    result = invoke(command, "--url", "https://example.org/", "x")
    assert result.returncode == 2 and b"No such option '--url'" in result.stderr


@pytest.mark.parametrize("flags", [["-f", "json"], ["--format", "markdown"], ["--no-links"], ["--explain"]])
def test_raw_refuses_options_it_would_ignore(http_server: Server, flags: list[str]) -> None:
    result = invoke("fetch", "--raw", *flags, f"{http_server.base}/page/1")
    line = usage_error(result)
    assert line.startswith("Error: --raw prints the fetched HTML uncleaned:")
    assert result.stdout == b""


def test_raw_still_prints_html(http_server: Server) -> None:
    result = invoke("fetch", "--raw", f"{http_server.base}/page/1")
    assert result.returncode == 0 and result.stdout.startswith(b"<!doctype html>")


def test_retries_are_documented_as_the_code_retries() -> None:
    from cleanpage.fetching import RETRY_STATUSES as retried

    assert sorted(retried) == list(RETRY_STATUSES)
    statuses = sorted(RETRY_STATUSES)
    help_text = " ".join(invoke("fetch", "--help").stdout.decode().split())
    retries_help = help_text[help_text.index("--retries"):][:120]
    row = next(line for line in README.splitlines() if line.startswith("| `--retries"))
    for text in (retries_help, row):
        assert "5xx" not in text
        assert all(str(status) in text for status in statuses), text


def test_json_file_is_not_html_exit_3(tmp_path: Path) -> None:
    assert "not HTML" in next(line for line in README.splitlines() if line.startswith("| 3 |"))
    data = tmp_path / "data.json"
    data.write_text('{"title": "River study", "paragraphs": ["Researchers reported on day 1 that"]}')
    result = invoke("clean", str(data))
    assert result.returncode == 3
    assert one_error_line(result) == f"cleanpage: error: {data}: not an HTML document (JSON data)"
