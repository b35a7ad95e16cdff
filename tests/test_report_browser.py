"""`cleanpage explain`: the report, opened in a real headless Chromium (Debian's chromium and chromedriver).

One browser session serves every test here. Reports are served by a local HTTP
server that counts its requests, and Chromium's own network log is read too, so
a request the report makes (to the server or anywhere else) fails the test.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

import cleanpage
from cleanpage import Options
from cleanpage.report import explain_report

from conftest import CASES, cleanpage_executable

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SEED = next(c for c in CASES if c.name == "research-news-page")


class CountingHandler(SimpleHTTPRequestHandler):
    """Serves the report directory; every request's path is kept in `requests`."""

    requests: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        CountingHandler.requests.append(self.path)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(directory, base URL, request log) of a local server over a temporary directory."""
    root = tmp_path_factory.mktemp("reports")
    handler = lambda *a, **k: CountingHandler(*a, directory=str(root), **k)  # noqa: E731
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}", CountingHandler.requests
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless Chromium for the whole module, with its console and network logs on."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                "--window-size=1400,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get_log("performance")  # drop the start-up pages' own traffic
    yield driver
    driver.quit()


def open_report(browser, served, name: str, html: str) -> tuple[list, list, list]:
    """Load one report; (console errors and warnings, requests other than the report's, server hits)."""
    root, base, hits = served
    (root / name).write_text(html, encoding="utf-8")
    del hits[:]
    url = f"{base}/{name}"
    browser.get(url)
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    requests = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requested = message["params"]["request"]["url"]
            if requested != url and not requested.startswith(("chrome:", "about:", "data:")):  # data: stays in the file
                requests.append(requested)
    return errors, requests, [h for h in hits if h != f"/{name}"]


def explain_lines(case) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(path, rule) of every removal and of every guard veto (`path  kept  rule  …`) that
    `cleanpage clean --explain` prints for a case."""
    command = [cleanpage_executable(), "clean", "--explain", "-v", "source.html"]  # -v: script and style lines too
    if case.url:
        command += ["--url", case.url]
    result = subprocess.run(command, cwd=case.folder, capture_output=True, timeout=120, check=False)
    lines = [line.split("  ") for line in result.stderr.decode("utf-8").splitlines()
             if "  " in line and not line.startswith("cleanpage: ")]
    removed = [(parts[0], parts[1]) for parts in lines if len(parts) >= 3 and parts[1] != "kept"]
    kept = [(parts[0], parts[2]) for parts in lines if len(parts) >= 3 and parts[1] == "kept"]
    return removed, kept


def labels_of(browser, where: str) -> Counter:
    """(path, rule) of the panel's entries (where="panel" or "page": whose block the page shows)
    or, for where="removed" / "veto", of the labels in the page."""
    if where in ("removed", "veto"):
        script = f"return [...document.querySelectorAll('cp-label[data-cp-kind={where}]')]"
    else:
        script = f"return [...document.querySelectorAll('#cp-panel [data-cp-entry]{where}')]"
    return Counter(map(tuple, browser.execute_script(script + ".map(e => [e.dataset.cpPath, e.dataset.cpRule])")))


# What a person sees of each in-page label and its block, measured in the browser.
MEASURE = """
const out = [];
for (const label of document.querySelectorAll("cp-label[data-cp-kind=removed]")) {
  const parent = label.parentElement;
  const block = parent.getAttribute("data-cp-removed") === label.dataset.cpRule ? parent : label.nextElementSibling;
  label.scrollIntoView({block: "center"});
  const r = label.getBoundingClientRect(), b = block.getBoundingClientRect();
  const style = getComputedStyle(label), bs = getComputedStyle(block);
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  out.push({rule: label.dataset.cpRule, path: label.dataset.cpPath, text: label.textContent,
            w: r.width, h: r.height, fontSize: parseFloat(style.fontSize),
            visible: style.visibility === "visible" && style.display !== "none" && +style.opacity > 0,
            onTop: hit === label || label.contains(hit), color: style.color, background: style.backgroundColor,
            block: {w: b.width, h: b.height, outline: bs.outlineStyle, outlineWidth: parseFloat(bs.outlineWidth),
                    outlineColor: bs.outlineColor},
            near: Math.max(0, b.left - r.right, r.left - b.right) <= 40 && Math.max(0, b.top - r.bottom, r.top - b.bottom) <= 40});
}
return out;
"""


def assert_readable(lab: dict, name: str) -> None:
    """A label a person can read, on top, beside its block, which is outlined in red."""
    assert lab["visible"] and lab["w"] > 20 and lab["h"] >= 10 and lab["fontSize"] >= 10, (name, lab)
    assert lab["onTop"], f"{name}: label covered by something else: {lab}"
    assert lab["text"].startswith(lab["rule"] + " · ") and lab["text"].endswith(" words"), (name, lab)
    assert lab["color"] != lab["background"]
    block = lab["block"]
    assert block["w"] > 0 and block["h"] > 0, (name, lab)
    assert block["outline"] == "solid" and block["outlineWidth"] >= 2, (name, lab)
    assert block["outlineColor"] == "rgb(208, 2, 27)", (name, lab)
    assert lab["near"], f"{name}: label away from its block: {lab}"


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> str:
    """The seed page's report, written by the CLI."""
    target = tmp_path_factory.mktemp("seed") / "report.html"
    result = subprocess.run([cleanpage_executable(), "explain", str(SEED.source), "-o", str(target)],
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return target.read_text(encoding="utf-8")


def test_seed_report_labels_are_readable_and_outlines_drawn(browser, served, seed_report) -> None:
    errors, requests, hits = open_report(browser, served, "seed.html", seed_report)
    assert errors == [] and requests == [] and hits == []
    labels = browser.execute_script(MEASURE)
    removed, kept = explain_lines(SEED)
    assert labels_of(browser, "") == Counter(removed + kept)  # every line --explain prints is in the panel
    on_page = labels_of(browser, "[data-cp-where=page]")
    assert Counter((lab["path"], lab["rule"]) for lab in labels) + labels_of(browser, "veto") == on_page
    assert len(labels) >= 8  # cookie banner, modal, header, nav, share bar, newsletter, related, footer...
    assert labels_of(browser, "[data-cp-where=panel]") == Counter(removed) - on_page  # scripts, hidden blocks
    for lab in labels:
        assert_readable(lab, SEED.name)


def test_seed_report_outlines_the_kept_body_and_marks_funding_and_quotes(browser, served, seed_report) -> None:
    open_report(browser, served, "seed-kept.html", seed_report)
    kept = browser.execute_script("""
        return [...document.querySelectorAll('[data-cp-kept]')].map(el => {
          const s = getComputedStyle(el), r = el.getBoundingClientRect();
          return {outline: s.outlineStyle, color: s.outlineColor, h: r.height, text: el.textContent.length};
        });""")
    assert kept and all(k["outline"] == "solid" and k["color"] == "rgb(26, 143, 60)" and k["h"] > 0 for k in kept)
    assert sum(k["text"] for k in kept) > 3000  # the article's paragraphs, not a fragment
    marks = browser.execute_script(
        "return [...document.querySelectorAll('cp-label[data-cp-kind=mark]')].map(l => l.dataset.cpRule)")
    assert "funding" in marks and any(m.startswith("quote-") for m in marks)
    funding = browser.execute_script("""
        const el = document.querySelector('[data-cp-mark=funding]');
        return {text: el.textContent, frame: getComputedStyle(el).boxShadow};""")
    assert "supported by the National Cancer Institute" in funding["text"]
    assert "rgb(31, 95, 214)" in funding["frame"]
    meta = browser.execute_script(
        "return [...document.querySelectorAll('#cp-panel .cp-meta tr')].map(r => r.innerText)")
    assert any(row.startswith("title") and "JSON-LD" in row for row in meta)
    assert any(row.startswith("date") and "2016-07-06" in row for row in meta)


def test_clicking_a_rule_scrolls_to_its_blocks(browser, served, seed_report) -> None:
    open_report(browser, served, "seed-click.html", seed_report)
    browser.execute_script("window.scrollTo(0, 0)")
    browser.find_element(By.CSS_SELECTOR, "#cp-panel button[data-cp-goto='site-footer']").click()
    state = browser.execute_script("""
        const r = document.querySelector("[data-cp-removed='site-footer']").getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, height: innerHeight, y: scrollY,
                last: document.documentElement.getAttribute('data-cp-last')};""")
    assert state["y"] > 500  # the footer is at the end of a long page
    assert state["top"] < state["height"] and state["bottom"] > 0  # now on screen
    assert state["last"] == "site-footer 1/1"
    assert browser.get_log("browser") == []


def test_every_fixture_report_opens_clean_and_labels_every_removal(browser, served) -> None:
    """No console error, no request, and every removal --explain lists has its label."""
    late: list[str] = []
    for case in CASES:
        html = case.source.read_bytes()
        report = explain_report(html, url=case.url)
        errors, requests, hits = open_report(browser, served, f"{case.name}.html", report.text)
        assert errors == [], (case.name, errors)
        assert requests == [] and hits == [], (case.name, requests, hits)
        try:
            removals = cleanpage.clean(html, url=case.url, options=Options(explain=True)).removals
        except cleanpage.NoContentError as exc:
            removals = exc.removals
        assert labels_of(browser, "") == Counter((r.path, r.rule) for r in removals), case.name
        on_page = labels_of(browser, "[data-cp-where=page]")
        assert labels_of(browser, "removed") + labels_of(browser, "veto") == on_page, case.name
        for label in browser.execute_script(MEASURE):
            assert_readable(label, case.name)
        late.extend(served[2])  # requests the last page made after its load are caught here
    time.sleep(1)
    late.extend(served[2])
    assert {hit for hit in late} <= {f"/{case.name}.html" for case in CASES}


def test_the_harness_sees_requests_and_console_errors(browser, served) -> None:
    """The checks above can fail: a page that loads an image is caught by both logs."""
    errors, requests, hits = open_report(browser, served, "probe.html",
                                         '<!DOCTYPE html><p>probe</p><img src="/missing-probe.png">')
    assert "/missing-probe.png" in hits
    log = served[2]
    deadline = time.monotonic() + 20
    while "/favicon.ico" not in log and time.monotonic() < deadline:
        time.sleep(0.05)  # the browser asks for the icon after the load (the report names a data: one)
    assert "/favicon.ico" in log
    assert any(r.endswith("/missing-probe.png") for r in requests)
    while not errors and time.monotonic() < deadline:  # a busy machine may log the 404 after the load
        time.sleep(0.05)
        errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert errors  # the 404 is a console error
