"""Accuracy of cleanpage beside trafilatura and readability-lxml, in one process.

    python benchmarks/accuracy.py                      # all tools, all three sets
    python benchmarks/accuracy.py --only-cleanpage     # competitors from the cache
    python benchmarks/accuracy.py --sets wcxb-dev --worst 20 --json results/pages.json
    python benchmarks/accuracy.py --only-cleanpage --compare results/before.json
    python benchmarks/accuracy.py --only-cleanpage --sets wcxb-dev --date-misses 40

Sets (see the README.md of ../shared/bench beside the repository):
  scrapinghub      181 pages with a human reference body; scored with the
                   benchmark's shingle metric (metric.py).
  readability-dev  56 Mozilla Readability test pages; body against Readability.js's
                   output, and title, byline and date against its metadata.
  wcxb-dev         1,337 pages of the 2026 web in seven page types, with reference
                   body, title, author, date and must / must-not snippets. Beside
                   `date`, "day shown": cleanpage's date, else its `updated`, against
                   the same reference (a line gives both per half; the target is the date's).

Every set is split once by a hash of the page id into a tuning half and a check
half. Competitor outputs are cached in benchmarks/results/ keyed by tool, version
and page id, so a repeated run recomputes cleanpage only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing
import re
import sys
import tarfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from importlib.metadata import version as package_version
from pathlib import Path

import lxml.etree
import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import (
    TOKEN_RE,
    PageScore,
    Summary,
    first_difference,
    score_page,
    summarize,
    word_f1,
)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_SCRAPINGHUB = REPO.parent / "shared" / "bench" / "scrapinghub"
DEFAULT_READABILITY = REPO.parent / "shared" / "bench" / "readability-dev"
DEFAULT_WCXB = REPO.parent / "shared" / "bench" / "wcxb-dev"
# wcxb-dev's pages, unpacked once from its pages.tar.xz (benchmarks/data/ is git-ignored).
DEFAULT_WCXB_PAGES = HERE / "data" / "wcxb-dev"
WCXB_ARCHIVE = "pages.tar.xz"
CACHE_DIR = HERE / "results" / "cache"
TOOLS = ("cleanpage", "trafilatura", "readability")
SETS = ("scrapinghub", "readability-dev", "wcxb-dev")
# wcxb-dev's page types, in the order its README lists them (largest first).
PAGE_TYPES = ("article", "service", "forum", "listing", "documentation", "collection", "product")
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
TARGET_RD_BODY_F1 = 0.98
TARGET_WCXB_F1 = 0.86
TARGET_WCXB_ARTICLE_F1 = 0.95
TARGET_WCXB_TITLE = 0.80
TARGET_WCXB_AUTHOR = 0.80
TARGET_WCXB_DATE = 0.92

# Halves of every set: sha1(page id) mod 2. Stable across runs and machines,
# independent of file order, so a rule tuned on "tune" is judged on "check".
HALVES = ("tune", "check")
# Pages listed by --compare as having moved most, each way.
MOVED_PAGES = 10

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
# Words that join names in a byline ("A and B", "von A und B", "by A"): dropped
# before wcxb-dev's authors are compared as sets of words.
AUTHOR_CONNECTORS = frozenset({"and", "und", "by", "et", "y", "e", "en", "og", "och", "ja", "és", "i"})
# Characters of a missing/extra shingle quoted in the worst-pages list.
QUOTE_CHARS = 60

Key = tuple[str, str]  # (set, page id)


def half_of(page_id: str) -> str:
    """The half a page belongs to: int(sha1(id), 16) % 2, 0 = tune, 1 = check."""
    return HALVES[int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2]


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page and its references."""

    dataset: str  # "scrapinghub" | "readability-dev" | "wcxb-dev"
    id: str
    path: str  # the HTML file (gzipped when it ends in .gz), or "ARCHIVE::MEMBER" in a tar
    url: str | None
    reference: str  # reference body as plain text
    meta: dict  # readability-dev's expected metadata or wcxb-dev's reference; {} for scrapinghub

    @property
    def key(self) -> Key:
        return (self.dataset, self.id)

    @property
    def half(self) -> str:
        return half_of(self.id)

    @property
    def page_type(self) -> str | None:
        return self.meta.get("page_type") if self.dataset == "wcxb-dev" else None


@dataclass(frozen=True, slots=True)
class Output:
    """What one tool produced on one page (all None/empty after an error)."""

    text: str = ""
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    error: str | None = None
    updated: str | None = None  # cleanpage's update day (no other tool gives one)

    @property
    def empty(self) -> bool:
        """No text at all, or an error: what the issue counts as an empty output."""
        return bool(self.error) or not self.text.strip()


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

    try:
        article = cleanpage.clean(html, url=url)
    except cleanpage.NoContentError as error:  # no body, but the title, byline and date the page gave
        found = error.found
        return Output("", found.get("title"), found.get("byline"), found.get("date"),
                      error=f"NoContentError: {error.message}", updated=found.get("updated"))
    return Output(article.text, article.title, article.byline, article.date, updated=article.updated)


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


