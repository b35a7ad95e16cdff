"""Realistic pages run through the library and the CLI, checked against what a reader expects.

Each case is a folder `tests/fixtures/<behaviour>/` holding:

* `source.html`: the page as its CMS emits it (head, scripts, nav, chrome, footer).
* `checks.json`: what a human reader expects, written before looking at any output.
* `expected.md` / `expected.json`: golden output, written by `pytest --update-goldens`
  and reviewed like code (`expected.json` leaves out `source`, which differs by door).

checks.json keys (a missing key means "not checked"; a null value means "must be null"):

    description        what the page is and which behaviour it exercises
    url                base URL given to clean(url=…) and `--url`; links must come out absolute
    title              exact Article.title
    byline             exact names ("A, B and C"), or null
    date               "YYYY-MM-DD": Article.date equals it or is a timestamp of that day; or null
    site_name          exact, or null
    lang               primary language subtag ("en" matches "en-US"), or null
    must_contain       strings that must appear in Article.text (every paragraph, headings)
    must_not_contain   strings that must not appear anywhere in the Markdown (all the chrome)
    funding_contains   a string the funding statement must contain (and the body too), or null
    quotes             [{text_startswith, speaker, kind}]: the exact list of quotes in reading
                       order; text_startswith is compared after leading quote marks
    links              absolute URLs that must be link targets in the Markdown
    markdown_structure checked by test_markdown_structure.py (headings, lists, tables, code…)
    exit_code, error   negative cases: the CLI exit code and the library's exception class

Whitespace runs (space, tab, newline) compare as one space; nothing else is normalised:
curly quotes, dashes, guillemets and accents must survive exactly.

Run:        pytest tests/test_fixtures.py tests/test_markdown_structure.py -q
Regenerate: pytest tests/test_fixtures.py --update-goldens   (then read `git diff tests/fixtures`)
"""

from __future__ import annotations

import difflib
import json
import re

import pytest
from markdown_it import MarkdownIt

# Runs of ASCII whitespace compare equal to one space: line wrapping is not content.
# Non-breaking and narrow spaces are content (French typography) and are kept.
WHITESPACE_RE = re.compile(r"[ \t\r\n]+")

# Opening marks stripped from a quote's text before comparing its start with text_startswith.
OPENING_QUOTE_MARKS = " \u00a0\u202f\"'“”‘’«»„‚‹›"

# Keys of the JSON record whose value depends on the door (the CLI reports the path).
DOOR_DEPENDENT_KEYS = ("source",)


def squash(text: str | None) -> str | None:
    return None if text is None else WHITESPACE_RE.sub(" ", text).strip()


# --- metadata ---------------------------------------------------------------------------


@pytest.mark.needs("title")
def test_title(case, door, outputs):
    assert squash(outputs(case, door).record["title"]) == case.checks["title"]


@pytest.mark.needs("byline")
def test_byline(case, door, outputs):
    assert squash(outputs(case, door).record["byline"]) == case.checks["byline"]


@pytest.mark.needs("date")
def test_date(case, door, outputs):
    actual, expected = outputs(case, door).record["date"], case.checks["date"]
    if expected is None:
        assert actual is None
    else:
        assert actual == expected or (actual or "").startswith(expected + "T"), actual


@pytest.mark.needs("site_name")
def test_site_name(case, door, outputs):
    assert squash(outputs(case, door).record["site_name"]) == case.checks["site_name"]


@pytest.mark.needs("lang")
def test_lang(case, door, outputs):
    actual, expected = outputs(case, door).record["lang"], case.checks["lang"]
    primary = None if actual is None else re.split(r"[-_]", actual)[0].lower()
    assert primary == expected, actual


@pytest.mark.needs("url")
def test_url(case, door, outputs):
    assert outputs(case, door).record["url"] == case.url


# --- body ---------------------------------------------------------------------------------


@pytest.mark.needs("must_contain")
def test_must_contain(case, door, outputs):
    text = squash(outputs(case, door).record["text"])
    missing = [s for s in case.checks["must_contain"] if squash(s) not in text]
    assert not missing, "missing from Article.text:\n  " + "\n  ".join(missing)


