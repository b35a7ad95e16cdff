"""The command line: `cleanpage clean | fetch | warc`.

The only module that imports click, touches stdout/stderr and decides exit codes.
Each command turns its flags into one `Options` and its inputs into `batch.Task`s,
lets `batch` (or `cluster`) turn tasks into `Outcome`s in input order, and hands
those to `emit`, which writes results, reports errors and computes the exit code.
requests, warcio, process pools and dask are imported inside the commands.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, TypeVar

import click

from .batch import Outcome, Task
from .errors import CleanpageError, InputError, RulesError
from .model import FORMATS, Options
from .patterns import lazy
from .version import __version__

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_OPTIONS = Options()
# Exit codes decided here, beside those the errors carry (errors.py: 1 no content,
# 3 input, 4 fetch). Usage errors exit 2, click's own code.
# A bug (an exception that is not a CleanpageError): no code of its own fits;
# 1 ("nothing usable came out") is the closest honest answer.
EXIT_INTERNAL = 1
# A batch where some inputs failed.
EXIT_SOME_FAILED = 5
# Exit code of an input error (missing/unreadable file), as errors.InputError.
EXIT_INPUT = InputError.exit_code
# Between two Markdown/text/HTML documents on stdout: a line holding one form
# feed. `---` would clash with Markdown's thematic break and front matter; a
# form feed never occurs in cleaned text (control characters are dropped).
RECORD_SEPARATOR = "\f\n"
# File name extension of each output format in an output directory.
EXTENSIONS = {"markdown": ".md", "json": ".json", "jsonl": ".jsonl", "text": ".txt", "html": ".html"}
RAW_EXTENSION = ".html"
# Output file names: a readable slug of the input plus a hash of it, so names
# are stable across runs and two inputs never share one.
SLUG_UNSAFE_RE = lazy(r"[^A-Za-z0-9._-]+")
SLUG_MAX_CHARS = 60
HASH_CHARS = 8
# URL scheme prefix stripped from slugs ("https://a.org/x" -> "a.org-x").
SCHEME_RE = lazy(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# Seconds to clean one page when several are cleaned and --page-timeout is not
# given: a 20 MB article cleans in ~16 s on a loaded 2-core machine (test_hostile),
# so a normal page up to the 10 MB --max-bytes default has ample room; only a
# page that would stall the run reaches it.
DEFAULT_BATCH_PAGE_TIMEOUT = 60.0
# fetch: threads when -j is not given. Fetching waits on the network, so more
# threads than cores pay; PER_HOST_LIMIT keeps it polite to each host.
DEFAULT_FETCH_THREADS = 8
# Every line of -i/--input-list that is blank or starts with this is skipped.
COMMENT_PREFIX = "#"
# Where a command leaves -v for the error handler (click's ctx.meta is shared).
VERBOSE_KEY = "cleanpage.verbose"
# What the error line names when the input was stdin.
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True, eq=False)  # never compared: no __eq__ and __hash__ compiled at import
class Run:
    """How the results of one command are written and talked about."""

    fmt: str = "markdown"
    output: str | None = None
    quiet: bool = False
    verbose: bool = False
    explain: bool = False
    several: bool = False  # several inputs: -o is a directory, separators, exit 5
    raw: bool = False  # fetch --raw: outputs are HTML documents


# ----------------------------------------------------------------- option groups


class DateType(click.ParamType):
    """--since: a date or date-time, as an aware datetime (a bare date is midnight UTC)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from .discover import parse_date

        when = parse_date(str(value)) if value else None
        if when is None:
            self.fail(f"{value!r} is not a date (YYYY-MM-DD or ISO 8601)", param, ctx)
        return when


