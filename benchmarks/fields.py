"""Funding, quotes, byline and date of cleanpage against the hand-labelled field set.

    python benchmarks/fields.py                  # every labelled page, then each half
    python benchmarks/fields.py --half tune      # only the tuning half
    python benchmarks/fields.py --misses 20      # and list the first 20 misses of each field

The labels (`benchmarks/labels/*.json`, format in `benchmarks/labels/FORMAT.md`) were
written by people who never saw cleanpage's detectors or outputs: per page the first
words of each funding statement, the first words of each quotation with its speaker,
the byline and the publication date. Pages come from the visible benchmark sets:

  scrapinghub      <bench>/scrapinghub/html/ID.html.gz (URL from ground-truth.json)
  readability-dev  <bench>/readability-dev/ID/source.html.gz (no URL)
  wcxb-dev         benchmarks/data/wcxb-dev/ID.html (URL from <bench>/wcxb-dev/ground-truth.json.gz)

Strings are compared after normalising whitespace, quote marks, dashes and case; a
label holds only the first words of a statement or quote, so a label matches a value
that starts with it (a quote) or holds it (a funding value, the body).

Quotes were read twice: every page where the first labels or cleanpage list a quotation
was read again, quotes only, by a second reader who saw neither the first labels nor
cleanpage (`benchmarks/labels/second-reading/`, same format, with the conventions written
in FORMAT.md). The first labels are incomplete (the second reading finds quotations the
first left out, ~13% on a sample of 40 pages), so a listed quote is scored real when either
reading lists it; the first labels alone are printed beside it.

Funding was read three times on every page where the first labels or cleanpage give a
statement (`benchmarks/labels/funding-readings/`, FORMAT.md): readers disagree on site-wide
notices (a site's sponsors, a publication's supporter, bare "Sponsored" labels), so a statement
counts when most readings list it; each reading alone is printed beside the figure.

Speakers were read a third time where the first two readings name different speakers for one
quotation (`benchmarks/labels/speaker-readings/`, FORMAT.md): a third reader, blind to both, the
code and cleanpage, named the speaker of each such quotation. The speaker most readings give is the
one scored (the first label's where all three differ); the first labels alone are printed beside it.

Halves: sha1("SET/ID") mod 2 -> "tune" (0) or "check" (1), the label's key hashed
(accuracy.py hashes the bare page id, so a page's field half and body half can
differ; the field halves stay as the field detectors were tuned on them). Rules are
tuned on "tune" and judged on "check"; both are printed.

Dates were read twice on every page whose first labels give none (`benchmarks/labels/date-readings/`,
FORMAT.md): a second reader, blind to the first labels and to cleanpage, wrote the date the page
shows a reader, or none. A page shows no date when both readings say so; a page the second reading
dates is disputed, counted apart (how often our date is the one it read), and the first labels
alone are printed beside the figure.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LABELS = HERE / "labels"
SECOND_READING = LABELS / "second-reading"
FUNDING_READINGS = LABELS / "funding-readings"
DATE_READINGS = LABELS / "date-readings"
SPEAKER_READINGS = LABELS / "speaker-readings"
BENCH = REPO.parent / "shared" / "bench"
WCXB_PAGES = HERE / "data" / "wcxb-dev"
HALVES = ("tune", "check")

# The targets on the labelled set.
TARGET_FUNDING_PRECISION = 0.95
TARGET_FUNDING_RECALL = 0.90
TARGET_BODY_KEEPS = 1.0  # the body keeps every statement
TARGET_QUOTES_REAL = 0.95
TARGET_SPEAKERS = 0.90
TARGET_DATES = 0.95
TARGET_FALSE_DATES = 0  # no date where the page shows none

# Quote marks and dashes folded before comparing (labels are copied by hand).
_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‹": "'", "›": "'",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "「": '"', "」": '"', "『": '"', "』": '"',
    "–": "-", "—": "-", "―": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
# Characters trimmed from both ends of a quote or label before comparing.
_EDGE = "\"' .,;:!?…-()[]"


def norm(text: str | None) -> str:
    """Whitespace collapsed, quote marks and dashes folded, case folded."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_FOLD)
    return " ".join(text.split()).casefold()


