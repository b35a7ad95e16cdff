"""Does any stage of cleanpage grow faster than its input? Inputs grown 1x, 2x, 4x, 8x.

    python benchmarks/scaling.py                 # every shape, best of 3
    python benchmarks/scaling.py --shapes links,quotes --repeat 5

Each shape is a generated page whose one dimension (paragraphs, links, depth,
attributes...) grows with the factor. Every stage of `api.clean` is timed on
its own, in order: decode, parse, metadata, strip (boilerplate), choose
(content), sections (funding and quotes), render (Markdown and text), beside
a bare lxml parse of the same bytes for reference. The
table shows each stage's time at 1x and its growth at 2x, 4x and 8x: a linear
stage grows 2, 4, 8; a quadratic one 4, 16, 64. A stage is flagged when it
grows super-linearly at both 4x and 8x and takes long enough at 8x to tell
from timer noise (on a busy machine a stage of 1 ms at 1x can "grow" 20x).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

import lxml.html

from cleanpage import boilerplate, content, funding, sections
from cleanpage.attributes import limit_attributes
from cleanpage.decode import decode_html
from cleanpage.metadata import extract_metadata
from cleanpage.model import Options
from cleanpage.parse import parse_html
from cleanpage.serialize import body_to_markdown, body_to_text

FACTORS = (1, 2, 4, 8)
# Growth above these at 4x and at 8x is flagged: linear is 4 and 8, n log n
# ~5 and ~10, quadratic 16 and 64.
SUPERLINEAR = {4: 8.0, 8: 16.0}
# Stages under this many ms at 8x are too small to judge (timer noise).
NOISE_MS = 20.0
# "lxml" is a reference, not a stage: a bare lxml.html parse of the bytes our
# parse stage hands libxml2 (after the attribute guard: unguarded, the
# "attributes" shape would take minutes), to tell the growth of our parse stage
# from libxml2's own and the caches'.
STAGES = ("lxml", "decode", "parse", "metadata", "strip", "choose", "sections", "render")

SENTENCE = ("The survey team walked the northern ridge at dawn and counted every nest they found, "
            "writing each one down with the time, the weather and the height above the valley floor.")


def page(body: str, head: str = "") -> bytes:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Ridge notes</title>{head}</head>"
            f"<body><header><nav><a href='/'>Home</a></nav></header><main><article><h1>Ridge notes</h1>"
            f"{body}</article></main><footer><p>Example Institute</p></footer></body></html>").encode()


# Each shape: factor -> page. The 1x size is chosen so that a stage takes a few ms.
SHAPES: dict[str, Callable[[int], bytes]] = {
    "paragraphs": lambda k: page("".join(f"<p>{i} {SENTENCE}</p>" for i in range(2_000 * k))),
    "one-long-paragraph": lambda k: page(f"<p>{' '.join([SENTENCE] * 2_000 * k)}</p>"),
    "links": lambda k: page(f"<p>{SENTENCE}</p>" * 20 + "<ul>" + "".join(
        f"<li><a href='/n/{i}'>Story number {i}</a></li>" for i in range(2_000 * k)) + "</ul>"),
    "inline-tags": lambda k: page("<p>" + " ".join(f"<b>word{i}</b> and <i>more</i>" for i in range(5_000 * k)) + "</p>"),
    "sibling-divs": lambda k: page("".join(f"<div class='item c{i % 7}'>Item {i} {SENTENCE[:40]}</div>"
                                           for i in range(2_000 * k))),
    "nesting": lambda k: page("<div>" * (20_000 * k) + f"<p>{SENTENCE}</p>" + "</div>" * (20_000 * k)),
    "sections": lambda k: page("".join(f"<h2>Part {i}</h2><p>{SENTENCE}</p><p>{SENTENCE}</p>"
                                       for i in range(800 * k))),
    "quotes": lambda k: page("".join(
        f"<p>\u201cWe counted {i} nests on the ridge this spring,\u201d said Amara Okafor{i}, a field biologist. "
        f"{SENTENCE}</p>" for i in range(800 * k))),
    "blockquotes": lambda k: page("".join(f"<blockquote><p>{SENTENCE}</p></blockquote><p>{SENTENCE}</p>"
                                          for i in range(800 * k))),
    "table": lambda k: page(f"<p>{SENTENCE}</p>" * 5 + "<table>" + "".join(
        f"<tr><td>{i}</td><td>nest</td><td>{SENTENCE[:30]}</td></tr>" for i in range(2_000 * k)) + "</table>"),
    "comments": lambda k: page(f"<p>{SENTENCE}</p>" * 400 * k + "<section class='comments'>" + "".join(
        f"<div class='comment'><p>Reader {i}: {SENTENCE}</p></div>" for i in range(200 * k)) + "</section>"),
    "attributes": lambda k: page(f"<p {' '.join(f'data-a{i}=x' for i in range(50_000 * k))}>{SENTENCE}</p>"),
    "class-words": lambda k: page("".join(f"<div class='{' '.join(f'w{j}' for j in range(50))}'><p>{i} {SENTENCE}</p></div>"
                                          for i in range(400 * k))),
    "json-ld": lambda k: page(f"<p>{SENTENCE}</p>" * 10, head="".join(
        f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Story {i}",'
        f'"author":{{"name":"Dana Whitcomb"}}}}</script>' for i in range(500 * k))),
    "meta-tags": lambda k: page(f"<p>{SENTENCE}</p>" * 10, head="".join(
        f'<meta name="keywords-{i}" content="ridge, nests, survey {i}">' for i in range(2_000 * k))),
}


def stage_times(data: bytes) -> dict[str, float]:
    """Milliseconds of each stage of api.clean on one page (the own pass only)."""
    options = Options()
    times: dict[str, float] = {}

    def timed(name: str, work: Callable[[], object]) -> object:
        started = time.perf_counter()
        result = work()
        times[name] = (time.perf_counter() - started) * 1000
        return result

    guarded = limit_attributes(data)
    timed("lxml", lambda: lxml.html.document_fromstring(guarded))
    text = timed("decode", lambda: decode_html(data))
    root = timed("parse", lambda: parse_html(text))
    meta = timed("metadata", lambda: extract_metadata(root, None))
    removals = timed("strip", lambda: boilerplate.strip(root, options))
    body = timed("choose", lambda: content.find_body(root, meta.title, options, removals))
    if body is None:
        body = root.find("body")
    timed("sections", lambda: (funding.find_statements(body), sections.find_quotes(body)))
    timed("render", lambda: (body_to_markdown(body, base_url=None, options=options), body_to_text(body)))
    return times


def best_times(data: bytes, repeat: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeat):
        gc.collect()
        for name, ms in stage_times(data).items():
            best[name] = min(best.get(name, float("inf")), ms)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated subset of: " + ", ".join(SHAPES))
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is kept")
    args = parser.parse_args()
    print(f"stage time at 1x (ms), and growth at {', '.join(f'{f}x' for f in FACTORS[1:])} "
          f"(linear: {', '.join(str(f) for f in FACTORS[1:])}); * = super-linear "
          f"(over {' and '.join(f'{limit:g} at {f}x' for f, limit in SUPERLINEAR.items())}, over {NOISE_MS:g} ms at 8x)")
    print(f"{'shape':20} {'KB@1x':>7} {'stage':9} {'ms@1x':>8} " + " ".join(f"{f'x{f}':>6}" for f in FACTORS[1:]))
    flagged = []
    for shape in args.shapes.split(","):
        sized = {factor: SHAPES[shape](factor) for factor in FACTORS}
        runs = {factor: best_times(data, args.repeat) for factor, data in sized.items()}
        for stage in STAGES:
            base = max(runs[1][stage], 1e-3)
            growth = [runs[factor][stage] / base for factor in FACTORS[1:]]
            steep = all(runs[f][stage] / base > limit for f, limit in SUPERLINEAR.items())
            mark = "*" if steep and runs[FACTORS[-1]][stage] > NOISE_MS else ""
            if mark:
                flagged.append(f"{shape}/{stage}")
            print(f"{shape:20} {len(sized[1]) // 1024:>7} {stage:9} {runs[1][stage]:8.1f} "
                  + " ".join(f"{g:6.1f}" for g in growth) + f" {mark}")
    print("super-linear:", ", ".join(flagged) if flagged else "none")


if __name__ == "__main__":
    main()
