"""A funding statement found by its shape inside a paragraph of other sentences: the field holds the
statement's sentences only (those naming a funder, grant or support, and those going on with it), and
the body keeps the paragraph whole. The split respects abbreviations, grant numbers ("No. 12", "Nr.",
"n°"), brackets and Asian full stops. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage
from cleanpage.funding import _sentences

STORY = ("Volunteers counted the moths at the edge of the old orchard every night in June, and wrote down "
         "each species they could name by the light of a single lamp hung from a pear tree.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Moths", site="Orchard Notes")


@pytest.mark.parametrize("lang, paragraph, statement", [
    ("en", "The study was funded by the Harrowgate Moth Trust. The findings appear in the Journal of Orchard Insects.",
     "The study was funded by the Harrowgate Moth Trust."),
    ("en", ("Traps were emptied every nine days. This work was supported by the Lindqvist Fund (Grant Agreement "
            "No. 101774)."), "This work was supported by the Lindqvist Fund (Grant Agreement No. 101774)."),
    ("en", ("We thank our volunteers for their help. This research was funded by the Orrin Trust. We also thank "
            "the orchard's owners."), "This research was funded by the Orrin Trust."),
    ("de", ("Die Studie wurde von der Stiftung Nachtfalter gefördert (Nr. 12). Die Ergebnisse erscheinen in der "
            "Zeitschrift für Obstgärten."), "Die Studie wurde von der Stiftung Nachtfalter gefördert (Nr. 12)."),
    ("fr", ("Les pièges étaient vidés tous les neuf jours. Ce travail a été financé par la Fondation Aube "
            "(convention n° 4471)."), "Ce travail a été financé par la Fondation Aube (convention n° 4471)."),
    ("es", "Este trabajo fue financiado por la Fundación Sur (Nº 77). Los datos se recogieron en 2020.",
     "Este trabajo fue financiado por la Fundación Sur (Nº 77)."),
    ("ru", "Работа выполнена при поддержке Фонда лесов (грант № 21-1). Результаты опубликованы в журнале.",
     "Работа выполнена при поддержке Фонда лесов (грант № 21-1)."),
    ("zh", "该研究由国家自然科学基金资助（编号：12345）。研究结果发表在某期刊上。本研究还得到了湖州市科技局的资助。",
     "该研究由国家自然科学基金资助（编号：12345）。本研究还得到了湖州市科技局的资助。"),
    ("ja", "調査は六月に毎晩行われた。本研究は果樹園昆虫財団の助成を受けたものである。",
     "本研究は果樹園昆虫財団の助成を受けたものである。"),
])
def test_the_field_holds_the_statement_not_its_neighbours(lang: str, paragraph: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, paragraph))
    assert article.funding == statement
    assert paragraph in " ".join(article.text.split())  # the body keeps the paragraph whole


@pytest.mark.parametrize("lang, paragraph", [
    # a sentence going on with the statement: "also", a disclaimer, support in kind
    ("en", "This survey was supported by the Ashcombe Trust. It was also backed by the parish council."),
    ("en", "This post was sponsored by Fennel Garden Supplies. All opinions are my own."),
    ("en", "This exhibition is made possible by the Quillon Arts Fund. Lamps on loan from the Dunmore Museum."),
    ("es", "Este proyecto fue financiado por la Fundación Polillas. También recibió apoyo del ayuntamiento."),
    ("de", ("Das Projekt wurde von der Stiftung Obstwiese gefördert. Die geäußerten Ansichten sind allein die "
            "der Autorin.")),
    ("en", "This work was supported by the Tarrant Trust. The funders had no role in the study's design."),
    ("en", "We thank the Orrin Foundation for funding this survey. Grant numbers: 4410, 4411."),
    # abbreviations and initials are no sentence ends
    ("en", "This research was funded by Dr. A. Pellow's group at the U.S. Orchard Institute, grant no. 5531."),
])
def test_a_statement_that_goes_on_is_kept_whole(lang: str, paragraph: str) -> None:
    article = cleanpage.clean(page(lang, paragraph))
    assert article.funding == paragraph


@pytest.mark.parametrize("text, count", [
    ("Supported by the Vale Fund (No. 12). The moths were counted.", 2),
    ("Gefördert von der Stiftung Wiese, Nr. 3. Danke an alle.", 2),
    ("Financé par la Fondation Aube (réf. n° 7. Phase II). Les pièges étaient vides.", 2),
    ("Funded by Orchard Co. Ltd. and Dr. B. Marsh.", 1),
    ("本研究は財団の助成を受けた。調査は六月に行われた。", 2),
    ("本研究は財団の助成（第12号。第二期）を受けた。", 1),
])
def test_sentences_split_only_at_sentence_ends(text: str, count: int) -> None:
    assert len(_sentences(text)) == count
