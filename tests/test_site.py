"""From a site to its articles: sitemaps, feeds, robots.txt, the HTTP cache, -H and --cookies,
against a real small website on 127.0.0.1 (tests/site_server.py) that logs every request.

The CLI runs in this process (click's runner) except where memory is measured.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from site_server import SiteServer  # noqa: E402
from test_batch import invoke, jsonl  # noqa: E402

from cleanpage.client import Client  # noqa: E402
from cleanpage.discover import feed_urls, inflate, parse_date, parse_feed, parse_sitemap, sitemap_urls  # noqa: E402
from cleanpage.errors import FetchError, RobotsDenied  # noqa: E402
from cleanpage.fetching import FetchedPage  # noqa: E402
from cleanpage.model import Options  # noqa: E402

PAGES = 4
FAST = Options(timeout=5.0, retries=0)
# Python allocations while a bomb is inflated: the 10 MB cap, its copy and buffers,
# never the 200 MB it would inflate to.
TRACED_LIMIT_MB = 40


@pytest.fixture(scope="module")
def running_site() -> Iterator[SiteServer]:
    running = SiteServer.start(pages=PAGES)
    yield running
    running.stop()


@pytest.fixture
def site(running_site: SiteServer) -> SiteServer:
    """The module's site with an empty request log."""
    running_site.forget()
    return running_site


def news(site: SiteServer, *numbers: int) -> list[str]:
    return [site.url(f"/news/{n}") for n in numbers]


def urls_of(found) -> list[str]:
    return [item.url for item in found]


# ----------------------------------------------------------------- sitemaps


