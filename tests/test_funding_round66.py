"""Funding forms of round 66: a box about the work that calls it by a gendered pronoun or is a bare <section>,
a count or survey as the funded work in more languages, and their hard negatives (the same words as news).
Every name and sentence is invented."""

from __future__ import annotations

import pytest

import cleanpage

STORY = ("Volunteers counted the swifts nesting under the old granary's eaves every evening for six weeks and "
         "marked each nest on a hand-drawn plan.")


def boxed(lang: str, box: str) -> str:
    """A story, then a box after the article inside the page's <main>."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Granary swifts</title></head>"
            f"<body><main><article><h1>Granary swifts</h1>{paragraphs}</article>{box}</main>"
            "<footer><p>© 2025 Granary Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading, before, statement", [
    ("de", "Über das Projekt", "Der Seglerzensus Kornhaus ist ein Bürgerprojekt.",
     "Er wird von der Kornhaus-Stiftung finanziert."),
    ("de", "Über das Projekt", "Die Seglerzählung ist ein Bürgerprojekt.",
     "Sie wird von der Kornhaus-Stiftung gefördert."),
    ("nl", "Over het project", "De gierzwaluwtelling is een burgerproject.",
     "Ze wordt gefinancierd door het Fonds Oude Graanschuur."),
    ("en", "About this project", "The Granary Swift Count is a citizen project.",
     "It is supported by the Eaves Heritage Fund."),
])
def test_a_bare_section_about_the_work_says_who_funds_it(lang: str, heading: str, before: str,
                                                         statement: str) -> None:
    # a <section> (or <aside>) is a box by its tag, no class needed; its work called "er", "sie", "ze" …
    box = f"<section><h3>{heading}</h3><p>{before} {statement}</p></section>"
    article = cleanpage.clean(boxed(lang, box))
    assert article.funding == statement


@pytest.mark.parametrize("lang, box", [
    # the box is about someone, not the work
    ("de", "<section><h3>Der Bürgermeister</h3><p>Er wird von der Heimatpartei unterstützt.</p></section>"),
    # a bare <div> is no box: the same sentences may be a story's
    ("de", "<div><h3>Über das Projekt</h3><p>Er wird von der Kornhaus-Stiftung finanziert.</p></div>"),
    ("en", "<section><h3>About this project</h3><p>The new road is funded by the County Council.</p></section>"),
])
def test_a_bare_section_not_about_the_work_is_no_funding(lang: str, box: str) -> None:
    assert cleanpage.clean(boxed(lang, box)).funding is None
