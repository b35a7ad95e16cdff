"""Speed of cleanpage beside trafilatura, readability-lxml and a bare lxml parse.

    python benchmarks/speed.py                   # all 181 scrapinghub pages, best of 3
    python benchmarks/speed.py --pages 40        # an evenly spread subset, quicker

1. per page, in one process, decoded str in: the tools interleaved page by page
   (which one goes first rotates), best of --repeat runs per page;
2. peak memory: each tool alone in a fresh process over a subset (RSS);
3. whole process: `cleanpage clean page.html` against trafilatura's CLI on one
   mid-size page, --cli-runs alternating runs, median;
4. import time of each tool in a fresh interpreter.

Whole processes (3 and 4) run as installed tools do: with their compiled bytecode.
pip compiles a package's .pyc files when it installs it, but an editable install
(`pip install -e .`) has none, and where PYTHONDONTWRITEBYTECODE is set none is
ever written: every run would compile cleanpage's source again (~80 ms). So these
children run with bytecode writing on, into a temporary PYTHONPYCACHEPREFIX,
after one untimed warm-up run of each command.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_SCRAPINGHUB = REPO.parent / "shared" / "bench" / "scrapinghub"
TOOLS = ("cleanpage", "trafilatura", "trafilatura-meta", "readability", "lxml-parse")
REFERENCE_TOOL = "trafilatura"  # the competitor every ratio is taken against
# trafilatura asked for the title, author and date as well: the work cleanpage always does (its
# output carries them), printed beside the target's ratio, which stays against the plain run
LIKE_FOR_LIKE_TOOL = "trafilatura-meta"
FLOOR_TOOL = "lxml-parse"  # parsing alone: no lxml-based tool can be faster

# The project's goals (issue text), printed beside the figures.
TARGET_VS_TRAFILATURA = 0.4  # per page: at most 0.4x trafilatura's time
TARGET_VS_FLOOR = 5.0  # per page: at most 5x a bare lxml parse
TARGET_CLI_VS_TRAFILATURA = 0.5  # whole process, one page

# Percentile reported beside mean and median: the slow tail a batch user feels.
TAIL_PERCENTILE = 95
# Pages per tool in the memory probe (each tool runs alone in a fresh process).
MEMORY_PAGES = 40
# Runs of `python -c "import X"` per tool; the median is kept.
IMPORT_RUNS = 5
# What `import` each tool needs to do its work (cleanpage imports its stages lazily).
IMPORTS = {
    "cleanpage": "import cleanpage.api, cleanpage.serialize",
    "trafilatura": "import trafilatura",
    "trafilatura-meta": "import trafilatura",
    "readability": "import readability",
    "lxml-parse": "import lxml.html",
}


# -- the tools: each takes decoded HTML and does the whole job -------------------

def make_runner(tool: str) -> Callable[[str], object]:
    """The function timed for `tool`; imports happen here, outside the timing."""
    if tool == "cleanpage":
        import cleanpage

        return lambda html: cleanpage.render(cleanpage.clean(html), "markdown")
    if tool == "trafilatura":
        import trafilatura

        return lambda html: trafilatura.extract(html, output_format="markdown", include_comments=False)
    if tool == "trafilatura-meta":
        import trafilatura

        return lambda html: trafilatura.extract(html, output_format="markdown", include_comments=False,
                                                with_metadata=True)
    if tool == "readability":
        import readability

        return lambda html: readability.Document(html).summary()
    import lxml.html

    return lxml.html.document_fromstring


def page_paths(folder: Path, count: int | None) -> list[Path]:
    """The gzipped pages sorted by id; `count` of them spread evenly over the set."""
    paths = sorted((folder / "html").glob("*.html.gz"))
    if count and count < len(paths):
        step = len(paths) / count
        paths = [paths[int(i * step)] for i in range(count)]
    return paths


def read_page(path: Path) -> str:
    """One page decoded to str (UTF-8), so that decoding is never timed."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return handle.read()


def load_pages(folder: Path, count: int | None) -> list[str]:
    return [read_page(path) for path in page_paths(folder, count)]