def run_job(job: tuple[str, Key, str, str | None]) -> tuple[Key, Output]:
    """Run one tool on one page; any exception is recorded as an empty output."""
    tool, key, html, url = job
    try:
        return key, RUNNERS[tool](html, url)
    except Exception as error:  # the benchmark scores a crash as empty output, and lists it
        message = WHITESPACE_RE.sub(" ", str(error))[:120]
        return key, Output(error=f"{type(error).__name__}: {message}")


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


def load_wcxb(folder: Path, pages_folder: Path) -> list[Page]:
    """wcxb-dev's pages, from the unpacked folder, or else straight from the archive."""
    with gzip.open(folder / "ground-truth.json.gz", "rt", encoding="utf-8") as handle:
        truth = json.load(handle)
    if pages_folder.is_dir():
        missing = [page_id for page_id in truth if not (pages_folder / f"{page_id}.html").exists()]
        if missing:
            raise SystemExit(f"accuracy.py: {len(missing)} wcxb-dev pages missing from {pages_folder} "
                             f"(first: {missing[0]}.html); {unpack_command(folder, pages_folder)}")
        located = {page_id: str(pages_folder / f"{page_id}.html") for page_id in truth}
    else:
        archive = folder / WCXB_ARCHIVE
        if not archive.exists():
            raise SystemExit(f"accuracy.py: no wcxb-dev pages in {pages_folder} nor {archive}")
        print(f"wcxb-dev: reading pages from {archive} (slower); {unpack_command(folder, pages_folder)}",
              file=sys.stderr)
        located = {page_id: f"{archive}::{page_id}.html" for page_id in truth}
    return [
        Page("wcxb-dev", page_id, located[page_id], item.get("url"), item.get("articleBody") or "", item)
        for page_id, item in sorted(truth.items())
    ]


def unpack_command(folder: Path, pages_folder: Path) -> str:
    return f"unpack them once with: mkdir -p {pages_folder} && tar xJf {folder / WCXB_ARCHIVE} -C {pages_folder}"


def read_file(path: str) -> str:
    if path.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return handle.read()
    return Path(path).read_bytes().decode("utf-8", errors="replace")


def page_sources(pages: list[Page]) -> Iterator[tuple[Page, str]]:
    """Each page with its HTML: files one by one, then each tar archive in one pass."""
    archived: dict[str, dict[str, Page]] = {}
    for page in pages:
        if "::" in page.path:
            archive, member = page.path.split("::", 1)
            archived.setdefault(archive, {})[member] = page
        else:
            yield page, read_file(page.path)
    for archive, wanted in archived.items():
        with tarfile.open(archive) as tar:
            for member in tar:
                page = wanted.pop(Path(member.name).name, None)
                if page is not None and member.isfile():
                    yield page, tar.extractfile(member).read().decode("utf-8", errors="replace")


# -- running, with the competitors' cache ----------------------------------------

def cache_path(tool: str, dataset: str) -> Path:
    return CACHE_DIR / f"{tool}-{tool_version(tool)}-h{HARNESS_VERSION}" / f"{dataset}.json"


def load_cache(tool: str, pages: list[Page]) -> dict[Key, Output]:
    cached: dict[Key, Output] = {}
    for dataset in sorted({p.dataset for p in pages}):
        path = cache_path(tool, dataset)
        if path.exists():
            for page_id, fields in json.loads(path.read_text(encoding="utf-8")).items():
                cached[(dataset, page_id)] = Output(**fields)
    return cached


def save_cache(tool: str, outputs: dict[Key, Output]) -> None:
    for dataset in sorted({d for d, _ in outputs}):
        path = cache_path(tool, dataset)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {pid: asdict(out) for (d, pid), out in sorted(outputs.items()) if d == dataset}
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def cached_outputs(tool: str, pages: list[Page]) -> dict[Key, Output] | None:
    """A competitor's cached outputs when they cover every page, else None."""
    if tool == "cleanpage":
        return None
    cached = load_cache(tool, pages)
    return cached if all(p.key in cached for p in pages) else None


