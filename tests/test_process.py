"""The whole `cleanpage clean` process: what a one-page run loads, and what its exit skips.

A one-page run pays for every module it loads, for the cycle collector's passes and for
the interpreter's exit: a Markdown run loads no quote finder and no hashlib, cleans its page
with the collector paused (cli.pause_collector) and its exit leaves the objects to the OS
instead of collecting them (cli.skip_exit_collection). Each run is a real interpreter."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from cleanpage.patterns import lazy

PAGE = ("<html><head><title>Harbour lamps</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Harbour lamps</h1>"
        + "<p>“The lamps along the quay were lit by hand until the winter storms,” said Orla Brennick.</p>" * 4
        + "</article><footer>Footer</footer></body></html>")

# Run the CLI as the console script does; an exit hook registered before it runs after its own
# hooks (last in, first out) and reports what the process loaded and froze, and how many
# collections ran once the pipeline began to load (cli.pause_collector).
PROBE = """
import atexit, gc, json, sys
late = []
gc.callbacks.append(lambda phase, info: late.append(1) if phase == "start" and "cleanpage.api" in sys.modules else None)
atexit.register(lambda: sys.stderr.write(json.dumps(
    {"frozen": gc.get_freeze_count(), "modules": sorted(sys.modules), "collections": len(late)})))
