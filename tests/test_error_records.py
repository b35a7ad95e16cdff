"""A page with no article still keeps what it said about itself (url, title, byline,
date, updated) beside the error: in the API's exception, in JSON and in JSON Lines."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import cleanpage
from cleanpage.cluster import clean_record

NO_ARTICLE = (
    "<!doctype html><html lang='en'><head><title>Campus map | Northfield College</title>"
    "<meta name='author' content='Jane Doe'><meta property='article:published_time' content='2024-05-02'>"
    "<meta property='article:modified_time' content='2024-06-01'>"
    "<link rel='canonical' href='https://www.example.org/map'></head><body>"
    "<nav class='main-nav'><ul><li><a href='/a'>Admissions</a></li><li><a href='/b'>Research</a></li></ul></nav>"
    "<h1>Campus map</h1><footer class='site-footer'><a href='/c'>Contact</a></footer></body></html>"
)
FOUND = {"url": "https://www.example.org/map", "title": "Campus map", "byline": "Jane Doe", "date": "2024-05-02",
         "updated": "2024-06-01"}


def test_the_exception_keeps_what_the_page_said() -> None:
    with pytest.raises(cleanpage.NoContentError) as caught:
        cleanpage.clean(NO_ARTICLE)
    assert {key: caught.value.found[key] for key in FOUND} == FOUND
    copy = pickle.loads(pickle.dumps(caught.value))  # across process pools and Dask workers
    assert copy.found == caught.value.found and copy.message == caught.value.message


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleanpage", *args], capture_output=True, cwd=cwd,
                          timeout=120, check=False)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_records_keep_url_title_byline_and_date_beside_the_error(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "map.html").write_text(NO_ARTICLE, encoding="utf-8")
    result = run("clean", "map.html", "-f", fmt, cwd=tmp_path)
    assert result.returncode == 1
    record = json.loads(result.stdout)
    assert {key: record[key] for key in FOUND} == FOUND
    assert record["source"] == "map.html"
    assert record["error"] == "no article content found on the page"
    assert record["markdown"] is None and record["funding"] is None
    assert result.stderr.decode().strip() == f"cleanpage: error: map.html: {record['error']}"


def test_markdown_of_a_page_with_no_article_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "map.html").write_text(NO_ARTICLE, encoding="utf-8")
    result = run("clean", "map.html", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == b""


def test_clean_record_keeps_them_too() -> None:
    record = clean_record({"html": NO_ARTICLE, "url": "https://www.example.org/map?x=1"})
    assert record["title"] == "Campus map" and record["date"] == "2024-05-02" and record["error"]
    assert record["url"] == "https://www.example.org/map?x=1"  # the URL given wins over the canonical