def test_site_root_walks_robots_sitemaps_index_and_gzipped_sitemap(site: SiteServer) -> None:
    result = invoke("fetch", "--sitemap", site.url("/"), "--list", "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["url"] for r in records] == [*news(site, 1, 2, 3, 4), site.url("/about"), site.url("/private/secret")]
    assert [r["date"] for r in records[:2]] == ["2025-03-01", "2025-03-02"] and records[4]["date"] is None
    # robots.txt named the index; the index named a gzipped and a relative sitemap; nothing else was asked
    assert site.paths() == ["/robots.txt", "/sitemap_index.xml", "/sitemap-news.xml.gz", "/sitemap-pages.xml"]


def test_sitemap_fetch_cleans_pages_and_never_requests_disallowed_paths(site: SiteServer) -> None:
    result = invoke("fetch", "--sitemap", site.url("/"), "-f", "jsonl")
    records = jsonl(result.stdout)
    assert result.returncode == 5  # one URL refused by robots.txt, the others written
    assert [r["title"] for r in records[:5]] == ["News 1", "News 2", "News 3", "News 4", "About"]
    refused = records[5]
    assert refused["source"] == site.url("/private/secret") and refused["title"] is None
    assert "disallowed by" in refused["error"] and "robots.txt" in refused["error"]
    assert "--ignore-robots" in refused["error"]
    assert result.stderr.decode().count("cleanpage: error:") == 1
    paths = site.paths()
    assert not any(path.startswith("/private/") for path in paths)
    assert paths.count("/robots.txt") == 1 and sorted(paths).count("/news/1") == 1


def test_since_skips_old_sitemaps_and_entries(site: SiteServer) -> None:
    client = Client(FAST)
    since = parse_date("2025-03-03")
    assert urls_of(sitemap_urls(site.url("/sitemap_index.xml"), client, since=since)) == news(site, 3, 4)
    assert "/sitemap-pages.xml" not in site.paths()  # its <lastmod> is older than --since: not fetched


def test_limit_stops_the_walk(site: SiteServer) -> None:
    result = invoke("fetch", "--sitemap", site.url("/"), "--list", "--limit", "2")
    assert result.stdout.decode().split() == news(site, 1, 2)
    assert "/sitemap-pages.xml" not in site.paths()


def test_gzip_bomb_sitemap_stops_at_the_cap(site: SiteServer) -> None:
    """200 MB of zeros in 200 kB of gzip members: inflated only up to --max-bytes."""
    result = invoke("fetch", "--sitemap", site.url("/bomb.xml.gz"), "--list")
    assert result.returncode == 4
    assert result.stderr.decode().strip() == (
        f"cleanpage: error: {site.url('/bomb.xml.gz')}: larger than 10000000 bytes once decompressed")
    tracemalloc.start()
    try:
        found = list(sitemap_urls(site.url("/bomb.xml.gz"), Client(FAST)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(found) == 1 and "larger than" in found[0].error.message
    assert peak < TRACED_LIMIT_MB * 2**20


def test_a_sitemap_that_fails_is_its_own_record(site: SiteServer) -> None:
    result = invoke("fetch", "--sitemap", site.url("/missing.xml"), "--sitemap", site.url("/news/1"), "--list")
    assert result.returncode == 5
    lines = result.stderr.decode().splitlines()
    assert lines == [f"cleanpage: error: {site.url('/missing.xml')}: HTTP 404 Not Found",
                     f"cleanpage: error: {site.url('/news/1')}: not a sitemap (<html> document)"]


def test_sitemap_formats() -> None:
    base = "https://example.org/sitemap.txt"
    kind, found = parse_sitemap(b"https://example.org/a\n\nnot a url\nhttps://example.org/b\n", base)
    assert kind == "urlset" and urls_of(found) == ["https://example.org/a", "https://example.org/b"]
    index = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
             b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>/s1.xml</loc></sitemap><sitemap><loc>javascript:x</loc></sitemap>"
             b"<sitemap><loc>&e;</loc></sitemap></sitemapindex>")
    kind, found = parse_sitemap(index, "https://example.org/index.xml")
    assert kind == "index" and urls_of(found) == ["https://example.org/s1.xml"]  # no entity, no script URL
    with pytest.raises(FetchError, match="corrupt"):
        inflate(FetchedPage(url=base, body=b"\x1f\x8b\x08\x00garbage"), 1000)


# ----------------------------------------------------------------- feeds


def test_feed_from_an_html_page_rss_and_atom(site: SiteServer) -> None:
    client = Client(FAST)
    assert urls_of(feed_urls(site.url("/blog/"), client)) == news(site, 4, 3, 2, 1)
    atom = list(feed_urls(site.url("/atom.xml"), client, since=parse_date("2025-03-03T00:00:00Z")))
    assert urls_of(atom) == news(site, 4, 3)  # relative links resolved; rel="replies" is not the item
    assert atom[0].date == "2025-03-04T09:00:00+00:00"
    assert urls_of(feed_urls(site.url("/feed.xml"), client, limit=1)) == news(site, 4)
    failed = list(feed_urls(site.url("/about"), client))
    assert len(failed) == 1 and "names no feed" in failed[0].error.message


def test_feed_items_and_dates() -> None:
    rss = (b'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
           b"<item><guid>https://example.org/a</guid><pubDate>Tue, 04 Mar 2025 10:00:00 +0100</pubDate></item>"
           b'<item><guid isPermaLink="false">tag:1</guid></item>'
           b"<item><link>/b</link><dc:date>2025-03-05</dc:date></item></channel></rss>")
    found = parse_feed(rss, "https://example.org/feed")
    assert [(f.url, f.date) for f in found] == [("https://example.org/a", "2025-03-04T10:00:00+01:00"),
                                               ("https://example.org/b", "2025-03-05T00:00:00+00:00")]
    assert parse_date("2025-03") == dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc)
    assert parse_date("yesterday") is None


def test_since_must_be_a_date(site: SiteServer) -> None:
    result = invoke("fetch", "--feed", site.url("/feed.xml"), "--since", "last week")
    assert result.returncode == 2 and b"is not a date" in result.stderr
    assert site.paths() == []


# ----------------------------------------------------------------- robots.txt


def test_single_refused_url_exits_4_without_requesting_it(site: SiteServer) -> None:
    result = invoke("fetch", site.url("/private/secret"))
    assert result.returncode == 4
    assert result.stderr.decode().startswith(f"cleanpage: error: {site.url('/private/secret')}: disallowed by ")
    assert site.paths() == ["/robots.txt"]


def test_ignore_robots_reads_no_robots_txt(site: SiteServer) -> None:
    result = invoke("fetch", site.url("/private/secret"), "--ignore-robots", "-f", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["title"] == "Secret"
    assert site.paths() == ["/private/secret"]


def test_user_agent_group_is_matched(site: SiteServer) -> None:
    """robots.txt refuses everything to otherbot: a User-Agent naming it is refused."""
    result = invoke("fetch", site.url("/about"), "-H", "User-Agent: otherbot/2.0")
    assert result.returncode == 4 and b"for user agent 'otherbot/2.0'" in result.stderr
    assert site.paths() == ["/robots.txt"]


def test_unavailable_robots_txt_means_crawl_nothing() -> None:
    """RFC 9309: a 5xx robots.txt refuses the site; a 4xx allows everything."""
    for status, allowed in ((503, False), (404, True)):
        site = SiteServer.start(pages=1, robots_status=status)
        try:
            client = Client(FAST)
            if allowed:
                assert b"Secret" in client.page(site.url("/private/secret")).body
            else:
                with pytest.raises(RobotsDenied, match=r"robots.txt could not be read \(HTTP 503"):
                    client.page(site.url("/news/1"))
                assert site.paths() == ["/robots.txt"]
        finally:
            site.stop()


def test_crawl_delay_spaces_requests_to_the_host() -> None:
    delay = 0.4
    site = SiteServer.start(pages=3, crawl_delay=delay)
    try:
        result = invoke("fetch", *news(site, 1, 2, 3), "-f", "jsonl", "-j", "4")
        assert result.returncode == 0, result.stderr
        requests = site.requests()
        assert [r.path for r in requests][0] == "/robots.txt" and len(requests) == 4
        # three pages after robots.txt, each scheduled Crawl-delay after the one before:
        # 1.2 s in all (without the delay, ~0.05 s); arrival times at the server are
        # noisy on a busy machine, so allow 30% less
        assert requests[-1].at - requests[0].at >= 0.7 * 3 * delay
    finally:
        site.stop()


# ----------------------------------------------------------------- cache and resuming


def test_second_run_sends_only_conditional_requests(site: SiteServer, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    first = invoke("fetch", "--sitemap", site.url("/"), "-f", "jsonl", "--cache", cache)
    first_requests = site.requests()
    assert not any(request.conditional for request in first_requests)
    site.forget()
    second = invoke("fetch", "--sitemap", site.url("/"), "-f", "jsonl", "--cache", cache)
    assert second.stdout == first.stdout and second.returncode == first.returncode == 5
    requests = site.requests()
    assert sorted(r.path for r in requests) == sorted(r.path for r in first_requests)
    assert all(request.conditional for request in requests)
    assert all("If-None-Match" in r.headers and "If-Modified-Since" in r.headers for r in requests)
    assert site.httpd.not_modified == len(requests)


def test_a_changed_page_is_fetched_and_cleaned_again(tmp_path: Path) -> None:
    site = SiteServer.start(pages=2)
    try:
        cache = str(tmp_path / "cache")
        first = invoke("fetch", *news(site, 1, 2), "-f", "jsonl", "--cache", cache)
        assert [r["title"] for r in jsonl(first.stdout)] == ["News 1", "News 2"]
        site.httpd.edition = 2
        site.forget()
        second = invoke("fetch", *news(site, 1, 2), "-f", "jsonl", "--cache", cache)
        assert [r["title"] for r in jsonl(second.stdout)] == ["News 1, update 2", "News 2, update 2"]
        assert all(r.conditional for r in site.requests()) and site.httpd.not_modified == 1  # robots.txt only
    finally:
        site.stop()


def test_cached_copy_still_obeys_max_bytes(site: SiteServer, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    url = site.url("/news/1")
    assert invoke("fetch", url, "--cache", cache, "--ignore-robots").returncode == 0
    result = invoke("fetch", url, "--cache", cache, "--ignore-robots", "--max-bytes", "500")
    assert result.returncode == 4 and b"cached copy is larger than the size cap" in result.stderr
    assert [r.conditional for r in site.requests()] == [False, True]


def test_skip_existing_resumes_without_fetching_again(site: SiteServer, tmp_path: Path) -> None:
    out = tmp_path / "articles"
    first = invoke("fetch", "--sitemap", site.url("/sitemap-news.xml.gz"), "--limit", "2", "-o", f"{out}/")
    assert first.returncode == 0 and len(list(out.iterdir())) == 2
    site.forget()
    second = invoke("fetch", "--sitemap", site.url("/sitemap-news.xml.gz"), "-o", f"{out}/", "--skip-existing")
    assert second.returncode == 0, second.stderr
    assert len(list(out.iterdir())) == PAGES
    pages = [path for path in site.paths() if path.startswith("/news/")]
    assert sorted(pages) == ["/news/3", "/news/4"]


def test_skip_existing_needs_an_output_directory(site: SiteServer, tmp_path: Path) -> None:
    result = invoke("fetch", site.url("/news/1"), "--skip-existing", "-f", "jsonl", "-o", str(tmp_path / "a.jsonl"))
    assert result.returncode == 2 and b"--skip-existing needs -o DIR" in result.stderr


# ----------------------------------------------------------------- headers and cookies


def test_headers_and_netscape_cookies_are_sent(site: SiteServer, tmp_path: Path) -> None:
    cookies = tmp_path / "cookies.txt"
    cookies.write_text("# Netscape HTTP Cookie File\n"
                       "127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\ts3cret\n"
                       "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\ttoken\tt0k\n"
                       "other.example\tTRUE\t/\tFALSE\t0\tleak\tno\n", encoding="utf-8")
    result = invoke("fetch", site.url("/echo"), "-H", "X-Api-Key: abc 123", "-H", "Accept-Language: fr",
                    "--cookies", str(cookies), "-f", "text")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert "X-Api-Key: abc 123" in text and "Accept-Language: fr" in text
    cookie_line = next(line for line in text.splitlines() if line.startswith("Cookie:"))
    assert "session=s3cret" in cookie_line and "token=t0k" in cookie_line and "leak" not in cookie_line


def test_bad_header_and_cookie_file_are_one_line_errors(site: SiteServer, tmp_path: Path) -> None:
    result = invoke("fetch", site.url("/echo"), "-H", "no colon here")
    assert result.returncode == 2 and b"is not 'Name: value'" in result.stderr
    bad = tmp_path / "cookies.txt"
    bad.write_text("just some text\n", encoding="utf-8")
    result = invoke("fetch", site.url("/echo"), "--cookies", str(bad))
    assert result.returncode == 3
    assert result.stderr.decode().strip().endswith(":1: not a Netscape cookie line "
                                                   "(seven tab-separated fields: domain, flag, path, secure, "
                                                   "expiry, name, value)")
    assert site.paths() == []


def test_list_to_a_file_and_usage_errors(site: SiteServer, tmp_path: Path) -> None:
    out = tmp_path / "urls.txt"
    result = invoke("fetch", "--feed", site.url("/feed.xml"), "--list", "-o", str(out))
    assert result.returncode == 0 and result.stdout == b""
    assert out.read_text(encoding="utf-8").split() == news(site, 4, 3, 2, 1)
    site.forget()
    for args, message in ((("--list", site.url("/news/1")), b"--list works with --sitemap or --feed"),
                          (("--limit", "3", site.url("/news/1")), b"--limit works with --sitemap or --feed"),
                          ((), b"give at least one URL (or -i FILE, --sitemap URL, --feed URL)")):
        result = invoke("fetch", *args)
        assert result.returncode == 2 and message in result.stderr, args
    assert site.paths() == []


def test_a_host_that_does_not_answer_fails_once_with_its_own_error(tmp_path: Path) -> None:
    """No answer to robots.txt: the page is not asked for, and fails in the fetcher's words."""
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/news/1"
    result = invoke("fetch", url, "--retries", "0")
    assert result.returncode == 4
    assert result.stderr.decode() == f"cleanpage: error: {url}: connection refused\n"