class CountingRunner:
    """A tool's runner that records exceptions instead of stopping the benchmark:
    cleanpage is being rewritten while it is measured, and a page that raises
    ("no article") still costs its time."""

    def __init__(self, run: Callable[[str], object]) -> None:
        self.run = run
        self.errors: dict[str, int] = {}

    def __call__(self, html: str) -> None:
        try:
            self.run(html)
        except Exception as error:  # counted and printed with the figures
            key = f"{type(error).__name__}: {str(error)[:80]}"
            self.errors[key] = self.errors.get(key, 0) + 1


# -- 1. per-page time ------------------------------------------------------------

# The per-page clock: wall time, or with --cpu this process's CPU time (steadier where
# other processes share the cores: waiting for a core is not billed).
CLOCKS = {"wall": time.perf_counter_ns, "cpu": time.process_time_ns}
page_clock = CLOCKS["wall"]


def time_once(run: Callable[[str], object], html: str) -> int:
    gc.collect()  # garbage of the previous tool is not billed to this one
    started = page_clock()
    run(html)
    return page_clock() - started


def time_pages(pages: list[str], tools: list[str], repeat: int) -> tuple[dict[str, list[float]], dict]:
    """Best-of-`repeat` milliseconds per page for each tool, tools interleaved,
    and the exceptions each tool raised (message -> count of calls)."""
    runners = {tool: CountingRunner(make_runner(tool)) for tool in tools}
    for tool in tools:  # warm-up: first-call caches, lazy imports, regex compilation
        runners[tool](pages[0])
    best = {tool: [math.inf] * len(pages) for tool in tools}
    for index, html in enumerate(pages):
        order = tools[index % len(tools):] + tools[:index % len(tools)]
        for _ in range(repeat):
            for tool in order:
                best[tool][index] = min(best[tool][index], time_once(runners[tool], html) / 1e6)
    return best, {tool: runner.errors for tool, runner in runners.items()}


@dataclass(frozen=True, slots=True)
class Timing:
    mean: float
    median: float
    tail: float


def summarize_times(times: list[float]) -> Timing:
    ordered = sorted(times)
    tail = ordered[max(0, math.ceil(TAIL_PERCENTILE / 100 * len(ordered)) - 1)]
    return Timing(statistics.fmean(ordered), statistics.median(ordered), tail)


# -- 2. peak memory, each tool alone in a fresh process --------------------------

def proc_status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (Linux), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return math.nan


def memory_probe(tool: str, folder: Path, count: int) -> None:
    """Child process: run `tool` over `count` pages, print RSS once imported and
    the peak. VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over
    execve, so a child would report its parent's RSS at fork time."""
    run = CountingRunner(make_runner(tool))
    paths = page_paths(folder, count)
    run(read_page(paths[0]))  # warm-up, as in the timing
    base = proc_status_mb("VmRSS")
    for path in paths:  # one page in memory at a time: the peak is the tool's
        run(read_page(path))
    print(json.dumps({"base_mb": base, "peak_mb": proc_status_mb("VmHWM")}))


def measure_memory(tool: str, folder: Path, count: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--memory-probe", tool, "--scrapinghub", str(folder),
               "--pages", str(count)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"base_mb": math.nan, "peak_mb": math.nan}
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- 3. whole process, one page ---------------------------------------------------

def cli_commands(page: Path) -> dict[str, tuple[list[str], Path | None]]:
    """tool -> (argv, file given on stdin or None). trafilatura's CLI reads one
    document from stdin (its -i takes a list of URLs, not an HTML file)."""
    bin_dir = Path(sys.executable).parent
    cleanpage_bin = shutil.which("cleanpage", path=str(bin_dir)) or "cleanpage"
    trafilatura_bin = shutil.which("trafilatura", path=str(bin_dir)) or "trafilatura"
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        "cleanpage": ([cleanpage_bin, "clean", str(page)], None),
        "trafilatura": ([trafilatura_bin], page),
    }


def bytecode_env(cache: Path) -> dict[str, str]:
    """This process's environment, with .pyc files written to and read from `cache`, and cleanpage's
    compiled patterns (patterns.CompiledCache) kept in a folder among them: both filled by the
    warm-up run, as a first run fills them for a user."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["CLEANPAGE_CACHE_DIR"] = str(cache / "cleanpage-patterns")
    return env


def time_command(argv: list[str], stdin_path: Path | None, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall milliseconds of one run and its exit code (output discarded)."""
    with open(stdin_path or os.devnull, "rb") as stdin:
        started = time.perf_counter_ns()
        done = subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                              env=env)
    return (time.perf_counter_ns() - started) / 1e6, done.returncode


