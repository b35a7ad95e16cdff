"""benchmarks/whole_pages.py on an invented page: lines lost and leaked, fields, halves."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import whole_pages  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)

PAGE = """<html lang="nl"><head><title>Brug weer open | Dagblad</title></head><body>
<nav><a href="/">Voorpagina</a> <a href="/sport">Sport</a> <a href="/cultuur">Cultuur</a></nav>
<article><h1>Brug weer open</h1><p class="auteur">Door Femke Dalstra</p>
<time datetime="2025-04-09T08:00:00+02:00">9 april 2025</time>
<p>Na acht maanden werk rijden de eerste fietsers sinds vanochtend weer over de oude ophaalbrug bij de haven.</p>
<p>De gemeente liet het houten brugdek vervangen en de slagbomen vernieuwen, wat ruim twee miljoen euro kostte.</p>
</article><footer><p>Colofon en privacyverklaring van het dagblad</p></footer></body></html>"""


def test_a_page_scores_its_kept_lost_and_leaked_lines_and_fields():
    label = {"title": "Brug weer open", "byline": "Femke Dalstra", "date": "2025-04-09",
             "keep": ["Na acht maanden werk rijden de eerste fietsers",
                      "wat ruim twee miljoen euro kostte.",
                      "a line the page never holds"],
             "drop": ["Colofon en privacyverklaring van het dagblad", "Voorpagina"]}
    result = whole_pages.score_page(PAGE, label)
    assert result["lost"] == ["a line the page never holds"]
    assert result["leaked"] == []
    assert not result["empty"]
    assert result["title"] and result["byline"] and result["date"]


def test_a_null_byline_label_is_right_only_when_none_is_given():
    result = whole_pages.score_page(PAGE, {"byline": None, "date": None, "keep": [], "drop": []})
    assert result["byline"] is False  # the page names Femke Dalstra
    assert result["date"] is False


def test_halves_are_stable_and_split_the_names():
    names = [f"xx-{n:02d}-blog" for n in range(40)]
    halves = [whole_pages.half(name) for name in names]
    assert halves == [whole_pages.half(name) for name in names]
    assert {"tune", "check"} == set(halves)


def test_bylines_compare_as_names_whatever_joins_them():
    assert whole_pages.names("Lucía Vidal y Ramiro Oyarzo") == whole_pages.names("Lucía Vidal and Ramiro Oyarzo")
    assert whole_pages.names("Ольга Серова и Иван Дуб") == whole_pages.names("Ольга Серова, Иван Дуб")
    assert whole_pages.names("Ana Vidal") != whole_pages.names("Ana Vidal and Rui Pena")


QUOTED = """<html lang="nl"><head><title>Nieuwe kade</title></head><body><article><h1>Nieuwe kade</h1>
<p>De haven krijgt een nieuwe kade voor kleine vrachtschepen, melden de havenmeesters deze week.</p>
<p>"We bouwen eindelijk voor de binnenvaart en niet alleen voor de cruiseschepen," zei havenmeester Joris Plets.</p>
<p>Het werk begint in het voorjaar en moet twee jaar duren volgens de planning van het bestuur.</p>
<p>Dit onderzoek werd gefinancierd door het Fonds voor Waterbouw (subsidie WB-2291).</p>
</article></body></html>"""


def test_quotes_speakers_and_funding_score_against_the_label():
    label = {"keep": [], "drop": [],
             "quotes": [{"text": "We bouwen eindelijk voor de binnenvaart en niet alleen voor de cruiseschepen",
                         "speaker": "Joris Plets"},
                        {"text": "a quotation the page never holds", "speaker": None}],
             "funding": "Dit onderzoek werd gefinancierd door het Fonds voor Waterbouw (subsidie WB-2291)."}
    result = whole_pages.score_page(QUOTED, label)
    assert result["quotes"] == 2
    assert result["quotes missed"] == ["a quotation the page never holds"]
    assert result["quotes false"] == [] and result["speakers wrong"] == []
    assert result["funding"] is True
    wrong = whole_pages.score_page(QUOTED, {"keep": [], "drop": [], "funding": None,
                                            "quotes": [{"text": "We bouwen eindelijk voor de binnenvaart",
                                                        "speaker": "Ilse Maes"}]})
    assert wrong["funding"] is False  # the page's statement where the label says there is none
    assert len(wrong["speakers wrong"]) == 1


def test_a_listed_quote_no_label_names_is_a_false_one():
    result = whole_pages.score_page(QUOTED, {"keep": [], "drop": [], "quotes": []})
    assert len(result["quotes false"]) == 1


def test_a_competitor_is_scored_on_the_lines_and_fields_it_gives():
    label = {"title": "Nieuwe kade", "keep": ["De haven krijgt een nieuwe kade voor kleine vrachtschepen"],
             "drop": [], "quotes": [{"text": "We bouwen eindelijk", "speaker": "Joris Plets"}], "funding": None}
    result = whole_pages.score_page(QUOTED, label, tool="readability")
    assert result["lost"] == [] and not result["empty"]
    assert "quotes" not in result and "funding" not in result  # readability-lxml gives neither