def run_tool(tool: str, pages: list[Page], jobs: int) -> tuple[dict[Key, Output], int, float]:
    """Outputs of `tool` on every page (from the cache for competitors, else computed),
    the number of pages run and the seconds that took."""
    started = time.perf_counter()
    outputs = load_cache(tool, pages) if tool != "cleanpage" else {}
    outputs = {p.key: outputs[p.key] for p in pages if p.key in outputs}
    todo = [p for p in pages if p.key not in outputs]
    if tool != "cleanpage" and len(todo) < len(pages):
        print(f"{tool} {tool_version(tool)}: cached results used for "
              f"{len(pages) - len(todo)} of {len(pages)} pages", file=sys.stderr)
    work = ((tool, page.key, html, page.url) for page, html in page_sources(todo))
    if jobs > 1 and len(todo) > 1:
        with multiprocessing.Pool(jobs) as pool:
            outputs.update(pool.imap_unordered(run_job, work, chunksize=4))
    else:
        outputs.update(map(run_job, work))
    if tool != "cleanpage" and todo:
        save_cache(tool, load_cache(tool, pages) | outputs)
    seconds = time.perf_counter() - started
    print(f"{tool}: {len(todo)} pages run in {seconds:.1f} s", file=sys.stderr)
    return outputs, len(todo), seconds


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


# wcxb-dev's comparisons (its README): snippets, titles, authors, dates.

def collapse(text: str | None) -> str:
    """Whitespace runs as one space, ends stripped."""
    return WHITESPACE_RE.sub(" ", text or "").strip()


def snippets_found(snippets: Iterable[str], text: str | None) -> tuple[int, int]:
    """(found, total) of the non-blank snippets that occur in the text, case kept,
    whitespace collapsed on both sides."""
    body = collapse(text)
    wanted = [collapse(s) for s in snippets if collapse(s)]
    return sum(s in body for s in wanted), len(wanted)


def same_title(reference: str | None, output: str | None) -> bool:
    """Equal once whitespace, case and typography are set aside: a reference typed with a
    straight apostrophe or a hyphen names the same title as a page's curly one or its dash."""
    return (collapse(reference).casefold().translate(PLAIN_TYPOGRAPHY)
            == collapse(output).casefold().translate(PLAIN_TYPOGRAPHY))


# Curly quotes, primes and dashes as their plain keyboard forms (title comparison only).
PLAIN_TYPOGRAPHY = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2013\u2014\u2212", "-"),
})


def author_words(value: str | None) -> frozenset[str]:
    """A byline as the set of its lower-cased \\w+ words, connectors (and, und, by...) dropped."""
    return frozenset(t.lower() for t in TOKEN_RE.findall(value or "")) - AUTHOR_CONNECTORS


def same_authors(reference: str | None, output: str | None) -> bool:
    return author_words(reference) == author_words(output)


def same_day(reference: str | None, output: str | None) -> bool:
    """The first 10 characters equal (YYYY-MM-DD of a date or date-time)."""
    return bool(output) and (output or "")[:10] == (reference or "")[:10]


@dataclass(frozen=True, slots=True)
class PageResult:
    """Everything scored on one page for one tool (metadata: None without a reference)."""

    score: PageScore
    word_f1: float
    with_found: int
    with_total: int
    without_found: int
    without_total: int
    empty: bool
    title_right: bool | None
    author_right: bool | None
    date_right: bool | None
    day_shown_right: bool | None = None  # "day shown": the date, else the update day, against the same reference


def score_page_result(page: Page, out: Output) -> PageResult:
    meta = page.meta if page.dataset == "wcxb-dev" else {}
    with_found, with_total = snippets_found(meta.get("with") or [], out.text)
    without_found, without_total = snippets_found(meta.get("without") or [], out.text)
    return PageResult(
        score_page(page.reference, out.text), word_f1(page.reference, out.text),
        with_found, with_total, without_found, without_total, out.empty,
        same_title(meta["title"], out.title) if collapse(meta.get("title")) else None,
        same_authors(meta["author"], out.byline) if author_words(meta.get("author")) else None,
        same_day(meta["date"], out.date) if collapse(meta.get("date")) else None,
        same_day(meta["date"], out.date or out.updated) if collapse(meta.get("date")) else None,
    )


def score_pages(pages: list[Page], outputs: dict[Key, Output]) -> dict[Key, PageResult]:
    return {p.key: score_page_result(p, outputs[p.key]) for p in pages}


@dataclass(frozen=True, slots=True)
class SliceScore:
    """The figures of one slice of a set (all pages, or one page type) for one tool."""

    pages: int
    halves: dict[str, Summary]  # "tune", "check", "all"
    word_f1: float  # mean page word F1
    with_share: float  # pooled share of `with` snippets found
    without_share: float  # pooled share of `without` snippets found (lower is better)
    empty: int
    title: float | None  # share right among pages with a reference; None when none has one
    author: float | None
    date: float | None
    day_shown: float | None = None  # the date, else the update day, right (the target is the date's)


def share(flags: Iterable[bool | None]) -> float | None:
    known = [flag for flag in flags if flag is not None]
    return sum(known) / len(known) if known else None


