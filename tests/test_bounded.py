"""Bounded time for every input: the attribute guard, and parsing shared by threads.

libxml2 compares each attribute of an element with every earlier one, so a tag
with 300,000 attributes would hold a worker for minutes (100,000 take 26 s).
`attributes.limit_attributes` cuts such tags before parsing; these tests run
the real CLI on such floods and check the guard's limits and that it leaves
normal markup alone. The thread tests check that parses in threads never read
each other's parser error log (`fetch -j` cleans in threads).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import lxml.html
import pytest

import cleanpage
import hostile_pages as pages
from cleanpage.attributes import MAX_ATTRIBUTE_BYTES, MAX_ATTRIBUTES, limit_attributes
from cleanpage.parse import MAX_TREE_DEPTH, max_depth, parse_html
from test_hostile import assert_clean_exit, run_cli

# A flood page parses in well under a second with the guard; the bound is the
# test_hostile one (30 s), far below the minutes the flood costs without it.
FLOOD_ATTRIBUTES = 300_000


def attribute_counts(data: bytes) -> list[int]:
    return [len(p.attrib) for p in lxml.html.document_fromstring(data).iter("p")]


# --- the real CLI ------------------------------------------------------------------


@pytest.mark.parametrize("style", pages.ATTRIBUTE_FLOOD_STYLES)
def test_attribute_flood_cli(style: str, tmp_path) -> None:
    page = pages.attribute_flood(FLOOD_ATTRIBUTES, style)
    path = tmp_path / "flood.html"
    path.write_bytes(page.data)
    run = run_cli(["clean", "-f", "text", str(path)])
    assert_clean_exit(run, page.markers)
    assert pages.SENTENCE in run.stdout


# --- the guard ---------------------------------------------------------------------


@pytest.mark.parametrize("style", pages.ATTRIBUTE_FLOOD_STYLES)
def test_flood_keeps_the_first_attributes_and_the_text(style: str) -> None:
    page = pages.attribute_flood(5_000, style)
    limited = limit_attributes(page.data)
    assert attribute_counts(page.data)[1] > MAX_ATTRIBUTES  # libxml2 reads them all as attributes
    counts = attribute_counts(limited)
    assert counts == [0, MAX_ATTRIBUTES, 0]
    flooded = lxml.html.document_fromstring(limited).find(".//p[@data-a0]") if style != "names" else None
    if flooded is not None:
        assert flooded.get(f"data-a{MAX_ATTRIBUTES - 1}") is not None
        assert flooded.get(f"data-a{MAX_ATTRIBUTES}") is None
    text = lxml.html.document_fromstring(limited).text_content()
    assert all(marker in text for marker in page.markers)


def test_attribute_bytes_are_capped() -> None:
    value = "v" * (MAX_ATTRIBUTE_BYTES // 3)
    tag = "<p " + " ".join(f'data-{i}="{value}"' for i in range(5)) + ">kept text</p>"
    root = lxml.html.document_fromstring(limit_attributes(f"<html><body>{tag}</body></html>".encode()))
    p = root.find(".//p")
    assert list(p.attrib) == ["data-0", "data-1"], list(p.attrib)
    assert p.text == "kept text"


def test_attributes_under_the_limits_are_untouched() -> None:
    many = " ".join(f"data-x{i}=\"{'>' if i % 2 else '<'}\"" for i in range(MAX_ATTRIBUTES))
    long_unquoted = "<a href=https://example.org/" + "a/" * 100 + ">link</a>"
    big_value = f'<img src="data:image/png;base64,{"A" * 500_000}" alt="x">'
    data = f"<html><body><p {many}>text</p>{long_unquoted}{big_value}</body></html>".encode()
    assert limit_attributes(data) is data


def test_scripts_and_styles_are_never_cut() -> None:
    flood = " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES * 2))
    script = f"<script>var s = '<p {flood}>'; if (a<b) {{ x = '{flood}'; }}</script>"
    style = f"<STYLE>/* <p {flood}> */</STYLE>"
    data = f"<html><head>{style}</head><body>{script}<p>x</p></body></html>".encode()
    assert limit_attributes(data) is data


def test_a_flooded_script_tag_keeps_its_code() -> None:
    flood = " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES * 2))
    code = f"var s = '<p {flood}>';"
    data = f"<html><body><script {flood}>{code}</script><p>x</p></body></html>".encode()
    limited = limit_attributes(data)
    assert code.encode() in limited
    assert len(limited) < len(data)


def test_guard_time_is_linear() -> None:
    """Work grows with the input, not its square: 8x the flood is under 8 * 5 times the work."""
    import time

    def seconds(count: int) -> float:
        data = pages.attribute_flood(count, "quoted-gt").data
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            limit_attributes(data)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(20_000), seconds(160_000)
    assert large < 8 * 5 * small + 0.05, (small, large)


# --- quotations ----------------------------------------------------------------------


def surname(index: int) -> str:
    """An invented surname of its own for each index: Cebaba, Debaba..."""
    letters = ""
    for _ in range(3):
        letters += "bcdfghjklmnprstvz"[index % 17] + "aeiou"[index % 5]
        index //= 17
    return letters.capitalize()


def quote_page(count: int) -> str:
    """`count` times: a quote with its speaker, a pull quote repeating it, a block quote of its
    own, and a quote whose speaker is "she", a person named just before (one of `count`)."""
    return pages.document("".join(
        f"<p>\u201cWe counted {i} nests on the ridge this spring and wrote each one down,\u201d said Amara Okafor, "
        f"a field biologist.</p><aside class='pullquote'>We counted {i} nests on the ridge this spring</aside>"
        f"<p>From the log:</p><blockquote><p>Entry {i}: {pages.SENTENCE}</p></blockquote>"
        f"<p>Mara {surname(i)} walked the ridge.</p><p>\u201cWe found the eggs in nest {i} cold,\u201d she said.</p>"
        for i in range(count)))


def test_quotations_time_is_linear() -> None:
    """Each block quote was counted in the whole body text, each pull quote compared with every
    quote and each "she" looked for among every surname (8x the quotes: ~70x the time); now 8x
    the quotes is under 8 * 5 times the work, with the same quotes and speakers found."""
    import time

    from cleanpage.sections import find_quotes

    def seconds(count: int, runs: int) -> float:
        body = parse_html(quote_page(count)).find("body")
        best = float("inf")
        for _ in range(runs):
            started = time.process_time()
            quotes = find_quotes(body)
            best = min(best, time.process_time() - started)
        assert [(q.kind, q.speaker) for q in quotes[-4:]] == [  # the pull quote has its speaker
            ("inline", "Amara Okafor"), ("pull", "Amara Okafor"), ("block", None), ("inline", f"Mara {surname(count - 1)}")]
        assert len(quotes) == 4 * count and quotes[-2].text == f"Entry {count - 1}: {pages.SENTENCE}"
        return best

    # The small page's best of two runs (its first compiles the patterns, which would loosen the
    # bound); the large page's one run (~5 s: the best of two could only pass more easily).
    small, large = seconds(200, runs=2), seconds(1_600, runs=1)
    assert large < 8 * 5 * small + 0.05, (small, large)


# People quoted on the many-speakers page, and its bound: 0.45 s idle (CPU), ~1/5 of it.
SPEAKERS = 400
SPEAKERS_SECONDS = 2.5


def test_a_page_quoting_hundreds_of_people_is_read_in_bounded_time() -> None:
    """Each speaker's name was looked for over the whole page, where it stands and what stands beside
    it ("she" is whose?): 1,600 people quoted read the page thousands of times. Past a few dozen names
    an index of the page's words finds them, every quote still given its speaker."""
    import time

    page = pages.many_speakers(SPEAKERS)
    started = time.process_time()
    quotes = cleanpage.clean(page.data).quotes  # the quotes are found when first read
    spent = time.process_time() - started
    assert [q.speaker for q in quotes] == list(page.markers)  # each person's two quotes, one said as "she"
    assert quotes[-1].text.startswith("\u201cLa marea") and len(quotes) == 2 * SPEAKERS
    assert spent < SPEAKERS_SECONDS, spent


