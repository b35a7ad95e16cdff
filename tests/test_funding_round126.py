"""Funding forms of round 126: a sentence beside the statement that tells of money naming no one is the story's
news, not part of the value; a sponsor notice's support of a crowd is read in its own sentence, not with a story's
next one. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("The night ferry to the outer islands now stops at the old quay, and the harbour office keeps a list of "
         "waiting cars.")


def story(end: str, lang: str) -> str:
    return story_page(lang, end, STORY, headline="Night ferries", site="Quay Gazette")


# The statement and, in the same paragraph, the story's news of money a town spent on another thing, naming no one:
# the value is the statement alone; the paragraph stays in the body.
@pytest.mark.parametrize("statement, news, lang", [
    ("La Fundación Quarnel pagó el estudio.", "El ayuntamiento financió el año pasado un nuevo muelle.", "es"),
    ("Исследование оплатил фонд «Тихий причал».", "Город в прошлом году оплатил ремонт пирса.", "ru"),
    ("The survey was funded by the Osmer Harbour Trust.", "The council paid for a new slipway in the spring.", "en"),
])
def test_money_naming_no_one_beside_the_statement_is_the_storys_news(statement: str, news: str, lang: str) -> None:
    article = cleanpage.clean(story(f"{statement} {news}", lang))
    assert article.funding == statement
    assert news in article.text


# Beside the statement, sentences that name their funder, a grant, or go on with it stay in the value.
@pytest.mark.parametrize("beside", [
    "Additional support came from the Quarnel Rowing Club.",
    "It was also funded by the county.",
    "Grant number 44021 covered the boat hire.",
])
def test_a_sentence_naming_its_funder_or_going_on_stays_in_the_value(beside: str) -> None:
    statement = "The survey was funded by the Osmer Harbour Trust."
    article = cleanpage.clean(story(f"{statement} {beside}", "en"))
    assert article.funding == f"{statement} {beside}"


# A notice's support of a crowd ("with the support of the fans") is a story's sentence though the next sentence of its
# paragraph says 'fördert' of another thing; a named supporter's notice is still one.
def test_support_of_a_crowd_is_read_in_its_own_sentence() -> None:
    end = "Mit Unterstützung der Fans gewann der SV Quarnel am Sonntag das Pokalspiel. Die Werft fördert seit Jahren Gas im Hafen."
    assert cleanpage.clean(story(end, "de")).funding is None


def test_a_named_supporters_notice_is_still_the_statement() -> None:
    end = "Mit Unterstützung der Osmer-Stiftung."
    assert cleanpage.clean(story(end, "de")).funding == end


# The work the page reports as the object opening its sentence, an active funding verb and a funding body named by
# its word: Czech's present beside its past, Croatian, Serbian and Slovene in the same order.
@pytest.mark.parametrize("end, lang", [
    ("Průzkum financuje Nadace Tichý přístav pod grantem TP-2025-07.", "cs"),
    ("Projekt financira Zaklada Stari mol.", "hr"),
    ("Istraživanje je financirala Zaklada Otočni put.", "hr"),
    ("Пројекат финансира Фондација Стари мол.", "sr"),
    ("Raziskavo financira Fundacija Stari pomol.", "sl"),
])
def test_the_work_as_the_object_of_a_funding_bodys_verb_is_the_statement(end: str, lang: str) -> None:
    article = cleanpage.clean(story(end, lang))
    assert article.funding == end
    assert end in article.text


@pytest.mark.parametrize("end, lang", [
    ("Projekt financira Grad Zadar iz gradskog proračuna.", "hr"),  # a town's money, no funding body's word
    ("Novi most financira Zaklada Stari mol, a radovi počinju u svibnju.", "hr"),  # another thing, not the work
    ("Průzkum financuje město z rozpočtu na opravy.", "cs"),
    ("Opravu mola financuje Nadace Tichý přístav.", "cs"),  # the pier's repair: the story's thing
])
def test_the_same_order_of_a_town_or_another_thing_is_no_statement(end: str, lang: str) -> None:
    assert cleanpage.clean(story(end, lang)).funding is None


# Norwegian and Swedish double definiteness: the demonstrative before the work's definite form is the page's own
# work as "denne saken" is.
@pytest.mark.parametrize("end, lang", [
    ("Denne reportasjen er støttet av Stiftelsen Stille Havn.", "nb"),
    ("Denna studien har finansierats av Stiftelsen Gamla Piren.", "sv"),
])
def test_a_demonstrative_before_the_works_definite_form_is_the_statement(end: str, lang: str) -> None:
    article = cleanpage.clean(story(end, lang))
    assert article.funding == end
    assert end in article.text


@pytest.mark.parametrize("end, lang", [
    ("Denne reportasjen handler om fergen som støttes av kommunen hvert år.", "nb"),
    ("– Denne reportasjen er støttet av Stiftelsen Stille Havn, sa redaktøren.", "nb"),  # reported speech
])
def test_the_demonstrative_with_no_statement_is_none(end: str, lang: str) -> None:
    assert cleanpage.clean(story(end, lang)).funding is None


def test_a_relative_clause_right_after_the_work_is_still_the_works() -> None:
    end = "Prosjektet, som støttes av Stiftelsen Stille Havn, varer i tre år."
    assert cleanpage.clean(story(end, "nb")).funding == end


def test_a_relative_clause_of_the_storys_thing_is_no_statement() -> None:
    end = "Denne saken handler om fergen som støttes av Stiftelsen Stille Havn."
    assert cleanpage.clean(story(end, "nb")).funding is None


# A grant to the team the story is about, told as the work going on: the team by its article, a grant from a funding
# body named by its word, to continue, extend or run what the page reports.
@pytest.mark.parametrize("end, lang", [
    (("The team has now received a grant of 300,000 pounds from the Osmer Harbour Trust to continue the ferry count "
     "for two more winters."), "en"),
    ("The researchers received a grant from the Quarnel Foundation to extend the survey to the northern islands.", "en"),
    (("L'équipe vient de recevoir une subvention de 90 000 euros de la Fondation Vieux-Môle pour poursuivre le "
     "comptage."), "fr"),
])
def test_a_grant_to_the_team_to_go_on_with_the_work_is_the_statement(end: str, lang: str) -> None:
    article = cleanpage.clean(story(end, lang))
    assert article.funding == end
    assert end in article.text


@pytest.mark.parametrize("end, lang", [
    # a lab by its name: another's work as news
    (("The Quay Marine Lab received a grant of 500,000 pounds from the Osmer Harbour Trust to continue its kelp "
     "study."), "en"),
    # a grant for another thing
    ("The team has now received a grant of 20,000 pounds from the Osmer Harbour Trust to build a new clubhouse.", "en"),
    # a town's money
    ("The team has now received a grant of 20,000 pounds from the Town Council to continue the ferry count.", "en"),
    # the team's own words
    (("The team has now received a grant of 20,000 pounds from the Osmer Harbour Trust to continue the count, the "
     "skipper said."), "en"),
    ("L'équipe de football a reçu une subvention de la mairie pour poursuivre la saison.", "fr"),
])
def test_a_grant_to_someone_else_or_for_another_thing_is_no_statement(end: str, lang: str) -> None:
    assert cleanpage.clean(story(end, lang)).funding is None


# Japanese: the work's costs borne by a foundation or fund; Korean: the work by the demonstrative "이번".
@pytest.mark.parametrize("end, lang", [
    ("調査費用は静港環境財団が負担した。", "ja"),
    ("이번 조사는 고요한 부두 재단의 지원을 받았다.", "ko"),
])
def test_the_works_costs_borne_or_this_works_support_is_the_statement(end: str, lang: str) -> None:
    article = cleanpage.clean(story(end, lang))
    assert article.funding == end
    assert end in article.text


@pytest.mark.parametrize("end, lang", [
    ("市は昨年、桟橋の補修費を負担した。", "ja"),  # a town's, another thing
    ("桟橋の建設費は静港環境財団が負担した。", "ja"),  # a foundation's money for another thing
    ("이번 경기는 팬들의 응원을 받았다.", "ko"),  # the fans' cheering of a match
])
def test_costs_of_another_thing_or_no_support_is_no_statement(end: str, lang: str) -> None:
    assert cleanpage.clean(story(end, lang)).funding is None


def test_a_towns_costs_beside_the_statement_stay_out_of_the_value() -> None:
    statement, news = "調査費用は静港環境財団が負担した。", "市は昨年、桟橋の補修費を負担した。"
    article = cleanpage.clean(story(f"{statement}{news}", "ja"))
    assert article.funding == statement
    assert news in article.text


# German's passive, the work paid by a funding body named by its word, the participle closing the clause.
def test_the_work_paid_by_a_funding_body_in_germans_passive_is_the_statement() -> None:
    end = "Die Studie wurde von der Hafenstiftung Osmer bezahlt."
    article = cleanpage.clean(story(end, "de"))
    assert article.funding == end
    assert end in article.text


@pytest.mark.parametrize("end", [
    "Die Studie wurde von der Stadt bezahlt.",  # a town's money
    "Das neue Dach wurde von der Hafenstiftung Osmer bezahlt.",  # another thing
])
def test_a_town_or_another_thing_paid_for_in_germans_passive_is_no_statement(end: str) -> None:
    assert cleanpage.clean(story(end, "de")).funding is None
