"""Pieces the invented probes share: a corpus writer and the tally they print.

write_corpus writes a probe corpus, its pages as pages.tar.xz and its labels as labels.json.
The funding probes' builders (funding-hard/, funding-multilingual/: make_pages.py) each make
their cases, {page id: (html, label)}, and write them here, in one format that
funding_synthetic.py reads. The archive is byte-stable: members in id order, mtime 0.
story_page and story_cases build the pages of builders whose cases are a block of HTML set into a
short report (funding-hard/, funding-round36/).
"""

from __future__ import annotations

import io
import json
import pathlib
import tarfile
from collections import Counter


def write_corpus(folder: pathlib.Path, built: dict[str, tuple[str, dict]]) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:xz") as archive:
        for page_id, (html, _) in sorted(built.items()):
            data = html.encode("utf-8")
            member = tarfile.TarInfo(f"pages/{page_id}.html")
            member.size, member.mtime = len(data), 0
            archive.addfile(member, io.BytesIO(data))
    (folder / "pages.tar.xz").write_bytes(buffer.getvalue())
    labels = {page_id: label for page_id, (_, label) in sorted(built.items())}
    (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def story_page(lang: str, title: str, story: list[str], place: str, html: str, *, section: str, site: str) -> str:
    """A news page in `lang`: the report's paragraphs with `html` set where `place` says: "own"
    (the whole article), "mid" (after the first paragraph), "end", or after the article."""
    paragraphs = [f"<p>{p}</p>" for p in story]
    if place == "own":
        body, after = html, ""
    elif place == "mid":
        body, after = "\n".join([paragraphs[0], html, *paragraphs[1:]]), ""
    elif place == "end":
        body, after = "\n".join([*paragraphs, html]), ""
    else:
        body, after = "\n".join(paragraphs), html
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><nav><a href="/">Home</a> <a href="/{section.lower()}">{section}</a></nav><main>'
            f'<article><header><h1>{title}</h1></header>\n{body}\n</article>\n{after}'
            f'</main><footer><p>© 2026 {site}</p></footer></body></html>')


def story_cases(prefix: str, real: list[tuple], negative: list[tuple], page) -> dict[str, tuple[str, dict]]:
    """The pages by id (`prefix` and a number) with their labels: `real` rows (lang, place, html,
    statements, not_funding, keep, note), then `negative` rows (lang, place, html, note);
    `page(lang, place, html)` builds each page."""
    out: dict[str, tuple[str, dict]] = {}
    for lang, place, html, statements, not_funding, keep, note in real:
        out[f"{prefix}{len(out) + 1:03d}"] = (page(lang, place, html), {
            "funding": statements, "where": place, "lang": lang, "must_keep_in_body": keep,
            "not_funding": not_funding, "note": note})
    for lang, place, html, note in negative:
        out[f"{prefix}{len(out) + 1:03d}"] = (page(lang, place, html), {
            "funding": [], "where": place, "lang": lang, "must_keep_in_body": [], "note": note})
    return out


def print_tally(wrong: Counter, total: Counter, *, width: int, notes: tuple[str, ...] = ()) -> int:
    """Each form's wrong cases over its cases, then `notes` (language counts, groups), then the
    WRONG TOTAL line the probes end with; returns the number wrong."""
    for form in total:
        print(f"{form:{width}} {wrong[form]:3}/{total[form]}")
    for note in notes:
        print(note)
    print(f"WRONG TOTAL {sum(wrong.values())}/{sum(total.values())}")
    return sum(wrong.values())
