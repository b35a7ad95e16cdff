"""--selector, --exclude and per-site rules files: through the library, `clean`, `fetch`, `warc` and `explain`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

import cleanpage
from cleanpage import Options
from cleanpage.cli import default_rules_file
from cleanpage.errors import RulesError
from cleanpage.model import Removal
from cleanpage.report import BodyMarks, Explained, _mark_page, _panel, numbered_parse
from cleanpage.siterules import SiteRule, SiteRules, default_rules_path, parse_rules

from test_batch import Server, http_server, invoke, run_cli  # noqa: F401 (fixture)
from test_warc import article_page, build_warc, dated_page

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "site-rule-example"
EXAMPLE_URL = "https://news.example.org/2024/seals"
PARTNER_TEXT = "guided boat tours"
STORY_TEXT = ("mudflats of the estuary", "thirty-one adults", "We had hoped for a handful")


@pytest.fixture(autouse=True)
def no_user_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets an empty $XDG_CONFIG_HOME: the user's own rules never leak in."""
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


def clean_example(*args: str, in_process: bool = True):
    """`cleanpage clean` of the example page: in this process (fast) or as a real subprocess."""
    run = invoke if in_process else run_cli
    return run("clean", str(EXAMPLE / "page.html"), "--url", EXAMPLE_URL, *args)


# ----------------------------------------------------------------- the README's worked example


def test_worked_example_before_and_after() -> None:
    before = clean_example(in_process=False)
    after = clean_example("--rules", str(EXAMPLE / "rules.toml"), "--explain", in_process=False)
    assert before.returncode == 0 and after.returncode == 0
    assert PARTNER_TEXT in before.stdout.decode() and "From our partners" in before.stdout.decode()
    text = after.stdout.decode()
    assert PARTNER_TEXT not in text and "From our partners" not in text
    assert all(part in text for part in STORY_TEXT)
    assert text.startswith("# Harbour seals return to the estuary\n\nBy Mira Okafor\n")
    explain = after.stderr.decode().splitlines()
    assert "div.wrap>div.story-main>div.box-b  exclude  63 words  From our partners Discover the coast in comfort" \
        in explain  # the line the README shows


def test_default_rules_file_in_xdg_config_home(no_user_rules: Path) -> None:
    (no_user_rules / "cleanpage").mkdir()
    (no_user_rules / "cleanpage" / "rules.toml").write_text((EXAMPLE / "rules.toml").read_text())
    assert default_rules_path() == no_user_rules / "cleanpage" / "rules.toml"
    assert default_rules_file() == str(default_rules_path())  # the CLI's check, made without siterules
    result = clean_example(in_process=False)
    assert result.returncode == 0 and PARTNER_TEXT not in result.stdout.decode()
    other_host = run_cli("clean", str(EXAMPLE / "page.html"), "--url", "https://example.net/seals")
    assert PARTNER_TEXT in other_host.stdout.decode()  # the rule is for *.example.org only


def test_selector_and_exclude_flags_on_clean() -> None:
    result = clean_example("--exclude", ".box-b h3", "--exclude", ".box-b p:last-child", "--explain")
    text = result.stdout.decode()
    assert "From our partners" not in text and "Book before the end" not in text and PARTNER_TEXT in text
    rules = [line.split("  ")[1] for line in result.stderr.decode().splitlines()]
    assert rules.count("exclude") == 2
    only_partner = clean_example("--selector", "div.box-b", "--explain")
    assert PARTNER_TEXT in only_partner.stdout.decode() and STORY_TEXT[0] not in only_partner.stdout.decode()
    assert any(line.split("  ")[1] == "selector" and "Example Gazette" in line
               for line in only_partner.stderr.decode().splitlines())


def test_options_in_the_api() -> None:
    html = (EXAMPLE / "page.html").read_text()
    plain = cleanpage.clean(html, url=EXAMPLE_URL)
    excluded = cleanpage.clean(html, url=EXAMPLE_URL, options=Options(exclude=(".box-b",), explain=True))
    assert PARTNER_TEXT in plain.text and PARTNER_TEXT not in excluded.text
    assert [r.rule for r in excluded.removals].count("exclude") == 1
    forced = cleanpage.clean(html, url=EXAMPLE_URL, options=Options(selector=".box-b"))
    partner = etree.HTML(html).find(".//div[@class='box-b']")
    assert forced.text.split() == "".join(partner.itertext()).split()  # the container, nothing else
    rules = SiteRules.of((SiteRule(match="news.example.org", exclude=(".box-b",)),))
    ruled = cleanpage.clean(html, url=EXAMPLE_URL, options=Options(site_rules=rules))
    assert ruled.text == excluded.text


