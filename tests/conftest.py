"""Shared pytest configuration: the `--update-goldens` flag, the property tests' profile and generic helpers.

The fixture cases live in `tests/fixtures/<behaviour>/` (see test_fixtures.py for
the checks.json format). This file finds them, parametrizes the tests that ask
for a `case` (and a `door`: "library" or "cli"), and runs each case at most once
per door per session, so the many small check tests stay fast.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def _share_one_bytecode_cache() -> None:
    """Many tests run the real command line: each run is a new Python that imports cleanpage.
    Where PYTHONDONTWRITEBYTECODE is set (as in many containers) every such process compiled
    every module again, ~0.4 s of CPU a run and a few hundred runs a suite. They now share one
    bytecode cache in a temporary folder, still out of the source tree as that setting asks.
    The first process to load this file (pytest, or xdist's controller) sets it up, for itself
    too; the xdist workers and every process the tests start inherit it through the environment.

    pytest rewrites the asserts of every module of a package that is a pytest plugin, hypothesis
    included (~2 s of CPU where nothing keeps the result): the first process writes them here
    before any imports hypothesis, and the workers read them."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    folder = tempfile.mkdtemp(prefix="cleanpage-tests-bytecode-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    sys.pycache_prefix = folder
    sys.dont_write_bytecode = False


def _load_the_hypothesis_profile() -> None:
    """Property tests draw the same examples on every run ("ci", the default): a suite run never
    fails on a case no earlier run met. `HYPOTHESIS_PROFILE=fuzz pytest tests/test_properties.py`
    draws fresh ones each run to look for new failures (pin each one found with @example)."""
    from hypothesis import settings  # here: after the bytecode cache is set up

    settings.register_profile("ci", derandomize=True)
    settings.register_profile("fuzz", derandomize=False)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_share_one_bytecode_cache()
_load_the_hypothesis_profile()

FIXTURES_DIR = Path(__file__).parent / "fixtures"

# The two ways into cleanpage that every case goes through.
DOORS = ("library", "cli")

# Seconds a single CLI run may take before the test fails instead of hanging.
CLI_TIMEOUT_SECONDS = 120


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="write the current output to tests/fixtures/*/expected.{md,json} instead of comparing",
    )


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@dataclass(frozen=True)
class Case:
    """One fixture folder: its page, its human-written checks and its golden files."""

    name: str
    folder: Path
    checks: dict = field(compare=False, repr=False)

    @property
    def source(self) -> Path:
        return self.folder / "source.html"

    @property
    def url(self) -> str | None:
        return self.checks.get("url")

    @property
    def expected_md(self) -> Path:
        return self.folder / "expected.md"

    @property
    def expected_json(self) -> Path:
        return self.folder / "expected.json"

    @property
    def is_negative(self) -> bool:
        return self.checks.get("exit_code", 0) != 0

    def __str__(self) -> str:
        return self.name


def load_cases() -> list[Case]:
    """Every folder under tests/fixtures that holds a source.html and a checks.json."""
    cases = []
    for folder in sorted(p for p in FIXTURES_DIR.iterdir() if (p / "checks.json").is_file()):
        checks = json.loads((folder / "checks.json").read_text(encoding="utf-8"))
        cases.append(Case(folder.name, folder, checks))
    return cases


CASES = load_cases()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(*keys): run only on positive cases whose checks.json has these keys")
    config.addinivalue_line("markers", "negative_cases: run only on cases whose checks.json exit_code is not 0")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("case", _cases_for(metafunc.definition), ids=str)
    if "door" in metafunc.fixturenames:
        metafunc.parametrize("door", DOORS)


def _cases_for(definition: pytest.Function) -> list[Case]:
    if definition.get_closest_marker("negative_cases"):
        return [c for c in CASES if c.is_negative]
    marker = definition.get_closest_marker("needs")
    keys = marker.args if marker else ()
    return [c for c in CASES if not c.is_negative and all(k in c.checks for k in keys)]


def cleanpage_executable() -> str:
    """The `cleanpage` console script: on PATH, or next to the running interpreter."""
    found = shutil.which("cleanpage") or shutil.which("cleanpage", path=str(Path(sys.executable).parent))
    if found is None:
        raise RuntimeError("the cleanpage console script is not installed (pip install -e .)")
    return found


@dataclass(frozen=True)
class Output:
    """What one door produced for one case: the JSON record and the full Markdown."""

    record: dict
    markdown: str


def run_cli(case: Case, *args: str) -> subprocess.CompletedProcess:
    """Run `cleanpage clean source.html ARGS --url URL` inside the case folder."""
    command = [cleanpage_executable(), "clean", "source.html", *args]
    if case.url:
        command += ["--url", case.url]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        command, cwd=case.folder, capture_output=True, timeout=CLI_TIMEOUT_SECONDS, env=env, check=False
    )


def _library_output(case: Case) -> Output:
    import cleanpage

    article = cleanpage.clean(case.source.read_bytes(), url=case.url)
    record = json.loads(cleanpage.render(article, "json"))
    return Output(record, cleanpage.render(article, "markdown"))


def invoke_cli(case: Case, *args: str) -> subprocess.CompletedProcess:
    """Run `cleanpage clean source.html ARGS --url URL` in this process (click's runner), in the
    case folder: the same command as `run_cli`, without a new interpreter's start-up and imports
    (~0.3 s of CPU a run, where cleaning a case takes ~0.01 s). The real process is tested where
    it is the behaviour: exit codes and streams (test_cli.py, `cli` here), sizes and limits
    (test_hostile.py)."""
    from click.testing import CliRunner

    from cleanpage.cli import main

    command = ["clean", "source.html", *args] + (["--url", case.url] if case.url else [])
    here = os.getcwd()
    os.chdir(case.folder)  # the record's `source` is the path as given: "source.html"
    try:
        result = CliRunner().invoke(main, command)
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(command, result.exit_code, result.stdout_bytes, result.stderr_bytes)


def _cli_output(case: Case) -> Output:
    as_json = invoke_cli(case, "-f", "json")
    assert as_json.returncode == 0, f"cleanpage -f json exited {as_json.returncode}: {as_json.stderr.decode()[-2000:]}"
    as_md = invoke_cli(case, "-f", "markdown")
    assert as_md.returncode == 0, f"cleanpage -f markdown exited {as_md.returncode}: {as_md.stderr.decode()[-2000:]}"
    return Output(json.loads(as_json.stdout.decode("utf-8")), as_md.stdout.decode("utf-8"))


_RUNNERS = {"library": _library_output, "cli": _cli_output}


@pytest.fixture(scope="session")
def outputs():
    """`outputs(case, door) -> Output`, computed once per session; a failure is re-raised each time."""
    cache: dict[tuple[str, str], Output | BaseException] = {}

    def get(case: Case, door: str) -> Output:
        key = (case.name, door)
        if key not in cache:
            try:
                cache[key] = _RUNNERS[door](case)
            except (Exception, AssertionError) as exc:  # remembered and re-raised in every test
                cache[key] = exc
        found = cache[key]
        if isinstance(found, BaseException):
            raise found
        return found

    return get


@pytest.fixture(scope="session")
def cli():
    """`cli(case, *args)`: run the cleanpage console script on a case's source.html."""
    return run_cli
