"""Accuracy of cleanpage beside trafilatura and readability-lxml, in one process.

    python benchmarks/accuracy.py                      # all tools, both sets
    python benchmarks/accuracy.py --only-cleanpage     # competitors from the cache
    python benchmarks/accuracy.py --worst 20 --json results/pages.json

Sets (see /work/shared/bench/README.md):
  scrapinghub      181 pages with a human reference body; scored with the
                   benchmark's shingle metric (metric.py), split once by a hash
                   of the page id into a tuning half and a check half.
  readability-dev  56 Mozilla Readability test pages; body against Readability.js's
                   output, and title, byline and date against its metadata.

Competitor outputs are cached in benchmarks/results/ keyed by tool, version and
page id, so a repeated run recomputes cleanpage only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from importlib.metadata import version as package_version
from pathlib import Path

import lxml.etree
import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import PageScore, Summary, first_difference, score_page, summarize  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_SCRAPINGHUB = REPO.parent / "shared" / "bench" / "scrapinghub"
DEFAULT_READABILITY = REPO.parent / "shared" / "bench" / "readability-dev"
CACHE_DIR = HERE / "results" / "cache"
TOOLS = ("cleanpage", "trafilatura", "readability")
# Part of the cache key beside tool and version: bump it whenever this script
# changes how it calls a tool or turns its output into text, so that stale
# cached outputs are not scored.
HARNESS_VERSION = 2

# The goals of the project (issue text), printed beside the figures.
TARGET_F1 = 0.975
TARGET_ACCURACY = 0.40
TARGET_TITLE = 0.90
TARGET_BYLINE = 0.85
TARGET_FALSE_BYLINES = 2

# Halves of scrapinghub: sha1(page id) mod 2. Stable across runs and machines,
# independent of file order, so a rule tuned on "tune" is judged on "check".
HALVES = ("tune", "check")

# Elements whose content starts a new line when a reference or readability-lxml's
# HTML is turned into text: without it "</p><p>" would glue two words into one token.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
})
# Table cells are separated by a space (a row stays one line).
CELL_TAGS = frozenset({"td", "th"})
# Leading "By " of a byline ("By Ana Sandoiu"), stripped before comparing names.
BYLINE_PREFIX_RE = re.compile(r"^by\s+", re.IGNORECASE)
WHITESPACE_RE = re.compile(r"\s+")
# The day part of an ISO date or date-time; dates are compared at day precision.
ISO_DAY_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
# Characters of a missing/extra shingle quoted in the worst-pages list.
QUOTE_CHARS = 60


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page and its references."""

    dataset: str  # "scrapinghub" | "readability-dev"
    id: str
    path: str  # the gzipped HTML
    url: str | None
    reference: str  # reference body as plain text
    meta: dict  # readability-dev's expected metadata; {} for scrapinghub

    @property
    def half(self) -> str | None:
        if self.dataset != "scrapinghub":
            return None
        return HALVES[int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 2]


@dataclass(frozen=True, slots=True)
class Output:
    """What one tool produced on one page (all None/empty after an error)."""

    text: str = ""
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    error: str | None = None


# -- turning HTML into text (references and readability-lxml's output) -------------

