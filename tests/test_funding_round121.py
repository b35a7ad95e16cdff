"""Funding forms of round 121: a "Sponsors" heading over the tiers of an offer to sponsor names no sponsor,
while the same heading over named sponsors still does; a note of who a text was made with under an
advertorial's kicker is the advertisement's label. Every name and sentence is invented."""

from __future__ import annotations

import pytest

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

