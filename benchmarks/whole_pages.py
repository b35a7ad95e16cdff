"""Probe: whole invented pages in many languages, each with the lines its article must keep and drop.

A corpus is a folder of `NAME.html` pages, each with a `NAME.json` label written by a person (or a
helper that had not read cleanpage's code) from the page alone:

    {"lang": "de", "template": "a few words on the markup it imitates",
     "title": "…", "byline": "… or null", "date": "YYYY-MM-DD or null",
     "keep": ["article lines the body must hold", …], "drop": ["chrome lines it must not", …],
     "quotes": [{"text": "…", "speaker": "… or null"}, …],   (optional: every quotation)
     "funding": "the funding statement, or null"}              (optional)

A `keep` line is lost when the body's text (`Article.text`, white space collapsed) does not hold
it; a `drop` line leaks when it does. A page is right when nothing is lost, nothing leaks and it
has a body. Title (compared as lower-cased words), byline (as a set of words, "and" and its
kin in other languages left out) and date (the calendar day) are counted
where the label gives one. Where the label lists the quotations, each is found when a listed
quote starts with its words (as fields.py matches them), its speaker is right as fields.py
judges it, and a listed quote that matches none is a false one; where it gives `funding`, the
field is right when it holds the statement, or is empty where the label says null. Pages fall in a tuning or a checking half by a hash of their name, as the
other benchmarks do. Usage:

    PYTHONPATH=src python benchmarks/whole_pages.py [--corpus multilingual-pages] [--misses N]
        [--tool trafilatura]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from fields import norm, quote_matches, same_speaker

import cleanpage

HERE = Path(__file__).resolve().parent
WORDS_RE = re.compile(r"\w+")
# Words that join the names of a byline ("A and B", "A y B", "A и B", "A ve B"): the byline is
# compared as the set of its other words, so "A, B and C" equals "A, B y C".
CONNECTORS = frozenset({
    "and", "und", "et", "y", "e", "i", "en", "og", "och", "ja", "és", "a", "ir", "un", "și", "ve", "и", "та",
    "і", "και", "dan", "na", "at", "và", "และ", "और", "এবং", "و", "ו", "by", "von", "par", "por", "di", "de",
})


def half(name: str) -> str:
    """The half a page belongs to, by a hash of its name (stable across runs and machines)."""
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "check"


def collapsed(text: str | None) -> str:
    return " ".join((text or "").split())


def words(text: str | None) -> list[str]:
    return WORDS_RE.findall((text or "").casefold())


def names(text: str | None) -> frozenset[str]:
    """A byline as the set of its words, the connectors between names left out."""
    return frozenset(words(text)) - CONNECTORS


def score_page(html: str, label: dict, tool: str = "cleanpage") -> dict:
    """What cleanpage (or a competitor, as accuracy.py runs it) made of one page, against its
    label. Quotations and funding are scored for cleanpage only: no other tool gives them."""
    if tool != "cleanpage":
        from accuracy import RUNNERS

        out = RUNNERS[tool](html, None)
        body, title, byline, date = out.text, out.title, out.byline, out.date
        label = {key: value for key, value in label.items() if key not in ("quotes", "funding")}
        return _score(label, body, title, byline, date, [], None)
    try:
        article = cleanpage.clean(html)
        body, title, byline, date = article.text, article.title, article.byline, article.date
        quotes, funding = [(quote.text, quote.speaker) for quote in article.quotes], article.funding
    except cleanpage.NoContentError:
        body, title, byline, date, quotes, funding = "", None, None, None, [], None
    return _score(label, body, title, byline, date, quotes, funding)


def _score(label: dict, body: str, title: str | None, byline: str | None, date: str | None,
           quotes: list[tuple[str, str | None]], funding: str | None) -> dict:
    text = collapsed(body)
    lost = [line for line in label.get("keep", []) if collapsed(line) not in text]
    leaked = [line for line in label.get("drop", []) if collapsed(line) in text]
    result = {"lost": lost, "leaked": leaked, "empty": not text,
              "keep": len(label.get("keep", [])), "drop": len(label.get("drop", []))}
    if label.get("title"):
        result["title"] = words(title) == words(label["title"])
    if "byline" in label:
        result["byline"] = (names(byline) == names(label["byline"])) if label["byline"] else not byline
    if "date" in label:
        result["date"] = ((date or "")[:10] == label["date"]) if label["date"] else not date
    if "quotes" in label:
        result.update(score_quotes(quotes, label["quotes"] or []))
    if "funding" in label:
        statement = norm(label["funding"])
        result["funding"] = (statement in norm(funding)) if statement else not funding
    result["got"] = {"title": title, "byline": byline, "date": date}
    if "funding" in label:
        result["got"]["funding"] = funding
    return result


def score_quotes(quotes: list[tuple[str, str | None]], labelled: list[dict]) -> dict:
    """The labelled quotations found among the listed ones, with their speakers, and the listed
    quotes that are none of them."""
    labelled = [quote for quote in labelled if norm(quote.get("text"))]
    found = [False] * len(labelled)
    false, wrong_speaker = [], []
    for text, speaker in quotes:
        match = next((i for i, quote in enumerate(labelled) if not found[i] and quote_matches(text, quote["text"])),
                     None)
        if match is None:
            false.append(text)
            continue
        found[match] = True
        if not same_speaker(speaker, labelled[match].get("speaker")):
            wrong_speaker.append(f"{speaker!r} for {labelled[match].get('speaker')!r}: {text}")
    return {"quotes": len(labelled), "quotes missed": [q["text"] for q, hit in zip(labelled, found) if not hit],
            "quotes false": false, "speakers wrong": wrong_speaker}


FIELDS = ("title", "byline", "date", "funding")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="multilingual-pages", help="a folder under benchmarks/")
    parser.add_argument("--misses", type=int, default=0, help="print the first N pages with a miss")
    parser.add_argument("--tool", default="cleanpage", choices=("cleanpage", "trafilatura", "readability"),
                        help="the extractor scored (competitors as benchmarks/accuracy.py runs them)")
    args = parser.parse_args()
    folder = HERE / args.corpus
    rows = defaultdict(lambda: defaultdict(int))
    misses = []
    for page in sorted(folder.glob("*.html")):
        label = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        result = score_page(page.read_text(encoding="utf-8"), label, args.tool)
        for key in (half(page.stem), "all", f"lang {label.get('lang', '?')}"):
            row = rows[key]
            row["pages"] += 1
            row["right"] += not (result["lost"] or result["leaked"] or result["empty"])
            row["keep"] += result["keep"]
            row["lost"] += len(result["lost"])
            row["drop"] += result["drop"]
            row["leaked"] += len(result["leaked"])
            row["empty"] += result["empty"]
            for field in FIELDS:
                if field in result:
                    row[field] += 1
                    row[f"{field} right"] += result[field]
            if "quotes" in result:
                missed, false = len(result["quotes missed"]), len(result["quotes false"])
                row["quotes"] += result["quotes"]
                row["quotes found"] += result["quotes"] - missed
                row["quotes listed"] += result["quotes"] - missed + false
                row["quotes real"] += result["quotes"] - missed
                row["speakers right"] += result["quotes"] - missed - len(result["speakers wrong"])
        if result["lost"] or result["leaked"] or result["empty"] or not all(
                result.get(field, True) for field in FIELDS) or result.get("quotes missed") \
                or result.get("quotes false") or result.get("speakers wrong"):
            misses.append((half(page.stem), page.name, result))
    print(f"{'slice':<14}{'pages':>6}{'right':>7}{'kept':>14}{'leaked':>13}{'empty':>6}"
          f"{'title':>9}{'byline':>9}{'date':>9}{'funding':>9}{'quotes':>9}{'real':>9}{'speaker':>9}")
    for key in ["tune", "check", "all"] + sorted(k for k in rows if k.startswith("lang ")):
        row = rows[key]
        if not row["pages"]:
            continue
        kept = row["keep"] - row["lost"]
        fields = [f"{row[f + ' right']}/{row[f]}" for f in FIELDS]
        fields += [f"{row['quotes found']}/{row['quotes']}", f"{row['quotes real']}/{row['quotes listed']}",
                   f"{row['speakers right']}/{row['quotes found']}"]
        print(f"{key:<14}{row['pages']:>6}{row['right']:>7}"
              f"{kept:>6}/{row['keep']:<4}{kept / max(1, row['keep']):>4.0%}"
              f"{row['leaked']:>6}/{row['drop']:<4}{row['empty']:>5}"
              + "".join(f"{cell:>9}" for cell in fields))
    misses.sort(key=lambda miss: miss[0] != "tune")  # tuning half first
    for which, name, result in misses[:args.misses]:
        print(f"\n{which} {name}: lost {len(result['lost'])}, leaked {len(result['leaked'])}"
              f"{', EMPTY' if result['empty'] else ''}; got {json.dumps(result['got'], ensure_ascii=False)}")
        for line in result["lost"]:
            print(f"  lost   {line[:100]}")
        for line in result["leaked"]:
            print(f"  leaked {line[:100]}")
        for key in ("quotes missed", "quotes false", "speakers wrong"):
            for line in result.get(key, []):
                print(f"  {key.split()[0][:-1]} {key.split()[1]:<7} {line[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
