"""An office or a trade's noun opening a sentence's run of three capitalised words is no first name ("Trener
Ragnar Vedvik og …", "Docent Elsa Brännholm forskar …", "Dosentti Aino Kettunen on …"): the person is the
two names after it, as a later surname alone says. Three names with no office before them stay whole.
Names, places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_norwegian_coach_opening_the_sentence_is_no_first_name() -> None:
    page = P("Trener Ragnar Vedvik og kapteinen Tor Ellingsen møtte pressen etter kampen i Fjellby.") \
        + P("«Vi slapp inn to enkle mål», sa Vedvik.")
    assert speaker_pages.speakers(page, "nb") == ["Ragnar Vedvik"]


def test_swedish_and_finnish_docent_is_no_first_name() -> None:
    page = P("Docent Elsa Brännholm forskar om myrmarker vid Nordvik universitet.") \
        + P("– Myren håller vattnet kvar åt oss, säger Brännholm.")
    assert speaker_pages.speakers(page, "sv") == ["Elsa Brännholm"]
    page = P("Dosentti Aino Kettunen on tutkinut Kallasjärven kaloja kaksikymmentä vuotta.") \
        + P("”Järvi lämpenee joka kesä”, Kettunen sanoo.")
    assert speaker_pages.speakers(page, "fi") == ["Aino Kettunen"]


def test_three_names_with_no_office_stay_whole() -> None:
    page = P("Ingrid Marie Vedvik og Tor Ellingsen møtte pressen etter kampen i Fjellby.") \
        + P("«Vi slapp inn to enkle mål», sa Vedvik.")
    assert speaker_pages.speakers(page, "nb") == ["Ingrid Marie Vedvik"]
