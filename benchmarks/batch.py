"""Throughput of `-j 2` against `-j 1` over the scrapinghub pages.

    python benchmarks/batch.py                 # 181 pages, 5 alternating runs each
    python benchmarks/batch.py --runs 7

Two figures, each the ratio of medians of alternating runs:
1. the whole command, `cleanpage clean -f jsonl -j N <181 files>` (start-up
   included: ~0.25 s of it is serial whatever N is);
2. the cleaning itself, `batch.clean_all` in one process once imported.
Both also check that -j 1 and -j 2 give the same records in the same order.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = REPO.parent / "shared" / "bench" / "scrapinghub" / "html"
TARGET = 1.6


def unpack(pages: Path, into: Path) -> list[str]:
    files = []
    for page in sorted(pages.glob("*.html.gz")):
        target = into / page.name.removesuffix(".gz")
        target.write_bytes(gzip.decompress(page.read_bytes()))
        files.append(str(target))
    return files


def whole_command(files: list[str], runs: int) -> tuple[float, float, bool]:
    command = [sys.executable, "-m", "cleanpage", "clean", "-f", "jsonl"]
    times: dict[int, list[float]] = {1: [], 2: []}
    outputs: dict[int, bytes] = {}
    for _ in range(runs):
        for jobs in (1, 2):
            start = time.perf_counter()
            done = subprocess.run([*command, "-j", str(jobs), *files], capture_output=True, check=True)
            times[jobs].append(time.perf_counter() - start)
            outputs[jobs] = done.stdout
    return statistics.median(times[1]), statistics.median(times[2]), outputs[1] == outputs[2]


def in_process(files: list[str], runs: int) -> tuple[float, float, bool]:
    from cleanpage import Options
    from cleanpage.batch import Task, clean_all, warm_up

    tasks = [Task(source=f, path=f) for f in files]
    warm_up()
    times: dict[int, list[float]] = {1: [], 2: []}
    outputs: dict[int, list] = {}
    for _ in range(runs):
        for jobs in (1, 2):
            start = time.perf_counter()
            outputs[jobs] = [o.output for o in clean_all(tasks, "jsonl", Options(), jobs)]
            times[jobs].append(time.perf_counter() - start)
    return statistics.median(times[1]), statistics.median(times[2]), outputs[1] == outputs[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of *.html.gz pages")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs of each; the median is kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = unpack(args.pages, Path(folder))
        print(f"{len(files)} pages, {args.runs} alternating runs of -j 1 and -j 2, medians")
        for name, measure in (("whole command", whole_command), ("cleaning in process", in_process)):
            one, two, same = measure(files, args.runs)
            verdict = "met" if one / two >= TARGET else "MISS"
            print(f"  {name:20} -j 1 {one:5.2f} s   -j 2 {two:5.2f} s   speed-up {one / two:.2f}x "
                  f"[{verdict} >= {TARGET}]   identical records: {same}")


if __name__ == "__main__":
    main()