@pytest.mark.needs("must_not_contain")
def test_must_not_contain(case, door, outputs):
    markdown = squash(outputs(case, door).markdown)
    leaked = [s for s in case.checks["must_not_contain"] if squash(s) in markdown]
    assert not leaked, "chrome left in the Markdown:\n  " + "\n  ".join(leaked)


@pytest.mark.needs("funding_contains")
def test_funding(case, door, outputs):
    record, expected = outputs(case, door).record, case.checks["funding_contains"]
    if expected is None:
        assert record["funding"] is None, record["funding"]
        return
    assert record["funding"] is not None, "no funding statement found"
    assert squash(expected) in squash(record["funding"]), record["funding"]
    assert squash(expected) in squash(record["text"]), "funding statement missing from the body"


@pytest.mark.needs("quotes")
def test_quotes(case, door, outputs):
    actual = [_quote_key(q, e) for q, e in zip(outputs(case, door).record["quotes"], case.checks["quotes"])]
    expected = [(True, e["speaker"], e["kind"]) for e in case.checks["quotes"]]
    found = outputs(case, door).record["quotes"]
    assert len(found) == len(expected), _quotes_report(found, case.checks["quotes"])
    assert actual == expected, _quotes_report(found, case.checks["quotes"])


def _quote_key(quote: dict, expected: dict) -> tuple[bool, str | None, str]:
    text = squash(quote["text"]).lstrip(OPENING_QUOTE_MARKS)
    return text.startswith(squash(expected["text_startswith"])), quote["speaker"], quote["kind"]


def _quotes_report(found: list[dict], expected: list[dict]) -> str:
    lines = ["expected:"] + [f"  {e['kind']:6} {e['speaker']!s:22} {e['text_startswith']}" for e in expected]
    lines += ["found:"] + [f"  {q['kind']:6} {q['speaker']!s:22} {q['text'][:70]}" for q in found]
    return "\n".join(lines)


@pytest.mark.needs("links")
def test_links(case, door, outputs):
    tokens = MarkdownIt("commonmark").parse(outputs(case, door).markdown)
    hrefs = {child.attrs.get("href") for tok in tokens for child in tok.children or () if child.type == "link_open"}
    missing = [url for url in case.checks["links"] if url not in hrefs]
    assert not missing, "links missing (or not absolute) in the Markdown:\n  " + "\n  ".join(missing)


# --- negative cases -------------------------------------------------------------------


@pytest.mark.negative_cases
def test_library_raises(case):
    import cleanpage

    error = getattr(cleanpage, case.checks["error"])
    with pytest.raises(error):
        cleanpage.clean(case.source.read_bytes(), url=case.url)


@pytest.mark.negative_cases
def test_cli_exit_code(case, cli):
    result = cli(case, "-f", "markdown")
    stderr = result.stderr.decode("utf-8", "replace").strip()
    assert result.returncode == case.checks["exit_code"], stderr
    assert result.stdout == b""
    assert len(stderr.splitlines()) == 1 and stderr.startswith("cleanpage: error:"), stderr


# --- golden files ---------------------------------------------------------------------


def test_cli_reports_source_path(case, outputs):
    assert outputs(case, "cli").record["source"] == "source.html"


def test_golden_markdown(case, door, outputs, update_goldens):
    actual = outputs(case, door).markdown
    _compare_golden(case.expected_md, actual, door, update_goldens, outputs(case, "library").markdown)


def test_golden_json(case, door, outputs, update_goldens):
    record = {k: v for k, v in outputs(case, door).record.items() if k not in DOOR_DEPENDENT_KEYS}
    library = {k: v for k, v in outputs(case, "library").record.items() if k not in DOOR_DEPENDENT_KEYS}
    _compare_golden(case.expected_json, _pretty(record), door, update_goldens, _pretty(library))


def _pretty(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _compare_golden(path, actual: str, door: str, update: bool, library: str) -> None:
    """Write the golden (library door, --update-goldens) or compare with a unified diff."""
    if update and door == "library":
        path.write_text(actual, encoding="utf-8")
        return
    if update:  # the golden is being rewritten this run: the CLI must match the library
        expected, name = library, "library output"
    else:
        assert path.exists(), f"{path} missing: run pytest --update-goldens and review it"
        expected, name = path.read_text(encoding="utf-8"), str(path.name)
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True), name, f"{door} output"
        )
        pytest.fail("output differs from golden:\n" + "".join(diff), pytrace=False)
