"""decode_html: bytes -> str the way browsers decide, and refusal of non-text input."""

from __future__ import annotations

import gzip
import os

import pytest

from cleanpage.decode import codec_for_label, decode_html
from cleanpage.errors import InputError

CURLY = "He said, “It’s done” – and left…"


def page(text: str, meta: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{meta}<title>T</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        pytest.param(page("Café “x”").encode("cp1252"), "text/html; charset=ISO-8859-1",
                     "Café “x”", id="latin1-in-header-means-windows-1252"),
        pytest.param(page(CURLY, '<meta charset="windows-1252">').encode("cp1252"), None,
                     CURLY, id="windows-1252-meta-charset"),
        pytest.param(page(CURLY, '<meta http-equiv="Content-Type" content="text/html; '
                                 'charset=windows-1252">').encode("cp1252"), "text/html",
                     CURLY, id="windows-1252-meta-http-equiv"),
        pytest.param(page("日本語のテキスト「引用」", '<meta charset="Shift_JIS">').encode("shift_jis"),
                     None, "日本語のテキスト「引用」", id="shift-jis-meta"),
        pytest.param(page("番号①②", '<meta charset="sjis">').encode("cp932"), None, "番号①②",
                     id="sjis-label-with-windows-31j-extensions"),
        pytest.param(page("中文文本，这是一个测试。").encode("gb2312"), "text/html; charset=GB2312",
                     "中文文本，这是一个测试。", id="gb2312-header"),
        pytest.param(page("中文").encode("utf-8"), "text/html; charset=utf-8", "中文", id="utf-8-header"),
        pytest.param(page("élan").encode("utf-8"), "text/html; charset=no-such-charset", "élan",
                     id="unknown-label-ignored"),
        pytest.param(page("Ré").encode("utf-8"), "text/html; charset=utf-7", "Ré",
                     id="utf-7-label-refused"),
    ],
)
def test_declared_encodings(data: bytes, content_type: str | None, expected: str) -> None:
    assert expected in decode_html(data, content_type)


def test_header_charset_wins_over_meta() -> None:
    data = page("Café", '<meta charset="utf-8">').encode("cp1252")
    assert "Café" in decode_html(data, "text/html; charset=windows-1252")


def test_bom_wins_over_header() -> None:
    data = b"\xef\xbb\xbf" + page("Café").encode("utf-8")
    text = decode_html(data, "text/html; charset=windows-1252")
    assert "Café" in text and not text.startswith("\ufeff")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(codec: str, bom: bytes) -> None:
    text = decode_html(bom + page("Grüße, “hello”").encode(codec))
    assert text.startswith("<!DOCTYPE html>") and "Grüße, “hello”" in text


def test_utf16_declared_in_header_without_bom() -> None:
    assert "Grüße" in decode_html(page("Grüße").encode("utf-16-le"), "text/html; charset=utf-16le")


def test_meta_cannot_declare_utf16() -> None:
    data = page("naïve", '<meta charset="utf-16">').encode("utf-8")
    assert "naïve" in decode_html(data)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Ce texte est en français, “très” élégant et déjà vu. " * 8, "cp1252"),
        ("日本語のテキストです。これはテストの文章です。" * 8, "shift_jis"),
        ("这是一个没有声明编码的中文网页，我们需要检测它。" * 8, "gb18030"),
    ],
    ids=["windows-1252", "shift-jis", "gb18030"],
)
def test_undeclared_encodings_are_detected(text: str, codec: str) -> None:
    assert text in decode_html(page(text).encode(codec))


def test_utf8_without_declaration() -> None:
    assert "Zürich “quoted”" in decode_html(page("Zürich “quoted”").encode("utf-8"))


def test_invalid_utf8_is_replaced_and_the_rest_survives() -> None:
    data = page("before \xff\xfe after café").encode("latin-1").replace(b"caf\xe9", "café".encode())
    text = decode_html(b'<meta charset="utf-8">' + data)
    assert "before \ufffd\ufffd after café" in text


def test_windows_1252_unassigned_bytes_do_not_stop_decoding() -> None:
    text = decode_html(b"<meta charset=windows-1252><p>\x81\x93ok\x94</p>")
    assert "\x81“ok”" in text


def test_nul_bytes_inside_a_page_are_stripped() -> None:
    body = b"<html><body>" + b"<p>hello\x00 world, a normal paragraph of text.</p>" * 50 + b"</body></html>"
    text = decode_html(body)
    assert "\x00" not in text and text.count("hello world") == 50


@pytest.mark.parametrize("data", [b"", b"   \r\n\t  ", b"\xef\xbb\xbf", b"\xff\xfe" + " \n".encode("utf-16-le")],
                         ids=["empty", "whitespace", "utf8-bom-only", "utf16-whitespace"])
def test_empty_input_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="^the input is empty$"):
        decode_html(data)


BINARY_SAMPLES = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
    "gzip-of-html": gzip.compress(page("compressed").encode() * 20),
    "zip": b"PK\x03\x04\x14\x00" + bytes(100),
    "elf": b"\x7fELF\x02\x01\x01" + bytes(100),
    "control-bytes": bytes(range(32)) * 40,
}


@pytest.mark.parametrize("data", BINARY_SAMPLES.values(), ids=BINARY_SAMPLES.keys())
def test_binary_formats_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^not an HTML document \(looks like binary data\)$"):
        decode_html(data)


@pytest.mark.parametrize("size", [256, 4096, 100_000])
def test_random_bytes_refused(size: int) -> None:
    for _ in range(20):
        data = os.urandom(size)
        with pytest.raises(InputError, match="binary"):
            decode_html(data, "text/html")
        with pytest.raises(InputError, match="binary"):
            decode_html(data)


def test_plain_text_without_markup_is_accepted() -> None:
    assert decode_html(b"Just a note.\nSecond line.\n") == "Just a note.\nSecond line.\n"


@pytest.mark.parametrize(
    ("label", "codec"),
    [("ISO-8859-1", "cp1252"), ("latin1", "cp1252"), ("US-ASCII", "cp1252"), ("gb2312", "gb18030"),
     ("GBK", "gb18030"), ("Shift_JIS", "cp932"), ("x-sjis", "cp932"), ("UTF8", "utf-8"),
     ("base64", None), ("utf-7", None), ("bogus", None)],
)
def test_labels_map_as_browsers_map_them(label: str, codec: str | None) -> None:
    assert codec_for_label(label) == codec


def test_large_page_decodes_fast() -> None:
    import time

    data = page("Café “quoted” " * 10).encode("cp1252") * 20_000  # ~5 MB, undeclared
    start = time.perf_counter()
    text = decode_html(data)
    assert "Café “quoted”" in text
    assert time.perf_counter() - start < 2.0
