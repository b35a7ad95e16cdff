"""Funding forms of round 141: a news story's sentence saying who paid for the very thing the page reports, the thing
named in its headline or lead opening the sentence again (after a verb opening it, following its funder), a funding
body named by its word and a word of paying; beside it, the same words about another thing, a job's post, a clause of
its own and a funder's boilerplate. Every name and sentence is invented."""

from __future__ import annotations

import pytest

import cleanpage

CLOSING = "Open nights: every second Friday, 8 pm to 10 pm, weather allowing."


def page(lang: str, headline: str, lead: str, body: str) -> str:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><article><h1>{headline}</h1><p>{lead}</p>"
            f"<p>{body}</p><p>{CLOSING}</p></article></main>"
            f"<footer><p>© 2026 Hill Gazette</p></footer></body></html>")


EN = ("Hill school opens a small observatory",
      "Pupils at Brackenmoor school looked at Saturn through their new telescope on Friday night.")
DE = ("Bergschule eröffnet eine kleine Sternwarte",
      "Die Kinder der Schule in Brackenmoor sahen am Freitag durch ihr neues Spiegelteleskop den Saturn.")
SV = ("Byskola öppnar ett litet observatorium",
      "Eleverna i Brackenmoor tittade på Saturnus genom sitt nya spegelteleskop i fredags.")
RU = ("Сельская школа открыла обсерваторию",
      "Ученики школы в Бракенмуре в пятницу впервые посмотрели на Сатурн в новый телескоп.")
JA = ("丘の学校に小さな天文台", "ブラッケンムーア小学校の児童は金曜日、新しい望遠鏡で土星を観察した。")
HI = ("पहाड़ी स्कूल में छोटी वेधशाला", "ब्रैकनमूर स्कूल के बच्चों ने शुक्रवार को नई दूरबीन से शनि ग्रह देखा।")
TL = ("Paaralan sa burol, nagbukas ng obserbatoryo",
      "Tumingin ang mga mag-aaral ng Brackenmoor sa Saturno gamit ang bagong teleskopyo noong Biyernes.")


@pytest.mark.parametrize("lang, story, sentence", [
    ("en", EN, "The telescope was paid for by the Pellow Sky Trust, which gave the school 9,000 pounds."),
    ("de", DE, "Bezahlt wurde das Teleskop von der Pellow-Stiftung."),
    ("sv", SV, "Teleskopet har bekostats av Stiftelsen Pellow."),
    ("ru", RU, "Телескоп куплен на средства фонда «Ясное небо»."),
    ("ja", JA, "望遠鏡の購入費はペロー財団が助成した。"),
    ("hi", HI, "दूरबीन की खरीद पेलो फाउंडेशन के अनुदान से हुई।"),
    # the verb opening the sentence, the thing after its funder
    ("tl", TL, "Pinondohan ng Pundasyong Pellow ang pagbili ng teleskopyo."),
])
def test_the_thing_of_the_headline_or_lead_paid_for_by_a_funding_body_is_the_statement(
        lang: str, story: tuple[str, str], sentence: str) -> None:
    article = cleanpage.clean(page(lang, *story, f"Die Nacht war klar. {sentence}" if lang == "de" else sentence))
    assert article.funding == sentence
    assert sentence in article.text


@pytest.mark.parametrize("lang, story, sentence", [
    # another thing the headline and lead never named, paid for by the same kind of body
    ("en", EN, "The Pellow Sky Trust also paid for a new roof on the village hall last spring."),
    ("sv", SV, "Stiftelsen Pellow har bekostat en ny bro över ån."),
    # the thing paid for by a town, a bank or fans: no funding body's word
    ("en", EN, "The telescope was paid for by the county council after a long vote."),
    ("ru", RU, "Телескоп куплен на средства городского бюджета."),
    # a job's post, funded by a foundation
    ("de", ("Schule sucht eine Stelle für die Sternwarte",
            "Die Schule in Brackenmoor besetzt zum Herbst eine Stelle für die neue Sternwarte."),
     "Die Stelle wird von der Pellow-Stiftung finanziert und ist befristet."),
    # the thing in one clause, the funding body's money for another in the next
    ("en", EN, "The telescope stays at the school over the summer; the trips are funded by the Orrin Travel Fund."),
    # the funder's own boilerplate, its name in the lead
    ("en", ("Pellow Trust gives a telescope to a hill school",
            "The Pellow Trust gave Brackenmoor school a telescope for its small observatory on Friday."),
     "About the Pellow Trust: the trust funds astronomy clubs across the county."),
    # the thing, but a question
    ("en", EN, "Was the telescope paid for by the Pellow Sky Trust?"),
    # the thing's money as the story's evidence, read from papers: news, not the page's own statement
    ("en", EN, "The telescope was paid for by the Pellow Sky Trust, a charity run by the head's brother, records show."),
    ("en", EN, "The telescope was funded by the Pellow Sky Trust, court papers show, but the last invoice was never paid."),
    ("de", DE, "Bezahlt wurde das Teleskop von der Pellow-Stiftung, wie Unterlagen zeigen."),
    ("fr", ("L’école de la colline ouvre un petit observatoire",
            "Les élèves de Brackenmoor ont observé Saturne vendredi soir avec leur nouveau télescope."),
     "Le télescope a été payé par la Fondation Pellow, montrent les documents consultés par notre rédaction."),
])
def test_another_thing_unnamed_money_a_post_or_a_boilerplate_is_no_statement(
        lang: str, story: tuple[str, str], sentence: str) -> None:
    assert cleanpage.clean(page(lang, *story, sentence)).funding is None


def test_every_funding_body_word_of_the_subject_search_passes_its_substring_guard() -> None:
    # _subject_funded runs SUBJECT_FUNDER_RE only where a text holds one of SUBJECT_FUNDER_PARTS: a word
    # the pattern knows and the list does not would never be searched. Each alternative's literal opening
    # (before a class, an escape or a group) must hold a part.
    import re

    from cleanpage import funding

    pattern = funding.SUBJECT_FUNDER_RE.pattern
    openings = [re.split(r"[\[\\(]", word, maxsplit=1)[0]
                for word in re.sub(r"\\b|\(\?:|\\w", "", pattern).replace(")", "|").split("|")]
    openings = [word.lower() for word in openings if word]
    assert len(openings) > 40
    for opening in openings:
        assert any(part in opening for part in funding.SUBJECT_FUNDER_PARTS), opening
