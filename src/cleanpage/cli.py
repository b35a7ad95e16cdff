"""The command line: `cleanpage clean | fetch | warc`.

The only module that imports click, touches stdout/stderr and decides exit codes.
Each command turns its flags into one `Options` and its inputs into `batch.Task`s,
lets `batch` (or `cluster`) turn tasks into `Outcome`s in input order, and hands
those to `emit`, which writes results, reports errors and computes the exit code.
requests, warcio, process pools and dask are imported inside the commands.
"""

from __future__ import annotations

import os
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, TypeVar

import click

from . import __version__
from .batch import INTERNAL_ERROR_EXIT, Outcome, Task
from .errors import CleanpageError, InputError
from .model import FORMATS, Options

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_OPTIONS = Options()
# Exit code of a batch where some inputs failed (DESIGN.md).
EXIT_SOME_FAILED = 5
# Exit code of an input error (missing/unreadable file), as errors.InputError.
EXIT_INPUT = 3
# Between two Markdown/text/HTML documents on stdout: a line holding one form
# feed. `---` would clash with Markdown's thematic break and front matter; a
# form feed never occurs in cleaned text (control characters are dropped).
RECORD_SEPARATOR = "\f\n"
# File name extension of each output format in an output directory.
EXTENSIONS = {"markdown": ".md", "json": ".json", "jsonl": ".jsonl", "text": ".txt", "html": ".html"}
RAW_EXTENSION = ".html"
# Output file names: a readable slug of the input plus a hash of it, so names
# are stable across runs and two inputs never share one.
SLUG_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")
SLUG_MAX_CHARS = 60
HASH_CHARS = 8
# URL scheme prefix stripped from slugs ("https://a.org/x" -> "a.org-x").
SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# fetch: threads when -j is not given. Fetching waits on the network, so more
# threads than cores pay; PER_HOST_LIMIT keeps it polite to each host.
DEFAULT_FETCH_THREADS = 8
# Every line of -i/--input-list that is blank or starts with this is skipped.
COMMENT_PREFIX = "#"
# Where a command leaves -v for the error handler (click's ctx.meta is shared).
VERBOSE_KEY = "cleanpage.verbose"
# What the error line names when the input was stdin.
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
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


def _apply(options: list[Callable[[F], F]]) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        for option in reversed(options):
            fn = option(fn)
        return fn
    return decorate


output_options = _apply([
    click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True,
                 help="Output format; jsonl = one JSON record a line."),
    click.option("-o", "--output", type=click.Path(dir_okay=True, writable=True),
                 help="Write to this file (several inputs: to this directory, one file each; jsonl: one file)."),
    click.option("-q", "--quiet", is_flag=True, help="No notes or progress on stderr (errors still shown)."),
    click.option("-v", "--verbose", is_flag=True, help="Notes, and the traceback of internal errors."),
])

clean_options = _apply([
    click.option("--url", "base_url", metavar="URL", help="Base URL of a local file, to resolve relative links."),
    click.option("--front-matter", is_flag=True, help="Start Markdown with a YAML metadata block."),
    click.option("--no-links", is_flag=True, help="Drop hyperlinks, keep their text."),
    click.option("--images", is_flag=True, help="Keep images and their captions (dropped by default)."),
    click.option("--comments", is_flag=True, help="Keep reader comments."),
    click.option("--explain", is_flag=True,
                 help="On stderr, one line per removed block: path, rule, first words."),
])

batch_options = _apply([
    click.option("-i", "--input-list", type=click.File("r", encoding="utf-8"),
                 help="Read inputs from this file, one a line ('-' = stdin; blank lines and # comments skipped)."),
    click.option("-j", "--jobs", type=click.IntRange(min=1),
                 help="Parallel workers: processes for clean/warc (default: the cores), threads for fetch (default: 8)."),
])

fetch_options = _apply([
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_OPTIONS.timeout,
                 show_default=True, help="Seconds per URL."),
    click.option("--retries", type=click.IntRange(min=0), default=DEFAULT_OPTIONS.retries, show_default=True,
                 help="Retries on connection errors and 429/5xx."),
    click.option("--user-agent", help="User-Agent header (default: cleanpage's own)."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_OPTIONS.max_bytes, show_default=True,
                 help="Refuse pages larger than this."),
    click.option("--raw", is_flag=True, help="Print the fetched, decoded HTML instead of cleaning it."),
    click.option("--delay", type=click.FloatRange(min=0), default=0.0, show_default=True,
                 help="Seconds between requests to one host."),
])