# A header name: an HTTP token (RFC 9110 §5.1).
HEADER_NAME_RE = lazy(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def parse_headers(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """-H 'Name: value' pairs, checked."""
    pairs = []
    for value in values:
        name, colon, rest = value.partition(":")
        if not colon or not HEADER_NAME_RE.fullmatch(name.strip()) or "\n" in value or "\r" in value:
            raise click.BadParameter(f"{value!r} is not 'Name: value'", ctx, param)
        if not rest.isascii():
            raise click.BadParameter(f"{value!r}: header values must be ASCII", ctx, param)
        pairs.append((name.strip(), rest.strip()))
    return tuple(pairs)


def _apply(options: list[Callable[[F], F]]) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        for option in reversed(options):
            fn = option(fn)
        return fn
    return decorate


steering_options = [
    click.option("--selector", metavar="CSS", help="The content container, forced (a CSS selector)."),
    click.option("--exclude", metavar="CSS", multiple=True,
                 help="Remove the elements this CSS selector matches, first (repeatable)."),
    click.option("--rules", "rules_file", metavar="FILE",
                 help="Per-site rules file (default: $XDG_CONFIG_HOME/cleanpage/rules.toml when present)."),
]

output_options = _apply([
    click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True,
                 help="Output format; jsonl = one JSON record a line."),
    click.option("-o", "--output", metavar="PATH",
                 help="Write to this file ('-' = stdout). Several inputs: a directory (ending in '/' or "
                      "existing), one file each; with -f jsonl, one file."),
    click.option("-q", "--quiet", is_flag=True, help="No notes or progress on stderr (errors still shown)."),
    click.option("-v", "--verbose", is_flag=True, help="Notes, and the traceback of internal errors."),
])

base_url_option = click.option("--url", "base_url", metavar="URL",
                               help="Base URL of a local file, to resolve relative links.")

clean_options = _apply([
    click.option("--front-matter", is_flag=True, help="Start Markdown with a YAML metadata block."),
    click.option("--no-links", is_flag=True, help="Drop hyperlinks, keep their text."),
    click.option("--images", is_flag=True, help="Keep images and their captions (dropped by default)."),
    click.option("--comments", is_flag=True, help="Keep reader comments."),
    click.option("--explain", is_flag=True,
                 help="On stderr, one line per removed block: path, rule, first words."),
    *steering_options,
])

batch_options = _apply([
    click.option("-i", "--input-list", metavar="FILE",
                 help="Read inputs from this file, one a line ('-' = stdin; blank lines and # comments skipped)."),
    click.option("-j", "--jobs", type=click.IntRange(min=1),
                 help="Parallel workers: processes for clean/warc (default: the cores), threads for fetch (default: 8)."),
    click.option("--page-timeout", type=click.FloatRange(min=0), metavar="SECONDS",
                 help=f"Time budget to clean one page; past it the page fails (exit 6) and the run goes on "
                      f"(default: {DEFAULT_BATCH_PAGE_TIMEOUT:g} with several inputs, else none; 0 = none)."),
])

fetch_options = _apply([
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_OPTIONS.timeout,
                 show_default=True, help="Total seconds per URL: connect, headers and body."),
    click.option("--retries", type=click.IntRange(min=0), default=DEFAULT_OPTIONS.retries, show_default=True,
                 help="Retries on connection errors and HTTP 429, 502, 503 and 504."),
    click.option("--user-agent", help="User-Agent header (default: cleanpage's own)."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_OPTIONS.max_bytes, show_default=True,
                 help="Refuse pages larger than this."),
    click.option("--raw", is_flag=True,
                 help="Print the fetched, decoded HTML instead of cleaning it (no -f or cleaning options)."),
    click.option("--delay", type=click.FloatRange(min=0), default=0.0, show_default=True,
                 help="Seconds between requests to one host (at least the Crawl-delay of its robots.txt)."),
])

site_options = _apply([
    click.option("--sitemap", multiple=True, metavar="URL",
                 help="Fetch the pages of a sitemap, sitemap index (gzipped too) or site root "
                      "(the sitemaps its robots.txt names). Repeatable."),
    click.option("--feed", multiple=True, metavar="URL",
                 help="Fetch the items of an RSS or Atom feed, or of the feed a page links to. Repeatable."),
    click.option("--list", "list_only", is_flag=True,
                 help="Print the discovered URLs (jsonl: with their dates) instead of fetching them."),
    click.option("--since", type=DateType(), metavar="DATE",
                 help="Only entries dated on or after DATE (YYYY-MM-DD or ISO 8601); undated ones are kept."),
    click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N discovered URLs."),
    click.option("--ignore-robots", is_flag=True,
                 help="Do not obey robots.txt (a site root's Sitemap: lines are still read)."),
    click.option("--cache", "cache_dir", type=click.Path(file_okay=False), metavar="DIR",
                 help="Keep responses and their cleaned output in DIR; later runs send conditional "
                      "requests and reuse both on 304."),
    click.option("--skip-existing", is_flag=True,
                 help="With -o DIR: skip URLs whose output file is already there (resume a run)."),
    click.option("-H", "--header", "headers", multiple=True, callback=parse_headers, metavar="'NAME: VALUE'",
                 help="Send this request header (repeatable)."),
    click.option("--cookies", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
                 help="Send the cookies of this Netscape cookies.txt file."),
])


def build_options(flags: dict[str, Any], several: bool = False) -> Options:
    """The one Options object of a command, from its flags; an impossible value is a usage error."""
    try:
        return _options_of(flags, several)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _options_of(flags: dict[str, Any], several: bool) -> Options:
    for name, values in (("--selector", (flags.get("selector"),)), ("--exclude", flags.get("exclude", ()))):
        for css in filter(None, values):
            from .siterules import compile_selector  # here: a run without selectors loads no siterules

            try:
                compile_selector(css)
            except RulesError as exc:
                raise RulesError(f"{name}: {exc.message}") from None
    return Options(
        time_limit=page_budget(flags.get("page_timeout"), several),
        selector=flags.get("selector"),
        exclude=tuple(flags.get("exclude", ())),
        site_rules=load_site_rules(flags.get("rules_file")),
        comments=flags.get("comments", False),
        links=not flags.get("no_links", False),
        images=flags.get("images", False),
        explain=flags.get("explain", False),
        front_matter=flags.get("front_matter", False),
        timeout=flags.get("timeout", DEFAULT_OPTIONS.timeout),
        retries=flags.get("retries", DEFAULT_OPTIONS.retries),
        user_agent=flags.get("user_agent"),
        max_bytes=flags.get("max_bytes", DEFAULT_OPTIONS.max_bytes),
        headers=flags.get("headers", ()),
        cookies=flags.get("cookies"),
    )


