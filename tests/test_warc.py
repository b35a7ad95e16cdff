"""`cleanpage warc`: HTML response records of .warc and .warc.gz archives, built here with warcio."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from test_batch import article_page, jsonl, run_cli

WARC_DATE = "2024-03-05T10:00:00Z"
PAGE_DATE = "2023-05-01"
URIS = ("https://example.org/news/1", "https://example.org/news/2", "https://example.org/news/3")
IMAGE_URI = "https://example.org/img/logo.png"


def dated_page(n: int) -> str:
    """An article page that states its own publication date in JSON-LD."""
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{PAGE_DATE}"}}</script>'
    return article_page(n).replace("</head>", ld + "</head>")


def response(writer: WARCWriter, uri: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": WARC_DATE})
    writer.write_record(record)


def build_warc(path: Path, gzip: bool = False) -> Path:
    """Three HTML responses (the second dated by the page itself) and one PNG image."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        response(writer, URIS[0], article_page(1).encode("utf-8"), "text/html; charset=utf-8")
        response(writer, IMAGE_URI, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        response(writer, URIS[1], dated_page(2).encode("utf-8"), "text/html")
        response(writer, URIS[2], article_page(3).encode("windows-1252"), "text/html; charset=windows-1252")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return build_warc(tmp_path / "crawl.warc")


def test_html_records_become_records_with_target_uri_and_date_fallback(archive: Path) -> None:
    result = run_cli("warc", str(archive), "-f", "jsonl", "-j", "1")
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == list(URIS)
    assert [r["url"] for r in records] == list(URIS)
    assert [r["date"][:10] for r in records] == [WARC_DATE[:10], PAGE_DATE, WARC_DATE[:10]]
    assert all("shaded stretches stayed" in r["text"] for r in records)
    assert result.stderr == b""


def test_warc_gz_and_two_workers_give_the_same_records(archive: Path, tmp_path: Path) -> None:
    compressed = build_warc(tmp_path / "crawl.warc.gz", gzip=True)
    plain = run_cli("warc", str(archive), "-f", "jsonl", "-j", "1")
    packed = run_cli("warc", str(compressed), "-f", "jsonl", "-j", "2")
    assert packed.returncode == 0, packed.stderr
    assert packed.stdout == plain.stdout and len(jsonl(packed.stdout)) == 3


def test_verbose_notes_the_skipped_image(archive: Path) -> None:
    result = run_cli("warc", "-v", str(archive), "-f", "jsonl")
    assert result.returncode == 0
    assert f"cleanpage: note: {IMAGE_URI}: skipped, content type image/png" in result.stderr.decode()


def test_output_directory_one_file_per_record(archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "articles"
    result = run_cli("warc", str(archive), "-o", f"{target}/")
    assert result.returncode == 0, result.stderr
    names = sorted(os.listdir(target))
    assert len(names) == 3 and all(name.startswith("example.org-news-") and name.endswith(".md") for name in names)


def test_not_a_warc_is_an_input_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.warc"
    bogus.write_bytes(b"this is not an archive\n" * 10)
    result = run_cli("warc", str(bogus))
    assert result.returncode == 3
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cleanpage: error: {bogus}: ")


def test_bad_archive_among_good_ones_exits_5(archive: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.warc.gz")
    result = run_cli("warc", str(archive), missing, "-f", "jsonl")
    assert result.returncode == 5
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == [*URIS, missing]
    assert records[-1]["error"] and json.dumps(records[-1])