def test_site_rule_field_overrides() -> None:
    rules = parse_rules('[[site]]\nmatch = "news.example.org"\ntitle = ".box-b h3"\nbyline = "span.writer"\n'
                        'date = "time.missing"\n', "rules.toml")
    page = (EXAMPLE / "page.html").read_text().replace("</h3>", "</h3><span class='writer'>by Jonas Berg</span>")
    article = cleanpage.clean(page, url=EXAMPLE_URL, options=Options(site_rules=rules))
    assert article.title == "From our partners"
    assert article.byline == "Jonas Berg" and cleanpage.clean(page, url=EXAMPLE_URL).byline == "Mira Okafor"
    assert any("date 'time.missing' matched nothing" in note for note in article.notes)
    dated = parse_rules('[[site]]\nmatch = "*.example.org"\ndate = "p.who"\n')
    page = (EXAMPLE / "page.html").read_text().replace("By Mira Okafor", "By Mira Okafor, 12 March 2024")
    assert cleanpage.clean(page, url=EXAMPLE_URL, options=Options(site_rules=dated)).date == "2024-03-12"


# ----------------------------------------------------------------- matching hosts


def test_rules_match_hosts_and_globs_first_rule_in_the_file_wins() -> None:
    rules = parse_rules("""
[[site]]
match = "news.example.org"
content = "main"
[[site]]
match = "*.example.org"
content = "article"
[[site]]
match = "blog-??.example.net"
content = "div.post"
[[site]]
match = "*.example.net"
content = "div.other"
""")
    assert rules.for_host("news.example.org").content == "main"
    assert rules.for_host("NEWS.Example.org.").content == "main"
    assert rules.for_host("www.example.org").content == "article"
    assert rules.for_host("example.org").content == "article"  # "*." covers the bare domain too
    assert rules.for_host("blog-12.example.net").content == "div.post"
    assert rules.for_host("blog-123.example.net").content == "div.other"
    assert rules.for_host("example.com") is None and rules.for_host(None) is None
    assert rules.for_host("notexample.org") is None


# ----------------------------------------------------------------- errors and notes


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[[site]]\nmatch = "example.org"\ncontent = \n', 3, "Invalid value"),
    ('[[site]]\nmatch = "example.org"\n\n[[site]]\nmatch = "a.example.org"\ncontnet = "main"\n', 6, "unknown key 'contnet'"),
    ('[[site]]\nmatch = "example.org"\nexclude = ["aside", "div[x"]\n', 3, "not a valid CSS selector 'div[x'"),
    ('[[site]]\ncontent = "main"\n', 1, "needs match"),
    ('[site]\nmatch = "example.org"\n', 1, "'site' must be [[site]] tables"),
    ('[[site]]\nmatch = "example.org"\nexclude = 3\n', 3, "exclude must be"),
])
def test_malformed_rules_file_is_one_error_line_with_its_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(text)
    result = clean_example("--rules", str(rules))
    assert result.returncode == 2 and result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cleanpage: error: {rules}:{line}: ") and words in lines[0], lines
    with pytest.raises(RulesError):
        parse_rules(text)


@pytest.mark.parametrize("args", [("--selector", "div[oops"), ("--exclude", "p", "--exclude", "::nope"),
                                  ("--rules", "/nonexistent/rules.toml")])
def test_bad_selector_flag_or_missing_rules_file_exit_2(args: tuple[str, ...]) -> None:
    result = clean_example(*args)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and result.stderr.startswith(b"cleanpage: error: ")
    assert b"Traceback" not in result.stderr


def test_rule_that_matches_nothing_is_noted_with_verbose(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[site]]\nmatch = "*.example.org"\ncontent = "div.gone"\nexclude = [".box-b"]\n')
    quiet = clean_example("--rules", str(rules))
    loud = clean_example("--rules", str(rules), "-v")
    assert quiet.stderr == b"" and quiet.stdout == loud.stdout
    notes = loud.stderr.decode().splitlines()
    assert notes == [f"cleanpage: note: {EXAMPLE / 'page.html'}: site rule '*.example.org' ({rules}:1): "
                     "content 'div.gone' matched nothing on this page"]
    assert PARTNER_TEXT not in loud.stdout.decode() and STORY_TEXT[0] in loud.stdout.decode()


# ----------------------------------------------------------------- fetch, warc, explain


def test_fetch_with_selector_exclude_and_rules(http_server: Server, tmp_path: Path) -> None:  # noqa: F811
    url = f"{http_server.base}/page/3"
    last = "which questions remain open"
    assert last in cleanpage.fetch(url).text  # the page without steering (the library: one CLI run fewer)
    steered = run_cli("fetch", url, "--selector", "article", "--exclude", "article p:last-child")
    assert steered.returncode == 0, steered.stderr
    assert last not in steered.stdout.decode() and "river temperature" in steered.stdout.decode()
    rules = tmp_path / "rules.toml"
    rules.write_text('[[site]]\nmatch = "127.0.0.1"\nexclude = ["article p:last-child"]\n')
    ruled = run_cli("fetch", url, "--rules", str(rules), "-f", "json")
    record = json.loads(ruled.stdout)
    assert last not in record["text"] and "river temperature" in record["text"]