def slice_score(pages: list[Page], results: dict[Key, PageResult]) -> SliceScore:
    rows = [results[p.key] for p in pages]
    halves = {half: summarize(results[p.key].score for p in pages if p.half == half) for half in HALVES}
    halves["all"] = summarize(r.score for r in rows)
    return SliceScore(
        len(rows), halves, sum(r.word_f1 for r in rows) / max(1, len(rows)),
        sum(r.with_found for r in rows) / max(1, sum(r.with_total for r in rows)),
        sum(r.without_found for r in rows) / max(1, sum(r.without_total for r in rows)),
        sum(r.empty for r in rows), share(r.title_right for r in rows),
        share(r.author_right for r in rows), share(r.date_right for r in rows),
        share(r.day_shown_right for r in rows),
    )


def wcxb_slices(pages: list[Page]) -> dict[str, list[Page]]:
    """wcxb-dev's pages: "all", then one slice per page type."""
    slices = {"all": pages}
    for page_type in PAGE_TYPES + tuple(sorted({p.page_type for p in pages} - set(PAGE_TYPES))):
        slices[page_type] = [p for p in pages if p.page_type == page_type]
    return slices


# -- reporting -------------------------------------------------------------------

def format_row(label: str, cells: Iterable[str], width: int = 13, cell: int = 8) -> str:
    return f"{label:<{width}}" + "".join(f"{text:>{cell}}" for text in cells)


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def half_sizes(pages: list[Page]) -> str:
    return " / ".join(f"{half} {sum(p.half == half for p in pages)}" for half in HALVES)


def print_scrapinghub(pages: list[Page], scores: dict[str, SliceScore]) -> None:
    groups = ("tune", "check", "all")
    sizes = {half: sum(p.half == half for p in pages) for half in HALVES} | {"all": len(pages)}
    print("".join([f"{'':13}"] + [f"{f'scrapinghub {g} ({sizes[g]})':^32}" for g in groups]))
    print(format_row("tool", ["F1", "P", "R", "acc"] * 3))
    for tool, score in scores.items():
        cells = []
        for group in groups:
            s = score.halves[group]
            cells += [f"{s.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.accuracy:.3f}"]
        print(format_row(tool, cells))
    print(format_row("target", [f">={TARGET_F1}", "", "", f">={TARGET_ACCURACY}"] * 2))


def print_readability(pages: list[Page], scores: dict[str, SliceScore], metas: dict[str, MetaScore]) -> None:
    print(f"readability-dev ({len(pages)} pages: {half_sizes(pages)})")
    print(format_row("tool", ["F1 tune", "F1 check", "F1", "P", "R", "title", "byline", "names", "false",
                              "date"], cell=9))
    for tool, score in scores.items():
        halves, m = score.halves, metas[tool]
        print(format_row(tool, [f"{halves['tune'].f1:.3f}", f"{halves['check'].f1:.3f}",
                                f"{halves['all'].f1:.3f}", f"{halves['all'].precision:.3f}",
                                f"{halves['all'].recall:.3f}", percent(m.title), percent(m.byline),
                                percent(m.byline_names), str(m.false_bylines), percent(m.date)], cell=9))
    print(format_row("target", ["", "", f">={TARGET_RD_BODY_F1}", "", "", f">={TARGET_TITLE:.0%}", "",
                                f">={TARGET_BYLINE:.0%}", f"<={TARGET_FALSE_BYLINES}", ""], cell=9))


WCXB_COLUMNS = ("F1 tune", "F1 check", "F1", "P", "R", "exact", "word F1", "with", "without", "empty",
                "title", "author", "date", "day shown")


def print_wcxb(slices: dict[str, list[Page]], scores: dict[str, dict[str, SliceScore]]) -> None:
    """One block per slice (all pages, then each page type), one row per tool."""
    print(format_row("wcxb-dev", WCXB_COLUMNS, cell=10))
    for name, pages in slices.items():
        print(f"{name} ({len(pages)} pages: {half_sizes(pages)})")
        for tool, by_slice in scores.items():
            s = by_slice[name]
            a = s.halves["all"]
            print(format_row(f"  {tool}", [
                f"{s.halves['tune'].f1:.3f}", f"{s.halves['check'].f1:.3f}", f"{a.f1:.3f}",
                f"{a.precision:.3f}", f"{a.recall:.3f}", f"{a.accuracy:.3f}", f"{s.word_f1:.3f}",
                percent(s.with_share), percent(s.without_share), str(s.empty),
                percent(s.title), percent(s.author), percent(s.date), percent(s.day_shown)], cell=10))