def load_site_rules(path: str | None):
    """The rules of --rules FILE, else of the default file when it exists, else None."""
    if path is None and not os.path.isfile(default_rules_file()):
        return None  # no rules: the rules module (and pathlib with it) is not loaded
    from .siterules import default_rules_path, load_rules

    return load_rules(default_rules_path() if path is None else path)


def default_rules_file() -> str:
    """siterules.default_rules_path() as a string, without loading siterules (and pathlib)."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "cleanpage", "rules.toml")


def page_budget(page_timeout: float | None, several: bool) -> float | None:
    """Seconds to clean one page: --page-timeout (0 = none), else a default for several inputs."""
    if page_timeout is None:
        return DEFAULT_BATCH_PAGE_TIMEOUT if several else None
    return page_timeout or None


def build_run(flags: dict[str, Any], several: bool) -> Run:
    """How to write this command's results; also tells the error handler about -v."""
    click.get_current_context().meta[VERBOSE_KEY] = flags["verbose"]
    output = None if flags["output"] == "-" else flags["output"]
    run = Run(fmt=flags["fmt"], output=output, quiet=flags["quiet"], verbose=flags["verbose"],
              explain=flags.get("explain", False), several=several, raw=flags.get("raw", False))
    if several and output is not None and run.fmt != "jsonl" and not output_is_directory(run):
        raise click.UsageError(
            f"several inputs need a directory for -o: end the path in '/' ({output}/), "
            "name an existing directory, or use -f jsonl to write one file")
    return run


def output_is_directory(run: Run) -> bool:
    """-o names a directory: it ends in '/', or is one; several inputs of any format but jsonl need one."""
    path = run.output or ""
    return path.endswith(("/", os.sep)) or os.path.isdir(path)


# Cleaning flags that --raw (which prints HTML, uncleaned) cannot honour.
RAW_CONFLICTS = ("fmt", "front_matter", "no_links", "images", "comments", "explain")


def refuse_raw_conflicts(flags: dict[str, Any]) -> None:
    """--raw with -f or a cleaning option would silently ignore it: refuse instead."""
    if not flags.get("raw"):
        return
    ctx = click.get_current_context()
    given = [name for name in RAW_CONFLICTS
             if ctx.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT)]
    if given:
        opts = ", ".join(_option_name(ctx, name) for name in given)
        raise click.UsageError(f"--raw prints the fetched HTML uncleaned: {opts} cannot apply")


def _option_name(ctx: click.Context, name: str) -> str:
    param = next(p for p in ctx.command.params if p.name == name)
    return max(param.opts, key=len)


# ----------------------------------------------------------------- errors