def test_warc_with_exclude_and_rules(tmp_path: Path) -> None:
    archive = build_warc(tmp_path / "crawl.warc")
    last = "which questions remain open"
    # the archive's pages without steering (the library: one CLI run fewer; test_warc runs the plain CLI)
    assert all(last in cleanpage.clean(html).text for html in (article_page(1), dated_page(2), article_page(3)))
    cut = run_cli("warc", str(archive), "-f", "jsonl", "-j", "1", "--exclude", "article p:last-child")
    cut_records = [json.loads(line) for line in cut.stdout.splitlines()]
    assert len(cut_records) == 3 and all(last not in r["text"] and "river temperature" in r["text"]
                                         for r in cut_records)
    rules = tmp_path / "rules.toml"
    rules.write_text('[[site]]\nmatch = "example.org"\nexclude = ["article p:last-child"]\n')
    ruled = run_cli("warc", str(archive), "-f", "jsonl", "-j", "2", "--rules", str(rules))
    records = [json.loads(line) for line in ruled.stdout.splitlines()]
    assert len(records) == 3 and all(last not in r["text"] and "river temperature" in r["text"] for r in records)


def test_explain_report_shows_the_site_rule(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run_cli("explain", str(EXAMPLE / "page.html"), "--url", EXAMPLE_URL,
                     "--rules", str(EXAMPLE / "rules.toml"), "-o", str(target))
    assert result.returncode == 0, result.stderr
    page = etree.HTML(target.read_text())
    labels = {(el.get("data-cp-rule"), el.text) for el in page.iter("cp-label")}
    assert ("exclude", "exclude · 63 words") in labels
    assert any(rule == "selector" for rule, _ in labels)  # the blocks outside div.story-main
    rules = [li.text for li in page.iterfind(".//ul[@class='cp-steering']/li")]
    where = f"site rule '*.example.org' ({EXAMPLE / 'rules.toml'}:2)"
    assert rules == [f"content 'div.story-main' ({where})", f"exclude '.box-b' ({where})"]
    policy = page.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    assert page.find("head")[1].get("http-equiv") == "Content-Security-Policy"
    assert not page.xpath("//script[@src] | //link[@rel='stylesheet'] | //*[@onclick]")


def test_explain_report_of_a_missing_file_and_of_a_page_without_article(tmp_path: Path) -> None:
    missing = run_cli("explain", str(tmp_path / "nope.html"), "-o", str(tmp_path / "r.html"))
    assert missing.returncode == 3 and missing.stderr.decode().startswith("cleanpage: error: ")
    assert not (tmp_path / "r.html").exists()
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav></body></html>")
    empty = run_cli("explain", str(nav), "-o", str(tmp_path / "r.html"))
    assert empty.returncode == 1 and "no article content" in empty.stderr.decode()
    report = (tmp_path / "r.html").read_text()
    assert "no article content" in report and 'data-cp-removed="navigation"' in report


def test_report_shows_guard_vetoes_when_the_records_carry_them() -> None:
    """A removal the main-text guard refused (Removal.kept) is outlined and listed as a veto."""
    page = numbered_parse("<html><body><aside class='sidebar'><p>All of the article text.</p></aside></body></html>")
    aside = page.find(".//aside")
    veto = Removal("body>aside.sidebar", "sidebar", "All of the article text.", kept=True,
                   reason="would remove 100% of the text", node=aside.get("data-cleanpage-node"))
    result = Explained(None, (veto,), None, ())
    _mark_page({aside.get("data-cleanpage-node"): aside}, result.removals, {0: 5}, frozenset({0}), BodyMarks())
    assert aside.get("data-cp-veto") == "sidebar" and aside[0].text == "kept: sidebar · 5 words"
    panel = etree.HTML(_panel(result, {0: 5}, frozenset({0}), BodyMarks(), {}))
    assert panel.xpath("//h3[starts-with(., 'Guard vetoes (1)')]")
    entry = panel.xpath("//ol[@class='cp-vetoes']/li[@data-cp-rule='sidebar']")
    assert entry and "would remove 100% of the text" in "".join(entry[0].itertext())
    assert not panel.xpath("//ul[@class='cp-rules']/li")  # a veto is not a removal


def test_explain_a_url_with_a_rule_that_matches_nothing(http_server: Server, tmp_path: Path) -> None:  # noqa: F811
    rules = tmp_path / "rules.toml"
    rules.write_text('[[site]]\nmatch = "127.0.0.1"\ncontent = "div.gone"\n')
    url = f"{http_server.base}/page/2"
    result = run_cli("explain", url, "--rules", str(rules), "-v")
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().splitlines() == [
        f"cleanpage: note: {url}: site rule '127.0.0.1' ({rules}:1): content 'div.gone' matched nothing on this page"]
    page = etree.HTML(result.stdout.decode())
    assert page.xpath("//*[@data-cp-removed='site-header']") and page.xpath("//*[@data-cp-kept]")
    assert "River study 2" in "".join(page.find(".//aside[@id='cp-panel']").itertext())


def test_the_default_rules_file_without_xdg_config_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_rules_file() == str(default_rules_path()) == str(tmp_path / ".config" / "cleanpage" / "rules.toml")
