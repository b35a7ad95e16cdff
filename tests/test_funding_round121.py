"""Funding forms of round 121: a "Sponsors" heading over the tiers of an offer to sponsor names no sponsor,
while the same heading over named sponsors still does; a note of who a text was made with under an
advertorial's kicker is the advertisement's label; the work the page reports as the object of a funding
body's active verb (German's perfect, Slovak, Polish, Hungarian), French support 'en partie'. Every name
and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage


def repo_page(section: str) -> str:
    return ("<html lang='en'><head><title>moth-tally</title></head><body><main><div class='readme'>"
            "<h1>moth-tally</h1><p>Counts moths in trap photographs taken at night.</p>"
            f"<a class='btn' href='/give'>Sponsor this project</a>{section}</div></main></body></html>")


@pytest.mark.parametrize("items", [
    ["$5 a month: name in the README", "$50 a month: logo on the site"],
    ["5 € / Monat: Name im README", "50 € pro Monat: Logo"],
    ["£10 per year: a thank-you note"],
])
def test_a_sponsors_heading_over_the_tiers_of_an_offer_names_no_sponsor(items: list[str]) -> None:
    listed = "".join(f"<li>{item}</li>" for item in items)
    assert cleanpage.clean(repo_page(f"<h2>Sponsors</h2><ul class='tiers'>{listed}</ul>")).funding is None


def test_a_sponsors_heading_over_named_sponsors_is_still_the_statement() -> None:
    section = ("<h2>Sponsors</h2><ul><li>The Quarnel Night Fund gave $5,000 a year for the trap cameras.</li>"
               "<li>The Osmer Moth Trust</li></ul>")
    funding = cleanpage.clean(repo_page(section)).funding
    assert funding is not None and "Quarnel Night Fund" in funding


STORY = ("The ferry to the two islands now runs twice a day in winter, and the harbour office keeps a list of "
         "waiting cars.")


def story(end: str, lang: str) -> str:
    return story_page(lang, end, STORY, headline="Winter ferries", site="Harbour Post")


# The work the page reports as the object, an active funding verb, a funding body named by its word as the doer,
# in the forms the shapes lacked: German's perfect, Slovak's own nouns beside Czech's, Polish 'wsparł finansowo',
# Hungarian 'vizsgálatot'.
@pytest.mark.parametrize("end, lang", [
    ("Die Küstenstiftung Osmer hat die Zählung bezahlt.", "de"),
    ("Die Quarnel-Stiftung hat die Studie vollständig finanziert.", "de"),
    ("Výskum financovala Nadácia Zelený ostrov.", "sk"),
    ("Prace terenowe wsparł finansowo Fundusz Wyspy Osmer.", "pl"),
    ("A vizsgálatot a Quarnel Alapítvány támogatta.", "hu"),
])
def test_the_work_as_the_object_of_a_funding_bodys_active_verb_is_the_statement(end: str, lang: str) -> None:
    article = cleanpage.clean(story(end, lang))
    assert article.funding == end
    assert end in article.text


@pytest.mark.parametrize("end, lang", [
    ("Die Stadt hat die Zählung bezahlt.", "de"),  # a town, no funding body
    ("Die Küstenstiftung Osmer hat die neue Fähre bezahlt.", "de"),  # another thing than the work
    ("Die Küstenstiftung Osmer hat die Zählung bezahlt, sagte der Bürgermeister.", "de"),  # reported speech
    ("Most financovala obec Osmer.", "sk"),  # a town's bridge
    ("Nowy prom wsparł finansowo Fundusz Wyspy Osmer.", "pl"),  # a ferry: the story's thing
    ("A hidat a város támogatta.", "hu"),  # a town's bridge
])
def test_the_same_words_of_another_thing_or_payer_are_no_statement(end: str, lang: str) -> None:
    assert cleanpage.clean(story(end, lang)).funding is None


def advertorial(kicker: str, note: str, lang: str = "de") -> str:
    return (f"<html lang='{lang}'><head><title>Fähren</title></head><body><main><article><header><h1>Mit dem Rad zur "
            f"Fähre</h1><p class='byline'>Ann Lee, 3.2.2026</p></header>{kicker}<p>Mit dem neuen Faltrad von Quarnel "
            f"erreichen Sie jede Fähre der Insel Osmer ohne Auto.</p><p>{note}</p></article></main></body></html>")


@pytest.mark.parametrize("kicker, note, lang", [
    ("<p class='kicker'>Partner-Inhalt</p>", "Dieser Beitrag entstand in Zusammenarbeit mit Quarnel.", "de"),
    ("<p class='kicker'>Partnerinhalt</p>", "Dieser Artikel entstand in Kooperation mit Quarnel.", "de"),
    ("<span class='label'>Advertorial</span>", "This article was produced in partnership with Quarnel.", "en"),
])
def test_a_note_under_an_advertorials_kicker_is_the_advertisements_label(kicker: str, note: str, lang: str) -> None:
    assert cleanpage.clean(advertorial(kicker, note, lang)).funding is None


def test_the_same_note_without_the_kicker_or_after_an_ad_slot_between_paragraphs_is_still_the_statement() -> None:
    note = "Dieser Beitrag entstand in Zusammenarbeit mit Quarnel."
    assert cleanpage.clean(advertorial("", note)).funding == note
    # an ad slot's label between the story's paragraphs is no kicker of the text
    slot = (f"<p>{'Die Fähre zur Insel fährt im Winter zweimal am Tag, und das Hafenamt führt eine Liste. ' * 2}</p>"
            "<div class='slot'>Anzeige</div>")
    assert cleanpage.clean(advertorial(slot, note)).funding == note


def test_a_work_supported_in_part_by_a_named_body_is_the_statement_in_french() -> None:
    end = "Ce travail a été soutenu en partie par la Région Osmer (convention 2025-RO-12)."
    assert cleanpage.clean(story(end, "fr")).funding == end


@pytest.mark.parametrize("end", [
    "Ce festival a été soutenu en partie par le Parti vert lors du vote.",  # a party's vote
    "Ce travail a été soutenu en partie par la Région Osmer, a déclaré le maire.",  # reported speech
])
def test_support_in_part_by_a_party_or_in_reported_speech_is_no_statement(end: str) -> None:
    assert cleanpage.clean(story(end, "fr")).funding is None