class CommandGroup(click.Group):
    """Turns every error that escapes a command into one stderr line and its exit code."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("standalone_mode", True):  # click ends the process after the command
            skip_exit_collection()
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(0)
        except CleanpageError as exc:
            _fail(ctx, exc.message, exc.exit_code)
        except OSError as exc:
            _fail(ctx, f"{exc.filename or 'output'}: {exc.strerror or exc}", EXIT_INPUT)
        except Exception as exc:  # a bug: one line, the traceback only with -v
            _fail(ctx, f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)


def skip_exit_collection() -> None:
    """Have the interpreter's exit leave the objects it would collect to the OS.

    At exit, Python runs the cycle collector over every object the run made, modules
    and all (twice: before and after clearing the modules), only to free memory that
    the process's end frees anyway: ~14 ms of a ~110 ms one-page run. gc.freeze() in
    an exit hook takes them out of those collections. Nothing is left to finalize by
    then: the sinks have closed their files, and stdout is flushed after the hooks."""
    atexit.unregister(gc.freeze)  # once, however many commands this process runs (tests)
    atexit.register(gc.freeze)


def pause_collector() -> None:
    """No cycle collection while this command cleans its one page, in this process.

    The collector's passes would walk the objects of the pipeline's modules as they load
    (~4 ms of a one-page run) to find the few hundred objects in cycles that cleaning a
    page leaves, whatever its size. When the command ends, what is alive is frozen (left
    out of later collections: the exit's, or those of a process that goes on, as tests do)
    and collection resumes."""
    gc.disable()
    click.get_current_context().call_on_close(_resume_collector)


def _resume_collector() -> None:
    gc.freeze()  # first: the run's objects would otherwise all be walked at the next allocation
    gc.enable()


def _fail(ctx: click.Context, message: str, code: int) -> None:
    say(f"cleanpage: error: {message}")
    if ctx.meta.get(VERBOSE_KEY):
        import traceback  # here: only -v prints one (traceback loads textwrap and a pattern)

        click.echo(traceback.format_exc().rstrip("\n"), err=True)
    sys.exit(code)


def _silence_stdout() -> None:
    """After a closed pipe (`| head`), point stdout at /dev/null so the exit flush is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# ----------------------------------------------------------------- commands


@click.group(cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleanpage")
def main() -> None:
    """Turn web pages into the articles they hold: Markdown, JSON or text on stdout.

    \b
    Example:
      cleanpage fetch https://example.org/news/1 -f json | jq .title
    """


@main.command(epilog="""\b
Examples:
  cleanpage clean page.html
  cleanpage clean --url https://example.org/news/1 page.html -f json
  cat page.html | cleanpage clean -f text
  cleanpage clean -i pages.txt -j 4 -f jsonl -o articles.jsonl""")
@click.argument("files", nargs=-1, type=str)
@output_options
@base_url_option
@clean_options
@batch_options
def clean(files: tuple[str, ...], input_list: str | None, jobs: int | None, **flags: Any) -> None:
    """Clean local HTML FILEs ('-' or none = stdin)."""
    from .batch import clean_all, default_jobs

    refuse_urls(files)
    sources = gather_sources(files, input_list, default=("-",) if input_list is None else ())
    tasks = [clean_task_of(source, flags.get("base_url")) for source in sources]
    run = build_run(flags, several=len(tasks) > 1)
    options = build_options(flags, run.several)
    workers = 1 if len(tasks) <= 1 else (jobs or default_jobs())
    if len(tasks) == 1:
        pause_collector()
    sys.exit(emit(clean_all(tasks, run.fmt, options, workers), run, total=len(tasks)))


@main.command(epilog="""\b
Examples:
  cleanpage fetch https://example.org/news/1
  cleanpage fetch --raw https://example.org/news/1 | cleanpage clean
  cleanpage fetch -i urls.txt -f jsonl --delay 1 > articles.jsonl
  cleanpage fetch --sitemap https://example.org/ -f jsonl > articles.jsonl
  cleanpage fetch --feed https://example.org/blog/ --since 2025-01-01 --list
  cleanpage fetch --sitemap https://example.org/ --cache .cache -o articles/ --skip-existing""")
@click.argument("urls", nargs=-1, type=str)
@output_options
@clean_options
@fetch_options
@site_options
@batch_options
def fetch(urls: tuple[str, ...], input_list: str | None, jobs: int | None, **flags: Any) -> None:
    """Fetch URLs over HTTP(S) and clean them (robots.txt honoured)."""
    from .batch import fetch_all

    refuse_raw_conflicts(flags)
    refuse_malformed_urls((*urls, *flags["sitemap"], *flags["feed"]))
    sources = gather_sources(urls, input_list, default=())
    discovering = bool(flags["sitemap"] or flags["feed"])
    check_site_flags(sources, discovering, flags)
    options = build_options(flags, discovering or len(sources) > 1 or flags["skip_existing"])
    if options.cookies:
        from .cookies import load_cookies

        load_cookies(options.cookies)  # a malformed file is one error now, not one per URL
    client = make_client(options, flags)
    if flags["list_only"]:
        sys.exit(list_found(discovered(client, flags), build_run(flags, several=False)))
    run = build_run(flags, several=discovering or len(sources) > 1 or flags["skip_existing"])
    tasks: Iterable[Task] = [Task(source=url, url=url) for url in sources]
    if discovering:
        tasks = itertools.chain(tasks, (task_of_found(item) for item in discovered(client, flags)))
    if flags["skip_existing"]:
        tasks = skip_existing(tasks, run)
    outcomes = fetch_all(tasks, run.fmt, options, jobs=jobs or DEFAULT_FETCH_THREADS, raw=run.raw, client=client)
    sys.exit(emit(outcomes, run, total=None if discovering or flags["skip_existing"] else len(sources)))


@main.command(epilog="""\b
Examples:
  cleanpage warc crawl.warc.gz -f jsonl > articles.jsonl
  cleanpage warc crawl.warc.gz -o articles/
  cleanpage warc crawl.warc.gz --dask local -f jsonl
  cleanpage warc crawl.warc.gz --dask tcp://scheduler:8786 -f jsonl""")
@click.argument("files", nargs=-1, type=str)
@output_options
@clean_options
@batch_options
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Clean on a Dask cluster (pip install 'cleanpage[dask]'): tcp://host:port, "
                   "or 'local' for 2 local workers.")
def warc(files: tuple[str, ...], input_list: str | None, jobs: int | None, dask_address: str | None,
         **flags: Any) -> None:
    """Clean the HTML response records of WARC archives (.warc or .warc.gz files, not stdin)."""
    from .warc import warc_tasks

    paths = gather_sources(files, input_list, default=())
    if not paths:
        raise click.UsageError("give at least one WARC file (or -i FILE)")
    if "-" in paths:
        raise click.UsageError("warc reads WARC files by path (.warc or .warc.gz), not stdin: save the "
                               "archive to a file first")
    if dask_address is not None:
        require_dask()
    run = build_run(flags, several=True)
    options = build_options(flags, run.several)
    tasks = warc_tasks(paths, options.max_bytes, note=make_note(run))
    sys.exit(emit(clean_warc_tasks(tasks, run, options, jobs, dask_address), run, total=None))


@main.command(epilog="""\b
Examples:
  cleanpage explain page.html -o report.html
  cleanpage explain https://example.org/news/1 -o report.html
  cleanpage explain --url https://example.org/news/1 --rules rules.toml page.html -o report.html""")
@click.argument("page", type=str)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file (default: stdout).")
@click.option("-q", "--quiet", is_flag=True, help="No notes on stderr (errors still shown).")
@click.option("-v", "--verbose", is_flag=True, help="Notes, and the traceback of internal errors.")
@click.option("--url", "base_url", metavar="URL", help="Base URL of a local file (and the host its site rule is found by).")
@click.option("--images", is_flag=True, help="Keep images and their captions, as `clean --images`.")
@click.option("--comments", is_flag=True, help="Keep reader comments, as `clean --comments`.")
@_apply(steering_options)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_OPTIONS.timeout,
              show_default=True, help="Seconds to fetch a URL.")