def build_options(flags: dict[str, Any]) -> Options:
    """The one Options object of a command, from its flags."""
    return Options(
        comments=flags.get("comments", False),
        links=not flags.get("no_links", False),
        images=flags.get("images", False),
        explain=flags.get("explain", False),
        front_matter=flags.get("front_matter", False),
        timeout=flags.get("timeout", DEFAULT_OPTIONS.timeout),
        retries=flags.get("retries", DEFAULT_OPTIONS.retries),
        user_agent=flags.get("user_agent"),
        max_bytes=flags.get("max_bytes", DEFAULT_OPTIONS.max_bytes),
    )


def build_run(flags: dict[str, Any], several: bool) -> Run:
    """How to write this command's results; also tells the error handler about -v."""
    click.get_current_context().meta[VERBOSE_KEY] = flags["verbose"]
    return Run(fmt=flags["fmt"], output=flags["output"], quiet=flags["quiet"], verbose=flags["verbose"],
               explain=flags.get("explain", False), several=several, raw=flags.get("raw", False))


# ----------------------------------------------------------------- errors


class CommandGroup(click.Group):
    """Turns every error that escapes a command into one stderr line and its exit code."""

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
            _fail(ctx, f"internal error: {type(exc).__name__}: {exc}", INTERNAL_ERROR_EXIT)


def _fail(ctx: click.Context, message: str, code: int) -> None:
    click.echo(f"cleanpage: error: {message}", err=True)
    if ctx.meta.get(VERBOSE_KEY):
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
@clean_options
@batch_options
def clean(files: tuple[str, ...], input_list: IO[str] | None, jobs: int | None, **flags: Any) -> None:
    """Clean local HTML FILEs ('-' or none = stdin)."""
    from .batch import clean_all, default_jobs

    sources = gather_sources(files, input_list, default=("-",) if input_list is None else ())
    tasks = [clean_task_of(source, flags.get("base_url")) for source in sources]
    run = build_run(flags, several=len(tasks) > 1)
    options = build_options(flags)
    workers = 1 if len(tasks) <= 1 else (jobs or default_jobs())
    sys.exit(emit(clean_all(tasks, run.fmt, options, workers), run, total=len(tasks)))


@main.command(epilog="""\b
Examples:
  cleanpage fetch https://example.org/news/1
  cleanpage fetch --raw https://example.org/news/1 | cleanpage clean
  cleanpage fetch -i urls.txt -f jsonl --delay 1 > articles.jsonl""")
@click.argument("urls", nargs=-1, type=str)
@output_options
@clean_options
@fetch_options
@batch_options
def fetch(urls: tuple[str, ...], input_list: IO[str] | None, jobs: int | None, **flags: Any) -> None:
    """Fetch URLs over HTTP(S) and clean them."""
    from .batch import fetch_all

    sources = gather_sources(urls, input_list, default=())
    if not sources:
        raise click.UsageError("give at least one URL (or -i FILE)")
    tasks = [Task(source=url, url=url) for url in sources]
    run = build_run(flags, several=len(tasks) > 1)
    outcomes = fetch_all(tasks, run.fmt, build_options(flags), jobs=jobs or DEFAULT_FETCH_THREADS,
                         delay=flags["delay"], raw=run.raw)
    sys.exit(emit(outcomes, run, total=len(tasks)))


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
              help="Clean on a Dask cluster: tcp://host:port, or 'local' for 2 local workers.")
def warc(files: tuple[str, ...], input_list: IO[str] | None, jobs: int | None, dask_address: str | None,
         **flags: Any) -> None:
    """Clean the HTML response records of WARC archives (.warc or .warc.gz)."""
    from .warc import warc_tasks

    paths = gather_sources(files, input_list, default=())
    if not paths:
        raise click.UsageError("give at least one WARC file (or -i FILE)")
    run = build_run(flags, several=True)
    options = build_options(flags)
    tasks = warc_tasks(paths, options.max_bytes, note=make_note(run))
    sys.exit(emit(clean_warc_tasks(tasks, run, options, jobs, dask_address), run, total=None))


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


# ----------------------------------------------------------------- inputs