def quote_key(text: str | None) -> str:
    return norm(text).strip(_EDGE)


def quote_matches(ours: str, label: str) -> bool:
    """Our quote is the labelled one: it starts with the label's first words (whole
    boundaries: a quote that swallowed text before the label does not match)."""
    a, b = quote_key(ours), quote_key(label)
    return bool(b) and (a.startswith(b) or a == b)


def same_speaker(ours: str | None, label: str | None) -> bool:
    """The same speaker: equal names, or a surname and the full name it stands for (the page
    may attach the quote to "Forte" after naming "Tom Forte"; cleanpage gives the full name)."""
    a, b = norm(ours).replace(".", ""), norm(label).replace(".", "")
    if a == b:
        return True
    if not a or not b:
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and short[-1] == long[-1]


def half_of(page_id: str) -> str:
    return HALVES[int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2]


# ----------------------------------------------------------------- pages


def load_labels(folder: Path = LABELS) -> dict[str, dict]:
    labels: dict[str, dict] = {}
    for path in sorted(folder.glob("part-*.json")):
        labels.update(json.loads(path.read_text(encoding="utf-8")))
    return labels


def load_second_reading(folder: Path = SECOND_READING) -> dict[str, list[dict]]:
    """The second reading's quotations, by page."""
    readings: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("second-Q*.json")):
        for page_id, label in json.loads(path.read_text(encoding="utf-8")).items():
            readings[page_id] = [q for q in label.get("quotes") or [] if quote_key(q.get("text"))]
    return readings


def load_funding_readings(folder: Path = FUNDING_READINGS) -> dict[str, list[list[str]]]:
    """The later readings' funding statements, by page: one list per reading ([] where the
    reader found none), in the order second, third."""
    readings: dict[str, list[list[str]]] = {}
    for name in ("second", "third"):
        for path in sorted(folder.glob(f"{name}-F*.json")):
            for page_id, label in json.loads(path.read_text(encoding="utf-8")).items():
                readings.setdefault(page_id, []).append([s for s in label.get("funding") or [] if norm(s)])
    return readings


def load_speaker_readings(folder: Path = SPEAKER_READINGS) -> dict[str, dict[str, str | None]]:
    """The third reading's speakers, by page: each quotation's key (its first label's words) and
    the speaker the reader gave; quotations the reader was unsure of are left out."""
    readings: dict[str, dict[str, str | None]] = {}
    for path in sorted(folder.glob("third-S*.json")):
        for page_id, quotes in json.loads(path.read_text(encoding="utf-8")).items():
            readings.setdefault(page_id, {}).update(
                (quote_key(q["text"]), q.get("speaker")) for q in quotes if q.get("sure", True))
    return readings


def speaker_of_most_readings(first: dict, second: list[dict] | None, third: dict[str, str | None] | None) -> str | None:
    """The speaker of a labelled quotation that most readings give: the first label's, unless a
    third reader, asked where the first two disagree, names the second reading's speaker instead."""
    want = first.get("speaker")
    key = quote_key(first.get("text"))
    if not second or not third or key not in third:
        return want
    other = next((q for q in second if same_quotation(first["text"], q["text"])), None)
    if other is None:
        return want
    given = third[key]
    if same_speaker(given, other.get("speaker")) and not same_speaker(given, want):
        return other.get("speaker")
    return want