from cleanpage.cli import main
main()
"""


def probe(tmp_path: Path, *args: str, html: str = PAGE) -> tuple[subprocess.CompletedProcess[str], dict]:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, "clean", str(page), *args], capture_output=True, text=True,
                          check=False, env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)})  # no user's rules
    return done, json.loads(done.stderr.strip().splitlines()[-1])


def test_a_markdown_run_loads_neither_the_quote_finder_nor_hashlib_nor_site_rules(tmp_path: Path) -> None:
    done, seen = probe(tmp_path)
    assert done.returncode == 0 and "lamps along the quay" in done.stdout
    assert "cleanpage.api" in seen["modules"]
    for module in ("cleanpage.sections", "cleanpage.speakers", "hashlib", "cleanpage.siterules", "pathlib"):
        assert module not in seen["modules"], module


def test_a_page_without_leftover_entities_loads_no_entity_table(tmp_path: Path) -> None:
    """Importing `html` builds its table of 2,231 named entities: a run loads it only to unescape a
    metadata value that still holds an entity once parsed, or to write the HTML format."""
    done, seen = probe(tmp_path)
    assert done.returncode == 0 and "html" not in seen["modules"] and "html.entities" not in seen["modules"]
    linked = PAGE.replace("</head>", '<script type="application/ld+json">{"@type": "NewsArticle", '
                                      '"author": {"name": "Orla Brennick &amp; Tam Lee"}}</script></head>')
    done, seen = probe(tmp_path, "-f", "json", html=linked)
    assert done.returncode == 0 and "html" in seen["modules"]
    assert json.loads(done.stdout)["byline"] == "Orla Brennick and Tam Lee"  # the entity read as "&"
    done, seen = probe(tmp_path, "-f", "html")
    assert done.returncode == 0 and "<title>Harbour lamps</title>" in done.stdout


def test_a_markdown_run_loads_no_string_module(tmp_path: Path) -> None:
    """`string` builds its Template class at import, compiling its pattern: the escaper writes the
    ASCII punctuation and letters out, the same characters."""
    import string

    from cleanpage.serialize.escape import ASCII_LETTERS, ASCII_PUNCTUATION

    assert (ASCII_PUNCTUATION, ASCII_LETTERS) == (string.punctuation, string.ascii_letters)
    done, seen = probe(tmp_path)
    assert done.returncode == 0 and "string" not in seen["modules"]


def test_the_records_no_code_compares_have_no_equality_compiled() -> None:
    """dataclass writes and compiles each method it adds when its module is imported (an __eq__
    ~0.6M instructions, a frozen class's __hash__ ~0.4M more), in every process: the working
    records and tables that no code compares (or hashes by value) are eq=False."""
    from cleanpage.cli import Run
    from cleanpage.funding import BlockMemo
    from cleanpage.metadata import _Facts
    from cleanpage.metadata.date import WindowTexts, _Shown
    from cleanpage.metadata.sources import _Page
    from cleanpage.rules import Rule, Vocabulary
    from cleanpage.serialize.markdown import _Container, _List, _Survey, _Table
    from cleanpage.serialize.notes import Notes
    from cleanpage.steering import Steering

    for record in (Run, BlockMemo, _Facts, WindowTexts, _Shown, _Page, Rule, Vocabulary, _Container, _List,
                   _Survey, _Table, Notes, Steering):
        assert "__eq__" not in vars(record) and "__hash__" not in vars(record), record


def test_a_block_quote_no_caption_signs_loads_no_quote_finder_for_markdown(tmp_path: Path) -> None:
    """A caption that may sign a block quote is read before the chrome goes, and that needs the
    quote finder; a block quote with only a paragraph after it has none, so a Markdown run of it
    still loads no finder."""
    quoted = PAGE.replace("</article>", "<blockquote><p>Keep the lamps lit through the storm.</p></blockquote>"
                                       "<p>The harbour board met again in spring.</p></article>")
    done, seen = probe(tmp_path, html=quoted)
    assert done.returncode == 0 and "> Keep the lamps lit" in done.stdout
    assert "cleanpage.sections" not in seen["modules"]
    signed = quoted.replace("<p>The harbour board", "<p class='quote-credit'>— Orla Brennick</p><p>The harbour board")
    done, seen = probe(tmp_path, html=signed)
    assert done.returncode == 0 and "cleanpage.sections" in seen["modules"]


def test_a_json_run_finds_the_quotes_it_loads_the_finder_for(tmp_path: Path) -> None:
    done, seen = probe(tmp_path, "-f", "json")
    assert done.returncode == 0 and "cleanpage.sections" in seen["modules"]
    assert [quote["speaker"] for quote in json.loads(done.stdout)["quotes"]] == ["Orla Brennick"] * 4


def test_the_exit_leaves_the_objects_to_the_os(tmp_path: Path) -> None:
    done, seen = probe(tmp_path)
    assert done.returncode == 0 and seen["frozen"] > 0


def test_one_page_is_cleaned_without_a_collection(tmp_path: Path) -> None:
    done, seen = probe(tmp_path)
    assert done.returncode == 0 and seen["collections"] == 0


def test_the_collector_runs_again_after_an_in_process_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cleanpage.cli import main

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(page)])
    assert result.exit_code == 0 and "lamps along the quay" in result.output and gc.isenabled()


def test_a_dateline_without_kana_or_han_is_read_without_compiling_their_class(monkeypatch) -> None:
    """The class of Han, kana and Hangul costs ~2 ms to compile: a line with no character as far
    up as kana is settled as no sentence before it is needed; a line in those scripts still uses it."""
    from cleanpage.metadata import date

    fresh = lazy(date._IDEOGRAPH_RE.pattern)
    monkeypatch.setattr(date, "_IDEOGRAPH_RE", fresh)
    assert not date.is_sentence("Von Lio Marsh – 4. Mai 2019, 08:15 Uhr")
    assert not date.is_sentence("")
    assert fresh._compiled is None
    assert date.is_sentence("2019年5月4日，港口的灯在冬天的风暴之前一直是手工点亮的。")
    assert not date.is_sentence("2019年5月4日 08:15")
    assert fresh._compiled is not None


def test_a_text_without_a_sponsor_notice_word_is_settled_without_compiling_the_notice_pattern(monkeypatch) -> None:
    """SPONSOR_NOTICE_RE costs ~3 ms to compile: a text holding a funding word but none of the
    words every notice holds is no notice before it is needed; a notice still is one."""
    from cleanpage import funding

    fresh = lazy(funding.SPONSOR_NOTICE_RE.pattern, funding.SPONSOR_NOTICE_RE._flags)
    monkeypatch.setattr(funding, "SPONSOR_NOTICE_RE", fresh)
    assert funding._statement_kind("Grants for the harbour lamp repairs open in May.") is None
    assert fresh._compiled is None
    assert funding._statement_kind("Our newsroom is made possible by") == "notice"
    assert fresh._compiled is not None