def print_days_shown(pages: list[Page], results: dict[Key, PageResult]) -> None:
    """wcxb-dev's dates by half: the date, and the day shown (the date, else the update day)."""
    cells = []
    for half in (*HALVES, "all"):
        rows = [results[p.key] for p in pages if half in ("all", p.half)]
        dated = [r for r in rows if r.date_right is not None]
        right, shown = sum(bool(r.date_right) for r in dated), sum(bool(r.day_shown_right) for r in dated)
        cells.append(f"{half} date {right}/{len(dated)}, day shown {shown}/{len(dated)}")
    print("wcxb-dev dates (day shown: the date, else the update day): " + "; ".join(cells))


def target_checks(scores: dict[str, dict], metas: dict[str, MetaScore],
                  wcxb_competitor: dict[str, SliceScore] | None) -> list[tuple[str, bool]]:
    """(description, met?) for each target of the project, for cleanpage's figures.
    `scores` maps a set to its cleanpage scores (SliceScore, or a dict of them for wcxb-dev)."""
    checks = []
    if "scrapinghub" in scores:
        for half in HALVES:
            s = scores["scrapinghub"].halves[half]
            checks.append((f"scrapinghub {half} F1 {s.f1:.3f} >= {TARGET_F1}", s.f1 >= TARGET_F1))
            checks.append((f"scrapinghub {half} exact {s.accuracy:.3f} >= {TARGET_ACCURACY}",
                           s.accuracy >= TARGET_ACCURACY))
    if "readability-dev" in scores:
        body, meta = scores["readability-dev"].halves["all"].f1, metas["cleanpage"]
        checks += [
            (f"readability-dev body F1 {body:.3f} >= {TARGET_RD_BODY_F1}", body >= TARGET_RD_BODY_F1),
            (f"readability-dev title {meta.title:.0%} >= {TARGET_TITLE:.0%}", meta.title >= TARGET_TITLE),
            (f"readability-dev byline, labels as written {meta.byline:.0%} >= {TARGET_BYLINE:.0%}",
             meta.byline >= TARGET_BYLINE),
            (f"readability-dev byline, labels reduced to names {meta.byline_names:.0%} >= {TARGET_BYLINE:.0%}",
             meta.byline_names >= TARGET_BYLINE),
            (f"readability-dev false bylines {meta.false_bylines} <= {TARGET_FALSE_BYLINES}",
             meta.false_bylines <= TARGET_FALSE_BYLINES),
        ]
    if "wcxb-dev" in scores:
        checks += wcxb_checks(scores["wcxb-dev"], wcxb_competitor)
    return checks


def wcxb_checks(ours: dict[str, SliceScore], theirs: dict[str, SliceScore] | None) -> list[tuple[str, bool]]:
    every, article = ours["all"], ours["article"]
    checks = [
        (f"wcxb-dev all pages F1 {every.halves['all'].f1:.3f} >= {TARGET_WCXB_F1}",
         every.halves["all"].f1 >= TARGET_WCXB_F1),
        (f"wcxb-dev articles F1 {article.halves['all'].f1:.3f} >= {TARGET_WCXB_ARTICLE_F1}",
         article.halves["all"].f1 >= TARGET_WCXB_ARTICLE_F1),
    ]
    if theirs is not None:
        for name in ours:
            if name != "all":
                mine, other = ours[name].halves["all"].f1, theirs[name].halves["all"].f1
                checks.append((f"wcxb-dev {name} F1 {mine:.3f} >= trafilatura's {other:.3f}", mine >= other))
        checks.append((f"wcxb-dev empty outputs {every.empty} <= trafilatura's {theirs['all'].empty}",
                       every.empty <= theirs["all"].empty))
    for label, value, target in (("titles", every.title, TARGET_WCXB_TITLE),
                                 ("authors", every.author, TARGET_WCXB_AUTHOR),
                                 ("dates", every.date, TARGET_WCXB_DATE)):
        checks.append((f"wcxb-dev {label} {percent(value)} >= {target:.0%} (issue 11)", (value or 0) >= target))
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


def print_worst(pages: list[Page], results: dict[Key, PageResult], outputs: dict[Key, Output],
                count: int) -> None:
    """The `count` worst pages of every set together, by page F1."""
    ranked = sorted(pages, key=lambda p: (results[p.key].score.f1, p.dataset, p.id))[:count]
    print(f"\n{len(ranked)} worst pages for cleanpage, all sets (page F1, P, R):")
    for page in ranked:
        s = results[page.key].score
        p = "-" if s.precision is None else f"{s.precision:.2f}"
        reason = worst_reason(page, s, outputs[page.key])
        print(f"  {page.dataset:<15} {page.id[:12]:<12} {page.page_type or '-':<13} {page.half:<5} "
              f"F1 {s.f1:.2f} P {p:>4} R {s.recall or 0:.2f}  {reason}")