@click.option("--user-agent", help="User-Agent header (default: cleanpage's own).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_OPTIONS.max_bytes, show_default=True,
              help="Refuse pages larger than this.")
def explain(page: str, **flags: Any) -> None:
    """Write an HTML report of PAGE (a file, '-' or a URL): what was removed, by which rule, and what was kept."""
    from .report import explain_report

    click.get_current_context().meta[VERBOSE_KEY] = flags["verbose"]
    options = build_options(flags)
    try:
        html, url = read_page(page, flags.get("base_url"), options)
        report = explain_report(html, url=url, options=options)
    except InputError as exc:
        raise InputError(f"{STDIN_NAME if page == '-' else page}: {exc.message}") from None
    if flags["output"]:
        write_atomically(os.path.abspath(flags["output"]), report.text)
    else:
        sys.stdout.buffer.write(report.text.encode("utf-8"))
    if flags["verbose"] and not flags["quiet"]:
        for note in report.notes:
            say(f"cleanpage: note: {page}: {note}")
    if report.error:
        say(f"cleanpage: error: {STDIN_NAME if page == '-' else page}: {report.error}")
        sys.exit(1)


def read_page(page: str, base_url: str | None, options: Options) -> tuple[str | bytes, str | None]:
    """The HTML of `explain`'s PAGE (a URL is fetched) and its URL."""
    if URL_ARGUMENT_RE.match(page):
        from .api import fetched_text
        from .fetching import fetch_html

        fetched = fetch_html(page, options)
        return fetched_text(fetched, page), fetched.url
    if page == "-":
        return sys.stdin.buffer.read(), base_url
    from .batch import read_file

    return read_file(page), base_url


def clean_warc_tasks(tasks: Iterable[Task], run: Run, options: Options, jobs: int | None,
                     dask_address: str | None) -> Iterator[Outcome]:
    if dask_address is None:
        from .batch import clean_all, default_jobs

        return clean_all(tasks, run.fmt, options, jobs or default_jobs())
    if not run.verbose:
        import logging

        logging.getLogger("distributed").setLevel(logging.ERROR)
    from .cluster import clean_on_cluster

    return clean_on_cluster(tasks, run.fmt, options, dask_address)


# ----------------------------------------------------------------- sites


def check_site_flags(sources: list[str], discovering: bool, flags: dict[str, Any]) -> None:
    """Usage errors of fetch's inputs and of the flags that need discovery or -o DIR."""
    if not sources and not discovering:
        raise click.UsageError("give at least one URL (or -i FILE, --sitemap URL, --feed URL)")
    for flag, name in (("list_only", "--list"), ("since", "--since"), ("limit", "--limit")):
        if flags[flag] and not discovering:
            raise click.UsageError(f"{name} works with --sitemap or --feed")
    if flags["list_only"] and (sources or flags["raw"] or flags["skip_existing"]):
        raise click.UsageError("--list prints discovered URLs: give no other URL, --raw or --skip-existing")
    output = flags["output"]
    if flags["skip_existing"] and (output in (None, "-") or not (output.endswith(("/", os.sep))
                                                                 or os.path.isdir(output))):
        raise click.UsageError("--skip-existing needs -o DIR/ (one file per page)")


def make_client(options: Options, flags: dict[str, Any]) -> Any:
    """The run's client: robots.txt (unless --ignore-robots), --delay, --cache."""
    from .client import Client
    from .httpcache import HttpCache

    cache = HttpCache(flags["cache_dir"]) if flags["cache_dir"] else None
    return Client(options, delay=flags["delay"], robots=not flags["ignore_robots"], cache=cache)