def test_repeated_text_is_found_as_str_count_finds_it() -> None:
    """The index of the body text answers as `count(key) >= 2`: a repeat starting mid-word,
    overlapping repeats (they count once), a text with no spaces (Japanese)."""
    from cleanpage.sections import REPEAT_SCANS, _Repeats

    text = "the survey team walked the northern ridge at dawn"
    body = (f"x{text} and then {text}. Also aaaa aaaa aaaa aaaa aaaa aaaa aaaa. "
            "調査隊は夜明けに北の尾根を歩いた 調査隊は夜明けに北の尾根を歩いた")
    keys = [text, text + " and then", "aaaa aaaa aaaa aaaa", "aaaa aaaa aaaa", "調査隊は夜明けに北の尾根を歩いた",
            "team walked the northern", "Also aaaa aaaa aaaa aaaa aaaa aaaa aaaa. 調査隊は"]
    for asked in (0, REPEAT_SCANS):  # the first keys are looked for in the text, later ones in its index
        repeats = _Repeats(body)
        for n in range(asked):
            repeats.twice(f"not here {n} at all, anywhere")
        answers = [repeats.twice(key) for key in keys + keys]  # asked again: from memory
        assert answers == [body.count(key) >= 2 for key in keys + keys]
        assert answers[:5] == [True, False, False, True, True]
        assert (repeats.at is not None) == bool(asked)


