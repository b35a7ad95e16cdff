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
from hypothesis import settings

# Property tests draw the same examples on every run ("ci", the default): a suite run never
# fails on a case no earlier run met. `HYPOTHESIS_PROFILE=fuzz pytest tests/test_properties.py`
# draws fresh ones each run to look for new failures (pin each one found with @example).
settings.register_profile("ci", derandomize=True)
settings.register_profile("fuzz", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _share_one_bytecode_cache() -> None:
    """Many tests run the real command line: each run is a new Python that imports cleanpage.
    Where PYTHONDONTWRITEBYTECODE is set (as in many containers) every such process compiled
    every module again, ~0.4 s of CPU a run and a few hundred runs a suite. They now share one
    bytecode cache in a temporary folder, still out of the source tree as that setting asks.
    The first process to load this file (pytest, or xdist's controller) sets it up; the xdist
    workers and every process the tests start inherit it through the environment."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    folder = tempfile.mkdtemp(prefix="cleanpage-tests-bytecode-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    del os.environ["PYTHONDONTWRITEBYTECODE"]


_share_one_bytecode_cache()

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


def _cli_output(case: Case) -> Output:
    as_json = run_cli(case, "-f", "json")
    assert as_json.returncode == 0, f"cleanpage -f json exited {as_json.returncode}: {as_json.stderr.decode()[-2000:]}"
    as_md = run_cli(case, "-f", "markdown")
    assert as_md.returncode == 0, f"cleanpage -f markdown exited {as_md.returncode}: {as_md.stderr.decode()[-2000:]}"
    return Output(json.loads(as_json.stdout.decode("utf-8")), as_md.stdout.decode("utf-8"))


_RUNNERS = {"library": _library_output, "cli": _cli_output}


# CLI runs started ahead, in threads, while the library door's tests run: each
# case costs two subprocesses of ~0.5 s, mostly interpreter start-up and imports.
PREFETCH_WORKERS = 3


@pytest.fixture(scope="session")
def outputs(request: pytest.FixtureRequest):
    """`outputs(case, door) -> Output`, computed once per session; a failure is re-raised each time.

    The CLI outputs of every case the session will ask for are started at once in a
    few threads (subprocesses run in parallel), so the suite waits for them less."""
    from concurrent.futures import Future, ThreadPoolExecutor

    wanted = {item.callspec.params["case"].name for item in request.session.items
              if hasattr(item, "callspec") and item.callspec.params.get("door") == "cli"
              and "case" in item.callspec.params}
    pool = ThreadPoolExecutor(max_workers=PREFETCH_WORKERS)
    cache: dict[tuple[str, str], Future] = {
        (case.name, "cli"): pool.submit(_cli_output, case) for case in CASES if case.name in wanted
    }

    def get(case: Case, door: str) -> Output:
        key = (case.name, door)
        if key not in cache:
            future: Future = Future()
            try:
                future.set_result(_RUNNERS[door](case))
            except (Exception, AssertionError) as exc:  # remembered and re-raised in every test
                future.set_exception(exc)
            cache[key] = future
        return cache[key].result()  # re-raises a remembered failure

    yield get
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def cli():
    """`cli(case, *args)`: run the cleanpage console script on a case's source.html."""
    return run_cli