def discovered(client: Any, flags: dict[str, Any]) -> Iterator[Any]:
    """The URLs of every --sitemap, then every --feed, deduplicated, --since and --limit applied."""
    from .discover import site_urls

    return site_urls(client, sitemaps=flags["sitemap"], feeds=flags["feed"],
                     since=flags["since"], limit=flags["limit"])


def task_of_found(found: Any) -> Task:
    """A discovered URL to fetch, or the failed sitemap or feed as its own error record."""
    if found.error is not None:
        return Task(source=found.url, error=found.error)
    return Task(source=found.url, url=found.url)


def list_found(found: Iterable[Any], run: Run) -> int:
    """--list: one URL a line (jsonl: {"url", "date"}); failed sitemaps and feeds reported."""
    import json

    lines: list[str] = []
    count = failed = first_code = 0
    for item in found:
        count += 1
        if item.error is not None:
            failed += 1
            first_code = first_code or item.error.exit_code
            error_line(Outcome(item.url, error=item.error.message), run)
            continue
        line = (json.dumps({"url": item.url, "date": item.date}, ensure_ascii=False)
                if run.fmt == "jsonl" else item.url) + "\n"
        if run.output is None:
            click.echo(line, nl=False)
        else:
            lines.append(line)
    if run.output is not None:
        write_atomically(run.output, "".join(lines))
    if not failed:
        return 0
    return first_code if count == 1 else EXIT_SOME_FAILED


def skip_existing(tasks: Iterable[Task], run: Run) -> Iterator[Task]:
    """--skip-existing: the tasks whose output file is not in -o DIR yet (jsonl error
    records do not count: a failed page is tried again)."""
    extension = RAW_EXTENSION if run.raw else EXTENSIONS[run.fmt]
    for task in tasks:
        path = os.path.join(run.output or ".", output_name(task.source, extension))
        if task.error is None and os.path.isfile(path) and not _is_error_record(path, run):
            continue
        yield task


def _is_error_record(path: str, run: Run) -> bool:
    if run.fmt != "jsonl" or run.raw:
        return False
    import json

    try:
        with open(path, encoding="utf-8") as handle:
            return json.loads(handle.readline() or "{}").get("error") is not None
    except (OSError, ValueError):
        return True


# ----------------------------------------------------------------- inputs


def gather_sources(args: tuple[str, ...], input_list: str | None, default: tuple[str, ...]) -> list[str]:
    """The inputs: arguments first, then the lines of -i; `default` when both are empty."""
    sources = list(args)
    if input_list is not None:
        if input_list == "-" and "-" in sources:
            raise click.UsageError("stdin cannot be both an input and the input list")
        sources.extend(line.strip() for line in read_input_list(input_list)
                       if line.strip() and not line.lstrip().startswith(COMMENT_PREFIX))
    return sources or list(default)


def read_input_list(path: str) -> list[str]:
    """The lines of -i FILE ('-' = stdin); a file that cannot be read is an input error (exit 3)."""
    if path == "-":
        return sys.stdin.read().splitlines()
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            return handle.read().splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the input list: {exc.strerror or exc}") from exc


# What `clean` takes for a URL by mistake: http(s)://, which `fetch` reads.
URL_ARGUMENT_RE = lazy(r"^https?://", re.IGNORECASE)


def refuse_urls(files: tuple[str, ...]) -> None:
    """`clean https://...`: a URL is no file; say which command reads it."""
    for name in files:
        if URL_ARGUMENT_RE.match(name) and not os.path.exists(name):
            raise click.UsageError(f"{name}: clean reads local files; to fetch a URL, use: cleanpage fetch {name}")


def refuse_malformed_urls(urls: tuple[str, ...]) -> None:
    """A URL on the command line that cannot be parsed (`http://[::1`, port 99999) is a usage error;
    lines of -i are fetched one by one, so there it is a fetch error of that line only."""
    from urllib.parse import urlsplit

    for url in urls:
        try:
            urlsplit(url).port  # noqa: B018 (parses the netloc, raises on a bad one)
        except ValueError as exc:
            raise click.UsageError(f"{url}: not a valid URL ({exc})") from exc