def test_a_block_quote_repeating_the_body_is_a_pull_quote() -> None:
    text = "Every ledge along the western cliffs held a nest with two or three eggs in it"
    repeated = pages.document(f"<p>{text}.</p><blockquote><p>{text}</p></blockquote><p>{pages.SENTENCE}</p>")
    alone = pages.document(f"<p>{text.lower()}.</p><p>The notebook says:</p><blockquote><p>{text}</p></blockquote>"
                           f"<p>{pages.SENTENCE}</p>")
    assert [q.kind for q in cleanpage.clean(repeated).quotes] == ["pull"]
    assert [q.kind for q in cleanpage.clean(alone).quotes] == ["block"]  # a case apart: not the same text


def funding_page(count: int) -> str:
    """`count` statements, each nested in blocks that repeat its text (the inner one is kept)."""
    return pages.document("".join(
        f"<div><span><p>This work was funded by the Example Foundation under grant EF-{i}.</p></span></div>"
        for i in range(count)))


def test_funding_time_is_linear() -> None:
    """Each statement was compared with every statement found before (16x the statements:
    ~120x the time); now 16x is under 16 * 5 times the work, with the same statements."""
    import time

    from cleanpage.funding import find_statements

    def seconds(count: int, runs: int) -> float:
        body = parse_html(funding_page(count)).find("body")
        best = float("inf")
        for _ in range(runs):
            started = time.process_time()
            statements = find_statements(body)
            best = min(best, time.process_time() - started)
        assert statements == [f"This work was funded by the Example Foundation under grant EF-{i}." for i in range(count)]
        return best

    small, large = seconds(250, runs=3), seconds(4_000, runs=1)
    assert large < 16 * 5 * small + 0.05, (small, large)


def test_statements_inside_others_are_found_as_by_comparing_every_pair() -> None:
    """The word index of funding._Texts answers as `in` over every pair: a text inside another
    ending mid-word, in other words' order, of one word, equal texts."""
    from cleanpage.funding import _Texts

    texts = ["Funded by grant EF-12 of the Example Foundation.", "grant EF-1", "by grant EF-12 of the",
             "Foundation Example the of", "Funded", "unded by", "Funded by grant EF-12 of the Example Foundation.",
             "the Example Foundation and others"] + [f"Supported by award {i} of the Example Trust." for i in range(20)]
    index = _Texts()
    for text in texts:
        index.add(text)
    probes = texts + ["grant EF-12 of the Example", "award 7 of the Example Trust", "award 3", "Trust. Supported"]
    assert [index.holds(p) for p in probes] == [any(p in t for t in texts) for p in probes]
    assert [index.inside(p) for p in probes] == [any(t != p and t in p for t in texts) for p in probes]


# --- threads -----------------------------------------------------------------------

