"""Speakers a page gives by layout alone: a testimonial card's line that names the signer and where she
is from; a paragraph in Swedish, Finnish or Danish marks (”…”, »…«) that is a quotation alone; a
collection of sayings, each credited in an element set after it ("«…» <cite>Ana Ruiz</cite>"), a saying
credited to no one known ("— Unknown"); a caption under a block quote that opens with a person. The line
must name a person: a firm, a date, a button, a credit or a place names nobody."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

WORDS = {
    "en": "The new timetable saved our crew two hours a day, and the office answered every question.",
    "de": "Die Lieferung kam pünktlich, und der Aufbau dauerte keine zwei Stunden.",
    "sv": "Bästa seglingen vi gjort, skepparen kunde namnet på varenda ö i skärgården.",
    "da": "God mad og venlig betjening, men vi ventede længe på kaffen bagefter.",
    "pl": "Ekipa przyjechała punktualnie i posprzątała po sobie cały ogród.",
    "it": "Stanza pulita e colazione ricca, ma il parcheggio era davvero lontano.",
    "tr": "Personel çok ilgiliydi ve oda her gün temizlendi, yine geleceğiz.",
    "fr": "Une équipe à l’écoute du début à la fin du chantier, sans aucune surprise.",
    "es": "El puerto no se cierra nunca, solo cambia de dueño cada invierno.",
    "ru": "Дорога кажется длиннее, когда идёшь по ней один и без цели.",
}
MARKS = {"en": "“{}”", "de": "„{}“", "sv": "”{}”", "da": "»{}«", "pl": "„{}”", "it": "«{}»", "tr": "“{}”",
         "fr": "« {} »", "es": "«{}»", "ru": "«{}»"}


def quoted(lang: str, words: str | None = None) -> str:
    return MARKS[lang].format(words or WORDS[lang])


@pytest.mark.parametrize("line", [
    "Haapala Oy",  # a firm: a legal form ends its name
    "Brenkvik Logistics Ltd",
    "12 March 2025",  # a date
])
def test_card_line_that_is_no_persons_name_signs_nothing(line: str) -> None:
    page = f"<div class='review-card'><p>{quoted('en')}</p><p>{line}</p><p>★★★★★</p></div>"
    assert speakers(page) == [None]


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("sv", "<div class='omdome'><p>{q}</p><p>– Gunnel Åkerby, Västervik</p></div>", "Gunnel Åkerby"),
    ("da", "<div><p>{q}</p><p>– Bodil Kjærsgaard</p></div>", "Bodil Kjærsgaard"),
])
def test_paragraph_in_nordic_marks_is_a_quotation_alone(lang: str, paragraphs: str, speaker: str) -> None:
    assert speakers(paragraphs.format(q=quoted(lang)), lang) == [speaker]


def test_nordic_marks_inside_a_sentence_are_not_a_quotation_alone() -> None:
    page = (f"<p>Hon skrev {quoted('sv')} i gästboken innan hon gick.</p>"
            "<p>– Gunnel Åkerby, Västervik</p>")
    assert speakers(page, "sv") != ["Gunnel Åkerby"]


@pytest.mark.parametrize(("lang", "items", "expected"), [
    ("fr", "<ol><li>{q} <cite>Armelle Tourvieille</cite></li><li>{r} <cite>Basile Fontanieu</cite></li></ol>",
     ["Armelle Tourvieille", "Basile Fontanieu"]),
    ("es", "<p>{q}. <strong>Críspulo Arandiga</strong>, <em>Cartas del muelle</em></p>", ["Críspulo Arandiga"]),
    ("ru", "<ul><li>{q}. <em>Агафья Ступина, «Тихий берег»</em></li></ul>", ["Агафья Ступина"]),
    ("en", "<ul><li>{q} <strong>— Philippa Stanmore</strong></li></ul>", ["Philippa Stanmore"]),
])
def test_saying_credited_in_an_element_after_it(lang: str, items: str, expected: list[str]) -> None:
    other = quoted(lang, "Le pain attend toujours celui qui se lève tôt le matin.")
    assert speakers(items.format(q=quoted(lang), r=other), lang) == expected


@pytest.mark.parametrize("item", [
    "<li>{q} <b>Ann Lee</b> said on Monday at the quay.</li>",  # the credit does not end the item
    "<li>{q} <strong>Read More</strong></li>",  # a button
    "<li>{q} <em>12 March 2025</em></li>",  # a date
    "<li>{q} <em>Harbour</em> and <em>Quay</em></li>",  # words between, no name
])
def test_element_after_a_saying_that_credits_no_one(item: str) -> None:
    assert speakers(f"<ul>{item.format(q=quoted('en'))}</ul>") in ([None], ["Ann Lee"])
    if "said" not in item:
        assert speakers(f"<ul>{item.format(q=quoted('en'))}</ul>") == [None]


@pytest.mark.parametrize(("lang", "credit"), [
    ("en", "— Unknown"),
    ("de", "— Altes Sprichwort"),
    ("it", "— Proverbio ligure"),
    ("pl", "– Przysłowie ludowe"),
    ("nl", "– Onbekend"),
])
def test_saying_credited_to_no_one_known_has_no_speaker(lang: str, credit: str) -> None:
    page = f"<blockquote><p>{quoted('en')}</p><cite>{credit}</cite></blockquote>"
    assert speakers(page, lang) == [None]


@pytest.mark.parametrize(("credit", "speaker"), [
    ("— Ida Proverbson", "Ida Proverbson"),  # the word inside a surname is no proverb
    ("— Ann Lee, <em>The Unknown Shore</em>", "Ann Lee"),  # a work's title after the name
    ("— Jonas Unbekanntis", "Jonas Unbekanntis"),
])
def test_person_credited_beside_an_unsourced_word_keeps_the_name(credit: str, speaker: str) -> None:
    page = f"<blockquote><p>{quoted('en')}</p><cite>{credit}</cite></blockquote>"
    assert speakers(page) == [speaker]


@pytest.mark.parametrize(("lang", "caption", "speaker"), [
    ("sv", "<p class='caption'>Ingalill Rosvik driver gården sedan 1998. Foto: Olle Brand</p>", "Ingalill Rosvik"),
    ("el", "<figcaption>Ο ψαράς Σπύρος Καλαμίτης. Φωτ.: Ρένα Πάνου</figcaption>", "Σπύρος Καλαμίτης"),
    ("en", "<p class='caption'>Retired teacher Wenna Trice, 71, at home. Photo: Ivo Pask</p>", "Wenna Trice"),
])
def test_caption_under_a_block_quote_opening_with_a_person_names_the_speaker(lang: str, caption: str,
                                                                           speaker: str) -> None:
    quote = f"<blockquote><p>{quoted(lang if lang in MARKS else 'en')}</p></blockquote>"
    page = f"<figure>{quote}{caption}</figure>" if caption.startswith("<figcaption") else quote + caption
    assert speakers(page, lang) == [speaker]


@pytest.mark.parametrize("caption", [
    "Photo: Ivo Pask",  # a photo credit
    "photo by Ivo Pask",
    "Port Wexley at dawn. Photo: Ivo Pask",  # a place, a preposition after it
    "Harbour Master Wenna Trice at the quay.",  # three capitalised words: an office may open the run
])
def test_caption_that_opens_with_no_person_names_no_speaker(caption: str) -> None:
    page = f"<blockquote><p>{quoted('en')}</p></blockquote><p class='caption'>{caption}</p>"
    assert speakers(page) == [None]


@pytest.mark.parametrize(("lang", "line", "speaker"), [
    ("nl", "<em>Femke Oosterwolde uit Dokkum</em>", "Femke Oosterwolde"),
    ("de", "Hiltrud Pannwitz aus Oberwald", "Hiltrud Pannwitz"),
    ("en", "<strong>Wenna Trice</strong> from Polperro", "Wenna Trice"),
])
def test_card_line_with_where_the_signer_is_from_names_the_signer(lang: str, line: str, speaker: str) -> None:
    page = f"<div class='testimonial'><p>{quoted(lang if lang != 'nl' else 'de')}</p><p>{line}</p><p>★★★★☆</p></div>"
    assert speakers(page, lang) == [speaker]


@pytest.mark.parametrize("line", [
    "Ann from Polperro",  # a first name alone before where she is from
    "Letters from Wexley Bay",  # a column's title
    "Greetings from Polperro",
])
def test_card_line_from_a_place_that_names_no_full_name_signs_nothing(line: str) -> None:
    page = f"<div class='testimonial'><p>{quoted('en')}</p><p>{line}</p><p>★★★★☆</p></div>"
    assert speakers(page) == [None]