def date_misses(pages: list[Page], results: dict[Key, PageResult]) -> list[Page]:
    """wcxb-dev pages with a reference date that cleanpage misses, the tuning half first."""
    missed = (page for page in pages if results[page.key].date_right is False)
    return sorted(missed, key=lambda page: (HALVES.index(page.half), page.id))


def date_sources_of(pages: list[Page]) -> dict[Key, str]:
    """The source each page's date came from (date_sources.py re-reads the metadata steps)."""
    from date_sources import date_source

    return {page.key: date_source(html, page.url)[1] for page, html in page_sources(pages)}


def print_date_misses(pages: list[Page], results: dict[Key, PageResult], outputs: dict[Key, Output],
                      count: int, sources: dict[Key, str] | None = None) -> None:
    """wcxb-dev pages with a reference date that cleanpage misses: none given, or another day,
    tuning half first, with the source cleanpage's date came from where `sources` names it."""
    missed = date_misses(pages, results)
    print(f"\nwcxb-dev date misses for cleanpage: {len(missed)} "
          f"(tune {sum(p.half == 'tune' for p in missed)}, check {sum(p.half == 'check' for p in missed)}; "
          f"{sum(outputs[p.key].date is None for p in missed)} without a date), first {min(count, len(missed))}:")
    for page in missed[:count]:
        ours = (outputs[page.key].date or "-")[:10]
        source = f"  from {sources[page.key]}" if sources and page.key in sources else ""
        print(f"  {page.id:<6} {page.half:<5} {page.page_type or '-':<13} ours {ours:<10} "
              f"reference {collapse(page.meta.get('date'))[:10]}{source}")


def print_errors(tool: str, outputs: dict[Key, Output], limit: int = 20) -> None:
    failed = sorted((key, out.error) for key, out in outputs.items() if out.error)
    if not failed:
        return
    print(f"\n{tool}: {len(failed)} pages raised (scored as empty output):")
    for (dataset, page_id), error in failed[:limit]:
        print(f"  {dataset}/{page_id[:24]}: {error}")
    if len(failed) > limit:
        print(f"  ... and {len(failed) - limit} more")


def page_records(tool: str, pages: list[Page], results: dict[Key, PageResult],
                 outputs: dict[Key, Output]) -> list[dict]:
    records = []
    for page in pages:
        r, out = results[page.key], outputs[page.key]
        s = r.score
        records.append({
            "tool": tool, "dataset": page.dataset, "id": page.id, "half": page.half,
            "precision": s.precision, "recall": s.recall, "f1": s.f1, "exact": s.exact,
            "tp": s.tp, "fp": s.fp, "fn": s.fn, "error": out.error,
            "title": out.title, "byline": out.byline, "date": out.date, "updated": out.updated,
            "set": page.dataset, "page_type": page.page_type, "word_f1": r.word_f1,
            "with_found": r.with_found, "with_total": r.with_total,
            "without_found": r.without_found, "without_total": r.without_total, "empty": r.empty,
            "title_right": r.title_right, "author_right": r.author_right, "date_right": r.date_right,
            "day_shown_right": r.day_shown_right,
        })
    return records


# -- --compare: an earlier --json of cleanpage against this run ---------------------

def record_score(record: dict) -> PageScore:
    return PageScore(record["tp"], record["fp"], record["fn"], record["exact"])


def compare_groups(records: dict[Key, dict]) -> dict[str, list[Key]]:
    """Every set x half, and wcxb-dev's page type x half: the page keys of each."""
    groups: dict[tuple[str, str, str], list[Key]] = {}
    for key, record in sorted(records.items()):
        for page_type in dict.fromkeys(("", record.get("page_type") or "")):  # "" = the whole set
            for half in (record["half"], "all"):
                groups.setdefault((record["dataset"], page_type, half), []).append(key)

    def order(group: tuple[str, str, str]) -> tuple:
        dataset, page_type, half = group
        return (rank(SETS, dataset), rank(("",) + PAGE_TYPES, page_type), rank(HALVES + ("all",), half), group)

    return {f"{' '.join(filter(None, g[:2]))} | {g[2]}": groups[g] for g in sorted(groups, key=order)}


def rank(known: tuple[str, ...], value: str) -> int:
    """Position of `value` in `known`; unknown values go last."""
    return known.index(value) if value in known else len(known)


