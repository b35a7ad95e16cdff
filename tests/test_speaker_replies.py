"""A question and its reply in one paragraph, each set off by its own incise: the verbs of asking,
answering and retorting in Czech, Finnish, Hungarian, Romanian, Turkish and Portuguese bind the reply to the person named beside them, not to the one who spoke before; and a short
reply in capitals ("„Nächstes Jahr“", "«Μέσα στον Ιούνιο»") set off by an incise naming its speaker in
full is speech, not a title."""

from __future__ import annotations

import pytest
import speaker_pages

P = "<p>{}</p>".format

REPLIES = [
    ("cs", "„Kdo opraví most?“ zeptal se jeden z rybářů. „Obec a kraj společně,“ odpověděl starosta Ivo Kratochvíl.",
     "Obec a kraj", "Ivo Kratochvíl"),
    ("cs", ("„Tohle je zbytečné,“ prohlásil rybář Ivo Kratochvíl. „Zbytečné je nechat přístav chátrat,“ odvětila "
            "starostka Hana Pešková."), "Zbytečné je nechat", "Hana Pešková"),
    ("fi", "”Milloin satama avataan?” kysyi eräs kalastaja. ”Ensi keväänä”, vastasi satamapäällikkö Ilkka Rautavaara.",
     "Ensi keväänä", "Ilkka Rautavaara"),
    ("hu", "„Ez pazarlás” – mondta Kovács Péter halász. „Ez az egyetlen esély” – válaszolta Szabó Ilona kikötőmester.",
     "Ez az egyetlen esély", "Szabó Ilona"),
    ("ro", ("„Când se deschide portul?”, a întrebat un pescar. „În luna mai, cel târziu”, a răspuns căpitanul "
            "Mircea Dobrescu."), "În luna mai", "Mircea Dobrescu"),
    ("tr", "Bir muhabirin “Liman ne zaman açılacak?” sorusuna Kemal Aydınoğlu, “Mayıs ayında açılacak” yanıtını verdi.",
     "Mayıs ayında", "Kemal Aydınoğlu"),
    ("pt", ("Questionado sobre o atraso, o capitão do porto, Rui Valadares, ironizou: “Se fosse fácil, já estava "
            "pronto.”"), "Se fosse fácil", "Rui Valadares"),
]


@pytest.mark.parametrize(("lang", "paragraph", "piece", "speaker"), REPLIES)
def test_reply_verbs_bind_the_named_one(lang: str, paragraph: str, piece: str, speaker: str) -> None:
    found = speaker_pages.quotes(P(paragraph), lang=lang)
    assert next(s for text, s in found if piece in text) == speaker


@pytest.mark.parametrize(("lang", "paragraph", "piece", "speaker"), [
    ("de", ("„Wann öffnet der Hafen?“, wollte ein Fischer wissen. „Nächstes Frühjahr“, antwortete "
            "Bürgermeisterin Hanne Steinbrecher."), "Nächstes Frühjahr", "Hanne Steinbrecher"),
    ("el", ("«Πότε θα ανοίξει το λιμάνι;» ρώτησε ένας ψαράς. «Μέσα στον Ιούνιο», απάντησε ο λιμενάρχης "
            "Σπύρος Καραλής."), "Μέσα στον Ιούνιο", "Σπύρος Καραλής"),
])
def test_short_capitalised_reply_named_in_its_incise(lang: str, paragraph: str, piece: str, speaker: str) -> None:
    found = speaker_pages.quotes(P(paragraph), lang=lang)
    assert next(s for text, s in found if piece in text) == speaker


def test_short_title_unnamed_stays_out() -> None:
    # must not fire: a short title in capitals that no incise names anyone beside
    found = speaker_pages.quotes(P("The harbour café now has a new name, „Hafen Eck“, and a new cook."), lang="de")
    assert not any("Hafen Eck" in text for text, _s in found)


@pytest.mark.parametrize("verb", ["diye karşılık verdi", "diye cevap verdi"])
def test_turkish_quotative_before_a_verb_of_two_words(verb: str) -> None:
    # "diye" closes the quotation, a verb of two words after it: the subject before the quote speaks
    paragraph = ("“Liman şehre nefes aldıracak” dedi Belediye Başkanı Kemal Aydınoğlu. Meclis üyesi Sevgi Tunçalp ise "
                 f"“Liman yeşil alanı yok ediyor” {verb}.")
    assert speaker_pages.speakers(P(paragraph), lang="tr") == ["Kemal Aydınoğlu", "Sevgi Tunçalp"]


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("da", ("»Vi har ventet i fem år,« siger formand Birthe Holmgaard. »Og vi venter gerne lidt endnu,« lyder det "
            "tørt fra havnefoged Poul Skovsende."), "Poul Skovsende"),
    ("sv", ("”Vi har väntat i fem år”, säger ordföranden Birthe Holmgren. ”Och vi väntar gärna lite till”, låter det "
            "från hamnkaptenen Poul Sköldberg."), "Poul Sköldberg"),
])
def test_it_sounds_from_names_the_one_replying(lang: str, paragraph: str, speaker: str) -> None:
    # "lyder det fra", "låter det från" ("it sounds from"): the reply is the one named after it, not the first voice
    assert speaker_pages.speakers(P(paragraph), lang=lang)[1] == speaker