def same_statement(a: str, b: str) -> bool:
    """Two labels of one funding statement: one holds the other, or they share six words in a row
    (one reader may start at "Disclosure:", the other after it)."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    words = a.split()
    return any(" ".join(words[i:i + 6]) in b for i in range(len(words) - 5))


def same_quotation(a: str, b: str) -> bool:
    """Two labels of one quotation: one's first words start the other's."""
    a, b = quote_key(a), quote_key(b)
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


def page_source(page_id: str, urls: dict[str, dict[str, str]]) -> tuple[bytes, str | None]:
    """The page's HTML bytes and URL."""
    kind, _, name = page_id.partition("/")
    if kind == "scrapinghub":
        return gzip.decompress((BENCH / kind / "html" / f"{name}.html.gz").read_bytes()), urls[kind].get(name)
    if kind == "readability-dev":
        return gzip.decompress((BENCH / kind / name / "source.html.gz").read_bytes()), None
    if kind == "wcxb-dev":
        return (WCXB_PAGES / f"{name}.html").read_bytes(), urls[kind].get(name)
    raise ValueError(f"unknown set in page id {page_id!r}")


def load_date_readings(folder: Path = DATE_READINGS) -> dict[str, str | None]:
    """The second reading's date of each page read again ("YYYY-MM-DD" or None), by page."""
    readings: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        for page_id, reading in json.loads(path.read_text(encoding="utf-8")).items():
            readings[page_id] = reading.get("date") or None
    return readings