# Parser for references and readability-lxml's output: huge_tree lifts libxml2's
# depth limit (256), past which it would drop the text of deeper elements.
HTML_PARSER = lxml.html.HTMLParser(huge_tree=True)
# iterwalk reports comments and processing instructions only under these events;
# their text is skipped but their tail is the text that follows them.
WALK_EVENTS = ("start", "end", "comment", "pi")
SKIPPED_TAGS = frozenset({"script", "style", "template"})


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, a newline around each block, iteratively."""
    if not html.strip():
        return ""
    root = lxml.html.document_fromstring(html, parser=HTML_PARSER)
    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=WALK_EVENTS):
        if event in ("comment", "pi"):
            parts.append(element.tail or "")
            continue
        tag = element.tag.lower()
        parts.append("\n" if tag in BLOCK_TAGS else " " if tag in CELL_TAGS else "")
        if event == "start" and tag not in SKIPPED_TAGS:
            parts.append(element.text or "")
        if event == "end":
            parts.append(element.tail or "")
    lines = (WHITESPACE_RE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# -- the tools: each takes (html, url) and returns an Output ----------------------

def run_cleanpage(html: str, url: str | None) -> Output:
    import cleanpage

    article = cleanpage.clean(html, url=url)
    return Output(article.text, article.title, article.byline, article.date)


def run_trafilatura(html: str, url: str | None) -> Output:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return Output(text)
    return Output(text, meta.title, meta.author, meta.date)


def run_readability(html: str, url: str | None) -> Output:
    import readability

    document = readability.Document(html, url=url)
    return Output(html_to_text(document.summary()), document.short_title())


RUNNERS: dict[str, Callable[[str, str | None], Output]] = {
    "cleanpage": run_cleanpage, "trafilatura": run_trafilatura, "readability": run_readability,
}


def tool_version(tool: str) -> str:
    return package_version({"readability": "readability-lxml"}.get(tool, tool))


def run_job(job: tuple[str, str, str | None]) -> Output:
    """Run one tool on one page; any exception is recorded as an empty output."""
    tool, path, url = job
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        html = handle.read()
    try:
        return RUNNERS[tool](html, url)
    except Exception as error:  # the benchmark scores a crash as empty output, and lists it
        message = WHITESPACE_RE.sub(" ", str(error))[:120]
        return Output(error=f"{type(error).__name__}: {message}")


# -- loading the sets ------------------------------------------------------------

def load_scrapinghub(folder: Path) -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page("scrapinghub", page_id, str(folder / "html" / f"{page_id}.html.gz"),
             item.get("url"), item.get("articleBody") or "", {})
        for page_id, item in sorted(truth.items())
    ]


def load_readability(folder: Path) -> list[Page]:
    pages = []
    for case in sorted(p for p in folder.iterdir() if (p / "source.html.gz").exists()):
        with gzip.open(case / "expected.html.gz", "rt", encoding="utf-8") as handle:
            reference = html_to_text(handle.read())
        meta = json.loads((case / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append(Page("readability-dev", case.name, str(case / "source.html.gz"), None, reference, meta))
    return pages


# -- running, with the competitors' cache ----------------------------------------

def cache_path(tool: str, dataset: str) -> Path:
    return CACHE_DIR / f"{tool}-{tool_version(tool)}-h{HARNESS_VERSION}" / f"{dataset}.json"


def load_cache(tool: str, pages: list[Page]) -> dict[tuple[str, str], Output]:
    cached: dict[tuple[str, str], Output] = {}
    for dataset in sorted({p.dataset for p in pages}):
        path = cache_path(tool, dataset)
        if path.exists():
            for page_id, fields in json.loads(path.read_text(encoding="utf-8")).items():
                cached[(dataset, page_id)] = Output(**fields)
    return cached


def save_cache(tool: str, outputs: dict[tuple[str, str], Output]) -> None:
    for dataset in sorted({d for d, _ in outputs}):
        path = cache_path(tool, dataset)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {pid: asdict(out) for (d, pid), out in sorted(outputs.items()) if d == dataset}
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def run_tool(tool: str, pages: list[Page], jobs: int) -> dict[tuple[str, str], Output]:
    """Outputs of `tool` on every page: from the cache for competitors, else computed."""
    started = time.perf_counter()
    outputs = load_cache(tool, pages) if tool != "cleanpage" else {}
    todo = [p for p in pages if (p.dataset, p.id) not in outputs]
    if tool != "cleanpage" and len(todo) < len(pages):
        print(f"{tool} {tool_version(tool)}: cached results used for "
              f"{len(pages) - len(todo)} of {len(pages)} pages", file=sys.stderr)
    work = [(tool, p.path, p.url) for p in todo]
    if jobs > 1 and len(work) > 1:
        with multiprocessing.Pool(jobs) as pool:
            results = pool.map(run_job, work, chunksize=4)
    else:
        results = [run_job(job) for job in work]
    outputs.update({(p.dataset, p.id): out for p, out in zip(todo, results)})
    if tool != "cleanpage" and todo:
        save_cache(tool, outputs)
    print(f"{tool}: {len(todo)} pages run in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return outputs


# -- scoring ---------------------------------------------------------------------

def normalize_name(value: str | None) -> str:
    """Whitespace collapsed, lower-cased, a leading "By " removed ("" for None)."""
    collapsed = WHITESPACE_RE.sub(" ", value or "").strip().lower()
    return BYLINE_PREFIX_RE.sub("", collapsed)


def normalize_names(value: str | None) -> str:
    """A byline compared as a list of names: "A, B and C" equals "A, B, C" (DESIGN.md joins with "and")."""
    return JOIN_RE.sub(", ", normalize_name(value))


JOIN_RE = re.compile(r"\s*(?:,\s*|\s+(?:and|&|et|und|y|e)\s+)")


def iso_day(value: str | None) -> str | None:
    match = ISO_DAY_RE.match(value or "")
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class MetaScore:
    """readability-dev metadata figures of one tool."""

    title: float
    byline: float  # share correct of the pages whose expected byline is set
    byline_names: float  # the same against the labels reduced to names (DESIGN.md: "names only")
    false_bylines: int  # bylines given on pages whose expected byline is null
    date: float  # share correct (day) of the pages whose expected publishedTime is set


def score_metadata(pages: list[Page], outputs: dict[tuple[str, str], Output]) -> MetaScore:
    titles = bylines = names_right = dates = false_bylines = 0
    with_byline = [p for p in pages if normalize_name(p.meta.get("byline"))]
    with_names = [p for p in pages if names_only(p.meta.get("byline"))]
    with_date = [p for p in pages if iso_day(p.meta.get("publishedTime"))]
    for page in pages:
        out = outputs[(page.dataset, page.id)]
        expected_byline = normalize_names(page.meta.get("byline"))
        titles += normalize_name(out.title) == normalize_name(page.meta.get("title"))
        if expected_byline:
            bylines += normalize_names(out.byline) == expected_byline
        else:
            false_bylines += bool(normalize_name(out.byline))
        if names_only(page.meta.get("byline")):
            names_right += normalize_names(out.byline) == normalize_names(names_only(page.meta.get("byline")))
        if iso_day(page.meta.get("publishedTime")):
            dates += iso_day(out.date) == iso_day(page.meta.get("publishedTime"))
    return MetaScore(titles / max(1, len(pages)), bylines / max(1, len(with_byline)),
                     names_right / max(1, len(with_names)), false_bylines, dates / max(1, len(with_date)))


def names_only(label: str | None) -> str | None:
    """A byline label reduced to its names, as DESIGN.md asks of bylines ("By Jane Doe, MA\\nHealth
    News" -> "Jane Doe"): the label's first line that names someone, through the same name
    cleaner as cleanpage's output, so roles, dates and URLs in labels don't count as misses."""
    from cleanpage.metadata import clean_names

    for line in (label or "").splitlines():
        names = clean_names(line)
        if names:
            return ", ".join(names)
    return None


def score_bodies(pages: list[Page], outputs: dict[tuple[str, str], Output]) -> dict[str, PageScore]:
    return {p.id: score_page(p.reference, outputs[(p.dataset, p.id)].text) for p in pages}


def group_summaries(pages: list[Page], scores: dict[str, PageScore]) -> dict[str, Summary]:
    """Summaries of scrapinghub's tune half, check half and all pages."""
    groups = {half: [scores[p.id] for p in pages if p.half == half] for half in HALVES}
    groups["all"] = [scores[p.id] for p in pages]
    return {name: summarize(group) for name, group in groups.items()}


# -- reporting -------------------------------------------------------------------

def format_row(label: str, cells: Iterable[str]) -> str:
    return f"{label:<13}" + "".join(f"{cell:>8}" for cell in cells)


def print_table(summaries: dict[str, dict[str, Summary]], bodies: dict[str, Summary],
                metas: dict[str, MetaScore], sizes: dict[str, int]) -> None:
    groups = ("tune", "check", "all")
    header1 = "".join(f"{f'scrapinghub {g} ({sizes[g]})':^32}" for g in groups)
    rd_label = f"readability-dev ({sizes['rd']})"
    print(f"{'':13}{header1}{rd_label:^40}")
    print(format_row("tool", ["F1", "P", "R", "acc"] * 3 + ["F1", "title", "byline", "names", "false", "date"]))
    for tool in summaries:
        cells = []
        for group in groups:
            s = summaries[tool][group]
            cells += [f"{s.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.accuracy:.3f}"]
        m = metas[tool]
        cells += [f"{bodies[tool].f1:.3f}", f"{m.title:.0%}", f"{m.byline:.0%}", f"{m.byline_names:.0%}",
                  str(m.false_bylines), f"{m.date:.0%}"]
        print(format_row(tool, cells))
    target = [f">={TARGET_F1}", "", "", f">={TARGET_ACCURACY}"] * 3
    target += ["", f">={TARGET_TITLE:.0%}", "", f">={TARGET_BYLINE:.0%}", f"<={TARGET_FALSE_BYLINES}", ""]
    print(format_row("target", target))


def target_checks(summaries: dict[str, Summary], meta: MetaScore) -> list[tuple[str, bool]]:
    """(description, met?) for each target of the project, for cleanpage's figures."""
    checks = []
    for half in HALVES:
        s = summaries[half]
        checks.append((f"scrapinghub {half} F1 {s.f1:.3f} >= {TARGET_F1}", s.f1 >= TARGET_F1))
        checks.append((f"scrapinghub {half} accuracy {s.accuracy:.3f} >= {TARGET_ACCURACY}",
                       s.accuracy >= TARGET_ACCURACY))
    checks.append((f"readability-dev title {meta.title:.0%} >= {TARGET_TITLE:.0%}", meta.title >= TARGET_TITLE))
    checks.append((f"readability-dev byline, labels as written {meta.byline:.0%} >= {TARGET_BYLINE:.0%}",
                   meta.byline >= TARGET_BYLINE))
    checks.append((f"readability-dev byline, labels reduced to names {meta.byline_names:.0%} >= {TARGET_BYLINE:.0%}",
                   meta.byline_names >= TARGET_BYLINE))
    checks.append((f"readability-dev false bylines {meta.false_bylines} <= {TARGET_FALSE_BYLINES}",
                   meta.false_bylines <= TARGET_FALSE_BYLINES))
    return checks


def clip(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + "…"


def worst_reason(page: Page, score: PageScore, out: Output) -> str:
    """One line saying why a page scored low."""
    if out.error:
        return f"error: {out.error}"
    if not score.has_output:
        return "empty output"
    missing, extra = first_difference(page.reference, out.text)
    if score.tp == 0:
        return f"wrong content: nothing shared (first extra: '{clip(extra)}')"
    missed = score.fn / max(1, score.tp + score.fn)
    surplus = score.fp / max(1, score.tp + score.fp)
    if missed >= surplus:
        return f"low recall: missed {missed:.0%} (first missing: '{clip(missing)}')"
    return f"low precision: {surplus:.0%} extra (first extra: '{clip(extra)}')"


def print_worst(pages: list[Page], scores: dict[str, PageScore], outputs: dict, count: int) -> None:
    ranked = sorted(pages, key=lambda p: (scores[p.id].f1, p.id))[:count]
    print(f"\n{count} worst scrapinghub pages for cleanpage (page F1, P, R):")
    for page in ranked:
        s = scores[page.id]
        p = "-" if s.precision is None else f"{s.precision:.2f}"
        reason = worst_reason(page, s, outputs[(page.dataset, page.id)])
        print(f"  {page.id[:12]} {page.half:<5} F1 {s.f1:.2f} P {p:>4} R {s.recall or 0:.2f}  {reason}")


def print_errors(tool: str, outputs: dict[tuple[str, str], Output], limit: int = 20) -> None:
    failed = sorted((key, out.error) for key, out in outputs.items() if out.error)
    if not failed:
        return
    print(f"\n{tool}: {len(failed)} pages raised (scored as empty output):")
    for (dataset, page_id), error in failed[:limit]:
        print(f"  {dataset}/{page_id[:24]}: {error}")
    if len(failed) > limit:
        print(f"  ... and {len(failed) - limit} more")


def page_records(tool: str, pages: list[Page], scores: dict[str, PageScore], outputs: dict) -> list[dict]:
    records = []
    for page in pages:
        s, out = scores[page.id], outputs[(page.dataset, page.id)]
        records.append({
            "tool": tool, "dataset": page.dataset, "id": page.id, "half": page.half,
            "precision": s.precision, "recall": s.recall, "f1": s.f1, "exact": s.exact,
            "tp": s.tp, "fp": s.fp, "fn": s.fn, "error": out.error,
            "title": out.title, "byline": out.byline, "date": out.date,
        })
    return records


# -- command line ----------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scrapinghub", type=Path, default=DEFAULT_SCRAPINGHUB)
    parser.add_argument("--readability", type=Path, default=DEFAULT_READABILITY)
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of: " + ", ".join(TOOLS))
    parser.add_argument("--only-cleanpage", action="store_true", help="run cleanpage only (= --tools cleanpage)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default 1; 2 for cleanpage only)")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst scrapinghub pages for cleanpage")
    parser.add_argument("--json", type=Path, default=None, help="write per-page scores to this file")
    args = parser.parse_args(argv)
    args.tools = ["cleanpage"] if args.only_cleanpage else [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = sorted(set(args.tools) - set(TOOLS))
    if unknown:
        parser.error(f"unknown tool(s): {', '.join(unknown)}")
    if args.jobs is None:
        args.jobs = 2 if args.tools == ["cleanpage"] else 1
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    scrapinghub, readability = load_scrapinghub(args.scrapinghub), load_readability(args.readability)
    pages = scrapinghub + readability
    summaries, bodies, metas, records, outputs = {}, {}, {}, [], {}
    for tool in args.tools:
        outputs[tool] = run_tool(tool, pages, args.jobs)
        sh_scores = score_bodies(scrapinghub, outputs[tool])
        rd_scores = score_bodies(readability, outputs[tool])
        summaries[tool] = group_summaries(scrapinghub, sh_scores)
        bodies[tool] = summarize(rd_scores.values())
        metas[tool] = score_metadata(readability, outputs[tool])
        records += page_records(tool, scrapinghub, sh_scores, outputs[tool])
        records += page_records(tool, readability, rd_scores, outputs[tool])
    sizes = {half: sum(p.half == half for p in scrapinghub) for half in HALVES}
    sizes |= {"all": len(scrapinghub), "rd": len(readability)}
    print()
    print_table(summaries, bodies, metas, sizes)
    if "cleanpage" in args.tools:
        print("\ncleanpage against the targets:")
        for description, met in target_checks(summaries["cleanpage"], metas["cleanpage"]):
            print(f"  [{'met' if met else 'MISS'}] {description}")
        sh_scores = score_bodies(scrapinghub, outputs["cleanpage"])
        print_worst(scrapinghub, sh_scores, outputs["cleanpage"], args.worst)
    for tool in args.tools:
        print_errors(tool, outputs[tool])
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nper-page scores written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