def print_compare(old_records: list[dict], new_records: list[dict], count: int = MOVED_PAGES) -> None:
    old = {(r["dataset"], r["id"]): r for r in old_records if r["tool"] == "cleanpage"}
    new = {(r["dataset"], r["id"]): r for r in new_records if r["tool"] == "cleanpage"}
    shared = {key: new[key] for key in new if key in old}
    print(f"\ncleanpage against the earlier run ({len(shared)} pages in both):")
    print(format_row("slice | half", ["pages", "old F1", "new F1", "delta"], width=34))
    fell = []
    for name, keys in compare_groups(shared).items():
        before = summarize(record_score(old[k]) for k in keys).f1
        after = summarize(record_score(new[k]) for k in keys).f1
        print(format_row(name, [str(len(keys)), f"{before:.3f}", f"{after:.3f}", f"{after - before:+.3f}"],
                         width=34))
        if name.endswith("| check") and after < before:
            fell.append(name)
    if fell:
        print(f"  check halves that fell: {', '.join(fell)} "
              "(a change that lifts a tuning half and lowers any check half is overfitting)")
    print_title_compare(old, new, shared)
    moved = sorted(shared, key=lambda k: (new[k]["f1"] - old[k]["f1"], k))
    down = [k for k in moved if new[k]["f1"] < old[k]["f1"]][:count]
    up = [k for k in reversed(moved) if new[k]["f1"] > old[k]["f1"]][:count]
    for label, keys in (("down", down), ("up", up)):
        print(f"\npages that moved most {label} (old -> new page F1):")
        if not keys:
            print("  (none)")
        for key in keys:
            r = new[key]
            print(f"  {r['dataset']:<15} {r['id'][:12]:<12} {r.get('page_type') or '-':<13} {r['half']:<5} "
                  f"{old[key]['f1']:.2f} -> {r['f1']:.2f} ({r['f1'] - old[key]['f1']:+.2f})")


_TITLE_ROW = 42  # "titles wcxb-dev documentation | check" fits


def print_title_compare(old: dict[Key, dict], new: dict[Key, dict], shared: dict[Key, dict]) -> None:
    """Titles right, old and new, in every slice whose pages carry a title reference (wcxb-dev),
    check halves that fell flagged; then every page whose title changed in a set that scores
    titles only as a whole (readability-dev), so a title change there is seen page by page."""
    scored = {key: r for key, r in shared.items() if r.get("title_right") is not None
              and old[key].get("title_right") is not None}
    print("\n" + format_row("titles right: slice | half", ["pages", "old", "new", "delta"], width=_TITLE_ROW))
    fell = []
    for name, keys in compare_groups(scored).items():
        before = sum(bool(old[k]["title_right"]) for k in keys)
        after = sum(bool(new[k]["title_right"]) for k in keys)
        print(format_row(f"titles {name}", [str(len(keys)), str(before), str(after), f"{after - before:+d}"],
                         width=_TITLE_ROW))
        if name.endswith("| check") and after < before:
            fell.append(name)
    if fell:
        print(f"  title check halves that fell: {', '.join(fell)}")
    changed = [key for key, r in shared.items() if r.get("title_right") is None
               and r.get("title") != old[key].get("title")]
    print(f"titles changed where pages carry no title score: {len(changed)}")
    for key in changed:
        r = new[key]
        print(f"  {r['dataset']:<15} {r['id'][:12]:<12} {r['half']:<5} {old[key].get('title')!r} -> {r.get('title')!r}")


# -- command line ----------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scrapinghub", type=Path, default=DEFAULT_SCRAPINGHUB)
    parser.add_argument("--readability", type=Path, default=DEFAULT_READABILITY)
    parser.add_argument("--wcxb", type=Path, default=DEFAULT_WCXB, help="wcxb-dev's folder (ground truth)")
    parser.add_argument("--wcxb-pages", type=Path, default=DEFAULT_WCXB_PAGES,
                        help="wcxb-dev's unpacked pages (default benchmarks/data/wcxb-dev; when missing, "
                             "pages are read from the archive)")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated subset of: " + ", ".join(SETS))
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of: " + ", ".join(TOOLS))
    parser.add_argument("--only-cleanpage", action="store_true", help="run cleanpage only (= --tools cleanpage)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst pages of all sets for cleanpage")
    parser.add_argument("--date-misses", type=int, default=0, metavar="N",
                        help="list the first N wcxb-dev pages whose reference date cleanpage misses")
    parser.add_argument("--json", type=Path, default=None, help="write per-page scores to this file")
    parser.add_argument("--compare", type=Path, default=None,
                        help="an earlier --json file: print cleanpage's old and new F1 and titles right per set and half")
    args = parser.parse_args(argv)
    args.tools = ["cleanpage"] if args.only_cleanpage else [t.strip() for t in args.tools.split(",") if t.strip()]
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    for kind, chosen, known in (("tool", args.tools, TOOLS), ("set", args.sets, SETS)):
        unknown = sorted(set(chosen) - set(known))
        if unknown or not chosen:
            parser.error(f"unknown or no {kind}(s): {', '.join(unknown)}")
    if args.compare is not None:
        if "cleanpage" not in args.tools:
            parser.error("--compare needs cleanpage among --tools")
        if not args.compare.exists():
            parser.error(f"--compare: no such file: {args.compare}")
    return args