def load_urls() -> dict[str, dict[str, str]]:
    scrapinghub = json.loads((BENCH / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    with gzip.open(BENCH / "wcxb-dev" / "ground-truth.json.gz", "rt", encoding="utf-8") as handle:
        wcxb = json.load(handle)
    return {
        "scrapinghub": {key: value.get("url") for key, value in scrapinghub.items()},
        "wcxb-dev": {key: value.get("url") for key, value in wcxb.items()},
    }


@dataclass(slots=True)
class Result:
    """What cleanpage gave for one page (or the error it raised)."""

    page_id: str
    funding: str | None = None
    text: str = ""
    quotes: list = field(default_factory=list)  # [(text, speaker, kind)]
    byline: str | None = None
    date: str | None = None
    error: str | None = None
    seconds: float = 0.0


_URLS: dict = {}


def _init(urls: dict) -> None:
    global _URLS
    _URLS = urls


def run_page(page_id: str) -> Result:
    import cleanpage
    from cleanpage.errors import CleanpageError

    html, url = page_source(page_id, _URLS)
    start = time.perf_counter()
    try:
        article = cleanpage.clean(html, url=url)
    except CleanpageError as exc:
        found = getattr(exc, "found", None) or {}
        return Result(page_id, byline=found.get("byline"), date=found.get("date"), error=exc.message,
                      seconds=time.perf_counter() - start)
    return Result(
        page_id, funding=article.funding, text=article.text,
        quotes=[(q.text, q.speaker, q.kind) for q in article.quotes],
        byline=article.byline, date=article.date, seconds=time.perf_counter() - start,
    )


# ----------------------------------------------------------------- scoring


@dataclass(slots=True)
class Score:
    funding_given: int = 0
    funding_given_right: int = 0
    funding_labelled: int = 0
    funding_found: int = 0
    statements: int = 0
    statements_in_body: int = 0
    funding_read_again: int = 0  # pages whose funding was read more than once
    funding_right_by_reading: dict = field(default_factory=dict)  # reading number -> values it supports
    funding_disputed: int = 0  # pages where no statement has most readings
    funding_disputed_found: int = 0  # ... whose value holds it
    quotes_listed: int = 0
    quotes_real: int = 0
    quotes_labelled: int = 0
    quotes_found: int = 0
    speakers_checked: int = 0
    speakers_right: int = 0
    speakers_right_first: int = 0  # ... by the first labels alone
    speakers_read_thrice: int = 0  # labelled quotations whose speaker a third reader gave
    read_twice: int = 0  # pages with a second reading
    twice_listed: int = 0  # our quotes on those pages
    twice_real_first: int = 0  # ... that the first labels list
    twice_real_either: int = 0  # ... that either reading lists
    twice_union: int = 0  # quotations either reading lists
    twice_found: int = 0  # ... that we list
    second_speakers_checked: int = 0
    second_speakers_right: int = 0
    first_in_second: int = 0  # first labels the second reading also lists
    first_labels: int = 0
    once_listed: int = 0  # our quotes on pages read once (no second reading yet)
    once_real: int = 0  # ... that the first labels list
    once_labelled: int = 0  # the first labels' quotations on those pages
    once_found: int = 0  # ... that we list
    bylines: int = 0
    bylines_right: int = 0
    false_bylines: int = 0
    dated: int = 0
    dates_right: int = 0
    undated: int = 0
    false_dates: int = 0
    undated_first: int = 0  # pages the first labels leave undated (read again or not)
    false_dates_first: int = 0  # ... that we date
    dates_disputed: int = 0  # pages the first labels leave undated and the second reading dates
    dates_disputed_ours: int = 0  # ... where our date is the second reading's
    pages: int = 0
    misses: dict = field(default_factory=dict)

    def miss(self, kind: str, page_id: str, detail: str) -> None:
        self.misses.setdefault(kind, []).append(f"{page_id}: {detail}")


def score(results: list[Result], labels: dict[str, dict], second: dict[str, list[dict]] | None = None,
          funding: dict[str, list[list[str]]] | None = None, dates: dict[str, str | None] | None = None,
          speakers: dict[str, dict[str, str | None]] | None = None) -> Score:
    total = Score()
    for result in results:
        label = labels[result.page_id]
        total.pages += 1
        if funding and result.page_id in funding:
            _score_funding_read_again(total, result, label, funding[result.page_id])
        else:
            _score_funding(total, result, label)
        before = (total.quotes_listed, total.quotes_real, total.quotes_labelled, total.quotes_found)
        _score_quotes(total, result, label, (second or {}).get(result.page_id), (speakers or {}).get(result.page_id))
        if second and result.page_id in second:
            _score_quotes_twice(total, result, label, second[result.page_id])
        else:  # read once: its first labels are all there is, and its quotes count with them
            listed, real, labelled, found = (now - was for now, was in zip(
                (total.quotes_listed, total.quotes_real, total.quotes_labelled, total.quotes_found), before))
            total.once_listed += listed
            total.once_real += real
            total.once_labelled += labelled
            total.once_found += found
        _score_byline(total, result, label)
        _score_date(total, result, label, (dates or {}).get(result.page_id, MISSING))
    return total


def _score_funding(total: Score, result: Result, label: dict) -> None:
    statements = [norm(s) for s in label.get("funding") or [] if norm(s)]
    value = norm(result.funding)
    holds = any(s in value for s in statements) if value else False
    if value:
        total.funding_given += 1
        total.funding_given_right += holds
        if not holds:
            total.miss("funding (false value)", result.page_id, (result.funding or "")[:100])
    if statements:
        total.funding_labelled += 1
        total.funding_found += holds
        if not holds:
            total.miss("funding (missed)", result.page_id, f"{label['funding'][0][:80]} [{label.get('funding_where')}]")
    body = norm(result.text)
    for statement, raw in zip(statements, label.get("funding") or []):
        total.statements += 1
        total.statements_in_body += statement in body
        if statement not in body:
            total.miss("funding (not in body)", result.page_id, raw[:80])


def statements_by_vote(readings: list[list[str]]) -> list[tuple[list[str], int]]:
    """Each statement the readings list, as its spellings and the number of readings listing it."""
    groups: list[tuple[list[str], set[int]]] = []
    for reader, statements in enumerate(readings):
        for statement in statements:
            group = next((g for g in groups if any(same_statement(statement, x) for x in g[0])), None)
            if group is None:
                groups.append(([statement], {reader}))
            else:
                group[0].append(statement)
                group[1].add(reader)
    return [(spellings, len(readers)) for spellings, readers in groups]


def _score_funding_read_again(total: Score, result: Result, label: dict, later: list[list[str]]) -> None:
    """Our funding value against every reading of a page read more than once.

    A statement most readings list is a funding statement: precision, recall and the body are
    judged on those. A statement fewer readings list is disputed: its pages are counted apart,
    and a value that holds only such a statement counts as false. Each reading alone is printed.
    """
    readings = [[s for s in label.get("funding") or [] if norm(s)], *later]
    groups = statements_by_vote(readings)
    majority = [spellings for spellings, votes in groups if votes * 2 > len(readings)]
    disputed = [spellings for spellings, votes in groups if votes * 2 <= len(readings)]
    value = norm(result.funding)

    def held(spellings: list[str]) -> bool:
        return bool(value) and any(norm(s) in value for s in spellings)

    total.funding_read_again += 1
    if value:
        total.funding_given += 1
        right = any(held(g) for g in majority)
        total.funding_given_right += right
        for n, reading in enumerate(readings):
            total.funding_right_by_reading[n] = total.funding_right_by_reading.get(n, 0) + held(reading)
        if not right:
            total.miss("funding (false value)", result.page_id, (result.funding or "")[:100])
    if majority:
        total.funding_labelled += 1
        total.funding_found += any(held(g) for g in majority)
        if not any(held(g) for g in majority):
            total.miss("funding (missed)", result.page_id, f"{majority[0][0][:80]} [{label.get('funding_where')}]")
    elif disputed:
        total.funding_disputed += 1
        total.funding_disputed_found += any(held(g) for g in disputed)
        total.miss("funding (disputed)", result.page_id,
                   f"{'in value' if any(held(g) for g in disputed) else 'not in value'}: {disputed[0][0][:80]}")
    body = norm(result.text)
    for spellings in majority:
        total.statements += 1
        kept = any(norm(s) in body for s in spellings)
        total.statements_in_body += kept
        if not kept:
            total.miss("funding (not in body)", result.page_id, spellings[0][:80])


def _score_quotes(total: Score, result: Result, label: dict, second: list[dict] | None = None,
                  third: dict[str, str | None] | None = None) -> None:
    labelled = [q for q in label.get("quotes") or [] if quote_key(q.get("text"))]
    total.quotes_labelled += len(labelled)
    found = [False] * len(labelled)
    for text, speaker, kind in result.quotes:
        total.quotes_listed += 1
        # a quotation the page repeats is labelled once per place: the first place not yet matched
        match = next((i for i, q in enumerate(labelled) if not found[i] and quote_matches(text, q["text"])), None)
        if match is None:
            match = next((i for i, q in enumerate(labelled) if quote_matches(text, q["text"])), None)
        if match is None:
            total.miss("quotes (not a labelled quotation)", result.page_id, f"[{kind}] {text[:90]}")
            continue
        total.quotes_real += 1
        found[match] = True
        total.speakers_checked += 1
        want = speaker_of_most_readings(labelled[match], second, third)
        right = same_speaker(speaker, want)
        total.speakers_right += right
        total.speakers_right_first += same_speaker(speaker, labelled[match].get("speaker"))
        total.speakers_read_thrice += quote_key(labelled[match]["text"]) in (third or {})
        if not right:
            total.miss("speaker", result.page_id, f"{speaker!r} for {want!r}: {text[:60]}")
    total.quotes_found += sum(found)
    for q, hit in zip(labelled, found):
        if not hit:
            total.miss("quotes (missed)", result.page_id, f"[{q.get('kind')}] {q['text'][:80]}")


def _score_quotes_twice(total: Score, result: Result, label: dict, reading: list[dict]) -> None:
    """Our quotes against both readings of a page read twice."""
    first = [q for q in label.get("quotes") or [] if quote_key(q.get("text"))]
    union = first + [q for q in reading if not any(same_quotation(q["text"], f["text"]) for f in first)]
    total.read_twice += 1
    total.first_labels += len(first)
    total.first_in_second += sum(any(same_quotation(f["text"], q["text"]) for q in reading) for f in first)
    for text, speaker, kind in result.quotes:
        total.twice_listed += 1
        in_first = any(quote_matches(text, q["text"]) for q in first)
        second_match = next((q for q in reading if quote_matches(text, q["text"])), None)
        total.twice_real_first += in_first
        total.twice_real_either += in_first or second_match is not None
        if not in_first and second_match is None:
            total.miss("quotes (in neither reading)", result.page_id, f"[{kind}] {text[:90]}")
        if second_match is not None:
            total.second_speakers_checked += 1
            total.second_speakers_right += same_speaker(speaker, second_match.get("speaker"))
    total.twice_union += len(union)
    total.twice_found += sum(any(quote_matches(text, q["text"]) for text, _, _ in result.quotes) for q in union)


def _score_byline(total: Score, result: Result, label: dict) -> None:
    want = label.get("byline")
    if want:
        total.bylines += 1
        right = norm(result.byline) == norm(want)
        total.bylines_right += right
        if not right:
            total.miss("byline", result.page_id, f"{result.byline!r} for {want!r}")
    elif result.byline:
        total.false_bylines += 1
        total.miss("byline (false)", result.page_id, repr(result.byline))


MISSING = object()  # a page the second date reading did not read


def _score_date(total: Score, result: Result, label: dict, second=MISSING) -> None:
    """Dates right where the first labels give one; where they give none, a date of ours is false
    unless the second reading dates the page (then the page is disputed and counted apart)."""
    want = label.get("date")
    ours = (result.date or "")[:10] or None
    if want:
        total.dated += 1
        total.dates_right += ours == want
        if ours != want:
            total.miss("date", result.page_id, f"{ours} for {want} ({label.get('date_source')})")
        return
    total.undated_first += 1
    total.false_dates_first += bool(ours)
    if second is not MISSING and second:
        total.dates_disputed += 1
        total.dates_disputed_ours += ours == second
        if ours != second:
            total.miss("date (disputed)", result.page_id, f"{ours} for the second reading's {second}")
        return
    total.undated += 1
    if ours:
        total.false_dates += 1
        total.miss("date (false)", result.page_id, ours)


# ----------------------------------------------------------------- report


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _mark(met: bool) -> str:
    return "[met] " if met else "[MISS]"


def _row(label: str, part: int, whole: int, target: float | None = None) -> tuple:
    """One line of figures: its label, the share, the counts, the target (or None)."""
    return label, _share(part, whole), f"{part}/{whole}", target


def report(name: str, s: Score) -> list[bool]:
    """Print one block of figures against the targets; the list of targets met."""
    rows = [
        _row("funding precision", s.funding_given_right, s.funding_given, TARGET_FUNDING_PRECISION),
        _row("funding recall", s.funding_found, s.funding_labelled, TARGET_FUNDING_RECALL),
        _row("body keeps every funding statement", s.statements_in_body, s.statements, TARGET_BODY_KEEPS),
        _row("listed quotes that are quotations", s.quotes_real, s.quotes_listed, TARGET_QUOTES_REAL),
        _row("labelled quotes found", s.quotes_found, s.quotes_labelled),
        _row("speaker right (or null)", s.speakers_right, s.speakers_checked, TARGET_SPEAKERS),
        _row("byline right", s.bylines_right, s.bylines),
        ("false bylines", s.false_bylines, f"{s.false_bylines}", None),
        _row("date right", s.dates_right, s.dated, TARGET_DATES),
        ("dates where the page shows none", s.false_dates, f"{s.false_dates}/{s.undated}", None),
    ]
    if s.dates_disputed or s.undated != s.undated_first:
        rows += [
            _row("  by the first labels alone", s.false_dates_first, s.undated_first),
            _row("  dated by the second reading: ours", s.dates_disputed_ours, s.dates_disputed),
        ]
    if s.funding_read_again:
        readers = ("first labels", "second reading", "third reading")
        rows[0:3] = [
            _row("funding precision (most readings)", s.funding_given_right, s.funding_given, TARGET_FUNDING_PRECISION),
            *(_row(f"  by the {readers[n]} alone", right, s.funding_given)
              for n, right in sorted(s.funding_right_by_reading.items())),
            _row("funding recall (most readings)", s.funding_found, s.funding_labelled, TARGET_FUNDING_RECALL),
            _row("  disputed pages: value holds it", s.funding_disputed_found, s.funding_disputed),
            _row("body keeps statements (most readings)", s.statements_in_body, s.statements, TARGET_BODY_KEEPS),
        ]
    if s.read_twice:
        at = rows.index(next(r for r in rows if r[0] == "listed quotes that are quotations"))
        rows[at:at + 3] = [
            _row("listed quotes that are quotations", s.twice_real_either + s.once_real,
                 s.twice_listed + s.once_listed, TARGET_QUOTES_REAL),
            _row("  by the first labels alone", s.twice_real_first + s.once_real, s.twice_listed + s.once_listed),
            _row("  on pages read once", s.once_real, s.once_listed),
            _row("quotations of either reading found", s.twice_found + s.once_found, s.twice_union + s.once_labelled),
            *((_row("speaker right (most readings)", s.speakers_right, s.speakers_checked, TARGET_SPEAKERS),
               _row("  by the first labels alone", s.speakers_right_first, s.speakers_checked),
               _row("  read a third time", s.speakers_read_thrice, s.speakers_checked))
              if s.speakers_read_thrice else
              (_row("speaker right (or null)", s.speakers_right, s.speakers_checked, TARGET_SPEAKERS),)),
            _row("  by the second reading", s.second_speakers_right, s.second_speakers_checked),
            _row("first labels the second reading lists", s.first_in_second, s.first_labels),
        ]
    print(f"\n{name} ({s.pages} pages)")
    met_all = []
    for label, value, counts, target in rows:
        if label == "dates where the page shows none":
            met = s.false_dates <= TARGET_FALSE_DATES
            print(f"  {_mark(met)} {label:<38} {counts:>10}   target {TARGET_FALSE_DATES}")
            met_all.append(met)
        elif target is None:
            shown = f"{value:7.1%}" if isinstance(value, float) else f"{value:>7}"
            print(f"         {label:<38} {counts:>10} {shown}")
        else:
            met = value >= target
            met_all.append(met)
            print(f"  {_mark(met)} {label:<38} {counts:>10} {value:7.1%}   target >= {target:.0%}")
    return met_all


def print_misses(s: Score, limit: int) -> None:
    for kind, lines in sorted(s.misses.items()):
        print(f"\n-- {kind} ({len(lines)})")
        for line in lines[:limit]:
            print(f"   {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=HALVES, help="only the pages of this half")
    parser.add_argument("--set", dest="sets", action="append", help="only pages of this set (repeatable)")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="list N misses per field")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--page", action="append", help="only these page ids (repeatable)")
    args = parser.parse_args(argv)

    labels = load_labels()
    second = load_second_reading()
    funding = load_funding_readings()
    dates = load_date_readings()
    speakers = load_speaker_readings()
    ids = sorted(labels)
    if args.page:
        ids = [i for i in ids if i in args.page]
    if args.sets:
        ids = [i for i in ids if i.split("/")[0] in args.sets]
    if args.half:
        ids = [i for i in ids if half_of(i) == args.half]
    urls = load_urls()
    start = time.perf_counter()
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs, initializer=_init, initargs=(urls,)) as pool:
            results = pool.map(run_page, ids, chunksize=4)
    else:
        _init(urls)
        results = [run_page(i) for i in ids]
    seconds = time.perf_counter() - start
    errors = [r for r in results if r.error]
    print(f"{len(ids)} labelled pages, {len(errors)} without an article, {seconds:.1f} s "
          f"({sum(r.seconds for r in results) / max(1, len(results)) * 1000:.0f} ms a page)")
    met = report("all labelled pages", score(results, labels, second, funding, dates, speakers))
    if not args.half:
        for half in HALVES:
            report(f"half {half!r}", score([r for r in results if half_of(r.page_id) == half], labels, second, funding, dates, speakers))
    if args.misses:
        print_misses(score(results, labels, second, funding, dates, speakers), args.misses)
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
