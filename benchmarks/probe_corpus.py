"""Pieces the invented probes share: a corpus writer and the tally they print.

write_corpus writes a probe corpus, its pages as pages.tar.xz and its labels as labels.json.
The funding probes' builders (funding-hard/, funding-multilingual/: make_pages.py) each make
their cases, {page id: (html, label)}, and write them here, in one format that
funding_synthetic.py reads. The archive is byte-stable: members in id order, mtime 0.
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


def print_tally(wrong: Counter, total: Counter, *, width: int, notes: tuple[str, ...] = ()) -> int:
    """Each form's wrong cases over its cases, then `notes` (language counts, groups), then the
    WRONG TOTAL line the probes end with; returns the number wrong."""
    for form in total:
        print(f"{form:{width}} {wrong[form]:3}/{total[form]}")
    for note in notes:
        print(note)
    print(f"WRONG TOTAL {sum(wrong.values())}/{sum(total.values())}")
    return sum(wrong.values())