def time_cli(html: str, runs: int) -> dict[str, tuple[float, set[int]]]:
    """tool -> (median ms, exit codes seen), the commands alternating run by run."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(html, encoding="utf-8")
        commands = cli_commands(page)
        env = bytecode_env(Path(folder) / "pycache")
        for argv, stdin_path in commands.values():  # warm-up: each tool's bytecode compiled once, as by pip
            time_command(argv, stdin_path, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        codes: dict[str, set[int]] = {name: set() for name in commands}
        for index in range(runs):
            names = list(commands)
            for name in names[index % len(names):] + names[:index % len(names)]:
                elapsed, code = time_command(*commands[name], env)
                samples[name].append(elapsed)
                codes[name].add(code)
    return {name: (statistics.median(samples[name]), codes[name]) for name in commands}


# -- 4. import time ----------------------------------------------------------------

def time_import(statement: str, env: dict[str, str]) -> float:
    """Median wall milliseconds of `python -c statement` in a fresh interpreter (after a warm-up run)."""
    samples = []
    for _ in range(IMPORT_RUNS + 1):
        started = time.perf_counter_ns()
        subprocess.run([sys.executable, "-c", statement], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        samples.append((time.perf_counter_ns() - started) / 1e6)
    return statistics.median(samples[1:])


# -- reporting -----------------------------------------------------------------------

def verdict(ratio: float, target: float) -> str:
    return "met" if ratio <= target else "MISS"


def print_per_page(timings: dict[str, Timing], memory: dict[str, dict[str, float]], pages: int, repeat: int) -> None:
    ref, floor = timings.get(REFERENCE_TOOL), timings.get(FLOOR_TOOL)
    clock = "CPU" if page_clock is CLOCKS["cpu"] else "wall"
    print(f"\nper page, {pages} pages, best of {repeat}, {clock} ms (ratios: mean/mean and median/median)")
    print(f"{'tool':<17}{'mean':>8}{'median':>8}{'p' + str(TAIL_PERCENTILE):>8}"
          f"{'xtraf mean':>12}{'xtraf med':>11}{'xlxml mean':>12}{'xlxml med':>11}{'peak RSS':>10}{'(+work)':>9}")
    for tool, t in timings.items():
        cells = [f"{t.mean:8.2f}", f"{t.median:8.2f}", f"{t.tail:8.2f}"]
        cells += [f"{t.mean / ref.mean:12.2f}", f"{t.median / ref.median:11.2f}"] if ref else ["", ""]
        cells += [f"{t.mean / floor.mean:12.2f}", f"{t.median / floor.median:11.2f}"] if floor else ["", ""]
        mem = memory.get(tool)
        cells += [f"{mem['peak_mb']:8.0f}MB", f"{mem['peak_mb'] - mem['base_mb']:+7.0f}MB"] if mem else ["", ""]
        print(f"{tool:<17}" + "".join(cells))
    print(f"{'target':<17}{'':24}{'<=' + str(TARGET_VS_TRAFILATURA):>12}{'':11}{'<=' + str(TARGET_VS_FLOOR):>12}")
    if "cleanpage" in timings and ref and floor:
        mine = timings["cleanpage"]
        for label, ratio, target in (
            ("mean vs trafilatura", mine.mean / ref.mean, TARGET_VS_TRAFILATURA),
            ("median vs trafilatura", mine.median / ref.median, TARGET_VS_TRAFILATURA),
            ("mean vs lxml parse", mine.mean / floor.mean, TARGET_VS_FLOOR),
            ("median vs lxml parse", mine.median / floor.median, TARGET_VS_FLOOR),
        ):
            print(f"  [{verdict(ratio, target)}] cleanpage {label}: {ratio:.2f}x (target <= {target}x)")
    if "cleanpage" in timings and LIKE_FOR_LIKE_TOOL in timings:
        mine, meta = timings["cleanpage"], timings[LIKE_FOR_LIKE_TOOL]
        print(f"  (like for like: cleanpage vs trafilatura with its metadata {mine.mean / meta.mean:.2f}x mean, "
              f"{mine.median / meta.median:.2f}x median; no target)")


def print_errors(errors: dict[str, dict[str, int]]) -> None:
    for tool, messages in errors.items():
        for message, count in sorted(messages.items(), key=lambda item: -item[1]):
            print(f"  {tool} raised on {count} timed calls: {message}")


def print_cli(results: dict[str, tuple[float, set[int]]], runs: int, size: int) -> None:
    print(f"\nwhole process, one mid-size page ({size // 1024} KiB), median of {runs} alternating runs")
    for name, (median, codes) in results.items():
        note = "" if codes == {0} else f"   exit codes {sorted(codes)}"
        print(f"  {name:<16}{median:8.0f} ms{note}")
    if "cleanpage" in results and "trafilatura" in results:
        ratio = results["cleanpage"][0] / results["trafilatura"][0]
        print(f"  [{verdict(ratio, TARGET_CLI_VS_TRAFILATURA)}] cleanpage CLI vs trafilatura CLI: "
              f"{ratio:.2f}x (target <= {TARGET_CLI_VS_TRAFILATURA}x)")


def print_imports(tools: list[str]) -> None:
    tools = list({IMPORTS[tool]: tool for tool in reversed(tools)}.values())[::-1]  # one line an import
    with tempfile.TemporaryDirectory() as folder:
        env = bytecode_env(Path(folder))
        baseline = time_import("pass", env)
        elapsed = {tool: time_import(IMPORTS[tool], env) for tool in tools}
    print(f"\nimport time, fresh interpreter, median of {IMPORT_RUNS} (python -c pass: {baseline:.0f} ms)")
    for tool in tools:
        print(f"  {IMPORTS[tool]:<42}{elapsed[tool]:7.0f} ms  (+{elapsed[tool] - baseline:.0f} ms over bare python)")


# -- command line ----------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scrapinghub", type=Path, default=DEFAULT_SCRAPINGHUB)
    parser.add_argument("--pages", type=int, default=None, help="an evenly spread subset of N pages (default all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page and tool; the best is kept")
    parser.add_argument("--cli-runs", type=int, default=11, help="alternating whole-process runs; median kept (0: none)")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of: " + ", ".join(TOOLS))
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory probes")
    parser.add_argument("--cpu", action="store_true", help="per page: CPU time of this process, not wall time")
    parser.add_argument("--memory-probe", choices=TOOLS, help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args(argv)
    args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = sorted(set(args.tools) - set(TOOLS))
    if unknown:
        parser.error(f"unknown tool(s): {', '.join(unknown)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_probe:
        memory_probe(args.memory_probe, args.scrapinghub, args.pages or MEMORY_PAGES)
        return 0
    global page_clock
    page_clock = CLOCKS["cpu" if args.cpu else "wall"]
    pages = load_pages(args.scrapinghub, args.pages)
    print(f"{len(pages)} pages, {sum(map(len, pages)) / len(pages) / 1024:.0f} KiB of HTML per page on average",
          file=sys.stderr)
    times, errors = time_pages(pages, args.tools, args.repeat)
    timings = {tool: summarize_times(times[tool]) for tool in args.tools}
    memory_pages = min(len(pages), MEMORY_PAGES)
    memory = {} if args.no_memory else {
        tool: measure_memory(tool, args.scrapinghub, memory_pages) for tool in args.tools}
    print_per_page(timings, memory, len(pages), args.repeat)
    if not args.no_memory:
        print(f"  peak RSS: each tool alone in a fresh process over {memory_pages} pages; "
              "(+work) = peak minus RSS once imported and warmed up")
    print_errors(errors)
    mid_size = sorted(pages, key=len)[len(pages) // 2]
    if args.cli_runs > 0:  # 0: no whole-process runs (and no median of none)
        print_cli(time_cli(mid_size, args.cli_runs), args.cli_runs, len(mid_size.encode()))
    print_imports(args.tools)
    return 0


if __name__ == "__main__":
    sys.exit(main())