def load_sets(args: argparse.Namespace) -> dict[str, list[Page]]:
    loaders = {
        "scrapinghub": lambda: load_scrapinghub(args.scrapinghub),
        "readability-dev": lambda: load_readability(args.readability),
        "wcxb-dev": lambda: load_wcxb(args.wcxb, args.wcxb_pages),
    }
    return {name: loaders[name]() for name in SETS if name in args.sets}


def load_default_pages(sets: list[str]) -> list[Page]:
    """The pages of these sets from their default folders, in the order the sets are named
    (for the scripts beside this one)."""
    args = argparse.Namespace(scrapinghub=DEFAULT_SCRAPINGHUB, readability=DEFAULT_READABILITY,
                              wcxb=DEFAULT_WCXB, wcxb_pages=DEFAULT_WCXB_PAGES, sets=sets)
    loaded = load_sets(args)
    return [page for name in sets for page in loaded[name]]


def main(argv: list[str] | None = None) -> int:
    """1. load the sets; 2. run (or read from the cache) every tool; 3. score every page;
    4. print a table per set, the targets, the worst pages, the errors, the timing;
    5. write --json, print --compare."""
    args = parse_args(argv)
    sets = load_sets(args)
    pages = [page for chosen in sets.values() for page in chosen]
    outputs, results, timings, records = {}, {}, {}, []
    for tool in args.tools:
        outputs[tool], ran, seconds = run_tool(tool, pages, args.jobs)
        timings[tool] = (ran, seconds)
        results[tool] = score_pages(pages, outputs[tool])
        records += page_records(tool, pages, results[tool], outputs[tool])
    print()
    scores = {name: {tool: slice_score(chosen, results[tool]) for tool in args.tools}
              for name, chosen in sets.items() if name != "wcxb-dev"}
    metas = {}
    if "scrapinghub" in sets:
        print_scrapinghub(sets["scrapinghub"], scores["scrapinghub"])
        print()
    if "readability-dev" in sets:
        metas = {tool: score_metadata(sets["readability-dev"], outputs[tool]) for tool in args.tools}
        print_readability(sets["readability-dev"], scores["readability-dev"], metas)
        print()
    competitor = None
    if "wcxb-dev" in sets:
        slices = wcxb_slices(sets["wcxb-dev"])
        scores["wcxb-dev"] = {tool: {name: slice_score(chosen, results[tool]) for name, chosen in slices.items()}
                              for tool in args.tools}
        print_wcxb(slices, scores["wcxb-dev"])
        if "cleanpage" in results:
            print_days_shown(sets["wcxb-dev"], results["cleanpage"])
        competitor = scores["wcxb-dev"].get("trafilatura") or cached_wcxb(sets["wcxb-dev"], slices)
    if "cleanpage" in args.tools:
        print("\ncleanpage against the targets:")
        ours = {name: by_tool["cleanpage"] for name, by_tool in scores.items()}
        for description, met in target_checks(ours, metas, competitor):
            print(f"  [{'met' if met else 'MISS'}] {description}")
        print_worst(pages, results["cleanpage"], outputs["cleanpage"], args.worst)
        if args.date_misses and "wcxb-dev" in sets:
            missed = date_misses(sets["wcxb-dev"], results["cleanpage"])[:args.date_misses]
            print_date_misses(sets["wcxb-dev"], results["cleanpage"], outputs["cleanpage"], args.date_misses,
                              date_sources_of(missed))
    for tool in args.tools:
        print_errors(tool, outputs[tool])
    print_timings(timings, args.jobs)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nper-page scores written to {args.json}", file=sys.stderr)
    if args.compare:
        print_compare(json.loads(args.compare.read_text(encoding="utf-8")), records)
    return 0


def cached_wcxb(pages: list[Page], slices: dict[str, list[Page]]) -> dict[str, SliceScore] | None:
    """trafilatura's wcxb-dev scores from its cache, when it did not run but every page is cached."""
    cached = cached_outputs("trafilatura", pages)
    if cached is None:
        return None
    results = score_pages(pages, cached)
    print("\n(trafilatura's wcxb-dev figures for the targets come from its cache)")
    return {name: slice_score(chosen, results) for name, chosen in slices.items()}


def print_timings(timings: dict[str, tuple[int, float]], jobs: int) -> None:
    print()
    for tool, (ran, seconds) in timings.items():
        per_page = f", {1000 * seconds / ran:.1f} ms a page" if ran else " (all cached)"
        print(f"time: {tool} ran on {ran} pages in {seconds:.1f} s with {jobs} processes{per_page}")


if __name__ == "__main__":
    sys.exit(main())