def gather_sources(args: tuple[str, ...], input_list: IO[str] | None, default: tuple[str, ...]) -> list[str]:
    """The inputs: arguments first, then the lines of -i; `default` when both are empty."""
    sources = list(args)
    if input_list is not None:
        if input_list is sys.stdin and "-" in sources:
            raise click.UsageError("stdin cannot be both an input and the input list")
        sources.extend(line.strip() for line in input_list
                       if line.strip() and not line.lstrip().startswith(COMMENT_PREFIX))
    return sources or list(default)


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
    progress = Progress(total) if sys.stderr.isatty() and not run.quiet else None
    with open_sink(run) as sink:
        for outcome in outcomes:
            count += 1
            if not outcome.ok:
                failed += 1
                first_code = first_code or outcome.exit_code
                error_line(outcome, run)
            sink.write(outcome)
            explain_lines(outcome, run)
            if progress is not None:
                progress.step()
        sink.commit(keep=count > failed)
    if progress is not None:
        progress.close()
    if count == 0 and not run.quiet:
        click.echo("cleanpage: note: no HTML documents found", err=True)
    if not failed:
        return 0
    return first_code if count == 1 else EXIT_SOME_FAILED


def error_line(outcome: Outcome, run: Run) -> None:
    source = STDIN_NAME if outcome.source == "-" else outcome.source
    error = outcome.error or ""
    # fetch errors already name their URL: "https://x/y: HTTP 404 Not Found"
    line = error if error.startswith(f"{source}:") else f"{source}: {error}"
    click.echo(f"cleanpage: error: {line}", err=True)
    if run.verbose and outcome.detail:
        click.echo(outcome.detail.rstrip("\n"), err=True)


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
        click.echo(prefix + line, err=True)


def make_note(run: Run) -> Callable[[str], None]:
    """Notes (skipped WARC records, ...) go to stderr with -v only."""
    def note(message: str) -> None:
        if run.verbose and not run.quiet:
            click.echo(f"cleanpage: note: {message}", err=True)
    return note


class Progress:
    """`cleanpage: 12/181` rewritten in place on a terminal's stderr."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.done = 0

    def step(self) -> None:
        self.done += 1
        of = f"/{self.total}" if self.total else ""
        sys.stderr.write(f"\rcleanpage: {self.done}{of}")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")


class Sink:
    """Where outputs go: stdout, one file (written atomically) or a directory."""

    def __init__(self, run: Run, stream: IO[bytes]) -> None:
        self.run = run
        self.stream = stream
        self.written = 0

    def text_of(self, outcome: Outcome) -> str | None:
        """The text to write for an outcome: output, jsonl error record, or nothing."""
        if outcome.ok:
            return outcome.output
        if self.run.fmt == "jsonl" and not self.run.raw:
            from .batch import error_record, record_line

            return record_line(error_record(outcome.source, outcome.error or ""))
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
        import tempfile

        directory = os.path.dirname(os.path.abspath(path))
        try:
            handle = tempfile.NamedTemporaryFile(dir=directory, prefix=".cleanpage-", delete=False)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        super().__init__(run, handle)
        self.path = path

    def commit(self, keep: bool) -> None:
        self.stream.close()
        if keep:
            os.replace(self.stream.name, self.path)
        else:
            os.unlink(self.stream.name)

    def discard(self) -> None:
        self.stream.close()
        if os.path.exists(self.stream.name):
            os.unlink(self.stream.name)


class DirSink(Sink):
    """One file per input in a directory, each written atomically, named by `output_name`."""

    def __init__(self, run: Run, directory: str) -> None:
        os.makedirs(directory, exist_ok=True)
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


def write_atomically(path: str, text: str) -> None:
    """Write a file through a temp file in the same directory and os.replace."""
    import tempfile

    handle = tempfile.NamedTemporaryFile(dir=os.path.dirname(path), prefix=".cleanpage-", delete=False)
    try:
        with handle:
            handle.write(text.encode("utf-8"))
        os.replace(handle.name, path)
    except BaseException:
        os.unlink(handle.name)
        raise


@contextmanager
def open_sink(run: Run) -> Iterator[Sink]:
    """The sink of a run; a file sink's temp file is removed when the run breaks off."""
    if run.output is None:
        yield Sink(run, sys.stdout.buffer)
        return
    if os.path.isdir(run.output) or (run.several and run.fmt != "jsonl"):
        if os.path.exists(run.output) and not os.path.isdir(run.output):
            raise InputError(f"{run.output}: several inputs need a directory, this is a file")
        yield DirSink(run, run.output)
        return
    sink = FileSink(run, run.output)
    try:
        yield sink
    finally:
        sink.discard()