# Pages parsed by the threads: a deep one (past libxml2's nesting limit, so
# only its parser's error log tells that it must be re-parsed flat) and a
# plain one, alternating.
DEEP_PAGE = "<html><body>" + "<div>" * 300 + f"<p>{pages.DEEP}</p>" + "</div>" * 300 + "</body></html>"
PLAIN_PAGE = f"<html><body><p>{pages.FIRST} {pages.SENTENCE}</p></body></html>"
THREAD_PARSES = 1_000


def parse_summary(index: int) -> tuple[int, bool]:
    root = parse_html(DEEP_PAGE if index % 2 else PLAIN_PAGE)
    return max_depth(root), pages.DEEP in root.text_content()


def test_parse_in_threads_matches_one_thread() -> None:
    """Every parse reads its own parser's error log, so a deep page is always re-parsed
    flat, whatever the other threads parse meanwhile (a shared parser's log is cleared
    by the next parse: a thread switch between the two loses the deep page's FATAL)."""
    alone = [parse_summary(index) for index in range(4)]
    assert alone[1] == (alone[1][0], True) and alone[1][0] <= MAX_TREE_DEPTH
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: the race, if any, shows
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            threaded = list(pool.map(parse_summary, range(THREAD_PARSES), chunksize=25))
    finally:
        sys.setswitchinterval(switch_interval)
    wrong = [index for index, summary in enumerate(threaded) if summary != alone[index % 2]]
    assert not wrong, f"{len(wrong)} parses differ from one thread's, e.g. #{wrong[0]}: {threaded[wrong[0]]}"


def test_clean_in_threads_gives_the_same_records() -> None:
    data = [pages.nested_divs(400).data if i % 2 else pages.sibling_paragraphs(40).data for i in range(24)]
    alone = [cleanpage.render(cleanpage.clean(page), "jsonl") for page in data]
    assert all(pages.DEEP in record for record in alone[1::2])
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda page: cleanpage.render(cleanpage.clean(page), "jsonl"), data))
    assert threaded == alone


@pytest.fixture
def page_server():
    """A real HTTP server on 127.0.0.1: /deep/N serves a page nested past libxml2's limit, /plain/N a flat one."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            parts = self.path.strip("/").split("/")
            if len(parts) != 2 or parts[0] not in ("deep", "plain"):
                self.send_error(404, "Not Found")  # robots.txt and the like
                return
            kind, n = parts
            page = pages.nested_divs(300 + int(n)) if kind == "deep" else pages.sibling_paragraphs(20 + int(n))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page.data)))
            self.end_headers()
            self.wfile.write(page.data)

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_in_threads_gives_the_records_of_one_thread(page_server: int) -> None:
    """`fetch -j 8` cleans in threads (two hosts: four pages at a time): the same records as -j 1."""
    from test_batch import jsonl, run_cli as run_batch_cli

    urls = [f"http://{host}:{page_server}/{kind}/{n}" for n in range(8)
            for host, kind in (("127.0.0.1", "deep"), ("localhost", "plain"))]
    threaded = run_batch_cli("fetch", "--ignore-robots", *urls, "-f", "jsonl", "-j", "8")
    alone = run_batch_cli("fetch", "--ignore-robots", *urls, "-f", "jsonl", "-j", "1")
    assert threaded.returncode == alone.returncode == 0, threaded.stderr
    records = jsonl(threaded.stdout)
    assert all(pages.DEEP in r["text"] and pages.LAST in r["text"] for r in records[0::2])
    assert threaded.stdout == alone.stdout


def test_a_tag_written_inside_an_attribute_value_is_left_alone() -> None:
    """An <svg> in a data: URI is no tag: its path's many numbers are never cut (nor the quotes around them)."""
    path = " ".join(f"L {i} {i + 1}" for i in range(600))
    image = f'<img alt="" src="data:image/svg+xml,<svg><path d=&quot;M 0 0 {path}&quot;/></svg>" width="10">'
    data = f"<html><body><p>{image}</p><p>{pages.LAST} {pages.SENTENCE}</p></body></html>".encode()
    assert limit_attributes(data) is data