def require_dask() -> None:
    """--dask without Dask installed: say what to install, not an internal error."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise click.UsageError("--dask needs Dask, which is not installed: pip install 'cleanpage[dask]'") from exc


def clean_task_of(source: str, base_url: str | None) -> Task:
    """The Task of one `clean` input; stdin is read here, files in the workers."""
    if source == "-":
        return Task(source="-", data=sys.stdin.buffer.read(), url=base_url)
    return Task(source=source, path=source, url=base_url)


# ----------------------------------------------------------------- output


def emit(outcomes: Iterable[Outcome], run: Run, total: int | None) -> int:
    """Write every outcome as it comes and report failures; return the exit code.

    0 when nothing failed; a single input's own code when it failed; 5 when some
    of several failed (the others are still written).
    """
    count = failed = 0
    first_code = 0
    with open_sink(run) as sink, showing_progress(run, total) as progress:
        for outcome in outcomes:
            count += 1
            if not outcome.ok:
                failed += 1
                first_code = first_code or exit_code_of(outcome)
                error_line(outcome, run)
            sink.write(outcome)
            explain_lines(outcome, run)
            note_lines(outcome, run)
            progress.step()
        sink.commit(keep=count > failed)
    if count == 0 and not run.quiet:
        say("cleanpage: note: no HTML documents found")
    if not failed:
        return 0
    return first_code if count == 1 else EXIT_SOME_FAILED


def exit_code_of(outcome: Outcome) -> int:
    """A failed outcome's exit code: its error's own, or EXIT_INTERNAL for a bug."""
    return outcome.error_type.exit_code if outcome.error_type is not None else EXIT_INTERNAL


def error_line(outcome: Outcome, run: Run) -> None:
    source = STDIN_NAME if outcome.source == "-" else outcome.source
    error = outcome.error or ""
    # fetch errors already name their URL: "https://x/y: HTTP 404 Not Found"
    line = error if error.startswith(f"{source}:") else f"{source}: {error}"
    say(f"cleanpage: error: {line}")
    if run.verbose and outcome.detail:
        say(outcome.detail.rstrip("\n"))


# Removals that are never article text, listed by --explain only with -v.
QUIET_RULES = frozenset(("code",))


def explain_lines(outcome: Outcome, run: Run) -> None:
    """--explain: `path  rule  N words  first words` per removal and `path  kept  rule  reason` per
    removal the main-text guard refused (prefixed by the source in a batch); code only with -v."""
    if not run.explain:
        return
    prefix = f"{outcome.source}  " if run.several else ""
    for removal in outcome.removals:
        if removal.kept:
            line = f"{removal.path}  kept  {removal.rule}  {removal.reason}  {removal.text}"
        elif removal.rule in QUIET_RULES and not run.verbose:
            continue
        else:
            line = f"{removal.path}  {removal.rule}  {removal.words} words  {removal.text}"
        say(prefix + line)


def note_lines(outcome: Outcome, run: Run) -> None:
    """-v: the notes of one input (a selector or site rule that matched nothing)."""
    if run.verbose and not run.quiet:
        for note in outcome.notes:
            say(f"cleanpage: note: {outcome.source}: {note}")


def make_note(run: Run) -> Callable[[str], None]:
    """Notes (skipped WARC records, ...) go to stderr with -v only."""
    def note(message: str) -> None:
        if run.verbose and not run.quiet:
            say(f"cleanpage: note: {message}")
    return note


# ----------------------------------------------------------------- stderr and progress


def say(line: str) -> None:
    """One line on stderr, never glued to the progress counter: it is cleared first."""
    Progress.current.clear()
    click.echo(line, err=True)


class Progress:
    """`cleanpage: 12/181` rewritten in place on a terminal's stderr.

    Cleared (not left behind) before any other stderr line and at the end, so it
    never glues onto an error line; `say` redraws nothing, the next step does."""

    # Back to the line's start, then erase to its end (ECMA-48 EL): the counter's line, blank.
    CLEAR = "\r\x1b[K"
    current: Progress | NoProgress

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.done = 0
        self.shown = False

    def step(self) -> None:
        self.done += 1
        of = f"/{self.total}" if self.total else ""
        sys.stderr.write(f"{self.CLEAR}cleanpage: {self.done}{of}")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write(self.CLEAR)
            sys.stderr.flush()
            self.shown = False


class NoProgress:
    """No counter: stderr is no terminal, -q, a single input, or stdout is that terminal."""

    def step(self) -> None:
        return None

    def clear(self) -> None:
        return None


Progress.current = NoProgress()


@contextmanager
def showing_progress(run: Run, total: int | None) -> Iterator[Progress | NoProgress]:
    """The progress counter of a run, cleared when the run ends however it ends."""
    progress: Progress | NoProgress = Progress(total) if wants_progress(run, total) else NoProgress()
    Progress.current = progress
    try:
        yield progress
    finally:
        progress.clear()
        Progress.current = NoProgress()


def wants_progress(run: Run, total: int | None) -> bool:
    """A counter only helps for several inputs, on a terminal's stderr, and must not
    interleave with documents printed on that same terminal."""
    if run.quiet or not run.several or (total is not None and total < 2):
        return False
    if not _is_terminal(sys.stderr):
        return False
    return run.output is not None or not _same_terminal(sys.stdout, sys.stderr)


def _is_terminal(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _same_terminal(one: IO[Any], other: IO[Any]) -> bool:
    """Whether two streams write to the same terminal (both ttys, same device)."""
    if not (_is_terminal(one) and _is_terminal(other)):
        return False
    try:
        return os.path.samestat(os.fstat(one.fileno()), os.fstat(other.fileno()))
    except (OSError, ValueError):
        return True  # cannot tell: assume the worst and stay quiet


# ----------------------------------------------------------------- output


class Sink:
    """Where outputs go: stdout, one file (written atomically) or a directory."""

    def __init__(self, run: Run, stream: IO[bytes]) -> None:
        self.run = run
        self.stream = stream
        self.written = 0

    def text_of(self, outcome: Outcome) -> str | None:
        """The text to write for an outcome: output, a json/jsonl error record, or nothing."""
        if outcome.ok:
            return outcome.output
        if self.run.fmt in ("json", "jsonl") and not self.run.raw:
            from .batch import outcome_record, record_line

            record = outcome_record(outcome)
            if self.run.fmt == "jsonl":
                return record_line(record)
            return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        return None

    def write(self, outcome: Outcome) -> None:
        text = self.text_of(outcome)
        if text is None:
            return
        if self.written and (self.run.raw or self.run.fmt not in STREAMABLE_FORMATS):
            self.stream.write(RECORD_SEPARATOR.encode())
        self.stream.write(text.encode("utf-8"))
        self.written += 1

    def commit(self, keep: bool) -> None:
        self.stream.flush()


# Formats whose records follow one another without a separator (jq reads both).
STREAMABLE_FORMATS = frozenset({"json", "jsonl"})


class FileSink(Sink):
    """Everything into one file: a temp file in its directory, renamed on success."""

    def __init__(self, run: Run, path: str) -> None:
        self.temp = TempFile(path)
        super().__init__(run, self.temp.handle)
        self.path = path

    def write(self, outcome: Outcome) -> None:
        try:
            super().write(outcome)
        except OSError as exc:
            raise cannot_write(self.path, exc) from exc

    def commit(self, keep: bool) -> None:
        if keep:
            self.temp.commit()
        else:
            self.temp.discard()

    def discard(self) -> None:
        self.temp.discard()


class DirSink(Sink):
    """One file per input in a directory, each written atomically, named by `output_name`."""

    def __init__(self, run: Run, directory: str) -> None:
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError as exc:
            raise cannot_write(directory, exc) from exc
        super().__init__(run, sys.stdout.buffer)
        self.directory = directory

    def write(self, outcome: Outcome) -> None:
        text = self.text_of(outcome)
        if text is None:
            return
        name = output_name(outcome.source, RAW_EXTENSION if self.run.raw else EXTENSIONS[self.run.fmt])
        write_atomically(os.path.join(self.directory, name), text)

    def commit(self, keep: bool) -> None:
        return None


def output_name(source: str, extension: str) -> str:
    """A safe, stable file name for an input: slug of it + short hash + extension."""
    import hashlib

    slug = SLUG_UNSAFE_RE.sub("-", SCHEME_RE.sub("", source)).strip("-._")[-SLUG_MAX_CHARS:].lstrip("-._")
    digest = hashlib.sha1(source.encode("utf-8", "surrogateescape")).hexdigest()[:HASH_CHARS]
    return f"{slug or 'stdin'}-{digest}{extension}"


# Temporary files sit beside their target, hidden, until renamed over it.
TEMP_PREFIX = ".cleanpage-"
TEMP_SUFFIX = ".tmp"
# Mode of a new output file before the umask: what `>` and open() give (0644 under umask 022).
NEW_FILE_MODE = 0o666


class TempFile:
    """A new file beside `path`, made with NEW_FILE_MODE so the umask applies (tempfile's
    are always 0600), renamed over `path` by commit(). Errors name `path`, never the temp file."""

    def __init__(self, path: str) -> None:
        import secrets

        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        while True:
            self.name = os.path.join(directory, f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}")
            try:
                descriptor = os.open(self.name, flags, NEW_FILE_MODE)
                break
            except FileExistsError:
                continue
            except OSError as exc:
                raise cannot_write(path, exc) from exc
        self.handle: IO[bytes] = os.fdopen(descriptor, "wb")

    def commit(self) -> None:
        try:
            self.handle.close()
            os.replace(self.name, self.path)
        except OSError as exc:
            self.discard()
            raise cannot_write(self.path, exc) from exc

    def discard(self) -> None:
        self.handle.close()
        if os.path.exists(self.name):
            os.unlink(self.name)


def cannot_write(path: str, exc: OSError) -> InputError:
    """An output that cannot be written, named as the user named it (no temp file name)."""
    return InputError(f"{path}: cannot write: {exc.strerror or type(exc).__name__}")


def write_atomically(path: str, text: str) -> None:
    """Write a file through a temp file in the same directory and os.replace."""
    temp = TempFile(path)
    try:
        temp.handle.write(text.encode("utf-8"))
    except OSError as exc:
        temp.discard()
        raise cannot_write(path, exc) from exc
    except BaseException:
        temp.discard()
        raise
    temp.commit()


@contextmanager
def open_sink(run: Run) -> Iterator[Sink]:
    """The sink of a run; a file sink's temp file is removed when the run breaks off."""
    if run.output is None:
        yield Sink(run, sys.stdout.buffer)
        return
    if output_is_directory(run):  # build_run refused several inputs into one non-jsonl file
        yield DirSink(run, run.output)
        return
    sink = FileSink(run, run.output)
    try:
        yield sink
    finally:
        sink.discard()
