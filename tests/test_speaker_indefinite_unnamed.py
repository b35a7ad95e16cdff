"""Someone brought in by an indefinite article is unnamed: a German noun after "ein", "eine" ("Eine Passantin
sagte, sie habe „…“": a passer-by, capitalised as every German noun is) and a Hindi descriptor after "एक" in a
paragraph reporting what was said ("एक बुज़ुर्ग दुकानदार ने कहा कि …": an elderly shopkeeper said that) are no
name; a name in the same place still speaks. Names, places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_german_noun_after_an_indefinite_article_is_no_one() -> None:
    page = P("Das Freibad in Kellbach bleibt in diesem Sommer geschlossen.") \
        + P("Eine Anwohnerin sagte, sie habe „hier als Kind schwimmen gelernt, wie alle hier“.")
    assert speaker_pages.speakers(page, "de") == [None]


def test_hindi_descriptor_after_one_is_no_one() -> None:
    page = P("नगर पालिका ने पुराने तालाब की सफ़ाई का काम शुरू किया है।") \
        + P("एक बूढ़े मछुआरे ने कहा कि यह काम “दस साल पहले होना चाहिए था”।")
    assert speaker_pages.speakers(page, "hi") in ([], [None])


def test_a_name_in_the_same_place_still_speaks() -> None:
    page = P("Das Freibad in Kellbach bleibt in diesem Sommer geschlossen.") \
        + P("Greta Hallmeier sagte, sie habe „hier als Kind schwimmen gelernt, wie alle hier“.")
    assert speaker_pages.speakers(page, "de") == ["Greta Hallmeier"]
    page = P("नगर पालिका ने पुराने तालाब की सफ़ाई का काम शुरू किया है।") \
        + P("मछुआरे रमेश तिवारी ने कहा कि यह काम “दस साल पहले होना चाहिए था”।")
    assert speaker_pages.speakers(page, "hi") == ["रमेश तिवारी"]
